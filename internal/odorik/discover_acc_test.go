package odorik_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/querycheck"
	"github.com/hashicorp/terraform-plugin-testing/querycheck/queryfilter"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
)

// These need a newer Terraform than CI's 1.11: they skip there, saying so,
// and run unchanged wherever TF_ACC_TERRAFORM_PATH points at 1.14 or later.
// The same behaviour is tested through the protocol in every make test
// (discover_test.go).

func TestAccOdorikRoute_identity(t *testing.T) {
	env := acctest.Odorik(t)
	n := env.PublicNumber
	resource.ParallelTest(t, resource.TestCase{
		TerraformVersionChecks:   []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_12_0)},
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkRouteCount(env, n, "00420733123400", "*754321", 0),
		Steps: []resource.TestStep{
			{
				Config: routeConfig(env, n, "00420733123400", "*754321"),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectIdentity(routeAddr, map[string]knownvalue.Check{
						"public_number": knownvalue.StringExact(n),
						"route_id":      knownvalue.NotNull(),
					}),
					statecheck.ExpectIdentityValueMatchesState(routeAddr, tfjsonpathRoot("route_id")),
				},
			},
			{
				ResourceName:    routeAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithResourceIdentity,
			},
			{
				ResourceName:    routeAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithID,
			},
		},
	})
}

func TestAccOdorikRoute_query(t *testing.T) {
	env := acctest.Odorik(t)
	n := env.PublicNumber
	resource.ParallelTest(t, resource.TestCase{
		TerraformVersionChecks:   []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_14_0)},
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkRouteCount(env, n, "00420733123401", "*754322", 0),
		Steps: []resource.TestStep{
			{Config: routeConfig(env, n, "00420733123401", "*754322")},
			{
				Query: true,
				// The provider block comes from the step before: the query
				// runs in the same directory, beside its .tf file.
				Config: fmt.Sprintf(`
list "telecom_odorik_route" "number" {
  provider         = telecom
  include_resource = true
  config {
    public_number = %q
  }
}
`, n),
				QueryResultChecks: []querycheck.QueryResultCheck{
					querycheck.ExpectLengthAtLeast("telecom_odorik_route.number", 1),
					querycheck.ExpectResourceDisplayName("telecom_odorik_route.number",
						queryfilter.ByDisplayName(knownvalue.StringExact(n+": 00420733123401 -> *754322")),
						knownvalue.StringExact(n+": 00420733123401 -> *754322")),
					querycheck.ExpectResourceKnownValues("telecom_odorik_route.number",
						queryfilter.ByDisplayName(knownvalue.StringExact(n+": 00420733123401 -> *754322")),
						[]querycheck.KnownValueCheck{
							{Path: tfjsonpathRoot("ringing_number"), KnownValue: knownvalue.StringExact("*754322")},
						}),
				},
			},
		},
	})
}

// The configuration terraform query generates plans with imports only.
func TestAccOdorikRoute_queryGeneratedConfigPlansClean(t *testing.T) {
	env := acctest.Odorik(t)
	n := env.PublicNumber
	resource.ParallelTest(t, resource.TestCase{
		TerraformVersionChecks:   []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_14_0)},
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{Config: routeConfig(env, n, "00420733123402", "*754321")},
			{
				ResourceName:    routeAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithResourceIdentity,
				GenerateConfig:  true,
				ImportPlanChecks: resource.ImportPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(routeAddr, plancheck.ResourceActionNoop)},
				},
			},
		},
	})
}

func TestAccOdorikRinging_identityAndQuery(t *testing.T) {
	env := acctest.Odorik(t)
	n := env.PublicNumber
	const addr = "telecom_odorik_ringing.test"
	config := env.ProviderConfig("") + fmt.Sprintf(`
resource "telecom_odorik_ringing" "test" {
  public_number  = %q
  ringing_number = "*754322"
}
`, n)
	resource.ParallelTest(t, resource.TestCase{
		TerraformVersionChecks:   []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_14_0)},
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: config,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectIdentity(addr, map[string]knownvalue.Check{
						"public_number": knownvalue.StringExact(n), "ringing_number": knownvalue.StringExact("*754322"),
					}),
				},
			},
			{ResourceName: addr, ImportState: true, ImportStateKind: resource.ImportBlockWithResourceIdentity},
			{
				Query: true,
				// The provider block comes from the step before: the query
				// runs in the same directory, beside its .tf file.
				Config: fmt.Sprintf(`
list "telecom_odorik_ringing" "number" {
  provider = telecom
  config {
    public_number = %q
  }
}
`, n),
				QueryResultChecks: []querycheck.QueryResultCheck{
					querycheck.ExpectIdentity("telecom_odorik_ringing.number", map[string]knownvalue.Check{
						"public_number": knownvalue.StringExact(n), "ringing_number": knownvalue.StringExact("*754322"),
					}),
				},
			},
		},
	})
}
