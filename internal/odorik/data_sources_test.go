package odorik_test

import (
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
)

func TestAccPublicNumbersDataSource(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t) // asserts the seeded numbers
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config: env.ProviderConfig("") + `
data "telecom_odorik_public_numbers" "plain" {}
data "telecom_odorik_public_numbers" "all" {
  include_sip_names      = true
  include_shared_numbers = true
}
`,
			Check: resource.ComposeAggregateTestCheckFunc(
				resource.TestCheckResourceAttr("data.telecom_odorik_public_numbers.plain", "public_numbers.#", "3"),
				resource.TestCheckTypeSetElemNestedAttrs("data.telecom_odorik_public_numbers.plain", "public_numbers.*",
					map[string]string{"public_number": sandbox.GeographicNumber, "type": "geographic"}),
				resource.TestCheckTypeSetElemNestedAttrs("data.telecom_odorik_public_numbers.plain", "public_numbers.*",
					map[string]string{"public_number": sandbox.MobileNumber, "type": "mobile"}),
				resource.TestCheckResourceAttr("data.telecom_odorik_public_numbers.all", "public_numbers.#", "5"),
				resource.TestCheckTypeSetElemNestedAttrs("data.telecom_odorik_public_numbers.all", "public_numbers.*",
					map[string]string{"public_number": sandbox.DemoSIPName, "type": "sip_name"}),
				resource.TestCheckTypeSetElemNestedAttrs("data.telecom_odorik_public_numbers.all", "public_numbers.*",
					map[string]string{"public_number": sandbox.SharedNumber, "type": "shared"}),
			),
		}},
	})
}

func TestAccRoutesDataSource(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: env.ProviderConfig("") + `
resource "telecom_odorik_ringing" "extra" {
  public_number  = "+420533533533"
  ringing_number = "*754321"
}
data "telecom_odorik_routes" "office" {
  public_number = "+420533533533"
  depends_on    = [telecom_odorik_ringing.extra]
}
`,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr("data.telecom_odorik_routes.office", "routes.#", "2"),
					resource.TestCheckTypeSetElemNestedAttrs("data.telecom_odorik_routes.office", "routes.*",
						map[string]string{"source_number": sandbox.SeedRouteSource, "ringing_number": sandbox.SeedRouteRinging}),
					resource.TestCheckTypeSetElemNestedAttrs("data.telecom_odorik_routes.office", "routes.*",
						map[string]string{"source_number": "*", "ringing_number": "*754321"}),
				),
			},
			{
				Config:      env.ProviderConfig("") + `data "telecom_odorik_routes" "gone" { public_number = "00420111222333" }`,
				ExpectError: regexp.MustCompile(`(?s)Error reading Odorik routes.*nonexisting_public_number`),
			},
		},
	})
}
