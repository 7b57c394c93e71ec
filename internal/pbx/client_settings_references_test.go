package pbx_test

import (
	"context"
	"fmt"
	"strconv"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// References as users write them: the client settings name a dial rule
// list, a network permission and a sound picked by title.
func TestAccPBXClientSettings_references(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	blocks := holdMusicLookup + settingsDialRule + `
resource "telecom_pbx_network_permission" "office" {
  name              = "tf-acc-settings"
  network_addresses = ["192.0.2.0/24"]
}
`
	refs := `  hold_music                = data.telecom_pbx_sounds.hold.sounds[0].id
  dial_rule_id              = telecom_pbx_dial_rule.office.dial_rule_id
  sip_network_permission_id = telecom_pbx_network_permission.office.network_permission_id
`
	// The PBX refuses to delete a list or a permission the client uses, and
	// destroying the settings leaves them in use: the last step points the
	// settings at objects made by another tool, as a user would before
	// removing the office's own.
	ctx := context.Background()
	outsideRule, err := env.Client.DialRules().Create(ctx, env.ClientID,
		api.DialRuleList{Name: "tf-acc-outside", DialRules: []api.DialRule{{MatchExp: `^(\d+)$`, ReplExp: `\1`}}})
	if err != nil {
		t.Fatal(err)
	}
	outsidePermission := env.Sandbox.PutNetworkPermission(sandbox.NetworkPermission{Name: "tf-acc-outside", NetworkAddress: []string{"198.51.100.0/24"}})
	outside := fmt.Sprintf("  dial_rule_id              = %d\n  sip_network_permission_id = %d\n", outsideRule.ID, outsidePermission.ID)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: settingsConfig(env, blocks, refs),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPair(settingsAddr, "dial_rule_id", "telecom_pbx_dial_rule.office", "dial_rule_id"),
					resource.TestCheckResourceAttrPair(settingsAddr, "sip_network_permission_id", "telecom_pbx_network_permission.office", "network_permission_id"),
					resource.TestCheckResourceAttr(settingsAddr, "hold_music", strconv.FormatInt(sandbox.DemoHoldMusicSoundID, 10)),
					func(s *terraform.State) error {
						attrs := s.RootModule().Resources["telecom_pbx_network_permission.office"].Primary.Attributes
						ci := env.Sandbox.ClientInfo()
						if strconv.FormatInt(routedTo(ci.SIPNetworkPermissionID), 10) != attrs["network_permission_id"] {
							return fmt.Errorf("the sandbox's client uses network permission %d, want %s", routedTo(ci.SIPNetworkPermissionID), attrs["network_permission_id"])
						}
						return nil
					},
				),
			},
			{
				Config: settingsConfig(env, blocks, outside),
				Check: checkClient(env, func(ci sandbox.ClientInfo, _ string) error {
					if routedTo(ci.DialRuleID) != outsideRule.ID || routedTo(ci.SIPNetworkPermissionID) != outsidePermission.ID {
						return fmt.Errorf("the sandbox's client: %+v", ci)
					}
					return nil
				}),
			},
		},
	})
}
