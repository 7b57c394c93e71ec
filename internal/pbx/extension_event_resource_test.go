package pbx_test

import (
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// Paths of an extension's webhook endpoints: the collection (list, create,
// and the delete-all that must never be sent) and one webhook.
const (
	extEventsPathRe = `/extension/[0-9]+/event/?$`
	extEventPathRe  = `/extension/[0-9]+/event/[0-9]+/?$`
)

// extHook is one telecom_pbx_extension_event block on the extension with
// the literal id ext.
type extHook struct {
	key, event, url, method string
	ext                     int64
}

func (h extHook) hcl() string {
	return fmt.Sprintf("\nresource \"telecom_pbx_extension_event\" %q {\n  extension_id = %d\n  event_type   = %q\n  url          = %q\n  method       = %q\n}\n",
		h.key, h.ext, h.event, h.url, h.method)
}

func (h extHook) addr() string { return "telecom_pbx_extension_event." + h.key }

func (h extHook) on(ext int64) extHook { h.ext = ext; return h }

// described is the hook as describeExtEvent says it.
func (h extHook) described() string {
	return fmt.Sprintf("%d: %s %s %s", h.ext, h.event, h.method, h.url)
}

func describeExtEvent(e sandbox.ExtensionEvent) string {
	return fmt.Sprintf("%d: %s %s %s", e.ExtensionID, e.EventType, e.Method, e.URL)
}

// allExtEvents are the webhooks of every extension.
func allExtEvents(env *acctest.PBXEnv) func() []sandbox.ExtensionEvent {
	return func() []sandbox.ExtensionEvent { return env.Sandbox.ExtensionEvents(0) }
}

func describedExtHooks(hooks ...extHook) []string {
	var out []string
	for _, h := range hooks {
		out = append(out, h.described())
	}
	return out
}

func extHooksConfig(env *acctest.PBXEnv, hooks ...extHook) string {
	cfg := env.ProviderConfig("")
	for _, h := range hooks {
		cfg += h.hcl()
	}
	return cfg
}

// checkNoExtDeleteAll: the client never sent DELETE /extension/{id}/event/
// (which deletes every webhook of the extension), for any extension.
func checkNoExtDeleteAll(env *acctest.PBXEnv) resource.TestCheckFunc {
	return func(*terraform.State) error {
		if calls := env.Sandbox.DeleteAllExtensionEventsCalls(0); len(calls) != 0 {
			return fmt.Errorf("the provider sent the delete-all of an extension's webhooks %d times: %+v", len(calls), calls)
		}
		return nil
	}
}

// putExtensions stores extensions by hand, outside Terraform (so that a
// destroy does not take their webhooks with them), and returns their ids.
func putExtensions(env *acctest.PBXEnv, typ string, names ...string) []int64 {
	var ids []int64
	for _, name := range names {
		ids = append(ids, env.Sandbox.PutExtension(sandbox.Extension{Name: "345*" + name, Type: typ, Status: "active",
			DIDAsTransferCallerID: "None"}).ID)
	}
	return ids
}

var (
	extHangup = extHook{key: "hangup", event: "hangup", url: "https://hooks.example.com/tf-acc/ext-hangup", method: "POST"}
	extAnswer = extHook{key: "answer", event: "answer", url: "http://crm.example.com/tf-acc/ext-answer?source=pbx", method: "GET"}
)

// Two webhooks of one extension: each its own at the PBX -> import by
// <client_id>/<extension_id>/<event_id> (command, numeric client, import
// block) -> every attribute of one changed in place at /event/{id}, with
// only what changed -> the other moved to another extension: replaced ->
// destroy, checked at the emulator; the delete-all is never sent.
func TestAccPBXExtensionEvent_lifecycle(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	ext := putExtensions(env, "phone", "190", "191")
	hangup, answer := extHangup.on(ext[0]), extAnswer.on(ext[0])
	changed := extHook{key: "hangup", event: "dial-out", url: "http://hooks.example.com/tf-acc/ext-outgoing", method: "GET", ext: ext[0]}
	moved := answer.on(ext[1])
	var hangupID, answerID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy: resource.ComposeAggregateTestCheckFunc(
			checkHeld(allExtEvents(env), describeExtEvent),
			checkNoExtDeleteAll(env),
		),
		Steps: []resource.TestStep{
			{
				Config: extHooksConfig(env, hangup, answer),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr(hangup.addr(), "event_id", &hangupID),
					acctest.StoreAttr(answer.addr(), "event_id", &answerID),
					resource.TestMatchResourceAttr(hangup.addr(), "id", regexp.MustCompile(fmt.Sprintf(`^@me/%d/[1-9][0-9]*$`, ext[0]))),
					resource.TestCheckResourceAttr(hangup.addr(), "client_id", "@me"),
					resource.TestCheckResourceAttr(answer.addr(), "url", answer.url),
					func(*terraform.State) error {
						if hangupID == answerID {
							return fmt.Errorf("both resources hold webhook %s", hangupID)
						}
						return nil
					},
					checkHeld(allExtEvents(env), describeExtEvent, describedExtHooks(hangup, answer)...),
					checkRequests(env, http.MethodPost, extEventsPathRe, 2),
				),
			},
			{ResourceName: hangup.addr(), ImportState: true, ImportStateVerify: true},
			{
				// By the numeric client: the same webhook, named so.
				ResourceName: answer.addr(), ImportState: true,
				ImportStateIdFunc: func(*terraform.State) (string, error) {
					return fmt.Sprintf("%s/%d/%s", demoClient, ext[0], answerID), nil
				},
				ImportStateCheck: func(states []*terraform.InstanceState) error {
					if len(states) != 1 {
						return fmt.Errorf("%d imported", len(states))
					}
					a := states[0].Attributes
					for attr, want := range map[string]string{
						"id": fmt.Sprintf("%s/%d/%s", demoClient, ext[0], answerID), "client_id": demoClient,
						"extension_id": itoa(ext[0]), "event_id": answerID, "event_type": answer.event, "url": answer.url, "method": answer.method,
					} {
						if a[attr] != want {
							return fmt.Errorf("imported %s = %q, want %q", attr, a[attr], want)
						}
					}
					return nil
				},
			},
			{
				Config:       extHooksConfig(env, hangup, answer),
				ResourceName: answer.addr(), ImportState: true, ImportStateKind: resource.ImportBlockWithID,
			},
			{
				PreConfig: resetRequests(env),
				Config:    extHooksConfig(env, changed, moved),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(changed.addr(), plancheck.ResourceActionUpdate),
						plancheck.ExpectResourceAction(moved.addr(), plancheck.ResourceActionDestroyBeforeCreate),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(changed.addr(), "event_id", &hangupID),
					resource.TestCheckResourceAttr(changed.addr(), "event_type", "dial-out"),
					resource.TestCheckResourceAttrWith(moved.addr(), "event_id", func(id string) error {
						if id == answerID {
							return fmt.Errorf("event_id %s did not change on replacement", id)
						}
						return nil
					}),
					resource.TestMatchResourceAttr(moved.addr(), "id", regexp.MustCompile(fmt.Sprintf(`^@me/%d/[1-9][0-9]*$`, ext[1]))),
					func(s *terraform.State) error {
						return checkPutBodies(env, `/extension/[0-9]+/event/`+hangupID+`/?$`, "event_type,method,url")(s)
					},
					checkRequests(env, http.MethodPost, extEventsPathRe, 1),
					checkRequests(env, http.MethodDelete, extEventPathRe, 1),
					checkHeld(allExtEvents(env), describeExtEvent, describedExtHooks(changed, moved)...),
					checkNoExtDeleteAll(env),
				),
			},
			{ResourceName: moved.addr(), ImportState: true, ImportStateVerify: true},
		},
	})
}

