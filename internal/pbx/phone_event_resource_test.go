package pbx_test

import (
	"fmt"
	"net/http"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	pbxapi "github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// Paths of the webhook endpoints: the collection (list, create, and the
// delete-all that must never be sent) and one webhook.
const (
	phoneEventsPathRe = `/client/[^/]+/phone_events/?$`
	phoneEventPathRe  = `/client/[^/]+/phone_event/[0-9]+/?$`
)

// hook is one telecom_pbx_phone_event block.
type hook struct{ key, event, url, method string }

func (h hook) hcl() string {
	return fmt.Sprintf("\nresource \"telecom_pbx_phone_event\" %q {\n  event_type = %q\n  url        = %q\n  method     = %q\n}\n",
		h.key, h.event, h.url, h.method)
}

func (h hook) addr() string { return "telecom_pbx_phone_event." + h.key }

// described is the hook as describePhoneEvent says it.
func (h hook) described() string { return h.event + " " + h.method + " " + h.url }

func hooksConfig(env *acctest.PBXEnv, hooks ...hook) string {
	cfg := env.ProviderConfig("")
	for _, h := range hooks {
		cfg += h.hcl()
	}
	return cfg
}

func describePhoneEvent(e sandbox.PhoneEvent) string {
	return e.EventType + " " + e.Method + " " + e.URL
}

// describedHooks are the descriptions of hooks, for checkHeld.
func describedHooks(hooks ...hook) []string {
	var out []string
	for _, h := range hooks {
		out = append(out, h.described())
	}
	return out
}

func checkPhoneEventsGone(env *acctest.PBXEnv) resource.TestCheckFunc {
	return checkGoneAtAPI(env, "telecom_pbx_phone_event", "phone_event_id", (*pbxapi.Client).PhoneEvents)
}

// checkNoDeleteAll: the client never sent DELETE /client/{id}/phone_events/,
// which deletes every webhook of the client.
func checkNoDeleteAll(env *acctest.PBXEnv) resource.TestCheckFunc {
	return func(*terraform.State) error {
		if calls := env.Sandbox.DeleteAllPhoneEventsCalls(); len(calls) != 0 {
			return fmt.Errorf("the provider sent the delete-all of webhooks %d times: %+v", len(calls), calls)
		}
		return nil
	}
}

// checkDistinctIDs: the resources at addrs hold pairwise different
// phone_event_id values.
func checkDistinctIDs(addrs ...string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		seen := map[string]string{}
		for _, addr := range addrs {
			rs, ok := s.RootModule().Resources[addr]
			if !ok {
				return fmt.Errorf("%s not in state", addr)
			}
			id := rs.Primary.Attributes["phone_event_id"]
			if other, dup := seen[id]; dup {
				return fmt.Errorf("%s and %s both hold webhook %s", other, addr, id)
			}
			seen[id] = addr
		}
		return nil
	}
}

var (
	hangupA = hook{"a", "hangup", "https://hooks.example.com/tf-acc/hangup", "POST"}
	hangupB = hook{"b", "hangup", "https://hooks.example.com/tf-acc/hangup", "POST"} // the same webhook again
	answerC = hook{"c", "answer", "http://crm.example.com/tf-acc/answer?source=pbx", "GET"}
)

