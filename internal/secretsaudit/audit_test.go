// Package secretsaudit holds the secrets audit: one acceptance run over
// every vendor, resource and data source, with TRACE logs, that fails if a
// secret shows up in the log, the state or the plan.
package secretsaudit

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// Every vendor is configured with distinctive credentials, and every
// resource and data source is applied, then updated with new write-only
// values. Neither the TRACE log of the whole run (terraform's and the
// provider's), nor the state (as the test framework reads it, as
// `terraform show -json` prints it, and the raw terraform.tfstate files),
// nor the plan JSON (before each apply and after it, refreshed) may hold a
// password, token, key, app secret, issued access token or write-only
// value, while each of them demonstrably reached its emulator.
//
// Not parallel: it sets TF_LOG and friends for the process (t.Setenv).
func TestAccSecretsAudit(t *testing.T) {
	run := acctest.StartTraceRun(t)
	// TF_LOG_PROVIDER sets the level of the providers terraform starts
	// itself. This one runs in-process and logs through the test sink at
	// TF_LOG's level, TRACE as well; set anyway, as in a user's TRACE run.
	t.Setenv("TF_LOG_PROVIDER", "TRACE")
	v := startVendors(t)
	// Scanned even when a step failed, so that one leak does not hide another.
	defer v.auditLog(t, run)

	steps := []step{
		{version: 1, subPassword: subPasswords[0], sipPassword: sipPasswords[0], portalPassword: portalPasswords[0], phonePassword: phonePasswords[0]},
		// New write-only values through the update paths (an IPEX change
		// order, a SerwerSMS replacement, a PBX portal password changed in
		// place, and so a phone extension's SIP password), and SerwerSMS's
		// other login.
		{version: 2, subPassword: subPasswords[1], sipPassword: sipPasswords[1], portalPassword: portalPasswords[1], phonePassword: phonePasswords[1], smsByUser: true},
	}
	// The checks take v.forms() when they run, not now: the access tokens
	// the emulators issue join the secrets as the run goes.
	var tfSteps []resource.TestStep
	for _, s := range steps {
		tfSteps = append(tfSteps, resource.TestStep{
			Config:          v.config(s),
			ConfigVariables: writeOnlyVars(s),
			ConfigPlanChecks: resource.ConfigPlanChecks{
				PreApply:             []plancheck.PlanCheck{planHasNoSecrets{v, fmt.Sprintf("step %d pre-apply", s.version)}},
				PostApplyPostRefresh: []plancheck.PlanCheck{planHasNoSecrets{v, fmt.Sprintf("step %d post-apply refreshed", s.version)}},
			},
			Check: resource.ComposeAggregateTestCheckFunc(
				v.checkWriteOnlyArrived(s),
				func(st *terraform.State) error { return acctest.CheckAttributesHaveNoSecrets(v.forms())(st) },
				func(st *terraform.State) error {
					return acctest.CheckRawStateFilesHaveNoSecrets(run.WorkDir, smsSubUsername, v.forms())(st)
				},
			),
			ConfigStateChecks: []statecheck.StateCheck{
				usesEverything{},
				later(func() statecheck.StateCheck { return acctest.StateHasNoSecrets(smsSubUsername, v.forms()) }),
			},
		})
	}
	resource.Test(t, resource.TestCase{ProtoV6ProviderFactories: acctest.ProviderFactories, Steps: tfSteps})

	// The positive control: each configured secret reached its vendor (the
	// write-only values are checked in the steps, in the emulators' stores).
	for _, c := range []struct {
		kit          *sandboxkit.Kit
		name, secret string
	}{
		{v.odorik.Kit, "odorik.password", odorikPassword},
		{v.ipex.Kit, "ipex.password", ipexPassword},
		{v.pbx.Kit, "pbx.app_secret", pbxAppSecret},
		{v.sms.Kit, "sms.api_token", smsAPIToken},
		{v.sms.Kit, "sms.password", smsPassword},
		{v.vm.Kit, "voipmundo.api_token", vmToken},
		{v.vm.Kit, "voipmundo.api_key", vmKey},
	} {
		if !carried(c.kit, c.secret) {
			t.Errorf("test setup: no request carried %s, so not finding it proves nothing", c.name)
		}
	}
	if len(accessTokens(v.ipex.Kit)) == 0 || len(accessTokens(v.pbx.Kit)) == 0 {
		t.Errorf("test setup: IPEX and the PBX should have seen access tokens (IPEX %d, PBX %d)",
			len(accessTokens(v.ipex.Kit)), len(accessTokens(v.pbx.Kit)))
	}
}

