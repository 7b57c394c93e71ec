package main

import (
	"os"
	"path/filepath"
)

// bench is everything a run needs, built once.
type bench struct {
	opts      options
	machine   machine
	cliConfig string // path of the CLI configuration file
	work      string // where each run gets a directory
}

// prepare builds the binaries, writes the CLI configuration and reads the
// machine; cleanup removes the temporary directory unless -keep.
func prepare(opts options) (*bench, func(), error) {
	root, err := moduleRoot()
	if err != nil {
		return nil, nil, err
	}
	tmp, err := os.MkdirTemp("", "telecom-bench-")
	if err != nil {
		return nil, nil, err
	}
	cleanup := func() {
		if opts.keep {
			logf("kept %s", tmp)
			return
		}
		_ = os.RemoveAll(tmp)
	}
	fail := func(err error) (*bench, func(), error) {
		cleanup()
		return nil, nil, err
	}
	bins, err := buildAll(root, tmp)
	if err != nil {
		return fail(err)
	}
	b := &bench{opts: opts, cliConfig: filepath.Join(tmp, "bench.tfrc"), work: filepath.Join(tmp, "runs")}
	if err := os.WriteFile(b.cliConfig, []byte(cliConfig(bins.pluginDirs)), 0o644); err != nil {
		return fail(err)
	}
	if err := os.MkdirAll(b.work, 0o755); err != nil {
		return fail(err)
	}
	b.machine = readMachine(opts.terraform, root)
	return b, cleanup, nil
}
