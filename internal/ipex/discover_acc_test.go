package ipex_test

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/querycheck"
	"github.com/hashicorp/terraform-plugin-testing/querycheck/queryfilter"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex/sandbox"
)

// These need a newer Terraform than CI's 1.11: they skip there, saying so,
// and run unchanged wherever TF_ACC_TERRAFORM_PATH points at 1.14 or later.
// The same behaviour is tested through the protocol in every make test
// (discover_test.go). They order and deactivate numbers, so they run on
// the sandbox only.

// asGenerated is the number as terraform query -generate-config-out writes
// it: every setting IPEX reads back, in national form, without the
// write-only SIP password and its version.
func asGenerated(v voip, national string) voip {
	v.number, v.password, v.version, v.timeouts = national, "", "", ""
	return v
}

func TestAccIPEXVoIPNumber_identity(t *testing.T) {
	env := acctest.IPEX(t)
	env.RequireSandbox(t)
	const national = "601555311"
	created := full(env, "+420"+national)
	created.password, created.version, created.timeouts = "identity-SIP-pass", "1", `create = "5m"`
	resource.ParallelTest(t, resource.TestCase{
		TerraformVersionChecks:   []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_12_0)},
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkNumbersCanceled(env),
		Steps: []resource.TestStep{
			{
				Config: config(env, created),
				ConfigStateChecks: []statecheck.StateCheck{
					// The national form, whatever the configuration's spelling.
					statecheck.ExpectIdentity(numAddr, map[string]knownvalue.Check{"number": knownvalue.StringExact(national)}),
					statecheck.ExpectIdentityValueMatchesStateAtPath(numAddr, tfjsonpath.New("number"), tfjsonpath.New("id")),
				},
			},
			{
				// An import block with the identity, and the configuration
				// as terraform query writes it: imported, nothing to change.
				ResourceName:    numAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithResourceIdentity,
				Config:          config(env, asGenerated(created, national)),
			},
			{
				ResourceName:    numAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithID,
				Config:          config(env, asGenerated(created, national)),
			},
		},
	})
}

// terraform query finds the customer's VoIP numbers (not its mobile number,
// not another customer's numbers when filtered, not deactivated ones) with
// identity, display name and the whole object; the configuration it
// generates, with an import block by identity, plans with the import only.
func TestAccIPEXVoIPNumber_query(t *testing.T) {
	env := acctest.IPEX(t)
	env.RequireSandbox(t)
	env.Sandbox.PutNumber(sandbox.Number{Number: otherCustomerNumber, CustomerID: otherCustomer,
		ProfileID: sandbox.ProfileBusinessID, TariffPlanID: sandbox.TariffPlanBusinessID})
	env.Sandbox.PutNumber(sandbox.Number{Number: canceledNumber, CustomerID: env.CustomerID,
		ProfileID: sandbox.ProfileDefaultID, TariffPlanID: sandbox.TariffPlanStandardID, Status: sandbox.StatusCanceled})
	display := "910123456 (VoIP number, customer 104233, active)"
	byName := queryfilter.ByDisplayName(knownvalue.StringExact(display))
	seeded := full(env, sandbox.DemoExistingNumber) // as IPEX has it, as query writes it
	seeded.clir, seeded.limit = sandbox.CLIRTemporaryAllowed, "500"
	importBlock := fmt.Sprintf("\nimport {\n  to       = %s\n  identity = { number = %q }\n}\n", numAddr, sandbox.DemoExistingNumber)
	resource.ParallelTest(t, resource.TestCase{
		TerraformVersionChecks:   []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_14_0)},
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkNumbersCanceled(env),
		Steps: []resource.TestStep{
			{Config: env.ProviderConfig("")},
			{
				Query: true,
				// The provider block comes from the step before: the query
				// runs in the same directory, beside its .tf file.
				Config: fmt.Sprintf(`
list "telecom_ipex_voip_number" "customer" {
  provider         = telecom
  include_resource = true
  config {
    customer_id = %d
  }
}

list "telecom_ipex_voip_number" "all" {
  provider = telecom
}
`, env.CustomerID),
				QueryResultChecks: []querycheck.QueryResultCheck{
					querycheck.ExpectLength("telecom_ipex_voip_number.customer", 1),
					querycheck.ExpectLength("telecom_ipex_voip_number.all", 2),
					querycheck.ExpectIdentity("telecom_ipex_voip_number.customer", map[string]knownvalue.Check{"number": knownvalue.StringExact(sandbox.DemoExistingNumber)}),
					querycheck.ExpectIdentity("telecom_ipex_voip_number.all", map[string]knownvalue.Check{"number": knownvalue.StringExact(otherCustomerNumber)}),
					querycheck.ExpectResourceDisplayName("telecom_ipex_voip_number.customer", byName, knownvalue.StringExact(display)),
					querycheck.ExpectResourceKnownValues("telecom_ipex_voip_number.customer", byName, []querycheck.KnownValueCheck{
						{Path: tfjsonpath.New("number"), KnownValue: knownvalue.StringExact(sandbox.DemoExistingNumber)},
						{Path: tfjsonpath.New("customer_id"), KnownValue: knownvalue.Int64Exact(env.CustomerID)},
						{Path: tfjsonpath.New("profile_id"), KnownValue: knownvalue.Int64Exact(sandbox.ProfileDefaultID)},
						{Path: tfjsonpath.New("tariff_plan_id"), KnownValue: knownvalue.Int64Exact(sandbox.TariffPlanStandardID)},
						{Path: tfjsonpath.New("clir"), KnownValue: knownvalue.StringExact(sandbox.CLIRTemporaryAllowed)},
						{Path: tfjsonpath.New("international_limit"), KnownValue: knownvalue.Float64Exact(500)},
						{Path: tfjsonpath.New("status"), KnownValue: knownvalue.StringExact("active")},
						{Path: tfjsonpath.New("request_id"), KnownValue: knownvalue.Null()},
						{Path: tfjsonpath.New("sip_password_wo_version"), KnownValue: knownvalue.Null()},
					}),
				},
			},
			{
				Config: config(env, seeded) + importBlock,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(numAddr, plancheck.ResourceActionNoop)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectIdentity(numAddr, map[string]knownvalue.Check{"number": knownvalue.StringExact(sandbox.DemoExistingNumber)}),
				},
			},
		},
	})
}

// The configuration Terraform generates for an import by identity plans with
// the import only: the write-only SIP password and its version are left out
// of it, status and request_id are computed, timeouts not written.
func TestAccIPEXVoIPNumber_queryGeneratedConfigPlansClean(t *testing.T) {
	env := acctest.IPEX(t)
	env.RequireSandbox(t)
	created := full(env, "00420601555312")
	created.password, created.version = "generated-SIP-pass", strconv.Itoa(1)
	resource.ParallelTest(t, resource.TestCase{
		TerraformVersionChecks:   []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_14_0)},
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkNumbersCanceled(env),
		Steps: []resource.TestStep{
			{Config: config(env, created)},
			{
				ResourceName:    numAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithResourceIdentity,
				GenerateConfig:  true,
				ImportPlanChecks: resource.ImportPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(numType+".generated", plancheck.ResourceActionNoop)},
				},
			},
		},
	})
}
