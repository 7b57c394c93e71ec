package pbx_test

import (
	"fmt"
	"net/http"
	"regexp"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// dropFirstPhoneEventPost loses the answer to the next create of a webhook
// (the PBX makes it).
func dropFirstPhoneEventPost(t *testing.T, env *acctest.PBXEnv) {
	t.Helper()
	if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: http.MethodPost, Path: phoneEventsPathRe, Times: 1}); err != nil {
		t.Fatal(err)
	}
}

// faultOnce answers the next request of method to a path matching pathRe
// with a 503.
func faultOnce(method, pathRe string) sandboxkit.Fault {
	return sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: http.StatusServiceUnavailable, Method: method, Path: pathRe, Times: 1}
}

// Two identical webhooks are created in one apply and the answers to both
// POSTs are lost after the PBX made them: each create takes a webhook no
// other create of the process has claimed, so there are exactly two, one
// per resource, and the next apply changes nothing.
func TestAccPBXPhoneEvent_droppedCreateResponse(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: http.MethodPost, Path: phoneEventsPathRe, Times: 2}); err != nil {
		t.Fatal(err)
	}
	cfg := hooksConfig(env, hangupA, hangupB)
	exactlyTwo := resource.ComposeAggregateTestCheckFunc(
		checkHeld(env.Sandbox.PhoneEvents, describePhoneEvent, describedHooks(hangupA, hangupB)...),
		checkRequests(env, http.MethodPost, phoneEventsPathRe, 2),
		checkDistinctIDs(hangupA.addr(), hangupB.addr()),
		func(s *terraform.State) error {
			for _, addr := range []string{hangupA.addr(), hangupB.addr()} {
				id := s.RootModule().Resources[addr].Primary.Attributes["phone_event_id"]
				if _, ok := env.Sandbox.PhoneEvent(mustID(t, id)); !ok {
					return fmt.Errorf("%s holds webhook %s, which the sandbox does not have", addr, id)
				}
			}
			return nil
		},
	)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkHeld(env.Sandbox.PhoneEvents, describePhoneEvent), checkNoDeleteAll(env)),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				Check: resource.ComposeAggregateTestCheckFunc(
					exactlyTwo,
					func(*terraform.State) error {
						if f := env.Sandbox.Kit.Faults(); len(f) != 1 || f[0].Hits != 2 {
							return fmt.Errorf("faults %+v, want both creates' answers lost", f)
						}
						return nil
					},
				),
			},
			{
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: exactlyTwo,
			},
		},
	})
}

// Two identical webhooks are created in one apply; the second create is
// answered 503 before the PBX did anything. Looking for a lost create, the
// provider finds the first webhook, which it already took for the other
// resource: it does not take it twice but posts again, so each resource
// has its own webhook.
func TestAccPBXPhoneEvent_failedCreateFindsNoClaimedTwin(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	// Faults apply in order: the first create passes the latency, the
	// second meets the 503.
	for _, f := range []sandboxkit.Fault{
		{Kind: sandboxkit.KindLatency, Delay: time.Millisecond, Method: http.MethodPost, Path: phoneEventsPathRe, Times: 1},
		faultOnce(http.MethodPost, phoneEventsPathRe),
	} {
		if err := env.Sandbox.Kit.AddFault(f); err != nil {
			t.Fatal(err)
		}
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkHeld(env.Sandbox.PhoneEvents, describePhoneEvent), checkNoDeleteAll(env)),
		Steps: []resource.TestStep{{
			Config: hooksConfig(env, hangupA, hangupB),
			ConfigPlanChecks: resource.ConfigPlanChecks{
				PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
			},
			Check: resource.ComposeAggregateTestCheckFunc(
				checkDistinctIDs(hangupA.addr(), hangupB.addr()),
				checkHeld(env.Sandbox.PhoneEvents, describePhoneEvent, describedHooks(hangupA, hangupB)...),
				checkRequests(env, http.MethodPost, phoneEventsPathRe, 3),
				func(*terraform.State) error {
					for _, f := range env.Sandbox.Kit.Faults() {
						if f.Hits != 1 {
							return fmt.Errorf("fault %+v hit %d requests, want 1", f.Fault, f.Hits)
						}
					}
					return nil
				},
			),
		}},
	})
}

// HTTP 5xx while refreshing webhooks: a passing one is retried and the plan
// is empty; a lasting one fails the refresh with the vendor's answer.
func TestAccPBXPhoneEvent_serverErrorOnRefresh(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	cfg := func(extra string) string {
		return env.ProviderConfig(extra) + hangupA.hcl() + answerC.hcl()
	}
	addFault := func(times int) func() {
		return func() {
			env.Sandbox.Kit.ClearFaults()
			if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: http.StatusBadGateway,
				Method: http.MethodGet, Path: `/phone_events?/`, Times: times}); err != nil {
				t.Fatal(err)
			}
		}
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkHeld(env.Sandbox.PhoneEvents, describePhoneEvent), checkNoDeleteAll(env)),
		Steps: []resource.TestStep{
			{Config: cfg("")},
			{
				PreConfig: addFault(1),
				Config:    cfg(""),
				PlanOnly:  true,
				Check: func(*terraform.State) error {
					if f := env.Sandbox.Kit.Faults(); len(f) != 1 || f[0].Hits != 1 {
						return fmt.Errorf("faults %+v, want one 502 answered", f)
					}
					return nil
				},
			},
			{
				PreConfig: addFault(0),
				Config:    cfg("  max_retries = 1\n"),
				PlanOnly:  true,
				ExpectError: regexp.MustCompile(`(?s)Error\s+reading\s+PBX\s+phone\s+event.*Could\s+not\s+read\s+phone\s+event\s+[0-9]+\s+of\s+client\s+@me:\s+` +
					`Telphin\s+API\s+answered\s+HTTP\s+502`),
			},
			{
				PreConfig: func() { env.Sandbox.Kit.ClearFaults() },
				Config:    cfg(""),
				PlanOnly:  true,
				Check:     checkHeld(env.Sandbox.PhoneEvents, describePhoneEvent, describedHooks(hangupA, answerC)...),
			},
		},
	})
}

// The client's event_limit is reached: the webhook over it fails with the
// PBX's answer and what to do, after one POST (not retried); the other is
// made, and the webhook made by hand is left alone.
func TestAccPBXPhoneEvent_limitReached(t *testing.T) {
	env := acctest.PBX(t, sandbox.WithLimits(func(l *sandbox.Limits) { l.EventLimit = 2 }))
	env.RequireSandbox(t)
	byHand := env.Sandbox.PutPhoneEvent(sandbox.PhoneEvent{EventType: "hangup", URL: "https://by-hand.example.com/", Method: "GET"})
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy: resource.ComposeAggregateTestCheckFunc(
			checkHeld(env.Sandbox.PhoneEvents, describePhoneEvent, describePhoneEvent(byHand)),
			checkRequests(env, http.MethodPost, phoneEventsPathRe, 2),
			checkNoDeleteAll(env),
		),
		Steps: []resource.TestStep{{
			Config: hooksConfig(env, hangupA, answerC),
			ExpectError: acctest.Phrases("Error creating PBX phone event", "Could not create phone event", "for client @me",
				"HTTP 400 limit_exceeded", "event_limit reached: the client already has 2 of 2",
				"The client already has as many webhooks as its event_limit allows", "telecom_pbx_limits",
				"delete one it no longer needs, or ask Telphin to raise the limit"),
		}},
	})
}
