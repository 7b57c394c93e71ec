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

// An extension's webhooks through the protocol: their identity is
// {client_id, extension_id, event_id}; the answers carry no client id, so
// @me is resolved once per provider process.

const extEventType = "telecom_pbx_extension_event"

func checkExtEventIdentity(t *testing.T, identity map[string]tftypes.Value, extensionID, eventID int64) {
	t.Helper()
	acctest.CheckIdentity(t, identity, acctest.Values{"client_id": demoClient, "extension_id": extensionID, "event_id": eventID})
}

// putExtHooks stores the webhooks (on their ext) and returns their ids.
func putExtHooks(env *acctest.PBXEnv, hooks ...extHook) []int64 {
	var ids []int64
	for _, h := range hooks {
		ids = append(ids, env.Sandbox.PutExtensionEvent(sandbox.ExtensionEvent{ExtensionID: h.ext, EventType: h.event, URL: h.url, Method: h.method}).ID)
	}
	return ids
}

// The list yields the webhooks of every extension (two of "100", one of
// the queue "102", none of "101"), each with its numeric identity, a
// display name with the extension, event, method, URL and id, and (with
// include_resource) the webhook as an import by identity reads it: one
// extension listing and one webhook listing per extension, none per
// webhook. extension_id narrows it to one extension, limit stops it.
func TestProtocolPBXExtensionEvent_list(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	_, ext := putOffice(env)
	hooks := []extHook{extHangup.on(ext["100"]), extAnswer.on(ext["100"]), extHangup.on(ext["102"])}
	ids := putExtHooks(env, hooks...)
	p := acctest.NewProtocol(t, env)
	env.Sandbox.Kit.ResetRequests()

	results := p.List(extEventType, nil, true, 0)
	if len(results) != 3 {
		t.Fatalf("%d results, want 3: %v", len(results), results)
	}
	if n := countRequests(env, http.MethodGet, extensionsPathRe); n != 1 {
		t.Errorf("%d extension listings, want 1", n)
	}
	if n := countRequests(env, http.MethodGet, extEventsPathRe); n != 3 {
		t.Errorf("%d webhook listings, want 3 (one per extension)", n)
	}
	if n := countRequests(env, http.MethodGet, extEventPathRe); n != 0 {
		t.Errorf("%d webhooks read one by one, want none", n)
	}
	for i, r := range results {
		if errs := acctest.Errors(r.Diagnostics); len(errs) > 0 {
			t.Fatalf("result %q: %v", r.DisplayName, errs)
		}
		h, id := hooks[i], ids[i]
		checkExtEventIdentity(t, r.Identity, h.ext, id)
		if want := fmt.Sprintf("extension %d: %s -> %s %s (webhook %d)", h.ext, h.event, h.method, h.url, id); r.DisplayName != want {
			t.Errorf("display name %q, want %q", r.DisplayName, want)
		}
		for attr, want := range map[string]string{
			"id": fmt.Sprintf("%s/%d/%d", demoClient, h.ext, id), "client_id": demoClient, "event_type": h.event, "url": h.url, "method": h.method,
		} {
			if got := acctest.String(t, r.Resource[attr]); got != want {
				t.Errorf("%s: %s = %q, want %q", r.DisplayName, attr, got, want)
			}
		}
		if acctest.Int(t, r.Resource["event_id"]) != id || acctest.Int(t, r.Resource["extension_id"]) != h.ext {
			t.Errorf("%s: event_id %v, extension_id %v", r.DisplayName, r.Resource["event_id"], r.Resource["extension_id"])
		}

		p.CheckListedAsImported(extEventType, r)
	}

	env.Sandbox.Kit.ResetRequests()
	one := p.List(extEventType, acctest.Values{"client_id": demoClient, "extension_id": ext["102"]}, false, 0)
	if len(one) != 1 || one[0].Resource != nil {
		t.Errorf("extension_id %d without include_resource: %v", ext["102"], one)
	} else {
		checkExtEventIdentity(t, one[0].Identity, ext["102"], ids[2])
	}
	if n := countRequests(env, http.MethodGet, extEventsPathRe); n != 1 {
		t.Errorf("one extension's webhooks took %d listings, want 1", n)
	}
	if none := p.List(extEventType, acctest.Values{"extension_id": ext["101"]}, true, 0); len(none) != 0 {
		t.Errorf("extension 101 has no webhooks, listed %v", none)
	}
	env.Sandbox.Kit.ResetRequests()
	if limited := p.List(extEventType, nil, true, 1); len(limited) != 1 {
		t.Errorf("limit 1 gave %d results", len(limited))
	}
	if n := countRequests(env, http.MethodGet, extEventsPathRe); n != 1 {
		t.Errorf("limit 1 took %d webhook listings, want 1: nothing after the limit", n)
	}
}

