package pbx_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// Client webhooks through the protocol: their identity is {client_id,
// phone_event_id}; their answers carry no client id, so @me is resolved
// once per provider process.

const phoneEventType = "telecom_pbx_phone_event"

func checkPhoneEventIdentity(t *testing.T, identity map[string]tftypes.Value, id int64) {
	t.Helper()
	acctest.CheckIdentity(t, identity, acctest.Values{"client_id": demoClient, "phone_event_id": id})
}

// putHooks stores the webhooks and returns their ids.
func putHooks(env *acctest.PBXEnv, hooks ...hook) []int64 {
	var ids []int64
	for _, h := range hooks {
		ids = append(ids, env.Sandbox.PutPhoneEvent(sandbox.PhoneEvent{EventType: h.event, URL: h.url, Method: h.method}).ID)
	}
	return ids
}

// The list yields every webhook, the identical pair as two, with its
// numeric identity, a display name with event, method, URL and id, and
// (with include_resource) the webhook as an import by identity reads it;
// one listing request, and none per webhook.
func TestProtocolPBXPhoneEvent_list(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	hooks := []hook{hangupA, hangupB, answerC}
	ids := putHooks(env, hooks...)
	p := acctest.NewProtocol(t, env)
	env.Sandbox.Kit.ResetRequests()

	results := p.List(phoneEventType, nil, true, 0)
	if len(results) != 3 {
		t.Fatalf("%d results, want 3: %v", len(results), results)
	}
	if n := countRequests(env, http.MethodGet, phoneEventsPathRe); n != 1 {
		t.Errorf("%d listing requests, want 1", n)
	}
	if n := countRequests(env, http.MethodGet, phoneEventPathRe); n != 0 {
		t.Errorf("%d webhooks read one by one, want none", n)
	}
	for i, r := range results {
		if errs := acctest.Errors(r.Diagnostics); len(errs) > 0 {
			t.Fatalf("result %q: %v", r.DisplayName, errs)
		}
		h, id := hooks[i], ids[i]
		checkPhoneEventIdentity(t, r.Identity, id)
		if want := fmt.Sprintf("%s -> %s %s (phone event %d)", h.event, h.method, h.url, id); r.DisplayName != want {
			t.Errorf("display name %q, want %q", r.DisplayName, want)
		}
		for attr, want := range map[string]string{
			"id": demoClient + "/" + itoa(id), "client_id": demoClient, "event_type": h.event, "url": h.url, "method": h.method,
		} {
			if got := acctest.String(t, r.Resource[attr]); got != want {
				t.Errorf("%s: %s = %q, want %q", r.DisplayName, attr, got, want)
			}
		}
		if got := acctest.Int(t, r.Resource["phone_event_id"]); got != id {
			t.Errorf("%s: phone_event_id = %d", r.DisplayName, got)
		}

		p.CheckListedAsImported(phoneEventType, r)
	}

	// @me costs one client_info request per process, a number none.
	env.Sandbox.Kit.ResetRequests()
	if again := acctest.NewProtocol(t, env).List(phoneEventType, acctest.Values{"client_id": "@me"}, false, 0); len(again) != 3 || again[0].Resource != nil {
		t.Errorf("client_id @me without include_resource: %v", again)
	}
	if n := countRequests(env, http.MethodGet, clientInfoPathRe); n != 1 {
		t.Errorf("%d client_info requests for @me, want 1 per process", n)
	}
	env.Sandbox.Kit.ResetRequests()
	numeric := acctest.NewProtocol(t, env).List(phoneEventType, acctest.Values{"client_id": demoClient}, false, 0)
	if len(numeric) != 3 || acctest.String(t, numeric[0].Identity["client_id"]) != demoClient {
		t.Errorf("client_id %s: %v", demoClient, numeric)
	}
	if n := countRequests(env, http.MethodGet, clientInfoPathRe); n != 0 {
		t.Errorf("%d client_info requests for a numeric client id, want none", n)
	}
}

// A query reads whole pages and stops at its limit.
func TestProtocolPBXPhoneEvent_listPagesAndLimit(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	for i := range 150 {
		putHooks(env, hook{event: "hangup", url: fmt.Sprintf("https://hooks.example.com/tf-acc-%03d", i), method: "POST"})
	}
	p := acctest.NewProtocol(t, env)
	env.Sandbox.Kit.ResetRequests()
	if results := p.List(phoneEventType, acctest.Values{"client_id": demoClient}, false, 0); len(results) != 150 {
		t.Errorf("%d results, want 150", len(results))
	}
	if n := countRequests(env, http.MethodGet, phoneEventsPathRe); n != 2 {
		t.Errorf("150 webhooks took %d listing requests, want 2 (one per page)", n)
	}
	env.Sandbox.Kit.ResetRequests()
	if limited := p.List(phoneEventType, acctest.Values{"client_id": demoClient}, true, 10); len(limited) != 10 {
		t.Errorf("limit 10 gave %d results", len(limited))
	}
	if n := countRequests(env, http.MethodGet, phoneEventsPathRe); n != 1 {
		t.Errorf("limit 10 took %d listing requests, want 1: no page after the limit", n)
	}
}

