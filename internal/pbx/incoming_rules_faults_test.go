package pbx_test

import (
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

const ruleBusy = `{ type = "busy" }`

// addRuleFault replaces the emulator's faults with f.
func addRuleFault(t *testing.T, env *acctest.PBXEnv, f sandboxkit.Fault) {
	t.Helper()
	env.Sandbox.Kit.ClearFaults()
	if err := env.Sandbox.Kit.AddFault(f); err != nil {
		t.Fatal(err)
	}
}

// checkFaultHit: the one fault hit exactly one request.
func checkFaultHit(env *acctest.PBXEnv) resource.TestCheckFunc {
	return func(*terraform.State) error {
		if f := env.Sandbox.Kit.Faults(); len(f) != 1 || f[0].Hits != 1 {
			return fmt.Errorf("faults %+v, want one that hit one request", f)
		}
		return nil
	}
}

// Rules of one extension are often identical. A POST of a rule whose
// answer is lost after the PBX made it is found by its content, not sent
// again, and not confused with the identical rule the extension already
// had; a POST refused with a 5xx (nothing made) is sent again rather than
// taking an older identical rule for the new one. Neither leaves a
// duplicate or a gap, and the next apply changes nothing.
func TestAccPBXIncomingRules_droppedCreateResponse(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	busy := func(n int) []string { return slices.Repeat([]string{"busy"}, n) }
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkHeld(env.Sandbox.Extensions, describeExtension),
		Steps: []resource.TestStep{
			{Config: deskConfig(env, ruleBusy), Check: checkDeskRules(env, busy(1)...)},
			{
				// The PBX makes the second rule; its answer is lost.
				PreConfig: func() {
					addRuleFault(t, env, sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: http.MethodPost, Path: incomingRulesPathRe, Times: 1})
					env.Sandbox.Kit.ResetRequests()
				},
				Config: deskConfig(env, ruleBusy, ruleBusy),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkFaultHit(env),
					checkDeskRules(env, busy(2)...),
					checkRequests(env, http.MethodPost, incomingRulesPathRe, 1),
				),
			},
			{
				// The third POST is refused with a 503: nothing made, so it
				// is sent again, and neither older busy rule is taken.
				PreConfig: func() {
					addRuleFault(t, env, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: http.StatusServiceUnavailable,
						Method: http.MethodPost, Path: incomingRulesPathRe, Times: 1})
					env.Sandbox.Kit.ResetRequests()
				},
				Config: deskConfig(env, ruleBusy, ruleBusy, ruleBusy),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkFaultHit(env),
					checkDeskRules(env, busy(3)...),
					checkRequests(env, http.MethodPost, incomingRulesPathRe, 2),
				),
			},
			{
				// The second apply finds nothing to do.
				PreConfig: func() {
					env.Sandbox.Kit.ClearFaults()
					env.Sandbox.Kit.ResetRequests()
				},
				Config: deskConfig(env, ruleBusy, ruleBusy, ruleBusy),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(checkDeskRules(env, busy(3)...), checkNoRuleWrites(env)),
			},
		},
	})
}

// HTTP 503 while refreshing the rules: a passing one is retried and the
// plan is empty; a lasting one fails the refresh with the vendor's answer.
func TestAccPBXIncomingRules_serverErrorOnRefresh(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	fault := func(times int) func() {
		return func() {
			addRuleFault(t, env, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: http.StatusServiceUnavailable,
				Method: http.MethodGet, Path: incomingRulesPathRe, Times: times})
		}
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkHeld(env.Sandbox.Extensions, describeExtension),
		Steps: []resource.TestStep{
			{Config: deskConfig(env, ruleCascade, ruleVoicemail)},
			{
				PreConfig: fault(1),
				Config:    deskConfig(env, ruleCascade, ruleVoicemail),
				// A plan-only step runs no Check: the hit is counted in the
				// next PreConfig.
				PlanOnly: true,
			},
			{
				PreConfig: func() {
					if f := env.Sandbox.Kit.Faults(); len(f) != 1 || f[0].Hits != 1 {
						t.Errorf("faults %+v, want one 503 answered and retried", f)
					}
					fault(0)()
				},
				Config:   deskConfigWith(env, "  max_retries = 1\n", ruleCascade, ruleVoicemail),
				PlanOnly: true,
				ExpectError: regexp.MustCompile(`(?s)Error\s+reading\s+PBX\s+incoming-call\s+rules.*Could\s+not\s+read\s+the\s+incoming-call\s+rules` +
					`\s+of\s+extension\s+[0-9]+:.*HTTP\s+503`),
			},
			{
				PreConfig: func() { env.Sandbox.Kit.ClearFaults() },
				Config:    deskConfig(env, ruleCascade, ruleVoicemail),
				PlanOnly:  true,
			},
		},
	})
}

// HTTP 429 whose quota resets in two seconds: the provider waits for the
// reset, and the apply leaves exactly the configured rules.
func TestAccPBXIncomingRules_rateLimitShortReset(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	var resetAt time.Time
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkHeld(env.Sandbox.Extensions, describeExtension),
		Steps: []resource.TestStep{
			{Config: deskConfig(env)},
			{
				PreConfig: func() {
					env.Sandbox.Kit.ResetRequests()
					env.Sandbox.ExhaustQuota(2 * time.Second)
					resetAt = time.Now().Add(2 * time.Second)
				},
				Config: deskConfig(env, ruleCascade, ruleTransferUnanswered, ruleVoicemail),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkDeskRules(env, heldCascade, heldTransferUnanswered, heldVoicemail),
					func(*terraform.State) error {
						var posts []time.Time
						for _, r := range env.Sandbox.Kit.Requests() {
							if r.Method == http.MethodPost && strings.Contains(r.Path, "/incom_rule/") {
								posts = append(posts, r.Time)
							}
						}
						if len(posts) != 3 || posts[0].Before(resetAt) {
							return fmt.Errorf("rules posted at %v, want three after the reset at %v", posts, resetAt)
						}
						return nil
					},
				),
			},
		},
	})
}

// incom_rule_limit reached on the third rule: the apply fails saying which
// limit, where to see it and what to do; the rules made stay and a
// configuration within the limit takes them over.
func TestAccPBXIncomingRules_limitReached(t *testing.T) {
	env := acctest.PBX(t, sandbox.WithIncomingRuleLimitPerExtension(), sandbox.WithLimits(func(l *sandbox.Limits) { l.IncomRuleLimit = 2 }))
	env.RequireSandbox(t)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkHeld(env.Sandbox.Extensions, describeExtension),
		Steps: []resource.TestStep{
			{
				Config: deskConfig(env, ruleCascade, ruleTransferUnanswered, ruleVoicemail),
				ExpectError: regexp.MustCompile(`(?s)Error\s+creating\s+PBX\s+incoming-call\s+rules.*adding\s+rule\s+3:.*incom_rule_limit.*` +
					`telecom_pbx_limits.*delete\s+one\s+it\s+no\s+longer\s+needs`),
			},
			{
				Config: deskConfig(env, ruleCascade, ruleVoicemail),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: checkDeskRules(env, heldCascade, heldVoicemail),
			},
		},
	})
}
