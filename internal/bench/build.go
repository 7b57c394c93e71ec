package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// binaries are what the bench builds into its temporary directory.
type binaries struct {
	// pluginDirs maps a registry address to its dev_overrides directory,
	// which holds the rsswrapper under the provider's file name.
	pluginDirs map[string]string
}

// buildAll builds this provider and the floor provider as the release does
// (CGO off, -trimpath, -s -w, so that their sizes compare), and a wrapper
// for each that terraform starts in their place.
func buildAll(root, tmp string) (binaries, error) {
	realDir := filepath.Join(tmp, "real")
	bins := binaries{pluginDirs: map[string]string{}}
	for _, p := range []struct{ addr, name, pkg, ldflags string }{
		{providerAddr, "terraform-provider-telecom", ".", " -X main.version=bench"},
		{floorAddr, "terraform-provider-floor", "./internal/bench/floorprovider", ""},
	} {
		target := filepath.Join(realDir, p.name)
		if err := goBuild(root, target, p.pkg, "-s -w"+p.ldflags); err != nil {
			return binaries{}, err
		}
		dir := filepath.Join(tmp, "plugins", strings.TrimPrefix(p.name, "terraform-provider-"))
		if err := goBuild(root, filepath.Join(dir, p.name), "./internal/bench/rsswrapper", "-X main.target="+target); err != nil {
			return binaries{}, err
		}
		bins.pluginDirs[p.addr] = dir
	}
	return bins, nil
}

func goBuild(root, out, pkg, ldflags string) error {
	logf("go build -o %s %s", out, pkg)
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags", ldflags, "-o", out, pkg)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build %s: %w\n%s", pkg, err, b)
	}
	return nil
}

// moduleRoot is the directory of this module's go.mod.
func moduleRoot() (string, error) {
	b, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	gomod := strings.TrimSpace(string(b))
	if gomod == "" || gomod == os.DevNull {
		return "", fmt.Errorf("run the bench inside the module (go run ./internal/bench from its root)")
	}
	return filepath.Dir(gomod), nil
}