// Three webhooks, two of them identical: each its own webhook at the PBX
// -> import (command and import block) -> change every attribute of one
// and the URL of another in place, at /phone_event/{id} with only what
// changed -> empty re-plans -> destroy, checked through the API and at the
// emulator; the delete-all is never sent.
func TestAccPBXPhoneEvent_lifecycle(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	changedA := hook{"a", "dial-in", "http://hooks.example.com/tf-acc/incoming", "GET"}
	changedC := hook{"c", "answer", "https://crm.example.com/tf-acc/answer", "GET"}
	var idA, idB, idC string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy: resource.ComposeAggregateTestCheckFunc(
			checkPhoneEventsGone(env),
			checkHeld(env.Sandbox.PhoneEvents, describePhoneEvent),
			checkNoDeleteAll(env),
		),
		Steps: []resource.TestStep{
			{
				Config: hooksConfig(env, hangupA, hangupB, answerC),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr(hangupA.addr(), "phone_event_id", &idA),
					acctest.StoreAttr(hangupB.addr(), "phone_event_id", &idB),
					acctest.StoreAttr(answerC.addr(), "phone_event_id", &idC),
					checkDistinctIDs(hangupA.addr(), hangupB.addr(), answerC.addr()),
					resource.TestMatchResourceAttr(hangupA.addr(), "id", regexp.MustCompile(`^@me/[1-9][0-9]*$`)),
					resource.TestCheckResourceAttr(hangupA.addr(), "client_id", "@me"),
					resource.TestCheckResourceAttr(answerC.addr(), "url", answerC.url),
					checkHeld(env.Sandbox.PhoneEvents, describePhoneEvent, describedHooks(hangupA, hangupB, answerC)...),
					checkRequests(env, http.MethodPost, phoneEventsPathRe, 3),
				),
			},
			{ResourceName: hangupA.addr(), ImportState: true, ImportStateVerify: true},
			{ResourceName: hangupB.addr(), ImportState: true, ImportStateVerify: true},
			{
				Config:          hooksConfig(env, hangupA, hangupB, answerC),
				ResourceName:    answerC.addr(),
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithID,
			},
			{
				PreConfig: resetRequests(env),
				Config:    hooksConfig(env, changedA, hangupB, changedC),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(changedA.addr(), plancheck.ResourceActionUpdate),
						plancheck.ExpectResourceAction(hangupB.addr(), plancheck.ResourceActionNoop),
						plancheck.ExpectResourceAction(changedC.addr(), plancheck.ResourceActionUpdate),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(changedA.addr(), "phone_event_id", &idA),
					resource.TestCheckResourceAttrPtr(changedC.addr(), "phone_event_id", &idC),
					resource.TestCheckResourceAttr(changedA.addr(), "event_type", "dial-in"),
					func(s *terraform.State) error {
						return checkPutBodies(env, `/phone_event/`+idA+`/?$`, "event_type,method,url")(s)
					},
					func(s *terraform.State) error {
						return checkPutBodies(env, `/phone_event/`+idC+`/?$`, "url")(s)
					},
					checkRequests(env, http.MethodPut, phoneEventsPathRe, 0),
					checkRequests(env, http.MethodPost, phoneEventsPathRe, 0),
					checkHeld(env.Sandbox.PhoneEvents, describePhoneEvent, describedHooks(changedA, hangupB, changedC)...),
				),
			},
			{ResourceName: changedC.addr(), ImportState: true, ImportStateVerify: true},
		},
	})
}

