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

// faultAgents is a local and a remote agent named for the fault tests.
func faultAgents(env *acctest.PBXEnv, extra string) string {
	return strings.Replace(agentsConfig(env, "  name = \"tf-acc-fault\"\n", "+79161234567", "  name = \"tf-acc-fault\"\n"),
		env.ProviderConfig(""), env.ProviderConfig(extra), 1)
}

// checkFaultAgents: the emulator holds exactly the agents of faultAgents.
func checkFaultAgents(env *acctest.PBXEnv) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		if len(env.Sandbox.Extensions()) != 1 {
			return fmt.Errorf("the sandbox holds extensions %+v, want one", env.Sandbox.Extensions())
		}
		ext := env.Sandbox.Extensions()[0].ID
		return checkHeld(env.Sandbox.Agents, describeAgent,
			fmt.Sprintf(`local ext %d "tf-acc-fault" available 10/10/10/0/60 -`, ext),
			`remote +79161234567 "tf-acc-fault" available 10/10/10/0/60 -`)(s)
	}
}

// The answers to both creates are lost after the PBX made the agents (two
// agents of the same name): the provider finds each instead of posting
// again, so neither this apply nor the next leaves a duplicate.
func TestAccPBXAgent_droppedCreateResponse(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	for _, path := range []string{`/agent/local/?$`, `/agent/remote/?$`} {
		if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: http.MethodPost, Path: path, Times: 1}); err != nil {
			t.Fatal(err)
		}
	}
	onePostEach := resource.ComposeAggregateTestCheckFunc(
		checkRequests(env, http.MethodPost, `/agent/local/?$`, 1),
		checkRequests(env, http.MethodPost, `/agent/remote/?$`, 1),
	)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkHeld(env.Sandbox.Agents, describeAgent),
		Steps: []resource.TestStep{
			{
				Config: faultAgents(env, ""),
				Check: resource.ComposeAggregateTestCheckFunc(
					checkFaultAgents(env),
					onePostEach,
					func(*terraform.State) error {
						for _, f := range env.Sandbox.Kit.Faults() {
							if f.Hits != 1 {
								return fmt.Errorf("fault %+v hit %d requests, want 1", f.Fault, f.Hits)
							}
						}
						return nil
					},
					resource.TestCheckResourceAttrWith(localAgentAddr, "agent_id", func(id string) error {
						if all := env.Sandbox.Agents(); len(all) == 0 || (itoa(all[0].ID) != id && itoa(all[len(all)-1].ID) != id) {
							return fmt.Errorf("agent_id %s is not an agent of the sandbox", id)
						}
						return nil
					}),
				),
			},
			{
				Config: faultAgents(env, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(checkFaultAgents(env), onePostEach),
			},
		},
	})
}

// HTTP 5xx while refreshing agents: a passing one is retried and the plan
// is empty; a lasting one fails the refresh with the vendor's answer.
func TestAccPBXAgent_serverErrorOnRefresh(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	addFault := func(times int) func() {
		return func() {
			env.Sandbox.Kit.ClearFaults()
			if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: http.StatusServiceUnavailable,
				Method: http.MethodGet, Path: `/agent/`, Times: times}); err != nil {
				t.Fatal(err)
			}
		}
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkHeld(env.Sandbox.Agents, describeAgent),
		Steps: []resource.TestStep{
			{Config: faultAgents(env, "")},
			{
				PreConfig: addFault(1),
				Config:    faultAgents(env, ""),
				PlanOnly:  true,
				Check: func(*terraform.State) error {
					if f := env.Sandbox.Kit.Faults(); len(f) != 1 || f[0].Hits != 1 {
						return fmt.Errorf("faults %+v, want one 503 answered", f)
					}
					return nil
				},
			},
			{
				PreConfig: addFault(0),
				Config:    faultAgents(env, "  max_retries = 1\n"),
				PlanOnly:  true,
				ExpectError: regexp.MustCompile(`(?s)Error\s+reading\s+PBX\s+agent.*Could\s+not\s+read\s+agent\s+[0-9]+\s+of\s+client\s+@me:\s+` +
					`Telphin\s+API\s+answered\s+HTTP\s+503`),
			},
			{
				PreConfig: func() { env.Sandbox.Kit.ClearFaults() },
				Config:    faultAgents(env, ""),
				PlanOnly:  true,
				Check:     checkFaultAgents(env),
			},
		},
	})
}

// HTTP 429 whose quota resets in four seconds, met by the creates
// themselves (the plan of new remote agents makes no request): the provider
// sends each POST again after the reset, and the apply leaves exactly the
// two agents.
func TestAccPBXAgent_rateLimitShortReset(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	var resetAt time.Time
	cfg := env.ProviderConfig("") + `
resource "telecom_pbx_agent" "a" {
  name   = "tf-acc-quota a"
  number = "+79161234567"
}

resource "telecom_pbx_agent" "b" {
  name   = "tf-acc-quota b"
  number = "+79167654321"
}
`
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkHeld(env.Sandbox.Agents, describeAgent),
		Steps: []resource.TestStep{{
			PreConfig: func() {
				// Four seconds: time for terraform to reach the creates on a
				// busy machine, well within the provider's wait cap.
				env.Sandbox.ExhaustQuota(4 * time.Second)
				resetAt = time.Now().Add(4 * time.Second)
			},
			Config: cfg,
			ConfigPlanChecks: resource.ConfigPlanChecks{
				PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
			},
			Check: resource.ComposeAggregateTestCheckFunc(
				checkHeld(env.Sandbox.Agents, describeAgent,
					`remote +79161234567 "tf-acc-quota a" available 10/10/10/0/60 -`,
					`remote +79167654321 "tf-acc-quota b" available 10/10/10/0/60 -`),
				func(*terraform.State) error {
					var before, after int
					for _, r := range env.Sandbox.Kit.Requests() {
						if r.Method == http.MethodPost && regexp.MustCompile(agentsPathRe).MatchString(r.Path) {
							if r.Time.Before(resetAt) {
								before++
							} else {
								after++
							}
						}
					}
					if before == 0 || after != 2 {
						return fmt.Errorf("%d agent creates before the reset and %d after, want the refused ones before and two after",
							before, after)
					}
					return nil
				},
			),
		}},
	})
}

// The client's remote_agent_limit is reached: the create fails with the
// PBX's answer and what to do, after one POST (a refusal is not retried).
func TestAccPBXAgent_limitReached(t *testing.T) {
	env := acctest.PBX(t, sandbox.WithLimits(func(l *sandbox.Limits) { l.RemoteAgentLimit = 1 }))
	env.RequireSandbox(t)
	env.Sandbox.PutAgent(sandbox.Agent{Kind: sandbox.AgentKindRemote, Number: "+79160000000", Name: "made by hand", Status: "available"})
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy: checkHeld(env.Sandbox.Agents, describeAgent,
			`remote +79160000000 "made by hand" available 0/0/0/0/0 -`),
		Steps: []resource.TestStep{{
			Config: env.ProviderConfig("") + `
resource "telecom_pbx_agent" "test" {
  name   = "tf-acc-over the limit"
  number = "+79161234567"
}
`,
			ExpectError: acctest.Phrases("Error creating PBX agent", `Could not create agent "tf-acc-over the limit" for client @me`,
				"HTTP 400 limit_exceeded", "remote_agent_limit reached: the client already has 1 of 1",
				"telecom_pbx_limits", "delete"),
			Check: checkRequests(env, http.MethodPost, agentsPathRe, 1),
		}},
	})
}
