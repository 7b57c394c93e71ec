package sandbox

import (
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"testing"
)

// agentFixture is an emulator with a phone extension local agents can be
// bound to.
func agentFixture(t *testing.T, opts ...Option) (*Server, *api, Extension) {
	t.Helper()
	s, a := loggedIn(t, opts...)
	return s, a, s.PutExtension(Extension{Name: "100", Type: "phone", Status: "active"})
}

// agentBody is a valid POST body of an agent of kind (local agents on
// extension ext).
func agentBody(kind, name string, ext int64) map[string]any {
	if kind == AgentKindLocal {
		return map[string]any{"name": name, "extension_id": ext}
	}
	return map[string]any{"name": name, "number": "+79001234567"}
}

func TestAgentCRUD(t *testing.T) {
	for _, kind := range []string{AgentKindLocal, AgentKindRemote} {
		t.Run(kind, func(t *testing.T) {
			s, a, e := agentFixture(t)
			list := "/client/@me/agent/" + kind + "/"
			bound := fmt.Sprintf(`"extension_id": %d`, e.ID)
			if kind == AgentKindRemote {
				bound = `"number": "+79001234567"`
			}
			// Documented defaults; status is answered as an object.
			ans := a.do("POST", list, agentBody(kind, "Anna", e.ID))
			wantJSON(t, ans, http.StatusCreated, fmt.Sprintf(`{
				"id": %d, %s, "name": "Anna", "status": {"name": "available", "title": "Available"},
				"agent_sound_id": null, "busy_delay_time": 10, "no_answer_delay_time": 10, "reject_delay_time": 10,
				"wrap_up_time": 0, "call_timeout": 60, "extra_params": "null"}`, FirstAgentID, bound))
			path := fmt.Sprintf("/client/%d/agent/%s/%d", DemoClientID, kind, FirstAgentID)
			wantJSON(t, a.do("GET", path+"/", nil), http.StatusOK, ans.body)
			wantJSON(t, a.do("GET", list, nil), http.StatusOK, "["+ans.body+"]")

			// Partial PUT; a local agent's extension_id is not writable.
			other := s.PutExtension(Extension{Name: "101", Type: "phone"})
			got := decode[map[string]any](t, a.do("PUT", path, map[string]any{
				"status": "logged_out", "wrap_up_time": 15, "call_timeout": 30, "agent_sound_id": DemoHoldMusicSoundID,
				"extension_id": other.ID, "number": "84951234567",
			}), http.StatusOK)
			want := decode[map[string]any](t, ans, http.StatusCreated)
			want["status"] = map[string]any{"name": "logged_out", "title": "Logged out"}
			want["wrap_up_time"], want["call_timeout"], want["agent_sound_id"] = float64(15), float64(30), float64(DemoHoldMusicSoundID)
			if kind == AgentKindRemote {
				want["number"] = "84951234567"
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("after PUT %v\nwant %v", got, want)
			}
			stored, _ := s.Agent(FirstAgentID)
			if stored.Kind != kind || stored.Status != "logged_out" || stored.WrapUpTime != 15 {
				t.Fatalf("store %+v", stored)
			}
			// null clears the sound; an empty body changes nothing.
			got = decode[map[string]any](t, a.do("PUT", path, `{"agent_sound_id":null}`), http.StatusOK)
			if want["agent_sound_id"] = nil; !reflect.DeepEqual(got, want) {
				t.Fatalf("after clearing PUT %v", got)
			}
			wantJSON(t, a.do("PUT", path, `{}`), http.StatusOK, mustJSON(t, want))

			// The other kind does not serve the agent.
			otherKind := map[string]string{AgentKindLocal: AgentKindRemote, AgentKindRemote: AgentKindLocal}[kind]
			wantStatus(t, a.do("GET", fmt.Sprintf("/client/@me/agent/%s/%d", otherKind, FirstAgentID), nil), http.StatusNotFound)
			wantJSON(t, a.do("GET", "/client/@me/agent/"+otherKind+"/", nil), http.StatusOK, `[]`)

			wantStatus(t, a.do("DELETE", path, nil), http.StatusNoContent)
			for _, m := range []string{"GET", "PUT", "DELETE"} {
				wantJSON(t, a.do(m, path, map[string]any{"name": "x"}), http.StatusNotFound, `{"message":"Record not found"}`)
			}
			if len(s.Agents()) != 0 {
				t.Fatal("agent still stored")
			}
			if next := mustCreate[map[string]any](t, a, list, agentBody(kind, "Bob", e.ID)); next["id"] != float64(FirstAgentID+1) {
				t.Fatalf("next id %v", next["id"])
			}
		})
	}
}

