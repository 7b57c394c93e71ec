package pbx_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
)

// The desk-then-mobile chain: create, import, insert a rule in the middle
// (ids of surviving positions kept), empty re-plans, destroy.
func TestAccPBXIncomingRules_smoke(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	const addr = "telecom_pbx_incoming_rules.desk"
	cfg := func(middle string) string {
		return env.ProviderConfig("") + `
resource "telecom_pbx_extension" "desk" {
  name = "100"
  type = "phone"
}

resource "telecom_pbx_interval" "hours" {
  name       = "tf-acc hours"
  timezone   = "Europe/Moscow"
  conditions = [{ start_dow = 2, end_dow = 6, start_time = "09:00", end_time = "18:00" }]
}

resource "telecom_pbx_incoming_rules" "desk" {
  extension_id = telecom_pbx_extension.desk.extension_id
  rules = [
    {
      type        = "cascade"
      interval_id = telecom_pbx_interval.hours.interval_id
      cascade_numbers = [{ delay = 0, number = "100" }, { delay = 20, number = "+79161234567" }]
    },` + middle + `
    { type = "voicemail", name = "after hours" },
  ]
}
`
	}
	var first, last string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy: func(*terraform.State) error {
			for _, e := range env.Sandbox.Extensions() {
				if n := len(env.Sandbox.IncomingRules(e.ID)); n > 0 {
					return fmt.Errorf("extension %d still has %d rules", e.ID, n)
				}
			}
			return nil
		},
		Steps: []resource.TestStep{
			{
				Config: cfg(""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(addr, "rules.#", "2"),
					resource.TestCheckResourceAttr(addr, "rule_ids.#", "2"),
					acctest.StoreAttr(addr, "rule_ids.0", &first),
					acctest.StoreAttr(addr, "rule_ids.1", &last),
				),
			},
			{ResourceName: addr, ImportState: true, ImportStateVerify: true},
			{
				Config: cfg(`
    { type = "transfer", call_status = "no_answer", transfer_dst = ["+79161234568"] },`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(addr, plancheck.ResourceActionUpdate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(addr, "rule_ids.0", &first),
					// The second position survives (now the transfer rule).
					resource.TestCheckResourceAttrPtr(addr, "rule_ids.1", &last),
					resource.TestCheckResourceAttr(addr, "rules.1.type", "transfer"),
					resource.TestCheckResourceAttr(addr, "rules.2.type", "voicemail"),
					func(*terraform.State) error {
						var types []string
						for _, e := range env.Sandbox.Extensions() {
							for _, r := range env.Sandbox.IncomingRules(e.ID) {
								types = append(types, r.Type)
							}
						}
						if got := strings.Join(types, ","); got != "cascade,transfer,voicemail" {
							return fmt.Errorf("the PBX holds rules %s", got)
						}
						return nil
					},
				),
			},
		},
	})
}
