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

// Agents live in two collections, one per kind: their identity, import ID
// and resource id carry the kind between the client and the agent's id.

const agentType = "telecom_pbx_agent"

// putAgents stores an extension, a local agent on it (status logged_out,
// the greeting sound) and a remote agent; it returns the extension's and
// the agents' ids.
func putAgents(env *acctest.PBXEnv) (ext, local, remote int64) {
	ext = env.Sandbox.PutExtension(sandbox.Extension{Name: "345*200", Type: "phone", Status: "active", DIDAsTransferCallerID: "None"}).ID
	sound := sandbox.DemoHoldMusicSoundID
	local = env.Sandbox.PutAgent(sandbox.Agent{Kind: sandbox.AgentKindLocal, ExtensionID: &ext, Name: "tf-acc-Anna", Status: "logged_out",
		AgentSoundID: &sound, BusyDelayTime: 10, NoAnswerDelayTime: 10, RejectDelayTime: 10, CallTimeout: 60, ExtraParams: "null"}).ID
	remote = env.Sandbox.PutAgent(sandbox.Agent{Kind: sandbox.AgentKindRemote, Number: "+79161234567", Name: "tf-acc-Boris", Status: "available",
		BusyDelayTime: 10, NoAnswerDelayTime: 10, RejectDelayTime: 10, WrapUpTime: 5, CallTimeout: 30, ExtraParams: "null"}).ID
	return ext, local, remote
}

// checkAgentIdentity: the identity names the sandbox client by number, the
// kind and the agent.
func checkAgentIdentity(t *testing.T, identity map[string]tftypes.Value, kind string, id int64) {
	t.Helper()
	acctest.CheckIdentity(t, identity, acctest.Values{"client_id": demoClient, "kind": kind, "agent_id": id})
}

// The list resource yields both kinds, each with its kind in the identity
// and the resource id, a display name with name, kind and id, and (with
// include_resource) the agent as an import by identity reads it. One
// listing request per kind; a limit stops before the next kind.
func TestProtocolPBXAgent_listBothKinds(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	ext, local, remote := putAgents(env)
	p := acctest.NewProtocol(t, env)
	env.Sandbox.Kit.ResetRequests()

	results := p.List(agentType, nil, true, 0)
	if len(results) != 2 {
		t.Fatalf("%d results, want 2: %v", len(results), results)
	}
	for _, kind := range []string{"local", "remote"} {
		if n := countRequests(env, http.MethodGet, `/agent/`+kind+`/?$`); n != 1 {
			t.Errorf("%d listing requests of %s agents, want 1 (one page, never one request per agent)", n, kind)
		}
	}
	for i, want := range []struct {
		kind    string
		id      int64
		display string
		attrs   map[string]string
		ints    map[string]int64
	}{
		{"local", local, fmt.Sprintf("tf-acc-Anna (local agent %d)", local),
			map[string]string{"name": "tf-acc-Anna", "status": "logged_out", "number": ""},
			map[string]int64{"extension_id": ext, "agent_sound_id": sandbox.DemoHoldMusicSoundID, "call_timeout": 60, "wrap_up_time": 0}},
		{"remote", remote, fmt.Sprintf("tf-acc-Boris (remote agent %d)", remote),
			map[string]string{"name": "tf-acc-Boris", "status": "available", "number": "+79161234567"},
			map[string]int64{"extension_id": 0, "agent_sound_id": 0, "call_timeout": 30, "wrap_up_time": 5}},
	} {
		r := results[i]
		if errs := acctest.Errors(r.Diagnostics); len(errs) > 0 {
			t.Fatalf("result %q: %v", r.DisplayName, errs)
		}
		checkAgentIdentity(t, r.Identity, want.kind, want.id)
		if r.DisplayName != want.display {
			t.Errorf("display name %q, want %q", r.DisplayName, want.display)
		}
		want.attrs["id"] = fmt.Sprintf("%s/%s/%d", demoClient, want.kind, want.id)
		want.attrs["client_id"] = demoClient
		want.attrs["kind"] = want.kind
		for attr, v := range want.attrs {
			if got := acctest.String(t, r.Resource[attr]); got != v {
				t.Errorf("%s: %s = %q, want %q", r.DisplayName, attr, got, v)
			}
		}
		want.ints["agent_id"] = want.id
		for attr, v := range want.ints {
			if got := acctest.Int(t, r.Resource[attr]); got != v {
				t.Errorf("%s: %s = %d, want %d", r.DisplayName, attr, got, v)
			}
		}
		p.CheckListedAsImported(agentType, r)
	}

	// A numeric client needs no resolution; the limit stops the listing
	// before the remote agents are asked for.
	env.Sandbox.Kit.ResetRequests()
	limited := acctest.NewProtocol(t, env).List(agentType, acctest.Values{"client_id": demoClient}, false, 1)
	if len(limited) != 1 || limited[0].Resource != nil || acctest.String(t, limited[0].Identity["kind"]) != "local" {
		t.Errorf("limit 1 without include_resource: %v", limited)
	}
	if n := countRequests(env, http.MethodGet, `/agent/remote/?$`); n != 0 {
		t.Errorf("%d listing requests of remote agents after the limit, want none", n)
	}
	if n := countRequests(env, http.MethodGet, clientInfoPathRe); n != 0 {
		t.Errorf("%d client_info requests for a numeric client id, want none", n)
	}

	// Agents' answers do not name their client: @me is resolved once per
	// process, not once per agent.
	env.Sandbox.Kit.ResetRequests()
	if again := acctest.NewProtocol(t, env).List(agentType, acctest.Values{"client_id": "@me"}, false, 0); len(again) != 2 {
		t.Errorf("client_id @me: %v", again)
	}
	if n := countRequests(env, http.MethodGet, clientInfoPathRe); n != 1 {
		t.Errorf("%d client_info requests, want 1", n)
	}
}

