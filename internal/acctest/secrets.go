package acctest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
)

// Helpers of the secrets tests: a secret must not reach the state (as the
// test framework reads it, as `terraform show -json` prints it, and the raw
// terraform.tfstate files) nor a TRACE log of the same run.

// SecretForms are the spellings in which the secrets could show up: as
// written, URL-escaped, and JSON-escaped with and without HTML escaping.
func SecretForms(secrets ...string) []string {
	var out []string
	for _, s := range secrets {
		enc, _ := json.Marshal(s) // escapes <, > and & as \u00xx
		var plain bytes.Buffer
		je := json.NewEncoder(&plain)
		je.SetEscapeHTML(false)
		_ = je.Encode(s)
		p := strings.TrimSpace(plain.String())
		out = append(out, s, url.QueryEscape(s), url.PathEscape(s), string(enc[1:len(enc)-1]), p[1:len(p)-1])
	}
	return out
}

// NoSecretsIn returns an error naming the first secret form found in text.
func NoSecretsIn(what, text string, forms []string) error {
	for _, f := range forms {
		if strings.Contains(text, f) {
			return fmt.Errorf("%s contains the secret %q", what, f)
		}
	}
	return nil
}

// StateHasNoSecrets checks the state as `terraform show -json` gives it;
// marker is a value the state must hold (so the check cannot pass on an
// empty state).
func StateHasNoSecrets(marker string, forms []string) statecheck.StateCheck {
	return stateHasNoSecrets{marker: marker, forms: forms}
}

type stateHasNoSecrets struct {
	marker string
	forms  []string
}

func (c stateHasNoSecrets) CheckState(_ context.Context, req statecheck.CheckStateRequest, resp *statecheck.CheckStateResponse) {
	raw, err := json.Marshal(req.State)
	if err != nil {
		resp.Error = err
		return
	}
	if !strings.Contains(string(raw), c.marker) {
		resp.Error = fmt.Errorf("test setup: the JSON state does not hold %s:\n%s", c.marker, raw)
		return
	}
	resp.Error = NoSecretsIn("the JSON state (terraform show -json)", string(raw), c.forms)
}

// CheckAttributesHaveNoSecrets scans every attribute of every resource in
// the state the test framework reads.
func CheckAttributesHaveNoSecrets(forms []string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		n := 0
		for addr, rs := range s.RootModule().Resources {
			for k, v := range rs.Primary.Attributes {
				n++
				if err := NoSecretsIn(addr+"."+k, v, forms); err != nil {
					return err
				}
			}
		}
		if n == 0 {
			return fmt.Errorf("test setup: the state has no attributes")
		}
		return nil
	}
}

// CheckRawStateFilesHaveNoSecrets reads the terraform.tfstate files
// terraform wrote under dir (TF_ACC_TEMP_DIR, see TraceRun) byte for byte;
// at least one must hold marker.
func CheckRawStateFilesHaveNoSecrets(dir, marker string, forms []string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		var files []string
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasPrefix(d.Name(), "terraform.tfstate") {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return err
		}
		holding := 0
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			if strings.Contains(string(b), marker) {
				holding++
			}
			if err := NoSecretsIn("state file "+f, string(b), forms); err != nil {
				return err
			}
		}
		if holding == 0 {
			return fmt.Errorf("test setup: no state file under %s holds %s (found %v)", dir, marker, files)
		}
		return nil
	}
}

// TraceRun is where a test's TRACE log and terraform working directories go.
type TraceRun struct {
	LogPath string // terraform's and the provider's TRACE log, in one file
	WorkDir string // TF_ACC_TEMP_DIR: the working directories with the state files
}

// StartTraceRun sends terraform's and the provider's logs at TRACE to one
// file and the working directories to a known place. It sets environment
// variables for the whole process, so the test must not be parallel.
func StartTraceRun(t *testing.T) TraceRun {
	t.Helper()
	tmp := t.TempDir()
	run := TraceRun{LogPath: filepath.Join(tmp, "trace.log"), WorkDir: filepath.Join(tmp, "work")}
	if err := os.Mkdir(run.WorkDir, 0o700); err != nil {
		t.Fatal(err)
	}
	// The provider runs in this process and logs through the test sink
	// (TF_LOG, TF_LOG_PATH); terraform itself logs through
	// TF_ACC_LOG / TF_ACC_LOG_PATH.
	t.Setenv("TF_LOG", "TRACE")
	t.Setenv("TF_LOG_PATH", run.LogPath)
	t.Setenv("TF_ACC_LOG", "TRACE")
	t.Setenv("TF_ACC_LOG_PATH", run.LogPath)
	t.Setenv("TF_ACC_TEMP_DIR", run.WorkDir)
	return run
}

// Log reads the run's TRACE log without the entries in which
// terraform-plugin-testing itself (sdk.helper_resource, neither terraform
// nor the provider) echoes the test's .tf configuration, which holds the
// secrets as the user wrote them.
func (r TraceRun) Log(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(r.LogPath)
	if err != nil {
		t.Fatalf("the TRACE log was not written: %v", err)
	}
	return withoutTestConfigEcho(string(b))
}

// logEntryStart is the timestamp that starts each log entry; the lines
// after it up to the next one belong to the same entry.
var logEntryStart = regexp.MustCompile(`(?m)^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}`)

func withoutTestConfigEcho(log string) string {
	starts := logEntryStart.FindAllStringIndex(log, -1)
	var b strings.Builder
	if len(starts) == 0 || starts[0][0] > 0 {
		end := len(log)
		if len(starts) > 0 {
			end = starts[0][0]
		}
		b.WriteString(log[:end])
	}
	for i, st := range starts {
		end := len(log)
		if i+1 < len(starts) {
			end = starts[i+1][0]
		}
		entry := log[st[0]:end]
		if strings.Contains(entry, " sdk.helper_resource: ") && strings.Contains(entry, "test_terraform_configuration=") {
			continue
		}
		b.WriteString(entry)
	}
	return b.String()
}
