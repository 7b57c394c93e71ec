package pbx_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
)

const networkPermissionAddr = "telecom_pbx_network_permission.test"

func networkPermissionConfig(env *acctest.PBXEnv, name, networks string) string {
	return env.ProviderConfig("") + fmt.Sprintf(`
resource "telecom_pbx_network_permission" "test" {
  name              = %q
  network_addresses = %s
}
`, name, networks)
}

// create -> import (command and import block) -> change the networks (the
// whole array is sent, the count follows) -> rename alone (only the name is
// sent) -> empty re-plans -> destroy, checked at the emulator.
func TestAccPBXNetworkPermission_lifecycle(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	var permissionID string
	twoNets := `["192.0.2.0/24", "198.51.100.7/32"]`
	threeNets := `["203.0.113.0/28", "192.0.2.0/24", "198.51.100.8/32"]`
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy: resource.ComposeAggregateTestCheckFunc(
			checkNetworkPermissionsGone(env),
			checkHeld(env.Sandbox.NetworkPermissions, describeNetworkPermission),
		),
		Steps: []resource.TestStep{
			{
				Config: networkPermissionConfig(env, "tf-acc-office", twoNets),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr(networkPermissionAddr, "network_permission_id", &permissionID),
					resource.TestCheckResourceAttr(networkPermissionAddr, "network_count", "2"),
					resource.TestCheckTypeSetElemAttr(networkPermissionAddr, "network_addresses.*", "198.51.100.7/32"),
					checkHeld(env.Sandbox.NetworkPermissions, describeNetworkPermission, "tf-acc-office: 192.0.2.0/24 198.51.100.7/32"),
				),
			},
			{ResourceName: networkPermissionAddr, ImportState: true, ImportStateVerify: true},
			{
				Config:          networkPermissionConfig(env, "tf-acc-office", twoNets),
				ResourceName:    networkPermissionAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithID,
			},
			{
				PreConfig: resetRequests(env),
				Config:    networkPermissionConfig(env, "tf-acc-office", threeNets),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(networkPermissionAddr, plancheck.ResourceActionUpdate),
						plancheck.ExpectUnknownValue(networkPermissionAddr, tfjsonpath.New("network_count")),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(networkPermissionAddr, "network_permission_id", &permissionID),
					resource.TestCheckResourceAttr(networkPermissionAddr, "network_count", "3"),
					checkPutBodies(env, `/network_permission/[0-9]+/?$`, "network_address"),
					checkHeld(env.Sandbox.NetworkPermissions, describeNetworkPermission,
						"tf-acc-office: 192.0.2.0/24 198.51.100.8/32 203.0.113.0/28"),
				),
			},
			{
				PreConfig: resetRequests(env),
				Config:    networkPermissionConfig(env, "tf-acc-office 2", threeNets),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkPutBodies(env, `/network_permission/[0-9]+/?$`, "name"),
					resource.TestCheckResourceAttr(networkPermissionAddr, "network_count", "3"),
				),
			},
		},
	})
}

// Drift: one group deleted (created again), one whose networks were
// changed by hand (put back, the count too); a refresh forgets a group
// deleted again.
func TestAccPBXNetworkPermission_drift(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	const deletedAddr, alteredAddr = "telecom_pbx_network_permission.deleted", "telecom_pbx_network_permission.altered"
	cfg := env.ProviderConfig("") + `
resource "telecom_pbx_network_permission" "deleted" {
  name              = "tf-acc-drift deleted"
  network_addresses = ["192.0.2.0/24"]
}

resource "telecom_pbx_network_permission" "altered" {
  name              = "tf-acc-drift altered"
  network_addresses = ["198.51.100.0/24", "203.0.113.9/32"]
}
`
	var deletedID, alteredID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkHeld(env.Sandbox.NetworkPermissions, describeNetworkPermission),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr(deletedAddr, "network_permission_id", &deletedID),
					acctest.StoreAttr(alteredAddr, "network_permission_id", &alteredID),
				),
			},
			{
				PreConfig: func() {
					mustHave(t, env.Sandbox.DeleteNetworkPermission(mustID(t, deletedID)), "network permission "+deletedID)
					p, ok := env.Sandbox.NetworkPermission(mustID(t, alteredID))
					mustHave(t, ok, "network permission "+alteredID)
					p.NetworkAddress = []string{"0.0.0.0/0"}
					env.Sandbox.PutNetworkPermission(p)
				},
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(deletedAddr, plancheck.ResourceActionCreate),
						plancheck.ExpectResourceAction(alteredAddr, plancheck.ResourceActionUpdate),
						plancheck.ExpectKnownValue(alteredAddr, tfjsonpath.New("network_addresses"), knownvalue.SetExact([]knownvalue.Check{
							knownvalue.StringExact("198.51.100.0/24"), knownvalue.StringExact("203.0.113.9/32"),
						})),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(alteredAddr, "network_count", "2"),
					checkHeld(env.Sandbox.NetworkPermissions, describeNetworkPermission,
						"tf-acc-drift deleted: 192.0.2.0/24", "tf-acc-drift altered: 198.51.100.0/24 203.0.113.9/32"),
				),
			},
			{
				PreConfig: func() {
					mustHave(t, env.Sandbox.DeleteNetworkPermission(mustID(t, alteredID)), "network permission "+alteredID)
				},
				RefreshState:       true,
				ExpectNonEmptyPlan: true,
				Check:              checkNotInState(alteredAddr),
			},
		},
	})
}