// Import by identity {client_id, kind, agent_id} and by ID string, then
// read; a kind that is not one, or an agent asked for under the other kind,
// is refused or found gone.
func TestProtocolPBXAgent_importByIdentityThenRead(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	_, local, remote := putAgents(env)
	p := acctest.NewProtocol(t, env)

	for _, tc := range []struct {
		kind string
		id   int64
		name string
	}{{"local", local, "tf-acc-Anna"}, {"remote", remote, "tf-acc-Boris"}} {
		state, identity, diags := p.ImportByIdentity(agentType, acctest.Values{"client_id": demoClient, "kind": tc.kind, "agent_id": tc.id})
		if errs := acctest.Errors(diags); len(errs) > 0 {
			t.Fatal(errs)
		}
		wantID := fmt.Sprintf("%s/%s/%d", demoClient, tc.kind, tc.id)
		if acctest.String(t, state["id"]) != wantID || acctest.String(t, state["kind"]) != tc.kind || acctest.Int(t, state["agent_id"]) != tc.id {
			t.Errorf("imported state %v, want id %s", state, wantID)
		}
		state, identity, diags = p.Read(agentType, state, identity)
		if errs := acctest.Errors(diags); len(errs) > 0 {
			t.Fatal(errs)
		}
		if state == nil || acctest.String(t, state["name"]) != tc.name {
			t.Fatalf("read after import: %v", state)
		}
		checkAgentIdentity(t, identity, tc.kind, tc.id)

		// The ID string with @me: state keeps @me, the identity is numeric.
		state, identity = p.ImportByIDAndRead(agentType, fmt.Sprintf("@me/%s/%d", tc.kind, tc.id))
		if acctest.String(t, state["client_id"]) != "@me" || acctest.String(t, state["id"]) != fmt.Sprintf("@me/%s/%d", tc.kind, tc.id) {
			t.Errorf("imported by ID: %v", state)
		}
		checkAgentIdentity(t, identity, tc.kind, tc.id)
	}

	// Each kind's path serves only its own agents: the remote agent
	// imported as local reads as gone.
	state, identity, diags := p.ImportByIdentity(agentType, acctest.Values{"client_id": demoClient, "kind": "local", "agent_id": remote})
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if state, _, diags = p.Read(agentType, state, identity); len(acctest.Errors(diags)) > 0 || state != nil {
		t.Errorf("the remote agent read as local: %v, %v", state, acctest.Errors(diags))
	}

	for _, bad := range []struct {
		identity acctest.Values
		id       string
		want     string
	}{
		{identity: acctest.Values{"client_id": demoClient, "kind": "queue", "agent_id": local}, want: `kind "queue"`},
		{id: fmt.Sprintf("@me/%d", local), want: "<client_id>/<kind>/<agent_id>"},
		{id: fmt.Sprintf("@me/agent/%d", local), want: "local, remote"},
	} {
		var errs []string
		if bad.identity != nil {
			_, _, diags = p.ImportByIdentity(agentType, bad.identity)
		} else {
			_, _, diags = p.ImportByID(agentType, bad.id)
		}
		errs = acctest.Errors(diags)
		if len(errs) != 1 || !strings.Contains(errs[0], "Invalid import ID for telecom_pbx_agent") || !strings.Contains(errs[0], bad.want) {
			t.Errorf("importing %v%s gave %v, want an invalid import ID naming %q", bad.identity, bad.id, errs, bad.want)
		}
	}
}

// Identity on create and update, with the kind; state from before
// identities gets one on its next read, also when the agent is gone.
func TestProtocolPBXAgent_identity(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	ext, _, remote := putAgents(env)
	p := acctest.NewProtocol(t, env)
	config := acctest.Values{"name": "tf-acc-identity", "extension_id": ext}
	state, identity, diags := p.Apply(agentType, nil, nil, config)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	id := acctest.Int(t, state["agent_id"])
	checkAgentIdentity(t, identity, "local", id)
	if acctest.String(t, state["kind"]) != "local" || acctest.String(t, state["id"]) != fmt.Sprintf("@me/local/%d", id) {
		t.Errorf("created %v", state)
	}
	config["name"] = "tf-acc-identity 2"
	state, identity, diags = p.Apply(agentType, state, identity, config)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	checkAgentIdentity(t, identity, "local", id)
	if acctest.String(t, state["name"]) != "tf-acc-identity 2" || acctest.Int(t, state["agent_id"]) != id {
		t.Errorf("updated %v", state)
	}

	old := p.State(agentType, acctest.Values{"id": fmt.Sprintf("@me/remote/%d", remote), "client_id": "@me", "kind": "remote",
		"agent_id": remote, "number": "+79161234567", "name": "tf-acc-Boris"})
	if _, identity, diags = p.Read(agentType, old, nil); len(acctest.Errors(diags)) > 0 {
		t.Fatal(acctest.Errors(diags))
	}
	checkAgentIdentity(t, identity, "remote", remote)
	env.Sandbox.DeleteAgent(remote)
	env.Sandbox.Kit.ResetRequests()
	state, identity, diags = acctest.NewProtocol(t, env).Read(agentType, old, nil)
	if errs := acctest.Errors(diags); len(errs) > 0 || state != nil {
		t.Fatalf("reading a vanished agent: %v, state %v", errs, state)
	}
	checkAgentIdentity(t, identity, "remote", remote)
}
