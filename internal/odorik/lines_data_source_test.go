package odorik_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

const linesAddr = "data.telecom_odorik_lines.all"

const linesConfig = `
data "telecom_odorik_lines" "all" {}
`

func TestAccOdorikLinesDataSource(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t) // asserts the seeded lines
	lineLogin := strings.Replace(env.ProviderConfig(""), fmt.Sprintf("user = %q", sandbox.DemoUser), fmt.Sprintf("user = %q", sandbox.DemoLine), 1)
	lineLogin = strings.Replace(lineLogin, fmt.Sprintf("%q", sandbox.DemoPassword), fmt.Sprintf("%q", sandbox.DemoLineSIPPassword), 1)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: env.ProviderConfig("") + linesConfig,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(linesAddr, "lines.#", "3"),
					resource.TestCheckResourceAttr(linesAddr, "lines.0.id", sandbox.DemoLine),
					resource.TestCheckResourceAttr(linesAddr, "lines.0.name", "Recepce"),
					resource.TestCheckResourceAttr(linesAddr, "lines.0.caller_id", sandbox.GeographicNumber),
					resource.TestCheckResourceAttr(linesAddr, "lines.0.public_number", sandbox.GeographicNumber),
					resource.TestCheckResourceAttr(linesAddr, "lines.0.active_voicemail", "true"),
					resource.TestCheckResourceAttr(linesAddr, "lines.0.active_call_recording", "false"),
					resource.TestCheckResourceAttr(linesAddr, "lines.0.active_missed_call_email", "true"),
					resource.TestCheckResourceAttr(linesAddr, "lines.0.active_flags.%", "3"),
					resource.TestCheckResourceAttr(linesAddr, "lines.0.active_flags.active_voicemail", "true"),
					resource.TestCheckResourceAttr(linesAddr, "lines.1.id", sandbox.WarehouseLine),
					resource.TestCheckResourceAttr(linesAddr, "lines.1.caller_id", sandbox.MobileNumber),
					resource.TestCheckResourceAttr(linesAddr, "lines.1.public_number", ""),
					resource.TestCheckResourceAttr(linesAddr, "lines.1.active_call_recording", "true"),
					resource.TestCheckResourceAttr(linesAddr, "lines.2.id", sandbox.FaxLine),
					resource.TestCheckResourceAttr(linesAddr, "lines.2.name", "Fax"),
					resource.TestCheckResourceAttr(linesAddr, "lines.2.active_voicemail", "false"),
				),
			},
			{
				// A line login sees its own line only.
				Config: lineLogin + linesConfig,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(linesAddr, "lines.#", "1"),
					resource.TestCheckResourceAttr(linesAddr, "lines.0.id", sandbox.DemoLine),
				),
			},
		},
	})
}

// The vendor documents neither the flags' names nor their types: an answer
// with other names and types reads without error; the three named flags
// are null when absent, and active_flags has every flag that reads as a
// boolean.
func TestAccOdorikLinesDataSource_unusualAnswer(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t)
	addFault(t, env, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: http.StatusOK, Method: http.MethodGet, Path: `/lines\.json$`,
		Body: `[{"id":"790766","name":"Recepce","caller_id":null,"public_number":420533533533,"sip_password":"tf-acc-odd-sip",
"active_voicemail":"1","active_rtp_proxy":true,"active_odd":"maybe","connected_devices":null}]`})
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config: env.ProviderConfig("") + linesConfig,
			Check: resource.ComposeAggregateTestCheckFunc(
				resource.TestCheckResourceAttr(linesAddr, "lines.#", "1"),
				resource.TestCheckResourceAttr(linesAddr, "lines.0.id", "790766"),
				resource.TestCheckResourceAttr(linesAddr, "lines.0.caller_id", ""),
				resource.TestCheckResourceAttr(linesAddr, "lines.0.public_number", "420533533533"),
				resource.TestCheckResourceAttr(linesAddr, "lines.0.active_voicemail", "true"),
				resource.TestCheckNoResourceAttr(linesAddr, "lines.0.active_call_recording"),
				resource.TestCheckNoResourceAttr(linesAddr, "lines.0.active_missed_call_email"),
				resource.TestCheckResourceAttr(linesAddr, "lines.0.active_flags.%", "2"),
				resource.TestCheckResourceAttr(linesAddr, "lines.0.active_flags.active_rtp_proxy", "true"),
				acctest.CheckAttributesHaveNoSecrets([]string{"tf-acc-odd-sip"}),
			),
		}},
	})
}

// The API answers every line's SIP password in clear. None of them reaches
// the state (as the test framework reads it, as terraform show -json prints
// it, the raw state files) or the TRACE log of the run (terraform's and the
// provider's), while the answer that held them demonstrably was logged.
//
// Not parallel: it sets TF_LOG and friends for the process (t.Setenv).
func TestAccOdorikLines_sipPasswordNotInStateOrLog(t *testing.T) {
	run := acctest.StartTraceRun(t)
	env := acctest.Odorik(t)
	env.RequireSandbox(t)
	// A line whose SIP password has characters that JSON, URLs and HCL
	// escape, besides the seeded ones.
	const odd = `tf-acc-Sip&/+%<x>"q`
	if err := env.Sandbox.PutLine(sandbox.Line{ID: 790799, Name: "tf-acc-line", SIPPassword: odd, ActiveVoicemail: true}); err != nil {
		t.Fatal(err)
	}
	forms := acctest.SecretForms(odd, sandbox.DemoLineSIPPassword, sandbox.WarehouseLineSIPPassword, sandbox.FaxLineSIPPassword, sandbox.DemoPassword)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config: env.ProviderConfig("") + linesConfig,
			Check: resource.ComposeAggregateTestCheckFunc(
				resource.TestCheckResourceAttr(linesAddr, "lines.#", "4"),
				resource.TestCheckResourceAttr(linesAddr, "lines.3.name", "tf-acc-line"),
				acctest.CheckAttributesHaveNoSecrets(forms),
				acctest.CheckRawStateFilesHaveNoSecrets(run.WorkDir, "tf-acc-line", forms),
			),
			ConfigStateChecks: []statecheck.StateCheck{acctest.StateHasNoSecrets("tf-acc-line", forms)},
		}},
	})
	log := run.Log(t)
	if err := acctest.NoSecretsIn("the TRACE log "+run.LogPath, log, forms); err != nil {
		t.Error(err)
	}
	// The log is not vacuous: terraform's trace and the provider's HTTP log
	// with the lines answer, its SIP passwords masked, are in it.
	for _, want := range []string{
		"Terraform version:",
		"telecom.odorik:",
		"/api/v1/lines.json",
		`\"sip_password\":\"***\"`,
		"tf-acc-line",
		"ReadDataSource",
	} {
		if !strings.Contains(log, want) {
			t.Errorf("the TRACE log (%d bytes) lacks %q", len(log), want)
		}
	}
}
