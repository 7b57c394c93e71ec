// Package moduletest runs the `terraform test` files of the example modules
// with the provider built from this tree, offline: a dev_overrides CLI
// configuration stands in for `terraform init`, which needs the registry.
package moduletest

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestOfficeModule(t *testing.T) {
	runModuleTests(t, "office", 5)
}

// runModuleTests runs `terraform test` in examples/modules/<module> and
// expects every one of its runs to pass.
func runModuleTests(t *testing.T, module string, runs int) {
	t.Helper()
	if os.Getenv("TF_ACC") == "" {
		t.Skip("runs the real terraform; set TF_ACC=1 (make test does)")
	}
	terraform := os.Getenv("TF_ACC_TERRAFORM_PATH")
	if terraform == "" {
		var err error
		if terraform, err = exec.LookPath("terraform"); err != nil {
			t.Skip("terraform is not on PATH and TF_ACC_TERRAFORM_PATH is not set")
		}
	}
	work := t.TempDir()
	bin := filepath.Join(work, "bin")
	build := exec.Command("go", "build", "-o", filepath.Join(bin, "terraform-provider-telecom"), ".")
	build.Dir = "../.."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the provider: %v\n%s", err, out)
	}
	rc := filepath.Join(work, "terraformrc")
	overrides := "provider_installation {\n  dev_overrides {\n    \"registry.terraform.io/telecom-tf/telecom\" = \"" + bin + "\"\n  }\n  direct {}\n}\n"
	if err := os.WriteFile(rc, []byte(overrides), 0o600); err != nil {
		t.Fatal(err)
	}
	// A copy, so that terraform leaves nothing in the tree.
	dir := filepath.Join(work, module)
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("../../examples/modules", module))); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(terraform, "test", "-no-color")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "TF_CLI_CONFIG_FILE="+rc, "TF_IN_AUTOMATION=1", "CHECKPOINT_DISABLE=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("terraform test: %v\n%s", err, out)
	}
	summary := regexp.MustCompile(`(\d+) passed, (\d+) failed`).FindStringSubmatch(string(out))
	if summary == nil || summary[1] != strconv.Itoa(runs) || summary[2] != "0" {
		t.Fatalf("want %d runs passed and none failed:\n%s", runs, out)
	}
	if strings.Contains(string(out), "skip") {
		t.Errorf("a run was skipped:\n%s", out)
	}
}
