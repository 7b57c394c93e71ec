package pbx_test

import (
	"fmt"
	"regexp"
	"strconv"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

const dialRuleAddr = "telecom_pbx_dial_rule.test"

func dialRuleConfig(env *acctest.PBXEnv, name, rules string) string {
	return env.ProviderConfig("") + fmt.Sprintf(`
resource "telecom_pbx_dial_rule" "test" {
  name  = %q
  rules = %s
}
`, name, rules)
}

// Rule lists used by several tests. In HCL a backslash is written twice, so
// the API sees ^8(\d{10})$ and 7\1.
const (
	// The long-distance rule has a comment, the short-number rule none.
	rulesLongFirst = `[
    { match_exp = "^8(\\d{10})$", repl_exp = "7\\1", comment = "long distance" },
    { match_exp = "^(\\d{3})$", repl_exp = "\\1" },
  ]`
	// The same two rules in the other order; the comment moved from one
	// rule to the other.
	rulesShortFirst = `[
    { match_exp = "^(\\d{3})$", repl_exp = "\\1", comment = "short numbers" },
    { match_exp = "^8(\\d{10})$", repl_exp = "7\\1" },
  ]`
)

// create -> import (verified, and as an import block planning nothing) ->
// reorder in place with the same id -> empty re-plan -> destroy, checked at
// the emulator.
func TestAccPBXDialRule_lifecycle(t *testing.T) {
	env := acctest.PBX(t)
	var firstID, dialRuleID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkDialRulesGone(env), checkDialRuleCount(env, 0)),
		Steps: []resource.TestStep{
			{
				Config: dialRuleConfig(env, "tf-acc-outgoing", rulesLongFirst),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(dialRuleAddr, plancheck.ResourceActionCreate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(dialRuleAddr, "client_id", "@me"),
					resource.TestCheckResourceAttr(dialRuleAddr, "name", "tf-acc-outgoing"),
					resource.TestCheckResourceAttr(dialRuleAddr, "rules.#", "2"),
					resource.TestCheckResourceAttr(dialRuleAddr, "rules.0.match_exp", `^8(\d{10})$`),
					resource.TestCheckResourceAttr(dialRuleAddr, "rules.0.repl_exp", `7\1`),
					resource.TestCheckResourceAttr(dialRuleAddr, "rules.0.comment", "long distance"),
					resource.TestCheckNoResourceAttr(dialRuleAddr, "rules.1.comment"),
					resource.TestMatchResourceAttr(dialRuleAddr, "dial_rule_id", regexp.MustCompile(`^[1-9][0-9]*$`)),
					acctest.StoreAttr(dialRuleAddr, "id", &firstID),
					acctest.StoreAttr(dialRuleAddr, "dial_rule_id", &dialRuleID),
					resource.TestCheckResourceAttrWith(dialRuleAddr, "id", func(id string) error {
						if id != "@me/"+dialRuleID {
							return fmt.Errorf("id %q is not @me/<dial_rule_id> (%s)", id, dialRuleID)
						}
						return nil
					}),
					checkDialRuleCount(env, 1),
					checkSandboxDialRule(env, dialRuleAddr, func(l sandbox.DialRuleList) error {
						want := []sandbox.DialRule{
							{MatchExp: `^8(\d{10})$`, ReplExp: `7\1`, Comment: "long distance"},
							{MatchExp: `^(\d{3})$`, ReplExp: `\1`, Comment: ""},
						}
						if l.Name != "tf-acc-outgoing" || len(l.DialRules) != 2 || l.DialRules[0] != want[0] || l.DialRules[1] != want[1] {
							return fmt.Errorf("the sandbox holds %+v, want rules %+v", l, want)
						}
						return nil
					}),
				),
			},
			{
				ResourceName:      dialRuleAddr,
				ImportState:       true,
				ImportStateVerify: true,
			},
			{
				Config:          dialRuleConfig(env, "tf-acc-outgoing", rulesLongFirst),
				ResourceName:    dialRuleAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithID,
			},
			{
				// Reordering (and moving the comment: null <-> set) is an
				// in-place update of the whole list.
				Config: dialRuleConfig(env, "tf-acc-outgoing 2", rulesShortFirst),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(dialRuleAddr, plancheck.ResourceActionUpdate),
						plancheck.ExpectKnownValue(dialRuleAddr, tfjsonpath.New("rules").AtSliceIndex(1).AtMapKey("comment"), knownvalue.Null()),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(dialRuleAddr, "id", &firstID),
					resource.TestCheckResourceAttrPtr(dialRuleAddr, "dial_rule_id", &dialRuleID),
					resource.TestCheckResourceAttr(dialRuleAddr, "rules.0.match_exp", `^(\d{3})$`),
					resource.TestCheckResourceAttr(dialRuleAddr, "rules.0.comment", "short numbers"),
					resource.TestCheckNoResourceAttr(dialRuleAddr, "rules.1.comment"),
					checkDialRuleCount(env, 1),
					checkSandboxDialRule(env, dialRuleAddr, func(l sandbox.DialRuleList) error {
						if strconv.FormatInt(l.ID, 10) != dialRuleID {
							return fmt.Errorf("the sandbox holds list %d, want %s", l.ID, dialRuleID)
						}
						if l.Name != "tf-acc-outgoing 2" || matchExps(l) != `^(\d{3})$ | ^8(\d{10})$` ||
							l.DialRules[0].Comment != "short numbers" || l.DialRules[1].Comment != "" {
							return fmt.Errorf("the update did not reach the sandbox: %+v", l)
						}
						return nil
					}),
				),
			},
		},
	})
}

