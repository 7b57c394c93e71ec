package pbx_test

import (
	"fmt"
	"net/http"
	"regexp"
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

// oneOfEachConfig is one interval and one dial rule list.
func oneOfEachConfig(env *acctest.PBXEnv, extra string) string {
	return env.ProviderConfig(extra) + `
resource "telecom_pbx_interval" "test" {
  name       = "tf-acc-fault"
  timezone   = "Europe/Prague"
  conditions = [{ start_dow = 2, end_dow = 6, start_time = "09:00", end_time = "18:00" }]
}

resource "telecom_pbx_dial_rule" "test" {
  name  = "tf-acc-fault"
  rules = [{ match_exp = "^8(\\d{10})$", repl_exp = "7\\1" }]
}
`
}

// The access token dies in the middle of an apply: the provider fetches one
// new token, repeats the refused request, and the apply succeeds.
//
// How the revocation lands inside one apply: the first POST of an interval
// is held by a latency fault for 1.5 s (the emulator has not looked at the
// token yet); a goroutine sees that POST arrive and revokes every token
// while it waits. When the emulator then handles the POST, its token is
// dead: 401, nothing created. That is exactly a token expiring between the
// provider's check and the server's. The other creates of the apply run
// before or after it, with the old or the new token.
func TestAccPBX_tokenRevokedDuringApply(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	cfg := env.ProviderConfig("") + `
resource "telecom_pbx_interval" "test" {
  count      = 3
  name       = "tf-acc-token ${count.index}"
  timezone   = "Europe/Prague"
  conditions = [{ month = count.index + 1 }]
}
`
	var tokensBefore int
	revoked := make(chan struct{})
	stop := make(chan struct{})
	t.Cleanup(func() { close(stop) })
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkIntervalCount(env, 0),
		Steps: []resource.TestStep{{
			PreConfig: func() {
				if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{
					Kind: sandboxkit.KindLatency, Delay: 1500 * time.Millisecond,
					Method: http.MethodPost, Path: intervalsPathRe, Times: 1,
				}); err != nil {
					t.Fatal(err)
				}
				tokensBefore = env.Sandbox.TokensIssued()
				go func() {
					tick := time.NewTicker(5 * time.Millisecond)
					defer tick.Stop()
					for {
						select {
						case <-stop:
							return
						case <-tick.C:
						}
						if countRequests(env, http.MethodPost, intervalsPathRe) > 0 {
							env.Sandbox.RevokeTokens()
							close(revoked)
							return
						}
					}
				}()
			},
			Config: cfg,
			Check: resource.ComposeAggregateTestCheckFunc(
				func(*terraform.State) error {
					select {
					case <-revoked:
					default:
						return fmt.Errorf("the tokens were never revoked: no interval POST reached the sandbox")
					}
					// The plan of new resources calls no API; the apply
					// needed its first token and exactly one more.
					if got := env.Sandbox.TokensIssued() - tokensBefore; got != 2 {
						return fmt.Errorf("the apply fetched %d tokens, want 2 (one, then one refresh after the revocation)", got)
					}
					// The refused POST was repeated: 3 intervals, at least 4 POSTs.
					if got := countRequests(env, http.MethodPost, intervalsPathRe); got < 4 {
						return fmt.Errorf("the sandbox received %d interval POSTs, want at least 4 (the refused one repeated)", got)
					}
					return nil
				},
				checkIntervalCount(env, 3),
				resource.TestCheckResourceAttr("telecom_pbx_interval.test.2", "conditions.0.month", "3"),
			),
		}},
	})
}

// HTTP 429 whose quota resets in a moment: the provider waits and the apply
// succeeds, with exactly one object of each kind. (Two seconds rather than
// one, so that the quota is still used up when terraform, after its plan,
// sends the apply's first request.)
func TestAccPBX_rateLimitShortReset(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	var exhaustedUntil time.Time
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkIntervalCount(env, 0), checkDialRuleCount(env, 0)),
		Steps: []resource.TestStep{{
			PreConfig: func() {
				env.Sandbox.ExhaustQuota(2 * time.Second)
				exhaustedUntil = time.Now().Add(2 * time.Second)
			},
			Config: oneOfEachConfig(env, ""),
			ConfigPlanChecks: resource.ConfigPlanChecks{
				PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
			},
			Check: resource.ComposeAggregateTestCheckFunc(
				checkIntervalCount(env, 1),
				checkDialRuleCount(env, 1),
				// Every API request before the reset was answered 429: there
				// must have been one (the apply met the 429), and the apply
				// went on after the reset.
				func(*terraform.State) error {
					before, after := 0, 0
					for _, r := range env.Sandbox.Kit.Requests() {
						if !strings.HasPrefix(r.Path, sandbox.BasePath) {
							continue // the token endpoint has no quota
						}
						if r.Time.Before(exhaustedUntil.Add(-100 * time.Millisecond)) {
							before++
						} else if r.Time.After(exhaustedUntil) {
							after++
						}
					}
					if before == 0 || after == 0 {
						return fmt.Errorf("%d API requests while the quota was used up and %d after it reset, want some of each", before, after)
					}
					return nil
				},
			),
		}},
	})
}

