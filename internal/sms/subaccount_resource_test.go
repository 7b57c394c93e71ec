package sms_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	smsapi "github.com/telecom-tf/terraform-provider-telecom/internal/sms/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sms/sandbox"
)

// Attributes the API cannot read back: an import cannot verify them.
var notReadBack = []string{"password_wo", "password_wo_version", "template_id", "limits"}

// create with limits -> import by id and by username:<name> (verified) ->
// limits changed in place (one limit call per changed type, same id) -> a
// limit left out is left alone -> new password version replaces the
// subaccount -> destroy, checked through the API.
func TestAccSMSSubaccount_lifecycle(t *testing.T) {
	env := acctest.SMS(t)
	env.RequireSandbox(t)
	user := username("life")
	base := sub{
		username: user, password: "first-Pass1", version: 1, templateID: env.TemplateID,
		fullName: "Tf Acc", phone: "+48500600700", email: "tf-acc@example.com",
		limits: `{ eco = 100, full = 50 }`,
	}
	changed := base
	changed.limits = `{ eco = 200, full = 50, voice = 10 }` // eco changed, voice new: 2 calls
	withoutVoice := base
	withoutVoice.limits = `{ eco = 200, full = 50 }`
	bumped := withoutVoice
	bumped.password, bumped.version = "second-Pass2", 2

	var firstID, newID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkSubaccountsGone(env), checkOnlyTemplateLeft(env)),
		Steps: []resource.TestStep{
			{
				Config: config(env, base),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(subAddr, plancheck.ResourceActionCreate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(subAddr, "username", user),
					resource.TestCheckResourceAttr(subAddr, "name", "Tf Acc"),
					resource.TestCheckResourceAttr(subAddr, "phone", "+48500600700"),
					resource.TestCheckResourceAttr(subAddr, "email", "tf-acc@example.com"),
					resource.TestCheckResourceAttr(subAddr, "template_id", fmt.Sprint(env.TemplateID)),
					resource.TestCheckResourceAttr(subAddr, "password_wo_version", "1"),
					resource.TestCheckResourceAttr(subAddr, "limits.eco", "100"),
					resource.TestCheckResourceAttr(subAddr, "limits.full", "50"),
					resource.TestCheckNoResourceAttr(subAddr, "limits.voice"),
					resource.TestCheckNoResourceAttr(subAddr, "password_wo"),
					resource.TestMatchResourceAttr(subAddr, "subaccount_id", regexp.MustCompile(`^[1-9][0-9]*$`)),
					resource.TestCheckResourceAttrPair(subAddr, "id", subAddr, "subaccount_id"),
					acctest.StoreAttr(subAddr, "id", &firstID),
					checkSandboxSub(env, subAddr, func(sa sandbox.Subaccount) error {
						if sa.Username != user || sa.Name != "Tf Acc" || sa.Phone != "+48500600700" ||
							sa.Email != "tf-acc@example.com" || sa.TemplateID != env.TemplateID {
							return fmt.Errorf("the sandbox holds %+v", sa)
						}
						return nil
					}),
					checkLimits(env, subAddr, map[string]int{"eco": 100, "full": 50}),
					checkPassword(env, subAddr, "first-Pass1"),
					checkActionCount(env, actAdd, 1),
					checkActionCount(env, actLimit, 2),
				),
			},
			{
				// By the numeric id.
				ResourceName:            subAddr,
				ImportState:             true,
				ImportStateVerify:       true,
				ImportStateVerifyIgnore: notReadBack,
			},
			{
				// By username:<name>.
				ResourceName:            subAddr,
				ImportState:             true,
				ImportStateId:           "username:" + user,
				ImportStateVerify:       true,
				ImportStateVerifyIgnore: notReadBack,
				ImportStateCheck: func(states []*terraform.InstanceState) error {
					if len(states) != 1 || states[0].Attributes["subaccount_id"] != firstID || states[0].Attributes["id"] != firstID {
						return fmt.Errorf("import by username gave %+v, want subaccount %s", states, firstID)
					}
					for k, v := range states[0].Attributes {
						for _, a := range notReadBack {
							if (k == a || strings.HasPrefix(k, a+".")) && v != "" && v != "0" {
								return fmt.Errorf("import set %s = %q, which the API cannot read", k, v)
							}
						}
					}
					return nil
				},
			},
			{
				PreConfig: func() { env.Sandbox.Kit.ResetRequests() },
				Config:    config(env, changed),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(subAddr, plancheck.ResourceActionUpdate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(subAddr, "id", &firstID),
					resource.TestCheckResourceAttr(subAddr, "limits.eco", "200"),
					resource.TestCheckResourceAttr(subAddr, "limits.voice", "10"),
					checkLimits(env, subAddr, map[string]int{"eco": 200, "full": 50, "voice": 10}),
					// Exactly one call per changed type, nothing else written.
					checkActionCount(env, actLimit, 2),
					checkActionCount(env, actAdd, 0),
					checkActionCount(env, actDelete, 0),
				),
			},
			{
				// voice is no longer managed: left as it is, no request.
				PreConfig: func() { env.Sandbox.Kit.ResetRequests() },
				Config:    config(env, withoutVoice),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(subAddr, plancheck.ResourceActionUpdate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(subAddr, "id", &firstID),
					resource.TestCheckNoResourceAttr(subAddr, "limits.voice"),
					checkLimits(env, subAddr, map[string]int{"eco": 200, "full": 50, "voice": 10}),
					checkActionCount(env, actLimit, 0),
				),
			},
			{
				// A new password version: the API has no edit, so the
				// subaccount is deleted first (same username) and created
				// again with the new password and the configured limits.
				PreConfig: func() { env.Sandbox.Kit.ResetRequests() },
				Config:    config(env, bumped),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(subAddr, plancheck.ResourceActionDestroyBeforeCreate),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr(subAddr, "id", &newID),
					func(*terraform.State) error {
						if newID == firstID {
							return fmt.Errorf("id %s did not change: the subaccount was not replaced", newID)
						}
						if _, ok := env.Sandbox.Subaccount(mustID(firstID)); ok {
							return fmt.Errorf("the old subaccount %s still exists", firstID)
						}
						return nil
					},
					resource.TestCheckResourceAttr(subAddr, "password_wo_version", "2"),
					checkPassword(env, subAddr, "second-Pass2"),
					checkSandboxSub(env, subAddr, func(sa sandbox.Subaccount) error {
						if env.Sandbox.PasswordMatches(sa.ID, "first-Pass1") {
							return fmt.Errorf("subaccount %d still has the old password", sa.ID)
						}
						return nil
					}),
					checkLimits(env, subAddr, map[string]int{"eco": 200, "full": 50}),
					checkUsernameCount(env, user, 1),
					checkActionCount(env, actDelete, 1),
					checkActionCount(env, actAdd, 1),
					checkActionCount(env, actLimit, 2),
				),
			},
		},
	})
}

