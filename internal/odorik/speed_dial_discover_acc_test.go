package odorik_test

import (
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

// These need a newer Terraform than CI's 1.11 (identity 1.12, query 1.14):
// they skip there, saying so. speed_dial_discover_test.go tests the same
// through the protocol in every make test.

func TestAccOdorikSpeedDial_identity(t *testing.T) {
	env := acctest.Odorik(t)
	s := speedDial{shortcut: 81, number: "*754321", name: "tf-acc-identity"}
	moved := s
	moved.shortcut = 82
	resource.ParallelTest(t, resource.TestCase{
		TerraformVersionChecks:   []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_12_0)},
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkNoSpeedDial(env, s.name),
		Steps: []resource.TestStep{
			{
				Config: speedDialConfig(env, s),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectIdentity(speedDialAddr, map[string]knownvalue.Check{"shortcut": knownvalue.Int64Exact(81)}),
					statecheck.ExpectIdentityValueMatchesState(speedDialAddr, tfjsonpathRoot("shortcut")),
				},
			},
			{ResourceName: speedDialAddr, ImportState: true, ImportStateKind: resource.ImportBlockWithResourceIdentity},
			{ResourceName: speedDialAddr, ImportState: true, ImportStateKind: resource.ImportBlockWithID},
			{
				// The identity follows the speed dial to its new shortcut.
				Config: speedDialConfig(env, moved),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(speedDialAddr, plancheck.ResourceActionUpdate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectIdentity(speedDialAddr, map[string]knownvalue.Check{"shortcut": knownvalue.Int64Exact(82)}),
				},
				Check: checkSpeedDial(env, s.number, s.name),
			},
			{ResourceName: speedDialAddr, ImportState: true, ImportStateKind: resource.ImportBlockWithResourceIdentity},
		},
	})
}

func TestAccOdorikSpeedDial_query(t *testing.T) {
	env := acctest.Odorik(t)
	s := speedDial{shortcut: 83, number: "*754322", name: "tf-acc-query"}
	display := "83: tf-acc-query (*754322)"
	resource.ParallelTest(t, resource.TestCase{
		TerraformVersionChecks:   []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_14_0)},
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkNoSpeedDial(env, s.name),
		Steps: []resource.TestStep{
			{Config: speedDialConfig(env, s)},
			{
				Query: true,
				// The provider block comes from the step before: the query
				// runs in the same directory, beside its .tf file.
				Config: `
list "telecom_odorik_speed_dial" "all" {
  provider         = telecom
  include_resource = true
}
`,
				QueryResultChecks: []querycheck.QueryResultCheck{
					querycheck.ExpectLengthAtLeast("telecom_odorik_speed_dial.all", 1),
					querycheck.ExpectIdentity("telecom_odorik_speed_dial.all", map[string]knownvalue.Check{"shortcut": knownvalue.Int64Exact(83)}),
					querycheck.ExpectResourceDisplayName("telecom_odorik_speed_dial.all",
						queryfilter.ByDisplayName(knownvalue.StringExact(display)), knownvalue.StringExact(display)),
					querycheck.ExpectResourceKnownValues("telecom_odorik_speed_dial.all",
						queryfilter.ByDisplayName(knownvalue.StringExact(display)),
						[]querycheck.KnownValueCheck{
							{Path: tfjsonpathRoot("number"), KnownValue: knownvalue.StringExact("*754322")},
							{Path: tfjsonpathRoot("name"), KnownValue: knownvalue.StringExact("tf-acc-query")},
						}),
				},
			},
		},
	})
}

// The configuration terraform query generates plans with the import only.
func TestAccOdorikSpeedDial_queryGeneratedConfigPlansClean(t *testing.T) {
	env := acctest.Odorik(t)
	resource.ParallelTest(t, resource.TestCase{
		TerraformVersionChecks:   []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_14_0)},
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{Config: speedDialConfig(env, speedDial{shortcut: 84, number: "+420737007770", name: "tf-acc-generated"})},
			{
				ResourceName:    speedDialAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithResourceIdentity,
				GenerateConfig:  true,
				ImportPlanChecks: resource.ImportPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(speedDialAddr, plancheck.ResourceActionNoop)},
				},
			},
		},
	})
}
