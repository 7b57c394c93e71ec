package odorik_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
)

// The guide's way of bringing existing rules in on Terraform 1.11–1.13
// (docs/guides/import-existing-configuration.md): a
// data source lists them, and import blocks with for_each adopt every one
// into a resource with for_each. The first plan imports and changes nothing.
func TestAccOdorikRoute_adoptWithDataSourceAndForEach(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t) // the rules made by hand below
	for _, r := range [][2]string{{"00420777111222", "*754321"}, {"00420777111333", "00420737007770"}} {
		if _, err := env.Sandbox.AddRoute(sandbox.MobileNumber, r[0], r[1]); err != nil {
			t.Fatal(err)
		}
	}
	// The guide's own example, on the number the rules were made on.
	example, err := os.ReadFile("../../examples/guides/import-existing-configuration/odorik-routes.tf")
	if err != nil {
		t.Fatal(err)
	}
	config := env.ProviderConfig("") + strings.ReplaceAll(string(example), "00420533533533", sandbox.MobileNumber)
	routes, _ := env.Sandbox.Routes(sandbox.MobileNumber)
	var checks []plancheck.PlanCheck
	for _, r := range routes {
		checks = append(checks, plancheck.ExpectResourceAction(fmt.Sprintf("telecom_odorik_route.office[\"%d\"]", r.ID), plancheck.ResourceActionNoop))
	}
	// Plan only: terraform-plugin-testing reads every final state through a
	// legacy shim that cannot address for_each instances. The plan is what
	// the guide promises: imports, and no change.
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config:           config,
			PlanOnly:         true,
			ConfigPlanChecks: resource.ConfigPlanChecks{PostApplyPreRefresh: checks},
		}},
	})
	if after, _ := env.Sandbox.Routes(sandbox.MobileNumber); len(after) != len(routes) {
		t.Errorf("%d rules after the plan, want the %d there were", len(after), len(routes))
	}
}