// A subaccount made outside Terraform is imported by username:<name>. The
// API cannot say its template or password version, so the first plan with
// the full configuration is an in-place update (never a replacement) that
// only records template_id / password_wo_version and sets the configured
// limits; after it the plan is empty.
func TestAccSMSSubaccount_importByUsernameThenApply(t *testing.T) {
	env, made, id := madeByHand(t, "imp", smsapi.NewSubaccount{Password: "made-by-hand", Name: "By Hand", Email: "hand@example.com"})
	user := made.Username
	cfg := config(env, sub{
		username: user, password: "made-by-hand", version: 1, templateID: env.TemplateID,
		fullName: "By Hand", email: "hand@example.com", limits: `{ hlr = 3, mms = 4 }`,
	})
	wantID := fmt.Sprint(id)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkSubaccountsGone(env), checkOnlyTemplateLeft(env)),
		Steps: []resource.TestStep{
			{
				Config:             cfg,
				ResourceName:       subAddr,
				ImportState:        true,
				ImportStateId:      "username:" + user,
				ImportStatePersist: true,
				ImportStateCheck: func(states []*terraform.InstanceState) error {
					if len(states) != 1 {
						return fmt.Errorf("imported %d states", len(states))
					}
					a := states[0].Attributes
					if a["subaccount_id"] != wantID || a["id"] != wantID || a["username"] != user ||
						a["name"] != "By Hand" || a["email"] != "hand@example.com" {
						return fmt.Errorf("imported %v, want subaccount %s as the API has it", a, wantID)
					}
					if _, ok := a["phone"]; ok && a["phone"] != "" {
						return fmt.Errorf("phone = %q, want null (the API answers \"\")", a["phone"])
					}
					return nil
				},
			},
			{
				PreConfig: func() { env.Sandbox.Kit.ResetRequests() },
				Config:    cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(subAddr, plancheck.ResourceActionUpdate),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(subAddr, "id", wantID),
					resource.TestCheckResourceAttr(subAddr, "template_id", fmt.Sprint(env.TemplateID)),
					resource.TestCheckResourceAttr(subAddr, "password_wo_version", "1"),
					checkActionCount(env, actAdd, 0),
					checkActionCount(env, actDelete, 0),
					checkActionCount(env, actLimit, 2),
					checkLimits(env, subAddr, map[string]int{"hlr": 3, "mms": 4}),
					checkPassword(env, subAddr, "made-by-hand"),
				),
			},
		},
	})
}

