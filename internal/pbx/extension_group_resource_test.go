package pbx_test

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
)

const groupAddr = "telecom_pbx_extension_group.test"

func groupConfig(env *acctest.PBXEnv, name string) string {
	return env.ProviderConfig("") + fmt.Sprintf("\nresource \"telecom_pbx_extension_group\" \"test\" {\n  name = %q\n}\n", name)
}

// create -> import (command and import block) -> rename in place, sending
// only the name -> empty re-plan -> destroy, checked at the emulator.
func TestAccPBXExtensionGroup_lifecycle(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	var groupID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy: resource.ComposeAggregateTestCheckFunc(
			checkExtensionGroupsGone(env),
			checkHeld(env.Sandbox.ExtensionGroups, describeExtensionGroup),
		),
		Steps: []resource.TestStep{
			{
				Config: groupConfig(env, "tf-acc-sales"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr(groupAddr, "extension_group_id", &groupID),
					resource.TestMatchResourceAttr(groupAddr, "id", regexp.MustCompile(`^@me/[1-9][0-9]*$`)),
					resource.TestCheckResourceAttr(groupAddr, "client_id", "@me"),
					checkHeld(env.Sandbox.ExtensionGroups, describeExtensionGroup, "tf-acc-sales"),
				),
			},
			{ResourceName: groupAddr, ImportState: true, ImportStateVerify: true},
			{
				Config:          groupConfig(env, "tf-acc-sales"),
				ResourceName:    groupAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithID,
			},
			{
				PreConfig: resetRequests(env),
				Config:    groupConfig(env, "tf-acc-sales and support"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(groupAddr, plancheck.ResourceActionUpdate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(groupAddr, "extension_group_id", &groupID),
					checkPutBodies(env, `/extension_group/[0-9]+/?$`, "name"),
					checkHeld(env.Sandbox.ExtensionGroups, describeExtensionGroup, "tf-acc-sales and support"),
				),
			},
		},
	})
}

// Drift: a group deleted behind Terraform's back is created again, one
// renamed is renamed back; a group deleted again leaves state on refresh.
func TestAccPBXExtensionGroup_drift(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	const deletedAddr, renamedAddr = "telecom_pbx_extension_group.deleted", "telecom_pbx_extension_group.renamed"
	cfg := env.ProviderConfig("") + `
resource "telecom_pbx_extension_group" "deleted" {
  name = "tf-acc-drift deleted"
}

resource "telecom_pbx_extension_group" "renamed" {
  name = "tf-acc-drift renamed"
}
`
	var deletedID, renamedID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkHeld(env.Sandbox.ExtensionGroups, describeExtensionGroup),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr(deletedAddr, "extension_group_id", &deletedID),
					acctest.StoreAttr(renamedAddr, "extension_group_id", &renamedID),
				),
			},
			{
				PreConfig: func() {
					mustHave(t, env.Sandbox.DeleteExtensionGroup(mustID(t, deletedID)), "group "+deletedID)
					g, ok := env.Sandbox.ExtensionGroup(mustID(t, renamedID))
					mustHave(t, ok, "group "+renamedID)
					g.Name = "renamed by hand"
					env.Sandbox.PutExtensionGroup(g)
				},
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(deletedAddr, plancheck.ResourceActionCreate),
						plancheck.ExpectResourceAction(renamedAddr, plancheck.ResourceActionUpdate),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(renamedAddr, "extension_group_id", &renamedID),
					checkHeld(env.Sandbox.ExtensionGroups, describeExtensionGroup, "tf-acc-drift deleted", "tf-acc-drift renamed"),
				),
			},
			{
				PreConfig: func() {
					mustHave(t, env.Sandbox.DeleteExtensionGroup(mustID(t, renamedID)), "group "+renamedID)
				},
				RefreshState:       true,
				ExpectNonEmptyPlan: true,
				Check:              checkNotInState(renamedAddr),
			},
		},
	})
}

// Without create_before_destroy, removing a group and the extension's
// reference to it in one apply deletes the group first: the PBX refuses,
// and the error says what to do. Two applies (move, then delete) work.
func TestAccPBXExtensionGroup_deleteInUse(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	group := `
resource "telecom_pbx_extension_group" "test" {
  name = "tf-acc-in use"
}
`
	ext := func(lines string) string {
		return "\nresource \"telecom_pbx_extension\" \"test\" {\n  name  = \"140\"\n  type  = \"phone\"\n  label = \"tf-acc-member\"\n" + lines + "}\n"
	}
	inGroup := ext("  extension_group_id = telecom_pbx_extension_group.test.extension_group_id\n")
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy: resource.ComposeAggregateTestCheckFunc(
			checkHeld(env.Sandbox.Extensions, describeExtension),
			checkHeld(env.Sandbox.ExtensionGroups, describeExtensionGroup),
		),
		Steps: []resource.TestStep{
			{Config: env.ProviderConfig("") + group + inGroup},
			{
				Config: env.ProviderConfig("") + ext(""),
				ExpectError: regexp.MustCompile(`(?s)Error\s+deleting\s+PBX\s+extension\s+group.*HTTP\s+409.*` +
					`cannot\s+be\s+deleted:\s+move\s+them\s+out\s+first.*create_before_destroy\s+=\s+true`),
			},
			{Config: env.ProviderConfig("") + group + ext("")},
			{
				Config: env.ProviderConfig("") + ext(""),
				Check: resource.ComposeAggregateTestCheckFunc(
					checkHeld(env.Sandbox.ExtensionGroups, describeExtensionGroup),
					checkHeld(env.Sandbox.Extensions, describeExtension, `345*140 phone active "tf-acc-member"`),
				),
			},
		},
	})
}