// The delete-all of an extension's webhooks is never sent, whatever
// happens: create with a lost answer, update, drift, faults, destroy; a
// webhook made by hand, identical to a managed one, survives all of it.
func TestAccPBXExtensionEvent_neverDeletesAll(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	ext := putExtensions(env, "phone", "192")[0]
	hangup, answer := extHangup.on(ext), extAnswer.on(ext)
	byHand := env.Sandbox.PutExtensionEvent(sandbox.ExtensionEvent{ExtensionID: ext, EventType: hangup.event, URL: hangup.url, Method: hangup.method})
	keepsByHand := func(*terraform.State) error {
		e, ok := env.Sandbox.ExtensionEvent(byHand.ID)
		if !ok || e != byHand {
			return fmt.Errorf("the webhook made by hand is %+v (found %v), want %+v untouched", e, ok, byHand)
		}
		return nil
	}
	voicemail := extHook{key: "answer", event: "voicemail", url: "https://crm.example.com/tf-acc/voicemail", method: "POST", ext: ext}
	var hangupID, answerID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy: resource.ComposeAggregateTestCheckFunc(
			checkNoExtDeleteAll(env),
			keepsByHand,
			checkHeld(allExtEvents(env), describeExtEvent, describedExtHooks(hangup)...),
		),
		Steps: []resource.TestStep{
			{
				// The answer to a create is lost: the provider takes its own
				// webhook (the newest unclaimed one), never the one by hand.
				PreConfig: func() {
					if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: http.MethodPost, Path: extEventsPathRe, Times: 1}); err != nil {
						t.Fatal(err)
					}
				},
				Config: extHooksConfig(env, hangup, answer),
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr(hangup.addr(), "event_id", &hangupID),
					acctest.StoreAttr(answer.addr(), "event_id", &answerID),
					resource.TestCheckResourceAttrWith(hangup.addr(), "event_id", func(id string) error {
						if id == itoa(byHand.ID) {
							return fmt.Errorf("the provider took the webhook made by hand (%s)", id)
						}
						return nil
					}),
					checkRequests(env, http.MethodPost, extEventsPathRe, 2),
					keepsByHand, checkNoExtDeleteAll(env),
				),
			},
			{
				Config: extHooksConfig(env, hangup, voicemail),
				Check:  resource.ComposeAggregateTestCheckFunc(keepsByHand, checkNoExtDeleteAll(env)),
			},
			{
				// Drift: one deleted, one changed, both behind Terraform's back.
				PreConfig: func() {
					mustHave(t, env.Sandbox.DeleteExtensionEvent(mustID(t, hangupID)), "webhook "+hangupID)
					e, ok := env.Sandbox.ExtensionEvent(mustID(t, answerID))
					mustHave(t, ok, "webhook "+answerID)
					e.Method = "GET"
					env.Sandbox.PutExtensionEvent(e)
				},
				Config: extHooksConfig(env, hangup, voicemail),
				Check: resource.ComposeAggregateTestCheckFunc(keepsByHand, checkNoExtDeleteAll(env),
					checkHeld(allExtEvents(env), describeExtEvent, describedExtHooks(hangup, hangup, voicemail)...)),
			},
			{
				// A 5xx on a delete and on a refresh: retried.
				PreConfig: func() {
					for _, method := range []string{http.MethodDelete, http.MethodGet} {
						if err := env.Sandbox.Kit.AddFault(faultOnce(method, `/extension/[0-9]+/event/`)); err != nil {
							t.Fatal(err)
						}
					}
				},
				Config: extHooksConfig(env, hangup),
				Check: resource.ComposeAggregateTestCheckFunc(keepsByHand, checkNoExtDeleteAll(env),
					checkHeld(allExtEvents(env), describeExtEvent, describedExtHooks(hangup, hangup)...)),
			},
		},
	})
}

