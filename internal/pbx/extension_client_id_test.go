package pbx_test

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
)

// The objects of an extension are addressed by the extension alone: a
// change of client_id from @me to the numeric id is an update that sends
// nothing, so the rules are never deleted and made again (no moment
// without rules), and ids and settings stay.
func TestAccPBXExtensionObjects_clientIDChangesInPlace(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	cfg := func(clientID string) string {
		return env.ProviderConfig("") + fmt.Sprintf(`
resource "telecom_pbx_extension" "desk" {
  name = "100"
  type = "phone"
}

resource "telecom_pbx_incoming_rules" "desk" {
  client_id    = %[1]q
  extension_id = telecom_pbx_extension.desk.extension_id
  rules        = [{ type = "voicemail" }]
}

resource "telecom_pbx_extension_phone" "desk" {
  client_id      = %[1]q
  extension_id   = telecom_pbx_extension.desk.extension_id
  record_enabled = true
}

resource "telecom_pbx_extension_event" "desk" {
  client_id    = %[1]q
  extension_id = telecom_pbx_extension.desk.extension_id
  event_type   = "answer"
  url          = "https://hooks.example.com/desk"
  method       = "POST"
}
`, clientID)
	}
	addrs := []string{"telecom_pbx_incoming_rules.desk", "telecom_pbx_extension_phone.desk", "telecom_pbx_extension_event.desk"}
	var ruleID, eventID string
	var updates []plancheck.PlanCheck
	for _, a := range addrs {
		updates = append(updates, plancheck.ExpectResourceAction(a, plancheck.ResourceActionUpdate))
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: cfg("@me"),
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr(addrs[0], "rule_ids.0", &ruleID),
					acctest.StoreAttr(addrs[2], "event_id", &eventID),
				),
			},
			{
				PreConfig: resetRequests(env),
				Config:    cfg(demoClient),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             updates,
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(addrs[0], "rule_ids.0", &ruleID),
					resource.TestCheckResourceAttrPtr(addrs[2], "event_id", &eventID),
					resource.TestMatchResourceAttr(addrs[0], "id", regexp.MustCompile(`^`+demoClient+`/[0-9]+$`)),
					resource.TestMatchResourceAttr(addrs[1], "id", regexp.MustCompile(`^`+demoClient+`/[0-9]+$`)),
					resource.TestMatchResourceAttr(addrs[2], "id", regexp.MustCompile(`^`+demoClient+`/[0-9]+/`+`[0-9]+$`)),
					checkRequests(env, "POST", `/extension/[0-9]+/`, 0),
					checkRequests(env, "PUT", `/extension/[0-9]+/`, 0),
					checkRequests(env, "DELETE", `/extension/[0-9]+/`, 0),
				),
			},
		},
	})
}
