// Package moduletest runs the examples with the provider built from this
// tree, offline: the `terraform test` files of the example modules, and
// `terraform validate` of every resource and data source example. A
// dev_overrides CLI configuration stands in for `terraform init`, which
// needs the registry.
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
	tf := newTerraform(t)
	dir := tf.copyExample(t, "modules/office")
	out := tf.run(t, dir, "test", "-no-color")
	summary := regexp.MustCompile(`(\d+) passed, (\d+) failed`).FindStringSubmatch(out)
	const runs = 5
	if summary == nil || summary[1] != strconv.Itoa(runs) || summary[2] != "0" {
		t.Fatalf("want %d runs passed and none failed:\n%s", runs, out)
	}
	if strings.Contains(out, "skip") {
		t.Errorf("a run was skipped:\n%s", out)
	}
}

// Every resource and data source example is valid configuration for the
// provider as built: the docs show them, so they must not rot. (Import
// and query files are covered by the acceptance tests of each type.)
func TestExamplesValidate(t *testing.T) {
	tf := newTerraform(t)
	versions := "terraform {\n  required_providers {\n    telecom = {\n      source = \"telecom-tf/telecom\"\n    }\n  }\n}\n"
	var checked int
	for _, kind := range []string{"resources", "data-sources"} {
		dirs, err := filepath.Glob(filepath.Join("../../examples", kind, "*"))
		if err != nil {
			t.Fatal(err)
		}
		for _, src := range dirs {
			dir := t.TempDir()
			for _, name := range []string{"resource.tf", "data-source.tf"} {
				if b, err := os.ReadFile(filepath.Join(src, name)); err == nil {
					if err := os.WriteFile(filepath.Join(dir, name), b, 0o600); err != nil {
						t.Fatal(err)
					}
				}
			}
			if err := os.WriteFile(filepath.Join(dir, "versions.tf"), []byte(versions), 0o600); err != nil {
				t.Fatal(err)
			}
			if out := tf.run(t, dir, "validate", "-no-color"); !strings.Contains(out, "Success!") {
				t.Errorf("%s: %s", src, out)
			}
			checked++
		}
	}
	if checked < 20 {
		t.Errorf("validated %d examples; the examples directory was not found where expected", checked)
	}
}

// terraform is the terraform binary with a CLI configuration that points
// the provider at a build of this tree.
type terraform struct{ path, rc string }

func newTerraform(t *testing.T) terraform {
	t.Helper()
	if os.Getenv("TF_ACC") == "" {
		t.Skip("runs the real terraform; set TF_ACC=1 (make test does)")
	}
	path := os.Getenv("TF_ACC_TERRAFORM_PATH")
	if path == "" {
		var err error
		if path, err = exec.LookPath("terraform"); err != nil {
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
	return terraform{path: path, rc: rc}
}

// copyExample copies examples/<example> to a temporary directory, so that
// terraform leaves nothing in the tree.
func (tf terraform) copyExample(t *testing.T, example string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), filepath.Base(example))
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("../../examples", example))); err != nil {
		t.Fatal(err)
	}
	return dir
}

// run runs terraform in dir and fails the test when it fails.
func (tf terraform) run(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command(tf.path, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "TF_CLI_CONFIG_FILE="+tf.rc, "TF_IN_AUTOMATION=1", "CHECKPOINT_DISABLE=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("terraform %s in %s: %v\n%s", strings.Join(args, " "), dir, err, out)
	}
	return string(out)
}