// WithAgentStatusString answers the status as the plain string.
func TestAgentStatusString(t *testing.T) {
	s, a, e := agentFixture(t, WithAgentStatusString())
	ans := a.do("POST", "/client/@me/agent/local/", map[string]any{"name": "Anna", "extension_id": e.ID, "status": "logged_out"})
	if got := decode[map[string]any](t, ans, http.StatusCreated); got["status"] != "logged_out" {
		t.Fatalf("status %v", got["status"])
	}
	s.PutAgent(Agent{Number: "79001234567", Name: "Remote", Status: "available"})
	for _, path := range []string{"/client/@me/agent/local/", "/client/@me/agent/remote/"} {
		for _, ag := range decode[[]map[string]any](t, a.do("GET", path, nil), http.StatusOK) {
			if _, ok := ag["status"].(string); !ok {
				t.Fatalf("%s status %v", path, ag["status"])
			}
		}
	}
	// The default server answers the object for the same state.
	s2, a2 := loggedIn(t)
	s2.PutAgent(Agent{Number: "79001234567", Name: "Remote", Status: "logged_out"})
	wantJSON(t, a2.do("GET", fmt.Sprintf("/client/@me/agent/remote/%d", FirstAgentID), nil), http.StatusOK, fmt.Sprintf(`{
		"id": %d, "number": "79001234567", "name": "Remote", "status": {"name": "logged_out", "title": "Logged out"},
		"agent_sound_id": null, "busy_delay_time": 0, "no_answer_delay_time": 0, "reject_delay_time": 0,
		"wrap_up_time": 0, "call_timeout": 0, "extra_params": ""}`, FirstAgentID))
}

func TestAgentValidation(t *testing.T) {
	cases := []struct {
		name, body, field, problem string
	}{
		{"missing name", `{"name":null}`, "name", "required"},
		{"blank name", `{"name":" "}`, "name", "empty"},
		// The rest apply to PUT too.
		{"status object", `{"status":{"name":"available"}}`, "status", "string"},
		{"bad status", `{"status":"busy"}`, "status", "'logged_out', 'available'"},
		{"unknown sound", `{"agent_sound_id":9999}`, "agent_sound_id", "sound 9999 does not exist"},
		{"negative busy delay", `{"busy_delay_time":-1}`, "busy_delay_time", "negative"},
		{"fraction no-answer delay", `{"no_answer_delay_time":1.5}`, "no_answer_delay_time", "integer"},
		{"string reject delay", `{"reject_delay_time":"10"}`, "reject_delay_time", "integer"},
		{"negative wrap-up", `{"wrap_up_time":-5}`, "wrap_up_time", "negative"},
		{"zero call timeout", `{"call_timeout":0}`, "call_timeout", "positive"},
		{"extra_params not string", `{"extra_params":1}`, "extra_params", "string"},
	}
	const putFrom = 2
	s, a, e := agentFixture(t)
	for _, kind := range []string{AgentKindLocal, AgentKindRemote} {
		list := "/client/@me/agent/" + kind + "/"
		for _, tc := range cases {
			t.Run(kind+"/"+tc.name, func(t *testing.T) {
				body := agentBody(kind, "Anna", e.ID)
				if err := json.Unmarshal([]byte(tc.body), &body); err != nil {
					t.Fatal(err)
				}
				wantError(t, a.do("POST", list, body), http.StatusBadRequest, "validation_error", tc.field, tc.problem)
			})
		}
	}
	for _, tc := range []struct {
		kind, body, field, problem string
	}{
		{AgentKindLocal, `{"name":"x"}`, "extension_id", "required"},
		{AgentKindLocal, `{"name":"x","extension_id":null}`, "extension_id", "required"},
		{AgentKindLocal, `{"name":"x","extension_id":42}`, "extension_id", "extension 42 does not exist"},
		{AgentKindLocal, `{"name":"x","extension_id":"100"}`, "extension_id", "integer"},
		{AgentKindRemote, `{"name":"x"}`, "number", "required"},
		{AgentKindRemote, `{"name":"x","number":79001234567}`, "number", "string"},
		{AgentKindRemote, `{"name":"x","number":"+7 900 123"}`, "number", "phone number"},
		{AgentKindRemote, `{"name":"x","number":"12"}`, "number", "phone number"},
		{AgentKindRemote, `{"name":"x","number":"++79001234567"}`, "number", "phone number"},
	} {
		wantError(t, a.do("POST", "/client/@me/agent/"+tc.kind+"/", tc.body), http.StatusBadRequest, "validation_error", tc.field, tc.problem)
	}
	if n := len(s.Agents()); n != 0 {
		t.Fatalf("rejected POSTs stored %d agents", n)
	}
	for _, kind := range []string{AgentKindLocal, AgentKindRemote} {
		ag := mustCreate[map[string]any](t, a, "/client/@me/agent/"+kind+"/", agentBody(kind, "Anna", e.ID))
		path := fmt.Sprintf("/client/@me/agent/%s/%v", kind, ag["id"])
		for _, tc := range cases[putFrom:] {
			wantError(t, a.do("PUT", path, tc.body), http.StatusBadRequest, "validation_error", tc.field, tc.problem)
		}
		wantError(t, a.do("PUT", path, `{"name":""}`), http.StatusBadRequest, "validation_error", "name", "empty")
		wantJSON(t, a.do("GET", path, nil), http.StatusOK, mustJSON(t, ag))
	}
	wantError(t, a.do("PUT", fmt.Sprintf("/client/@me/agent/remote/%d", FirstAgentID+1), `{"number":"x"}`),
		http.StatusBadRequest, "validation_error", "number")
	// A local agent's extension_id in a PUT is ignored, even a bad one.
	wantStatus(t, a.do("PUT", fmt.Sprintf("/client/@me/agent/local/%d", FirstAgentID), `{"extension_id":"x"}`), http.StatusOK)
}

