package pbx_test

import (
	"fmt"
	"net/http"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

const extensionAddr = "telecom_pbx_extension.test"

// extensionConfig is one extension "test" with the given attribute lines.
func extensionConfig(env *acctest.PBXEnv, body string) string {
	return env.ProviderConfig("") + "\nresource \"telecom_pbx_extension\" \"test\" {\n" + body + "}\n"
}

func sandboxExtension(env *acctest.PBXEnv, address string, check func(sandbox.Extension) error) resource.TestCheckFunc {
	return sandboxObject(address, "extension_id", env.Sandbox.Extension, check)
}

// create (active, although the PBX's default is blocked) -> import, by
// command and import block -> change every in-place attribute, sending only
// those -> clear two strings -> empty re-plans -> a new type replaces ->
// destroy, checked at the emulator.
func TestAccPBXExtension_lifecycle(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	var extensionID string
	created := `  name  = "100"
  type  = "phone"
  label = "tf-acc-reception"
`
	changed := `  name                      = "100"
  type                      = "phone"
  label                     = "tf-acc-front desk"
  caller_id_name            = "Front desk"
  status                    = "blocked"
  ani_rfc3325               = true
  did_as_transfer_caller_id = "from"
  dial_rule_limit           = 3
`
	cleared := `  name                      = "100"
  type                      = "phone"
  status                    = "blocked"
  ani_rfc3325               = true
  did_as_transfer_caller_id = "from"
  dial_rule_limit           = 3
`
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy: resource.ComposeAggregateTestCheckFunc(
			checkExtensionsGone(env),
			checkHeld(env.Sandbox.Extensions, describeExtension),
		),
		Steps: []resource.TestStep{
			{
				Config: extensionConfig(env, created),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(extensionAddr, plancheck.ResourceActionCreate),
						plancheck.ExpectKnownValue(extensionAddr, tfjsonpath.New("status"), knownvalue.StringExact("active")),
						plancheck.ExpectUnknownValue(extensionAddr, tfjsonpath.New("full_name")),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(extensionAddr, "name", "100"),
					resource.TestCheckResourceAttr(extensionAddr, "full_name", "345*100"),
					resource.TestCheckResourceAttr(extensionAddr, "status", "active"),
					resource.TestCheckResourceAttr(extensionAddr, "ani_rfc3325", "false"),
					resource.TestCheckResourceAttr(extensionAddr, "did_as_transfer_caller_id", "None"),
					resource.TestCheckNoResourceAttr(extensionAddr, "caller_id_name"),
					resource.TestCheckNoResourceAttr(extensionAddr, "extension_group_id"),
					resource.TestCheckNoResourceAttr(extensionAddr, "dial_rule_limit"),
					resource.TestCheckResourceAttr(extensionAddr, "client_id", "@me"),
					acctest.StoreAttr(extensionAddr, "extension_id", &extensionID),
					resource.TestMatchResourceAttr(extensionAddr, "id", regexp.MustCompile(`^@me/[1-9][0-9]*$`)),
					checkHeld(env.Sandbox.Extensions, describeExtension, `345*100 phone active "tf-acc-reception"`),
					checkRequests(env, http.MethodPost, extensionsPathRe, 1),
				),
			},
			{ResourceName: extensionAddr, ImportState: true, ImportStateVerify: true},
			{
				Config:          extensionConfig(env, created),
				ResourceName:    extensionAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithID,
			},
			{
				PreConfig: resetRequests(env),
				Config:    extensionConfig(env, changed),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(extensionAddr, plancheck.ResourceActionUpdate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(extensionAddr, "extension_id", &extensionID),
					resource.TestCheckResourceAttr(extensionAddr, "status", "blocked"),
					resource.TestCheckResourceAttr(extensionAddr, "dial_rule_limit", "3"),
					checkPutBodies(env, extensionPathRe, "ani_rfc3325,caller_id_name,dial_rule_limit,did_as_transfer_caller_id,label,status"),
					sandboxExtension(env, extensionAddr, func(e sandbox.Extension) error {
						if e.Label != "tf-acc-front desk" || e.CallerIDName != "Front desk" || e.Status != "blocked" || !e.ANIRFC3325 ||
							e.DIDAsTransferCallerID != "from" || e.DialRuleLimit == nil || *e.DialRuleLimit != 3 || e.Name != "345*100" {
							return fmt.Errorf("the update did not reach the sandbox: %+v", e)
						}
						return nil
					}),
				),
			},
			{
				// Left out, label and caller_id_name are cleared (sent
				// empty); nothing else is sent.
				PreConfig: resetRequests(env),
				Config:    extensionConfig(env, cleared),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(extensionAddr, plancheck.ResourceActionUpdate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckNoResourceAttr(extensionAddr, "label"),
					checkPutBodies(env, extensionPathRe, "caller_id_name,label"),
					sandboxExtension(env, extensionAddr, func(e sandbox.Extension) error {
						if e.Label != "" || e.CallerIDName != "" || e.Status != "blocked" {
							return fmt.Errorf("the strings were not cleared: %+v", e)
						}
						return nil
					}),
				),
			},
			{
				Config: extensionConfig(env, `  name  = "100"
  type  = "queue"
  label = "tf-acc-queue"
`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(extensionAddr, plancheck.ResourceActionDestroyBeforeCreate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrWith(extensionAddr, "extension_id", func(id string) error {
						if id == extensionID {
							return fmt.Errorf("extension_id %s did not change on replacement", id)
						}
						return nil
					}),
					checkHeld(env.Sandbox.Extensions, describeExtension, `345*100 queue active "tf-acc-queue"`),
				),
			},
		},
	})
}