// The delete-all of webhooks is never sent, whatever happens: create,
// update, replace-free changes, drift, faults and destroy; a webhook made by
// hand outside Terraform, identical to a managed one, survives all of it.
func TestAccPBXPhoneEvent_neverDeletesAll(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	byHand := env.Sandbox.PutPhoneEvent(sandbox.PhoneEvent{EventType: hangupA.event, URL: hangupA.url, Method: hangupA.method})
	keepsByHand := func(*terraform.State) error {
		e, ok := env.Sandbox.PhoneEvent(byHand.ID)
		if !ok || e != byHand {
			return fmt.Errorf("the webhook made by hand is %+v (found %v), want %+v untouched", e, ok, byHand)
		}
		return nil
	}
	changedC := hook{"c", "voicemail", "https://crm.example.com/tf-acc/voicemail", "POST"}
	var idA, idC string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy: resource.ComposeAggregateTestCheckFunc(
			checkNoDeleteAll(env),
			keepsByHand,
			checkHeld(env.Sandbox.PhoneEvents, describePhoneEvent, describedHooks(hangupA)...),
		),
		Steps: []resource.TestStep{
			{
				// The answer to a create is lost: the provider takes its own
				// webhook (the newest unclaimed one), never the one by hand.
				PreConfig: func() { dropFirstPhoneEventPost(t, env) },
				Config:    hooksConfig(env, hangupA, answerC),
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr(hangupA.addr(), "phone_event_id", &idA),
					acctest.StoreAttr(answerC.addr(), "phone_event_id", &idC),
					resource.TestCheckResourceAttrWith(hangupA.addr(), "phone_event_id", func(id string) error {
						if id == itoa(byHand.ID) {
							return fmt.Errorf("the provider took the webhook made by hand (%s)", id)
						}
						return nil
					}),
					keepsByHand, checkNoDeleteAll(env),
				),
			},
			{
				Config: hooksConfig(env, hangupA, changedC),
				Check:  resource.ComposeAggregateTestCheckFunc(keepsByHand, checkNoDeleteAll(env)),
			},
			{
				// Drift: one deleted, one changed, both behind Terraform's back.
				PreConfig: func() {
					mustHave(t, env.Sandbox.DeletePhoneEvent(mustID(t, idA)), "webhook "+idA)
					e, ok := env.Sandbox.PhoneEvent(mustID(t, idC))
					mustHave(t, ok, "webhook "+idC)
					e.Method = "GET"
					env.Sandbox.PutPhoneEvent(e)
				},
				Config: hooksConfig(env, hangupA, changedC),
				Check:  resource.ComposeAggregateTestCheckFunc(keepsByHand, checkNoDeleteAll(env)),
			},
			{
				// A 5xx on a delete and a refresh: retried.
				PreConfig: func() {
					for _, method := range []string{http.MethodDelete, http.MethodGet} {
						if err := env.Sandbox.Kit.AddFault(faultOnce(method, `/phone_event`)); err != nil {
							t.Fatal(err)
						}
					}
				},
				Config: hooksConfig(env, hangupA),
				Check: resource.ComposeAggregateTestCheckFunc(keepsByHand, checkNoDeleteAll(env),
					checkHeld(env.Sandbox.PhoneEvents, describePhoneEvent, describedHooks(hangupA, hangupA)...)),
			},
		},
	})
}

// Drift: a webhook deleted behind Terraform's back is created again, one
// changed is changed back in place (only what differs); one deleted again
// leaves the state on refresh.
func TestAccPBXPhoneEvent_drift(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	cfg := hooksConfig(env, hangupA, answerC)
	var idA, idC string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkHeld(env.Sandbox.PhoneEvents, describePhoneEvent), checkNoDeleteAll(env)),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr(hangupA.addr(), "phone_event_id", &idA),
					acctest.StoreAttr(answerC.addr(), "phone_event_id", &idC),
				),
			},
			{
				PreConfig: func() {
					mustHave(t, env.Sandbox.DeletePhoneEvent(mustID(t, idA)), "webhook "+idA)
					e, ok := env.Sandbox.PhoneEvent(mustID(t, idC))
					mustHave(t, ok, "webhook "+idC)
					e.URL, e.Method = "https://elsewhere.example.com/x", "POST"
					env.Sandbox.PutPhoneEvent(e)
					env.Sandbox.Kit.ResetRequests()
				},
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(hangupA.addr(), plancheck.ResourceActionCreate),
						plancheck.ExpectResourceAction(answerC.addr(), plancheck.ResourceActionUpdate),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(answerC.addr(), "phone_event_id", &idC),
					checkPutBodies(env, phoneEventPathRe, "method,url"),
					checkHeld(env.Sandbox.PhoneEvents, describePhoneEvent, describedHooks(hangupA, answerC)...),
				),
			},
			{
				PreConfig: func() {
					mustHave(t, env.Sandbox.DeletePhoneEvent(mustID(t, idC)), "webhook "+idC)
				},
				RefreshState:       true,
				ExpectNonEmptyPlan: true,
				Check:              checkNotInState(answerC.addr()),
			},
		},
	})
}