// Drift: a webhook deleted behind Terraform's back is created again, one
// changed is changed back in place (only what differs); one deleted again,
// or whose extension is deleted, leaves the state on refresh.
func TestAccPBXExtensionEvent_drift(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	ext := putExtensions(env, "queue", "193", "194")
	hangup, answer := extHangup.on(ext[0]), extAnswer.on(ext[1])
	cfg := extHooksConfig(env, hangup, answer)
	var hangupID, answerID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkHeld(allExtEvents(env), describeExtEvent), checkNoExtDeleteAll(env)),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr(hangup.addr(), "event_id", &hangupID),
					acctest.StoreAttr(answer.addr(), "event_id", &answerID),
				),
			},
			{
				PreConfig: func() {
					mustHave(t, env.Sandbox.DeleteExtensionEvent(mustID(t, hangupID)), "webhook "+hangupID)
					e, ok := env.Sandbox.ExtensionEvent(mustID(t, answerID))
					mustHave(t, ok, "webhook "+answerID)
					e.URL, e.Method = "https://elsewhere.example.com/x", "POST"
					env.Sandbox.PutExtensionEvent(e)
					env.Sandbox.Kit.ResetRequests()
				},
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(hangup.addr(), plancheck.ResourceActionCreate),
						plancheck.ExpectResourceAction(answer.addr(), plancheck.ResourceActionUpdate),
						plancheck.ExpectKnownValue(answer.addr(), tfjsonpath.New("url"), knownvalue.StringExact(answer.url)),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(answer.addr(), "event_id", &answerID),
					checkPutBodies(env, extEventPathRe, "method,url"),
					checkHeld(allExtEvents(env), describeExtEvent, describedExtHooks(hangup, answer)...),
				),
			},
			{
				PreConfig: func() {
					mustHave(t, env.Sandbox.DeleteExtensionEvent(mustID(t, answerID)), "webhook "+answerID)
				},
				RefreshState:       true,
				ExpectNonEmptyPlan: true,
				Check:              checkNotInState(answer.addr()),
			},
			{
				// The extension goes, and its webhooks with it.
				PreConfig:          func() { mustHave(t, env.Sandbox.DeleteExtension(ext[0]), "extension "+itoa(ext[0])) },
				RefreshState:       true,
				ExpectNonEmptyPlan: true,
				Check:              checkNotInState(hangup.addr()),
			},
		},
	})
}