// One apply creates a dial rule list, a group and an extension that refers
// to both, as users write it; then the extension moves to a new group while
// the old one is deleted, and drops its rule list while the list is
// deleted: Terraform orders each update before the delete it allows.
func TestAccPBXExtension_references(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	// create_before_destroy on what the extension refers to: without it
	// Terraform deletes an object that left the configuration before it
	// updates the objects that refer to it, and the PBX refuses (409).
	rules := `
resource "telecom_pbx_dial_rule" "office" {
  name  = "tf-acc-office rules"
  rules = [{ match_exp = "^8(\\d{10})$", repl_exp = "7\\1" }]

  lifecycle {
    create_before_destroy = true
  }
}
`
	group := func(key, name string) string {
		return fmt.Sprintf("\nresource \"telecom_pbx_extension_group\" %q {\n  name = %q\n\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n", key, name)
	}
	ext := func(lines string) string {
		return "\nresource \"telecom_pbx_extension\" \"test\" {\n  name  = \"110\"\n  type  = \"phone\"\n  label = \"tf-acc-agent\"\n" + lines + "}\n"
	}
	step1 := env.ProviderConfig("") + rules + group("sales", "tf-acc-sales") + ext(`  extension_group_id = telecom_pbx_extension_group.sales.extension_group_id
  dial_rule_id       = telecom_pbx_dial_rule.office.dial_rule_id
`)
	step2 := env.ProviderConfig("") + rules + group("support", "tf-acc-support") + ext(`  extension_group_id = telecom_pbx_extension_group.support.extension_group_id
  dial_rule_id       = telecom_pbx_dial_rule.office.dial_rule_id
`)
	step3 := env.ProviderConfig("") + group("support", "tf-acc-support desk") + ext(`  extension_group_id = telecom_pbx_extension_group.support.extension_group_id
`)
	const sales, support, office = "telecom_pbx_extension_group.sales", "telecom_pbx_extension_group.support", "telecom_pbx_dial_rule.office"
	// refersTo: the extension is in groupAddr's group, named groupName at
	// the PBX, and uses rulesAddr's list ("" for none).
	refersTo := func(groupAddr, groupName, rulesAddr string) resource.TestCheckFunc {
		rulesCheck := resource.TestCheckNoResourceAttr(extensionAddr, "dial_rule_id")
		if rulesAddr != "" {
			rulesCheck = resource.TestCheckResourceAttrPair(extensionAddr, "dial_rule_id", rulesAddr, "dial_rule_id")
		}
		return resource.ComposeAggregateTestCheckFunc(
			resource.TestCheckResourceAttrPair(extensionAddr, "extension_group_id", groupAddr, "extension_group_id"),
			rulesCheck,
			sandboxExtension(env, extensionAddr, func(e sandbox.Extension) error {
				if g, ok := env.Sandbox.ExtensionGroup(deref(e.ExtensionGroupID)); !ok || g.Name != groupName {
					return fmt.Errorf("the extension is in group %v (%+v), want %q", e.ExtensionGroupID, g, groupName)
				}
				if (rulesAddr == "") != (e.DialRuleID == nil) {
					return fmt.Errorf("the extension's dial_rule_id is %v", e.DialRuleID)
				}
				return nil
			}),
		)
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy: resource.ComposeAggregateTestCheckFunc(
			checkHeld(env.Sandbox.Extensions, describeExtension),
			checkHeld(env.Sandbox.ExtensionGroups, describeExtensionGroup),
			checkDialRuleCount(env, 0),
		),
		Steps: []resource.TestStep{
			{
				Config: step1,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectUnknownValue(extensionAddr, tfjsonpath.New("extension_group_id")),
						plancheck.ExpectUnknownValue(extensionAddr, tfjsonpath.New("dial_rule_id")),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: refersTo(sales, "tf-acc-sales", office),
			},
			{
				Config: step2,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(sales, plancheck.ResourceActionDestroy),
						plancheck.ExpectResourceAction(support, plancheck.ResourceActionCreate),
						plancheck.ExpectResourceAction(extensionAddr, plancheck.ResourceActionUpdate),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					refersTo(support, "tf-acc-support", office),
					checkHeld(env.Sandbox.ExtensionGroups, describeExtensionGroup, "tf-acc-support"),
				),
			},
			{
				// The rule list goes, the extension lets go of it first; the
				// group is renamed in place.
				Config: step3,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(office, plancheck.ResourceActionDestroy),
						plancheck.ExpectResourceAction(support, plancheck.ResourceActionUpdate),
						plancheck.ExpectResourceAction(extensionAddr, plancheck.ResourceActionUpdate),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					refersTo(support, "tf-acc-support desk", ""),
					checkDialRuleCount(env, 0),
					checkHeld(env.Sandbox.ExtensionGroups, describeExtensionGroup, "tf-acc-support desk"),
				),
			},
		},
	})
}