// A subaccount made outside Terraform is imported and managed without its
// password, which the user may not know, and without template_id: no plan
// asks for them, a first template_id and password_wo_version are taken
// without a replacement, and a change that would replace the subaccount (so
// create it again) is refused at plan time instead of deleting it and then
// failing to create it.
func TestAccSMSSubaccount_importWithoutPassword(t *testing.T) {
	env, made, id := madeByHand(t, "nopw", smsapi.NewSubaccount{Password: "unknown-to-me", Name: "No Password"})
	imported := sub{username: made.Username, noPassword: true, templateID: env.TemplateID, fullName: "No Password"}
	versioned := imported
	versioned.version = 1
	renamed := versioned
	renamed.fullName = "Renamed"
	wantID := fmt.Sprint(id)
	// recordedInPlace applies s, which records an attribute the API cannot
	// read back: an in-place update that sends nothing, and no replacement.
	recordedInPlace := func(s sub, attr string, want int64) resource.TestStep {
		return inPlaceStep(env, s, []plancheck.PlanCheck{plancheck.ExpectKnownValue(subAddr, tfjsonpath.New(attr), knownvalue.Int64Exact(want))},
			resource.TestCheckResourceAttr(subAddr, "id", wantID),
			checkPassword(env, subAddr, "unknown-to-me"),
		)
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkSubaccountsGone(env), checkOnlyTemplateLeft(env)),
		Steps: []resource.TestStep{
			{
				Config:             config(env, imported),
				ResourceName:       subAddr,
				ImportState:        true,
				ImportStateId:      wantID,
				ImportStatePersist: true,
			},
			{
				// Without template_id either, as terraform query writes
				// it, the plan is empty: both matter only when a
				// subaccount is created.
				Config:   config(env, asGenerated(imported)),
				PlanOnly: true,
			},
			recordedInPlace(imported, "template_id", env.TemplateID),
			recordedInPlace(versioned, "password_wo_version", 1),
			{
				PreConfig:   func() { env.Sandbox.Kit.ResetRequests() },
				Config:      config(env, renamed),
				ExpectError: acctest.Phrases("Missing password for a new SMS subaccount", "password_wo is required to create a subaccount (or to replace one)"),
			},
			{
				// The refused replacement deleted nothing.
				PreConfig: func() {
					if n := countAction(env, actDelete) + countAction(env, actAdd); n != 0 {
						t.Errorf("the refused replacement sent %d delete or add requests", n)
					}
				},
				Config:   config(env, versioned),
				PlanOnly: true,
			},
		},
	})
}

// Creating a subaccount needs a password and a template: without
// password_wo, or without template_id, the plan fails with an error on that
// attribute, before any request.
func TestAccSMSSubaccount_createWithoutPassword(t *testing.T) {
	env := acctest.SMS(t)
	t.Cleanup(func() { env.RequireNoRequests(t) }) // also when a step fails
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config:   config(env, sub{username: "tf-nopassword", noPassword: true, templateID: env.TemplateID}),
				PlanOnly: true,
				ExpectError: acctest.Phrases("Missing password for a new SMS subaccount", "with "+subAddr,
					"password_wo is required to create a subaccount (or to replace one): the API takes a password only then."),
			},
			{
				Config:   config(env, sub{username: "tf-notemplate", password: "pw-notemplate", noTemplate: true}),
				PlanOnly: true,
				ExpectError: acctest.Phrases("Missing template for a new SMS subaccount", "with "+subAddr,
					"template_id is required to create a subaccount (or to replace one)"),
			},
		},
	})
}