// Drift, on two lists at once: one deleted behind Terraform's back (the
// plan creates it again), one with its rules reordered and renamed (the plan
// updates it in place); the apply restores both.
func TestAccPBXDialRule_drift(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	const deletedAddr, reorderedAddr = "telecom_pbx_dial_rule.deleted", "telecom_pbx_dial_rule.reordered"
	cfg := env.ProviderConfig("") + fmt.Sprintf(`
resource "telecom_pbx_dial_rule" "deleted" {
  name  = "tf-acc-drift deleted"
  rules = %s
}

resource "telecom_pbx_dial_rule" "reordered" {
  name  = "tf-acc-drift reordered"
  rules = %s
}
`, rulesLongFirst, rulesLongFirst)
	var deletedID, reorderedID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkDialRulesGone(env), checkDialRuleCount(env, 0)),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr(deletedAddr, "dial_rule_id", &deletedID),
					acctest.StoreAttr(reorderedAddr, "dial_rule_id", &reorderedID),
				),
			},
			{
				PreConfig: func() {
					if !env.Sandbox.DeleteDialRule(mustID(t, deletedID)) {
						t.Fatalf("the sandbox had no dial rule list %s", deletedID)
					}
					l, ok := env.Sandbox.DialRule(mustID(t, reorderedID))
					if !ok {
						t.Fatalf("the sandbox had no dial rule list %s", reorderedID)
					}
					l.Name = "changed by hand"
					l.DialRules[0], l.DialRules[1] = l.DialRules[1], l.DialRules[0]
					env.Sandbox.PutDialRule(l)
				},
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(deletedAddr, plancheck.ResourceActionCreate),
						plancheck.ExpectResourceAction(reorderedAddr, plancheck.ResourceActionUpdate),
						plancheck.ExpectKnownValue(reorderedAddr, tfjsonpath.New("rules").AtSliceIndex(0).AtMapKey("match_exp"), knownvalue.StringExact(`^8(\d{10})$`)),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkDialRuleCount(env, 2),
					resource.TestCheckResourceAttrWith(deletedAddr, "dial_rule_id", func(id string) error {
						if id == deletedID {
							return fmt.Errorf("dial_rule_id %s was not replaced by the new list's id", id)
						}
						return nil
					}),
					checkSandboxDialRule(env, deletedAddr, func(l sandbox.DialRuleList) error {
						if l.Name != "tf-acc-drift deleted" || matchExps(l) != `^8(\d{10})$ | ^(\d{3})$` {
							return fmt.Errorf("the recreated list is %+v", l)
						}
						return nil
					}),
					resource.TestCheckResourceAttrPtr(reorderedAddr, "dial_rule_id", &reorderedID),
					checkSandboxDialRule(env, reorderedAddr, func(l sandbox.DialRuleList) error {
						if l.Name != "tf-acc-drift reordered" || matchExps(l) != `^8(\d{10})$ | ^(\d{3})$` || l.DialRules[0].Comment != "long distance" {
							return fmt.Errorf("the apply did not restore the configured order: %+v", l)
						}
						return nil
					}),
				),
			},
		},
	})
}