// Drift on two extensions: one deleted behind Terraform's back (created
// again), one altered (updated back in place, sending only what differs);
// then a refresh forgets one deleted again.
func TestAccPBXExtension_drift(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	const deletedAddr, alteredAddr = "telecom_pbx_extension.deleted", "telecom_pbx_extension.altered"
	cfg := env.ProviderConfig("") + `
resource "telecom_pbx_extension" "deleted" {
  name  = "120"
  type  = "phone"
  label = "tf-acc-drift deleted"
}

resource "telecom_pbx_extension" "altered" {
  name  = "121"
  type  = "queue"
  label = "tf-acc-drift altered"
}
`
	var deletedID, alteredID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkHeld(env.Sandbox.Extensions, describeExtension),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr(deletedAddr, "extension_id", &deletedID),
					acctest.StoreAttr(alteredAddr, "extension_id", &alteredID),
				),
			},
			{
				PreConfig: func() {
					mustHave(t, env.Sandbox.DeleteExtension(mustID(t, deletedID)), "extension "+deletedID)
					e, ok := env.Sandbox.Extension(mustID(t, alteredID))
					mustHave(t, ok, "extension "+alteredID)
					e.Label, e.Status, e.CallerIDName = "changed by hand", "blocked", "Someone"
					env.Sandbox.PutExtension(e)
					env.Sandbox.Kit.ResetRequests()
				},
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(deletedAddr, plancheck.ResourceActionCreate),
						plancheck.ExpectResourceAction(alteredAddr, plancheck.ResourceActionUpdate),
						plancheck.ExpectKnownValue(alteredAddr, tfjsonpath.New("status"), knownvalue.StringExact("active")),
						plancheck.ExpectKnownValue(alteredAddr, tfjsonpath.New("caller_id_name"), knownvalue.Null()),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkHeld(env.Sandbox.Extensions, describeExtension,
						`345*120 phone active "tf-acc-drift deleted"`, `345*121 queue active "tf-acc-drift altered"`),
					resource.TestCheckResourceAttrPtr(alteredAddr, "extension_id", &alteredID),
					checkPutBodies(env, extensionPathRe, "caller_id_name,label,status"),
				),
			},
			{
				PreConfig: func() {
					mustHave(t, env.Sandbox.DeleteExtension(mustID(t, alteredID)), "extension "+alteredID)
				},
				RefreshState:       true,
				ExpectNonEmptyPlan: true,
				Check:              checkNotInState(alteredAddr),
			},
		},
	})
}

// An extension made in the PBX's web admin is imported under a
// configuration that writes the short name: the plan after it is empty.
func TestAccPBXExtension_importMadeByHand(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	made := env.Sandbox.PutExtension(sandbox.Extension{
		Name: "345*130", Type: "ivr", Status: "blocked", Label: "tf-acc-menu", DIDAsTransferCallerID: "diversion",
	})
	cfg := extensionConfig(env, `  name                      = "130"
  type                      = "ivr"
  status                    = "blocked"
  label                     = "tf-acc-menu"
  did_as_transfer_caller_id = "diversion"
`)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkHeld(env.Sandbox.Extensions, describeExtension),
		Steps: []resource.TestStep{
			{
				Config:             cfg,
				ResourceName:       extensionAddr,
				ImportState:        true,
				ImportStateId:      fmt.Sprintf("@me/%d", made.ID),
				ImportStatePersist: true,
			},
			{
				PreConfig: resetRequests(env),
				Config:    cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(extensionAddr, "name", "130"),
					resource.TestCheckResourceAttr(extensionAddr, "full_name", "345*130"),
					checkRequests(env, http.MethodPut, `.*`, 0),
				),
			},
		},
	})
}