// Import by identity and by ID string, then read; bad identities and IDs
// are invalid import IDs naming the form.
func TestProtocolPBXExtensionEvent_importByIdentityThenRead(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	ext := putExtensions(env, "phone", "197")[0]
	id := putExtHooks(env, extAnswer.on(ext))[0]
	p := acctest.NewProtocol(t, env)

	state, identity, diags := p.ImportByIdentity(extEventType, acctest.Values{"client_id": demoClient, "extension_id": ext, "event_id": id})
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if acctest.String(t, state["id"]) != fmt.Sprintf("%s/%d/%d", demoClient, ext, id) || acctest.Int(t, state["event_id"]) != id ||
		acctest.Int(t, state["extension_id"]) != ext {
		t.Errorf("imported state %v", state)
	}
	if state, identity, diags = p.Read(extEventType, state, identity); len(acctest.Errors(diags)) > 0 {
		t.Fatal(acctest.Errors(diags))
	}
	if acctest.String(t, state["url"]) != extAnswer.url || acctest.String(t, state["method"]) != "GET" ||
		acctest.String(t, state["event_type"]) != "answer" {
		t.Errorf("read after import: %v", state)
	}
	checkExtEventIdentity(t, identity, ext, id)

	state, identity = p.ImportByIDAndRead(extEventType, fmt.Sprintf("@me/%d/%d", ext, id))
	if acctest.String(t, state["client_id"]) != "@me" || acctest.String(t, state["id"]) != fmt.Sprintf("@me/%d/%d", ext, id) {
		t.Errorf("imported by ID @me/%d/%d: %v", ext, id, state)
	}
	checkExtEventIdentity(t, identity, ext, id)

	// A webhook under another extension than its own is not found.
	other := putExtensions(env, "phone", "198")[0]
	state, _, diags = p.ImportByID(extEventType, fmt.Sprintf("@me/%d/%d", other, id))
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if state, _, diags = p.Read(extEventType, state, nil); len(acctest.Errors(diags)) > 0 || state != nil {
		t.Errorf("webhook %d read under extension %d: %v, %v", id, other, state, acctest.Errors(diags))
	}

	_, _, diags = p.ImportByIdentity(extEventType, acctest.Values{"client_id": "me", "extension_id": ext, "event_id": id})
	if errs := acctest.Errors(diags); len(errs) != 1 || !strings.Contains(errs[0], "Invalid import ID for "+extEventType) {
		t.Errorf("a bad identity gave %v", errs)
	}
	for _, bad := range []string{fmt.Sprintf("@me/%d", id), fmt.Sprintf("@me/desk/%d", id)} {
		_, _, diags = p.ImportByID(extEventType, bad)
		if errs := acctest.Errors(diags); len(errs) != 1 || !strings.Contains(errs[0], "<client_id>/<extension_id>/<event_id>") {
			t.Errorf("the bad ID %s gave %v", bad, errs)
		}
	}
}

// Identity on create and update; state from before identities gets one on
// its next read, also when the webhook is gone.
func TestProtocolPBXExtensionEvent_identity(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	ext := putExtensions(env, "phone", "199")[0]
	p := acctest.NewProtocol(t, env)
	config := acctest.Values{"extension_id": ext, "event_type": "hangup", "url": "https://hooks.example.com/tf-acc-identity", "method": "POST"}
	state, identity, diags := p.Apply(extEventType, nil, nil, config)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	id := acctest.Int(t, state["event_id"])
	checkExtEventIdentity(t, identity, ext, id)
	if acctest.String(t, state["client_id"]) != "@me" || acctest.String(t, state["id"]) != fmt.Sprintf("@me/%d/%d", ext, id) {
		t.Errorf("created %v", state)
	}
	config["event_type"] = "answer"
	state, identity, diags = p.Apply(extEventType, state, identity, config)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	checkExtEventIdentity(t, identity, ext, id)
	if acctest.String(t, state["event_type"]) != "answer" || acctest.Int(t, state["event_id"]) != id {
		t.Errorf("updated %v", state)
	}

	old := p.State(extEventType, acctest.Values{"id": fmt.Sprintf("@me/%d/%d", ext, id), "client_id": "@me", "extension_id": ext,
		"event_id": id, "event_type": "answer", "url": "https://hooks.example.com/tf-acc-identity", "method": "POST"})
	if _, identity, diags = p.Read(extEventType, old, nil); len(acctest.Errors(diags)) > 0 {
		t.Fatal(acctest.Errors(diags))
	}
	checkExtEventIdentity(t, identity, ext, id)
	env.Sandbox.DeleteExtensionEvent(id)
	env.Sandbox.Kit.ResetRequests()
	state, identity, diags = acctest.NewProtocol(t, env).Read(extEventType, old, nil)
	if errs := acctest.Errors(diags); len(errs) > 0 || state != nil {
		t.Fatalf("reading a vanished webhook: %v, state %v", errs, state)
	}
	checkExtEventIdentity(t, identity, ext, id)
	if n := countRequests(env, http.MethodGet, clientInfoPathRe); n != 1 {
		t.Errorf("%d client_info requests, want 1: with the webhook gone, only the API can say who @me is", n)
	}
	if calls := env.Sandbox.DeleteAllExtensionEventsCalls(0); len(calls) != 0 {
		t.Errorf("the delete-all was sent: %v", calls)
	}
}
