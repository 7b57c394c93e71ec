package ipex_test

import (
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex/sandbox"
)

// SIP passwords with characters that JSON, HCL and URLs escape, and
// recognizable heads that survive any escaping.
const (
	sipPassword1 = `SipSt1&/+%<x>`
	sipPassword2 = `SipSt2#&>=z!`
)

// The state (as the test framework reads it, as `terraform show -json`
// prints it, and the raw terraform.tfstate files) and a TRACE log of the
// same run (terraform's and the provider's) contain neither SIP password,
// old or new, nor the API password nor any access token, while the SIP
// passwords really reached IPEX.
//
// Not parallel: it sets TF_LOG and friends for the process (t.Setenv).
func TestAccIPEXVoIPNumber_secretsNotInStateOrLog(t *testing.T) {
	run := acctest.StartTraceRun(t)

	env := acctest.IPEX(t)
	env.RequireSandbox(t)
	const n = "601555601"
	first := full(env, n)
	first.password, first.version = sipPassword1, "1"
	second := first
	second.password, second.version, second.clir = sipPassword2, "2", sandbox.CLIRTemporaryRestricted

	forms := acctest.SecretForms(sipPassword1, sipPassword2, sandbox.DemoPassword)
	forms = append(forms, "SipSt1", "SipSt2")
	checks := func(password string) resource.TestCheckFunc {
		return resource.ComposeAggregateTestCheckFunc(
			checkSIPPassword(env, n, password), // it was sent
			resource.TestCheckNoResourceAttr(numAddr, "sip_password_wo"),
			acctest.CheckAttributesHaveNoSecrets(forms),
			acctest.CheckRawStateFilesHaveNoSecrets(run.WorkDir, n, forms),
		)
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkNumbersCanceled(env),
		Steps: []resource.TestStep{
			{
				Config:            config(env, first),
				Check:             checks(sipPassword1),
				ConfigStateChecks: []statecheck.StateCheck{acctest.StateHasNoSecrets(n, forms)},
			},
			{
				Config:            config(env, second),
				Check:             checks(sipPassword2),
				ConfigStateChecks: []statecheck.StateCheck{acctest.StateHasNoSecrets(n, forms)},
			},
		},
	})

	// Every access token the run used counts as a secret too.
	var tokens []string
	for _, r := range env.Sandbox.Kit.Requests() {
		if a := r.Header.Get("Authorization"); a != "" && !strings.Contains(strings.Join(tokens, " "), a) {
			tokens = append(tokens, a)
		}
	}
	if len(tokens) < 2 {
		t.Fatalf("test setup: %d access tokens used", len(tokens))
	}
	log := run.Log(t)
	if err := acctest.NoSecretsIn("the TRACE log "+run.LogPath, log, append(forms, tokens...)); err != nil {
		t.Error(err)
	}
	// The log is not vacuous: terraform's own trace, the provider's HTTP log
	// with the masked SIP password body, the login and the Authorization
	// header are in it.
	for _, want := range []string{
		"Terraform version:", // terraform core
		"backend/local:",     // terraform core
		"telecom.ipex:",      // the provider's HTTP log
		"/v1/token",          // the login
		"/v1/requests/",      // order polls
		`\"provisioningAttributes\":{\"password\":\"***\"}`, // the masked SIP password
		"Authorization",
		"ApplyResourceChange",
		n,
	} {
		if !strings.Contains(log, want) {
			t.Errorf("the TRACE log (%d bytes) lacks %q", len(log), want)
		}
	}
}
