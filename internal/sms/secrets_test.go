package sms_test

import (
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

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sms/sandbox"
)

// Passwords with characters that JSON and URLs escape, and recognizable
// heads that survive any escaping.
const (
	statePassword1 = `StPw1x&"/+%ok`
	statePassword2 = `StPw2y<&>"z`
)

// secretForms are the spellings in which a secret could show up.
func secretForms(secrets ...string) []string {
	var out []string
	for _, s := range secrets {
		enc, _ := json.Marshal(s)
		out = append(out, s, url.QueryEscape(s), url.PathEscape(s), string(enc[1:len(enc)-1]))
	}
	return out
}

// noSecretsIn returns an error naming the first secret form found in text.
func noSecretsIn(what, text string, forms []string) error {
	for _, f := range forms {
		if strings.Contains(text, f) {
			return fmt.Errorf("%s contains the secret %q", what, f)
		}
	}
	return nil
}

// stateHasNoSecrets is a state check on the state as `terraform show -json`
// gives it.
type stateHasNoSecrets struct {
	forms    []string
	username string
}

func (c stateHasNoSecrets) CheckState(_ context.Context, req statecheck.CheckStateRequest, resp *statecheck.CheckStateResponse) {
	raw, err := json.Marshal(req.State)
	if err != nil {
		resp.Error = err
		return
	}
	if !strings.Contains(string(raw), c.username) {
		resp.Error = fmt.Errorf("test setup: the JSON state does not hold subaccount %s:\n%s", c.username, raw)
		return
	}
	resp.Error = noSecretsIn("the JSON state (terraform show -json)", string(raw), c.forms)
}

// checkAttributesHaveNoSecrets scans every attribute of every resource in
// the state the test framework reads.
func checkAttributesHaveNoSecrets(forms []string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		n := 0
		for addr, rs := range s.RootModule().Resources {
			for k, v := range rs.Primary.Attributes {
				n++
				if err := noSecretsIn(addr+"."+k, v, forms); err != nil {
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

// checkRawStateFiles reads the terraform.tfstate files terraform wrote
// under dir (TF_ACC_TEMP_DIR) byte for byte.
func checkRawStateFiles(dir, username string, forms []string) resource.TestCheckFunc {
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
			if strings.Contains(string(b), username) {
				holding++
			}
			if err := noSecretsIn("state file "+f, string(b), forms); err != nil {
				return err
			}
		}
		if holding == 0 {
			return fmt.Errorf("test setup: no state file under %s holds subaccount %s (found %v)", dir, username, files)
		}
		return nil
	}
}

// The state (as the test framework reads it, as `terraform show -json`
// prints it, and the raw terraform.tfstate files) and a TRACE log of the
// same run (terraform's and the provider's) contain neither password_wo,
// old or new, nor the API token, while the passwords really reached the
// API.
//
// Not parallel: it sets TF_LOG and friends for the process (t.Setenv).
func TestAccSMSSubaccount_secretsNotInStateOrLog(t *testing.T) {
	tmp := t.TempDir()
	logPath := filepath.Join(tmp, "trace.log")
	workDir := filepath.Join(tmp, "work")
	if err := os.Mkdir(workDir, 0o700); err != nil {
		t.Fatal(err)
	}
	// The provider runs in this process and logs through the test sink
	// (TF_LOG, TF_LOG_PATH); terraform itself logs through
	// TF_ACC_LOG / TF_ACC_LOG_PATH. Both into one file.
	t.Setenv("TF_LOG", "TRACE")
	t.Setenv("TF_LOG_PATH", logPath)
	t.Setenv("TF_ACC_LOG", "TRACE")
	t.Setenv("TF_ACC_LOG_PATH", logPath)
	t.Setenv("TF_ACC_TEMP_DIR", workDir)

	env := acctest.SMS(t)
	env.RequireSandbox(t)
	user := username("secret")
	first := sub{username: user, password: statePassword1, version: 1, templateID: env.TemplateID, limits: `{ eco = 1 }`}
	second := first
	second.password, second.version, second.limits = statePassword2, 2, `{ eco = 2 }`
	forms := secretForms(statePassword1, statePassword2, sandbox.DemoAPIToken)
	forms = append(forms, "StPw1x", "StPw2y")
	checks := func(password string) resource.TestCheckFunc {
		return resource.ComposeAggregateTestCheckFunc(
			checkPassword(env, subAddr, password), // it was sent
			resource.TestCheckNoResourceAttr(subAddr, "password_wo"),
			checkAttributesHaveNoSecrets(forms),
			checkRawStateFiles(workDir, user, forms),
		)
	}

	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkSubaccountsGone(env),
		Steps: []resource.TestStep{
			{
				Config:            config(env, first),
				Check:             checks(statePassword1),
				ConfigStateChecks: []statecheck.StateCheck{stateHasNoSecrets{forms: forms, username: user}},
			},
			{
				// Replacement with a new password.
				Config:            config(env, second),
				Check:             checks(statePassword2),
				ConfigStateChecks: []statecheck.StateCheck{stateHasNoSecrets{forms: forms, username: user}},
			},
		},
	})

	b, err := os.ReadFile(logPath)
	if err != nil {
		t.Fatalf("the TRACE log was not written: %v", err)
	}
	log := withoutTestConfigEcho(string(b))
	if err := noSecretsIn("the TRACE log "+logPath, log, forms); err != nil {
		t.Error(err)
	}
	// The log is not vacuous: terraform's own trace, the provider's add
	// request with its (masked) body, and the Authorization header are in it.
	for _, want := range []string{
		"Terraform version:", // terraform core
		"backend/local:",     // terraform core
		"telecom.sms:",       // the provider's HTTP log
		"subaccounts/add",
		"subaccount_password",
		"Authorization",
		"ApplyResourceChange",
		user,
	} {
		if !strings.Contains(log, want) {
			t.Errorf("the TRACE log (%d bytes) lacks %q", len(log), want)
		}
	}
}

// logEntryStart is the timestamp that starts each log entry; the lines
// after it up to the next one belong to the same entry.
var logEntryStart = regexp.MustCompile(`(?m)^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}`)

// withoutTestConfigEcho drops the entries in which terraform-plugin-testing
// itself (sdk.helper_resource, not terraform nor the provider) echoes the
// test's .tf configuration, which holds password_wo and the token as the
// user wrote them.
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
