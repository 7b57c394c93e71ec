package odorik_test

import (
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
)

// Without an odorik block or ODORIK_* variables, Odorik resources fail at plan
// with a message that says what to set.
func TestAccOdorik_notConfigured(t *testing.T) {
	for _, env := range []string{"ODORIK_USER", "ODORIK_PASSWORD", "ODORIK_API_URL"} {
		t.Setenv(env, "")
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config: `
provider "telecom" {}
resource "telecom_odorik_route" "test" {
  public_number  = "00420533533533"
  source_number  = "*"
  ringing_number = "*754321"
}
`,
			PlanOnly:    true,
			ExpectError: regexp.MustCompile(`(?s)Odorik is not configured.*user = \.\.\..*password = \.\.\..*ODORIK_USER ODORIK_PASSWORD`),
		}},
	})
}

// A plain-http base_url that is not loopback would send the password in clear.
func TestAccOdorik_insecureBaseURL(t *testing.T) {
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config: `
provider "telecom" {
  odorik {
    user     = "123456"
    password = "secret"
    base_url = "http://odorik.example.com/api/v1"
  }
}
data "telecom_odorik_public_numbers" "all" {}
`,
			ExpectError: regexp.MustCompile(`(?s)Invalid base URL.*must use https`),
		}},
	})
}