// Two identical webhooks of one extension are created in one apply and the
// answers to both POSTs are lost after the PBX made them: exactly two, one
// per resource, and the next apply changes nothing.
func TestAccPBXExtensionEvent_droppedCreateResponse(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	ext := putExtensions(env, "phone", "195")[0]
	first, second := extHangup.on(ext), extHangup.on(ext)
	second.key = "again"
	if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: http.MethodPost, Path: extEventsPathRe, Times: 2}); err != nil {
		t.Fatal(err)
	}
	cfg := extHooksConfig(env, first, second)
	exactlyTwo := resource.ComposeAggregateTestCheckFunc(
		checkHeld(allExtEvents(env), describeExtEvent, describedExtHooks(first, second)...),
		checkRequests(env, http.MethodPost, extEventsPathRe, 2),
		func(s *terraform.State) error {
			seen := map[string]string{}
			for _, addr := range []string{first.addr(), second.addr()} {
				id := s.RootModule().Resources[addr].Primary.Attributes["event_id"]
				if _, ok := env.Sandbox.ExtensionEvent(mustID(t, id)); !ok {
					return fmt.Errorf("%s holds webhook %s, which the sandbox does not have", addr, id)
				}
				if other, dup := seen[id]; dup {
					return fmt.Errorf("%s and %s both hold webhook %s", other, addr, id)
				}
				seen[id] = addr
			}
			return nil
		},
	)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkHeld(allExtEvents(env), describeExtEvent), checkNoExtDeleteAll(env)),
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

// The client's event_limit (client and extension webhooks together) is
// reached: the webhook over it fails with the PBX's answer and what to do,
// after one POST (not retried); the client's webhook made by hand is left
// alone.
func TestAccPBXExtensionEvent_limitReached(t *testing.T) {
	env := acctest.PBX(t, sandbox.WithLimits(func(l *sandbox.Limits) { l.EventLimit = 2 }))
	env.RequireSandbox(t)
	ext := putExtensions(env, "phone", "196")[0]
	byHand := env.Sandbox.PutPhoneEvent(sandbox.PhoneEvent{EventType: "hangup", URL: "https://by-hand.example.com/", Method: "GET"})
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy: resource.ComposeAggregateTestCheckFunc(
			checkHeld(env.Sandbox.PhoneEvents, describePhoneEvent, describePhoneEvent(byHand)),
			checkHeld(allExtEvents(env), describeExtEvent),
			checkRequests(env, http.MethodPost, extEventsPathRe, 2),
			checkNoExtDeleteAll(env),
		),
		Steps: []resource.TestStep{{
			Config: extHooksConfig(env, extHangup.on(ext), extAnswer.on(ext)),
			ExpectError: acctest.Phrases("Error creating PBX extension webhook", "Could not create a webhook of extension "+strconv.FormatInt(ext, 10)+" (",
				"HTTP 400 limit_exceeded", "event_limit reached: the client already has 2 of 2",
				"The client already has as many webhooks as its event_limit allows", "telecom_pbx_limits",
				"delete one it no longer needs, or ask Telphin to raise the limit"),
		}},
	})
}

// Wrong import IDs name the expected form, before any request.
func TestAccPBXExtensionEvent_invalidImportID(t *testing.T) {
	env := acctest.PBX(t)
	t.Cleanup(func() { env.RequireNoRequests(t) })
	cfg := extHooksConfig(env, extHangup.on(372850))
	var steps []resource.TestStep
	for _, id := range []string{"@me/7", "@me/ext/7", "me/372850/7", "@me/372850/0", "@me/372850/7/1"} {
		steps = append(steps, resource.TestStep{
			Config: cfg, ResourceName: extHangup.addr(), ImportState: true, ImportStateId: id,
			ExpectError: regexp.MustCompile(`(?s)Invalid\s+import\s+ID\s+for\s+telecom_pbx_extension_event.*` +
				`Expected\s+<client_id>/<extension_id>/<event_id>,\s+e\.g\.\s+@me/372850/7`),
		})
	}
	resource.ParallelTest(t, resource.TestCase{ProtoV6ProviderFactories: acctest.ProviderFactories, Steps: steps})
}