// Import by identity and by ID string, then read; a bad identity is an
// invalid import ID.
func TestProtocolPBXPhoneEvent_importByIdentityThenRead(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	id := putHooks(env, answerC)[0]
	p := acctest.NewProtocol(t, env)

	state, identity, diags := p.ImportByIdentity(phoneEventType, acctest.Values{"client_id": demoClient, "phone_event_id": id})
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if acctest.String(t, state["id"]) != demoClient+"/"+itoa(id) || acctest.Int(t, state["phone_event_id"]) != id {
		t.Errorf("imported state %v", state)
	}
	state, identity, diags = p.Read(phoneEventType, state, identity)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if acctest.String(t, state["url"]) != answerC.url || acctest.String(t, state["method"]) != "GET" ||
		acctest.String(t, state["event_type"]) != "answer" {
		t.Errorf("read after import: %v", state)
	}
	checkPhoneEventIdentity(t, identity, id)

	state, identity = p.ImportByIDAndRead(phoneEventType, "@me/"+itoa(id))
	if acctest.String(t, state["client_id"]) != "@me" || acctest.String(t, state["id"]) != "@me/"+itoa(id) {
		t.Errorf("imported by ID @me/%d: %v", id, state)
	}
	checkPhoneEventIdentity(t, identity, id)

	_, _, diags = p.ImportByIdentity(phoneEventType, acctest.Values{"client_id": "me", "phone_event_id": id})
	if errs := acctest.Errors(diags); len(errs) != 1 || !strings.Contains(errs[0], "Invalid import ID for "+phoneEventType) {
		t.Errorf("a bad identity gave %v", errs)
	}
	_, _, diags = p.ImportByID(phoneEventType, "@me/hangup")
	if errs := acctest.Errors(diags); len(errs) != 1 || !strings.Contains(errs[0], "<client_id>/<phone_event_id>") {
		t.Errorf("a bad ID gave %v", errs)
	}
}

// Identity on create and update; state from before identities gets one on
// its next read, also when the webhook is gone; nothing deletes them all.
func TestProtocolPBXPhoneEvent_identity(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	p := acctest.NewProtocol(t, env)
	config := acctest.Values{"event_type": "hangup", "url": "https://hooks.example.com/tf-acc-identity", "method": "POST"}
	state, identity, diags := p.Apply(phoneEventType, nil, nil, config)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	id := acctest.Int(t, state["phone_event_id"])
	checkPhoneEventIdentity(t, identity, id)
	if acctest.String(t, state["client_id"]) != "@me" || acctest.String(t, state["id"]) != "@me/"+itoa(id) {
		t.Errorf("created %v", state)
	}
	config["event_type"] = "answer"
	state, identity, diags = p.Apply(phoneEventType, state, identity, config)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	checkPhoneEventIdentity(t, identity, id)
	if acctest.String(t, state["event_type"]) != "answer" || acctest.Int(t, state["phone_event_id"]) != id {
		t.Errorf("updated %v", state)
	}

	old := p.State(phoneEventType, acctest.Values{"id": "@me/" + itoa(id), "client_id": "@me", "phone_event_id": id,
		"event_type": "answer", "url": "https://hooks.example.com/tf-acc-identity", "method": "POST"})
	if _, identity, diags = p.Read(phoneEventType, old, nil); len(acctest.Errors(diags)) > 0 {
		t.Fatal(acctest.Errors(diags))
	}
	checkPhoneEventIdentity(t, identity, id)
	env.Sandbox.DeletePhoneEvent(id)
	env.Sandbox.Kit.ResetRequests()
	state, identity, diags = acctest.NewProtocol(t, env).Read(phoneEventType, old, nil)
	if errs := acctest.Errors(diags); len(errs) > 0 || state != nil {
		t.Fatalf("reading a vanished webhook: %v, state %v", errs, state)
	}
	checkPhoneEventIdentity(t, identity, id)
	if n := countRequests(env, http.MethodGet, clientInfoPathRe); n != 1 {
		t.Errorf("%d client_info requests, want 1: with the webhook gone, only the API can say who @me is", n)
	}
}