// HTTP 429 with a quota that resets in two hours, beyond what the provider
// waits: the apply fails at once with a message that says when the quota
// resets, on create and on refresh; with the quota back, all is well.
func TestAccPBX_rateLimitBeyondCap(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	cfg := intervalConfig(env, "tf-acc-quota", officeHoursHHMM)
	quotaMessage := `quota\s+resets\s+in\s+(1h59m[0-9]+s|2h0m0s),\s+at\s+[0-9T:-]+Z[.;]\s+[Rr]un\s+Terraform\s+again\s+after\s+that`
	var started time.Time
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkIntervalCount(env, 0),
		Steps: []resource.TestStep{
			{
				PreConfig: func() {
					env.Sandbox.ExhaustQuota(2 * time.Hour)
					started = time.Now()
				},
				Config:      cfg,
				ExpectError: regexp.MustCompile(`(?s)Error\s+creating\s+PBX\s+interval.*rate_limit_exceeded.*` + quotaMessage),
			},
			{
				PreConfig: func() {
					if d := time.Since(started); d > 20*time.Second {
						t.Errorf("the failing apply took %s: the provider waited for a quota that resets in two hours", d)
					}
					if n := countRequests(env, http.MethodPost, intervalsPathRe); n != 1 {
						t.Errorf("the interval was POSTed %d times while the quota was used up, want 1", n)
					}
					env.Sandbox.SetRateLimit(sandbox.DefaultRateLimit, sandbox.DefaultRateWindow)
				},
				Config: cfg,
				Check:  checkIntervalCount(env, 1),
			},
			{
				PreConfig:   func() { env.Sandbox.ExhaustQuota(2 * time.Hour) },
				Config:      cfg,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`(?s)Error\s+reading\s+PBX\s+interval.*` + quotaMessage),
			},
			{
				// The quota is back, so that the destroy can run.
				PreConfig: func() { env.Sandbox.SetRateLimit(sandbox.DefaultRateLimit, sandbox.DefaultRateWindow) },
				Config:    cfg,
				PlanOnly:  true,
			},
		},
	})
}

// The answer to a create is lost after the PBX committed it: the provider
// finds the object it made instead of posting it again; a second apply and
// a re-plan change nothing, and the emulator holds exactly one of each.
func TestAccPBX_droppedCreateResponse(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	for _, path := range []string{intervalsPathRe, dialRulesPathRe} {
		if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: http.MethodPost, Path: path, Times: 1}); err != nil {
			t.Fatal(err)
		}
	}
	cfg := oneOfEachConfig(env, "")
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkIntervalCount(env, 0), checkDialRuleCount(env, 0)),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				Check: resource.ComposeAggregateTestCheckFunc(
					checkIntervalCount(env, 1),
					checkDialRuleCount(env, 1),
					checkRequests(env, http.MethodPost, intervalsPathRe, 1),
					checkRequests(env, http.MethodPost, dialRulesPathRe, 1),
					func(*terraform.State) error {
						for _, f := range env.Sandbox.Kit.Faults() {
							if f.Hits != 1 {
								return fmt.Errorf("fault %+v hit %d requests, want 1", f.Fault, f.Hits)
							}
						}
						return nil
					},
					resource.TestCheckResourceAttrWith("telecom_pbx_interval.test", "interval_id", func(id string) error {
						if all := env.Sandbox.Intervals(); len(all) != 1 || fmt.Sprint(all[0].ID) != id {
							return fmt.Errorf("state has interval %s, the sandbox %+v", id, all)
						}
						return nil
					}),
					resource.TestCheckResourceAttrWith("telecom_pbx_dial_rule.test", "dial_rule_id", func(id string) error {
						if all := env.Sandbox.DialRules(); len(all) != 1 || fmt.Sprint(all[0].ID) != id {
							return fmt.Errorf("state has dial rule list %s, the sandbox %+v", id, all)
						}
						return nil
					}),
				),
			},
			{
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkIntervalCount(env, 1),
					checkDialRuleCount(env, 1),
					checkRequests(env, http.MethodPost, intervalsPathRe, 1),
					checkRequests(env, http.MethodPost, dialRulesPathRe, 1),
				),
			},
		},
	})
}