// Import IDs that are not an id nor username:<name>, and names or ids that
// do not exist, are refused with the expected form.
func TestAccSMSSubaccount_invalidImportID(t *testing.T) {
	env := acctest.SMS(t)
	cfg := config(env, sub{username: "tf-import", password: "pw-import", templateID: env.TemplateID})
	var steps []resource.TestStep
	for _, id := range []string{"abc", "0", "user:wojtek"} {
		steps = append(steps, resource.TestStep{
			Config: cfg, ResourceName: subAddr, ImportState: true, ImportStateId: id,
			ExpectError: regexp.MustCompile(`(?s)Invalid\s+import\s+ID\s+for\s+telecom_sms_subaccount.*` + regexp.QuoteMeta(fmt.Sprintf("%q", id)) +
				`\s+is\s+neither\s+a\s+subaccount\s+id\s+nor\s+username:<name>.*` + acctest.Words("Expected the numeric subaccount id (e.g. 1194) or username:<name> (e.g. username:wojtek)")),
		})
	}
	steps = append(steps,
		resource.TestStep{
			Config: cfg, ResourceName: subAddr, ImportState: true, ImportStateId: "username:tf-nobody-here",
			ExpectError: acctest.Phrases("Invalid import ID for telecom_sms_subaccount", `no subaccount is named "tf-nobody-here"`, "Expected the numeric subaccount id"),
		},
		resource.TestStep{
			Config: cfg, ResourceName: subAddr, ImportState: true, ImportStateId: "987654321",
			ExpectError: acctest.Phrases("Cannot import non-existent remote object"),
		},
	)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps:                    steps,
	})
}

// Drift: a subaccount deleted behind Terraform's back is planned again;
// one whose name was changed behind its back is replaced (name cannot be
// changed in place).
func TestAccSMSSubaccount_drift(t *testing.T) {
	env := acctest.SMS(t)
	env.RequireSandbox(t)
	user := username("drift")
	cfg := config(env, sub{username: user, password: "drift-pw", templateID: env.TemplateID, fullName: "Drift", limits: `{ eco = 7 }`})
	var firstID, secondID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkSubaccountsGone(env), checkOnlyTemplateLeft(env)),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				Check:  acctest.StoreAttr(subAddr, "id", &firstID),
			},
			{
				PreConfig: func() {
					if !env.Sandbox.DeleteSubaccount(mustID(firstID)) {
						t.Fatalf("subaccount %s was not in the sandbox", firstID)
					}
				},
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(subAddr, plancheck.ResourceActionCreate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr(subAddr, "id", &secondID),
					func(*terraform.State) error {
						if secondID == firstID {
							return fmt.Errorf("the id did not change (%s)", firstID)
						}
						return nil
					},
					checkUsernameCount(env, user, 1),
					checkLimits(env, subAddr, map[string]int{"eco": 7}),
				),
			},
			{
				// The name is changed in the customer panel.
				PreConfig: func() {
					sa, ok := env.Sandbox.Subaccount(mustID(secondID))
					if !ok {
						t.Fatalf("subaccount %s is not in the sandbox", secondID)
					}
					sa.Name = "Renamed In Panel"
					if err := env.Sandbox.PutSubaccount(sa); err != nil {
						t.Fatal(err)
					}
				},
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(subAddr, plancheck.ResourceActionDestroyBeforeCreate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(subAddr, "name", "Drift"),
					func(s *terraform.State) error {
						id, err := idOf(s, subAddr)
						if err != nil {
							return err
						}
						if fmt.Sprint(id) == secondID {
							return fmt.Errorf("the renamed subaccount %s was kept", secondID)
						}
						return nil
					},
					checkSandboxSub(env, subAddr, func(sa sandbox.Subaccount) error {
						if sa.Name != "Drift" {
							return fmt.Errorf("name = %q, want Drift", sa.Name)
						}
						return nil
					}),
					checkUsernameCount(env, user, 1),
				),
			},
		},
	})
}

// template_id left out after the create is forgotten in place (no
// replacement, nothing sent), and written again it is taken as it is.
func TestAccSMSSubaccount_templateLeftOut(t *testing.T) {
	env := acctest.SMS(t)
	env.RequireSandbox(t)
	user := username("tplout")
	withTemplate := sub{username: user, password: "pw-tplout", templateID: env.TemplateID, fullName: "Tpl Out"}
	withoutTemplate := withTemplate
	withoutTemplate.noTemplate = true
	var firstID string
	inPlace := func(s sub, check resource.TestCheckFunc) resource.TestStep {
		return inPlaceStep(env, s, nil, check, resource.TestCheckResourceAttrPtr(subAddr, "id", &firstID), checkActionCount(env, actLimit, 0))
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkSubaccountsGone(env), checkOnlyTemplateLeft(env)),
		Steps: []resource.TestStep{
			{
				Config: config(env, withTemplate),
				Check:  acctest.StoreAttr(subAddr, "id", &firstID),
			},
			inPlace(withoutTemplate, resource.TestCheckNoResourceAttr(subAddr, "template_id")),
			inPlace(withTemplate, resource.TestCheckResourceAttr(subAddr, "template_id", fmt.Sprint(env.TemplateID))),
		},
	})
}