// checkWriteOnlyArrived asserts that the emulators hold the step's
// write-only values, so that not finding them elsewhere means something.
func (v *vendors) checkWriteOnlyArrived(s step) resource.TestCheckFunc {
	return func(st *terraform.State) error {
		if n, ok := v.ipex.Number(ipexNumber); !ok || n.SIPPassword != s.sipPassword {
			return fmt.Errorf("IPEX does not hold the sip_password_wo of version %d for %s", s.version, ipexNumber)
		}
		user, ok := st.RootModule().Resources["telecom_pbx_user.audit"]
		if !ok {
			return fmt.Errorf("telecom_pbx_user.audit is not in the state")
		}
		userID, err := strconv.ParseInt(user.Primary.Attributes["user_id"], 10, 64)
		if password, found := v.pbx.UserPassword(userID); err != nil || !found || password != s.portalPassword {
			return fmt.Errorf("the PBX does not hold the password_wo of version %d for portal user %q", s.version, user.Primary.Attributes["user_id"])
		}
		phone, ok := st.RootModule().Resources["telecom_pbx_extension_phone.audit"]
		if !ok {
			return fmt.Errorf("telecom_pbx_extension_phone.audit is not in the state")
		}
		extensionID, err := strconv.ParseInt(phone.Primary.Attributes["extension_id"], 10, 64)
		if password, found := v.pbx.PhonePassword(extensionID); err != nil || !found || password != s.phonePassword {
			return fmt.Errorf("the PBX does not hold the password_wo of version %d for phone extension %q", s.version, phone.Primary.Attributes["extension_id"])
		}
		rs, ok := st.RootModule().Resources["telecom_sms_subaccount.audit"]
		if !ok {
			return fmt.Errorf("telecom_sms_subaccount.audit is not in the state")
		}
		id, err := strconv.ParseInt(rs.Primary.Attributes["subaccount_id"], 10, 64)
		if err != nil || !v.sms.PasswordMatches(id, s.subPassword) {
			return fmt.Errorf("SerwerSMS subaccount %q does not have the password_wo of version %d", rs.Primary.Attributes["subaccount_id"], s.version)
		}
		return nil
	}
}

// auditLog scans the TRACE log of the whole run, destroy included.
func (v *vendors) auditLog(t *testing.T, run acctest.TraceRun) {
	if t.Skipped() {
		return
	}
	log := run.Log(t)
	if !t.Failed() { // a run that stopped early lacks some of it, which says nothing new
		checkLogIsComplete(t, log)
	}
	secrets := v.secrets()
	if names := leaked(secrets, log); len(names) > 0 {
		t.Errorf("the TRACE log %s holds %s:\n%s", run.LogPath, strings.Join(names, ", "), strings.Join(logLines(secrets, log), "\n"))
	}
	t.Logf("scanned %d bytes of TRACE log for %d secrets (%d spellings)", len(log), len(secrets), len(v.forms()))
}

// checkLogIsComplete asserts that the log is the one of this run:
// terraform's trace, every vendor's HTTP traffic, and each field that
// carries a secret, masked.
func checkLogIsComplete(t *testing.T, log string) {
	t.Helper()
	for _, want := range []string{
		"Terraform version:",  // terraform's own trace
		"ApplyResourceChange", // the protocol trace
		"telecom.odorik: HTTP request",
		"telecom.ipex: HTTP request",
		"telecom.pbx: HTTP request",
		"telecom.sms: HTTP request",
		"telecom.voipmundo: HTTP request",
		"Authorization: ***",                                         // IPEX's access token (raw scheme)
		"Authorization: Bearer ***",                                  // the PBX's and SerwerSMS's
		"password=***",                                               // Odorik's credentials
		`\"password\":\"***\",\"username\":\"` + ipexUsername + `\"`, // IPEX's login
		`\"accessToken\":\"***\"`,                                    // and its answer
		`\"provisioningAttributes\":{\"password\":\"***\"}`,          // sip_password_wo
		"client_secret=***",                                          // the PBX's token request
		`\"access_token\":\"***\"`,                                   // and its answer
		`\"subaccount_password\":\"***\"`,                            // password_wo
		`\"password\":\"***\",\"system\"`,                            // SerwerSMS's API user
		"/getCustomer/***/***/",                                      // VoIP Mundo's credentials
		`\"api_token\":\"***\"`,                                      // VoIP Mundo's users' tokens
	} {
		if !strings.Contains(log, want) {
			t.Errorf("test setup: the TRACE log (%d bytes) lacks %s", len(log), want)
		}
	}
}
