package sms_test

import (
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sms/sandbox"
)

// Passwords with characters that JSON and URLs escape, and recognizable
// heads that survive any escaping.
const (
	statePassword1 = `StPw1x&"/+%ok`
	statePassword2 = `StPw2y<&>"z`
)

// The state (as the test framework reads it, as `terraform show -json`
// prints it, and the raw terraform.tfstate files) and a TRACE log of the
// same run (terraform's and the provider's) contain neither password_wo,
// old or new, nor the API token, while the passwords really reached the
// API.
//
// Not parallel: it sets TF_LOG and friends for the process (t.Setenv).
func TestAccSMSSubaccount_secretsNotInStateOrLog(t *testing.T) {
	run := acctest.StartTraceRun(t)

	env := acctest.SMS(t)
	env.RequireSandbox(t)
	user := username("secret")
	first := sub{username: user, password: statePassword1, version: 1, templateID: env.TemplateID, limits: `{ eco = 1 }`}
	second := first
	second.password, second.version, second.limits = statePassword2, 2, `{ eco = 2 }`
	forms := acctest.SecretForms(statePassword1, statePassword2, sandbox.DemoAPIToken)
	forms = append(forms, "StPw1x", "StPw2y")
	checks := func(password string) resource.TestCheckFunc {
		return resource.ComposeAggregateTestCheckFunc(
			checkPassword(env, subAddr, password), // it was sent
			resource.TestCheckNoResourceAttr(subAddr, "password_wo"),
			acctest.CheckAttributesHaveNoSecrets(forms),
			acctest.CheckRawStateFilesHaveNoSecrets(run.WorkDir, user, forms),
		)
	}

	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkSubaccountsGone(env),
		Steps: []resource.TestStep{
			{
				Config:            config(env, first),
				Check:             checks(statePassword1),
				ConfigStateChecks: []statecheck.StateCheck{acctest.StateHasNoSecrets(user, forms)},
			},
			{
				// Replacement with a new password.
				Config:            config(env, second),
				Check:             checks(statePassword2),
				ConfigStateChecks: []statecheck.StateCheck{acctest.StateHasNoSecrets(user, forms)},
			},
		},
	})

	log := run.Log(t)
	if err := acctest.NoSecretsIn("the TRACE log "+run.LogPath, log, forms); err != nil {
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