// DELETE takes remove_from_queues (default true): false for an agent in a
// queue is refused. Every DELETE is recorded with what it gave.
func TestAgentRemoveFromQueues(t *testing.T) {
	s, a, e := agentFixture(t)
	q := s.PutExtension(Extension{Name: "500", Type: "queue", Status: "active"})
	in := mustCreate[map[string]any](t, a, "/client/@me/agent/local/", agentBody(AgentKindLocal, "Queued", e.ID))
	free := mustCreate[map[string]any](t, a, "/client/@me/agent/remote/", agentBody(AgentKindRemote, "Free", 0))
	inID, freeID := idOf(t, in), idOf(t, free)
	ag, _ := s.Agent(inID)
	ag.Queues = []int64{q.ID}
	s.PutAgent(ag)
	inPath, freePath := fmt.Sprintf("/client/@me/agent/local/%d", inID), fmt.Sprintf("/client/@me/agent/remote/%d", freeID)

	for _, v := range []string{"false", "0", "False"} {
		wantError(t, a.do("DELETE", inPath+"?remove_from_queues="+v, nil), http.StatusConflict, "in_use",
			fmt.Sprint(q.ID), "remove_from_queues=true")
	}
	for _, v := range []string{"no", ""} {
		wantError(t, a.do("DELETE", inPath+"?remove_from_queues="+v, nil), http.StatusBadRequest, "validation_error", "remove_from_queues")
	}
	if _, ok := s.Agent(inID); !ok {
		t.Fatal("a refused DELETE deleted")
	}
	// An agent in no queue may go with false; the default is true.
	wantStatus(t, a.do("DELETE", freePath+"?remove_from_queues=false", nil), http.StatusNoContent)
	wantStatus(t, a.do("DELETE", inPath, nil), http.StatusNoContent)
	if len(s.Agents()) != 0 {
		t.Fatalf("agents left %+v", s.Agents())
	}
	wantStatus(t, a.do("DELETE", fmt.Sprintf("/client/@me/agent/local/%d/?remove_from_queues=true", inID), nil), http.StatusNotFound)

	want := []AgentDeletion{
		{AgentKindLocal, inID, true, "false"}, {AgentKindLocal, inID, true, "0"}, {AgentKindLocal, inID, true, "False"},
		{AgentKindLocal, inID, true, "no"}, {AgentKindLocal, inID, true, ""},
		{AgentKindRemote, freeID, true, "false"}, {AgentKindLocal, inID, false, ""}, {AgentKindLocal, inID, true, "true"},
	}
	if got := s.AgentDeletions(); !reflect.DeepEqual(got, want) {
		t.Fatalf("deletions %+v\nwant %+v", got, want)
	}
	// Unauthenticated calls are recorded too.
	a.token = ""
	wantStatus(t, a.do("DELETE", freePath+"?remove_from_queues=1", nil), http.StatusUnauthorized)
	if got := s.AgentDeletions(); len(got) != len(want)+1 || got[len(want)] != (AgentDeletion{AgentKindRemote, freeID, true, "1"}) {
		t.Fatalf("deletions %+v", got)
	}
	s.Kit.ResetRequests()
	if got := s.AgentDeletions(); len(got) != 0 {
		t.Fatalf("after reset %+v", got)
	}
}

