package odorik_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
)

// A refresh of several rules of one number lists the number's rules once
// per provider run, not once per rule.
func TestAccOdorikRoute_refreshSharesTheListing(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t)
	const rules = 6
	cfg := env.ProviderConfig("") + fmt.Sprintf(`
resource "telecom_odorik_route" "many" {
  count          = %d
  public_number  = %q
  source_number  = "0042060000000${count.index}"
  ringing_number = "*754321"
}
`, rules, env.PublicNumber)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{Config: cfg},
			{
				PreConfig:    env.Sandbox.Kit.ResetRequests,
				RefreshState: true,
				Check: func(*terraform.State) error {
					lists := 0
					for _, r := range env.Sandbox.Kit.Requests() {
						if r.Method == "GET" && strings.HasSuffix(r.Path, "/routes.json") {
							lists++
						}
					}
					// Without sharing, one refresh alone lists it 6 times.
					if lists == 0 || lists >= rules {
						return fmt.Errorf("refreshing %d rules of one number listed its rules %d times, want one per terraform run (fewer than %d)", rules, lists, rules)
					}
					return nil
				},
			},
		},
	})
}