// A local agent's extension cannot be deleted; deleting a queue extension
// takes the agents out of it.
func TestAgentExtensionReferences(t *testing.T) {
	s, a, e := agentFixture(t)
	q := s.PutExtension(Extension{Name: "500", Type: "queue"})
	ag := mustCreate[map[string]any](t, a, "/client/@me/agent/local/", agentBody(AgentKindLocal, "Anna", e.ID))
	id := idOf(t, ag)
	stored, _ := s.Agent(id)
	stored.Queues = []int64{q.ID, 999}
	s.PutAgent(stored)
	wantError(t, a.do("DELETE", fmt.Sprintf("/client/@me/extension/%d", e.ID), nil), http.StatusConflict, "in_use", `"Anna"`, "extension_id")
	wantStatus(t, a.do("DELETE", fmt.Sprintf("/client/@me/extension/%d", q.ID), nil), http.StatusNoContent)
	if got, _ := s.Agent(id); !reflect.DeepEqual(got.Queues, []int64{999}) {
		t.Fatalf("queues %v", got.Queues)
	}
	wantStatus(t, a.do("DELETE", fmt.Sprintf("/client/@me/agent/local/%d", id), nil), http.StatusNoContent)
	wantStatus(t, a.do("DELETE", fmt.Sprintf("/client/@me/extension/%d", e.ID), nil), http.StatusNoContent)
}

func TestAgentFiltersAndPaging(t *testing.T) {
	s, a, e := agentFixture(t)
	e2 := s.PutExtension(Extension{Name: "101", Type: "phone"})
	for i := range 30 {
		ext := e.ID
		if i%3 == 0 {
			ext = e2.ID
		}
		s.PutAgent(Agent{ExtensionID: &ext, Name: fmt.Sprint("l", i), Status: "available"})
		s.PutAgent(Agent{Number: fmt.Sprint(79000000000 + i), Name: fmt.Sprint("r", i), Status: "available"})
	}
	names := func(kind string) func(string) []string {
		return listed(t, a, "/client/@me/agent/"+kind+"/", func(x map[string]any) string { return fmt.Sprint(x["name"]) })
	}
	wantListed(t, names(AgentKindLocal), []listCase{
		{fmt.Sprintf("extension_id=%d&per_page=3&page=2", e2.ID), []string{"l9", "l12", "l15"}},
		{fmt.Sprintf("extension_id=%d&extension_id=%d&per_page=2", e2.ID, e.ID), []string{"l0", "l1"}},
		{"extension_id=1", nil},
		{"per_page=4&page=8", []string{"l28", "l29"}},
		{"name=l1", names(AgentKindLocal)("")},
	})
	// Remote agents have no filters: extension_id is ignored.
	wantListed(t, names(AgentKindRemote), []listCase{
		{fmt.Sprintf("extension_id=%d&per_page=2&page=15", e2.ID), []string{"r28", "r29"}},
	})
	if got := names(AgentKindRemote)(""); len(got) != DefaultPerPage {
		t.Fatalf("first page %v", got)
	}
	for _, q := range []string{"extension_id=x", "per_page=0"} {
		wantError(t, a.do("GET", "/client/@me/agent/local/?"+q, nil), http.StatusBadRequest, "validation_error")
	}
}

func TestAgentHelpers(t *testing.T) {
	s, _, e := agentFixture(t)
	l := s.PutAgent(Agent{ExtensionID: &e.ID, Name: "l", Queues: []int64{}})
	r := s.PutAgent(Agent{Number: "79001234567", Name: "r", Queues: []int64{e.ID}})
	if l.Kind != AgentKindLocal || r.Kind != AgentKindRemote || l.Queues != nil || l.ID != FirstAgentID || r.ID != FirstAgentID+1 {
		t.Fatalf("PutAgent %+v %+v", l, r)
	}
	got, _ := s.Agent(r.ID)
	got.Queues[0] = 1
	if again, _ := s.Agent(r.ID); again.Queues[0] != e.ID {
		t.Fatal("Agent returned shared memory")
	}
	if !s.DeleteAgent(r.ID) || s.DeleteAgent(r.ID) || len(s.Agents()) != 1 {
		t.Fatal("DeleteAgent results")
	}
}
