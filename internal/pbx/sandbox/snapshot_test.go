package sandbox

import (
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"strings"
	"testing"
)

// restoredCopy restores a Snapshot of s into a new emulator (with a token)
// and checks that it holds the same state and snapshots the same.
func restoredCopy(t *testing.T, s *Server) (*Server, *api, []byte) {
	t.Helper()
	data, err := s.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	s2, a2 := loggedIn(t)
	if err := s2.Restore(data); err != nil {
		t.Fatal(err)
	}
	state := func(s *Server) []any {
		passwords := map[int64]string{}
		for _, u := range s.Users() {
			passwords[u.ID], _ = s.UserPassword(u.ID)
		}
		rules, phones, phonePasswords := map[int64][]IncomingRule{}, map[int64]PhoneSettings{}, map[int64]string{}
		for _, e := range s.Extensions() {
			rules[e.ID] = s.IncomingRules(e.ID)
			phones[e.ID], _ = s.ExtensionPhone(e.ID)
			phonePasswords[e.ID], _ = s.PhonePassword(e.ID)
		}
		return []any{s.ClientInfo(), s.ClientANI(), s.Limits(), s.Intervals(), s.DialRules(), s.Extensions(),
			s.ExtensionGroups(), s.NetworkPermissions(), s.DIDs(), s.Sounds(), s.Users(), passwords, s.Agents(),
			s.PhoneEvents(), rules, phones, phonePasswords, s.ExtensionEvents(0)}
	}
	if !reflect.DeepEqual(state(s2), state(s)) {
		t.Fatalf("restored state differs:\n%+v\n%+v", state(s2), state(s))
	}
	if again, _ := s2.Snapshot(); string(again) != string(data) {
		t.Fatalf("snapshot of the restored state differs:\n%s\n%s", again, data)
	}
	return s2, a2, data
}

func TestSnapshotRestoreRoundTrip(t *testing.T) {
	s, a := loggedIn(t)
	mustCreateInterval(t, a, officeHours())
	gone := mustCreateInterval(t, a, officeHours())
	wantStatus(t, a.do("DELETE", "/client/@me/interval/3002", nil), http.StatusNoContent)
	l := mustCreateDialRule(t, a, russianOnly())
	wantStatus(t, a.do("PUT", "/client/client_info/@me/", map[string]any{"dial_rule_id": l.ID, "timezone": "UTC"}), http.StatusOK)
	_, a2, data := restoredCopy(t, s)
	// Next ids survive, also past a deleted record; the token stays valid.
	if iv := mustCreateInterval(t, a2, officeHours()); iv.ID != gone.ID+1 {
		t.Fatalf("next interval id %d, want %d", iv.ID, gone.ID+1)
	}
	if nl := mustCreateDialRule(t, a2, russianOnly()); nl.ID != l.ID+1 {
		t.Fatalf("next dial rule id %d", nl.ID)
	}
	// The attachment survives: deleting the list is still refused.
	wantStatus(t, a2.do("DELETE", "/client/@me/dial_rule/61", nil), http.StatusConflict)
	var d map[string]any
	if err := json.Unmarshal(data, &d); err != nil || d["next_interval_id"] != float64(3003) || d["version"] != float64(1) {
		t.Fatalf("snapshot %s", data)
	}
}

func TestRestoreRejectsBadData(t *testing.T) {
	s := New()
	s.PutInterval(Interval{Name: "keep", Timezone: "UTC", Conditions: []Condition{{Month: 1}}})
	before, _ := s.Snapshot()
	good := string(before)
	for _, tc := range []struct{ name, data, why string }{
		{"not json", `{`, "EOF"},
		{"unknown field", strings.Replace(good, `"version"`, `"colour":1,"version"`, 1), "colour"},
		{"wrong version", strings.Replace(good, `"version": 1`, `"version": 2`, 1), "version 2"},
		{"other client", strings.Replace(good, `"id": 12345`, `"id": 1`, 1), "client id 1"},
		{"zero id", strings.Replace(good, `"id": 3001`, `"id": 0`, 1), "interval id 0"},
		{"duplicate id", `{"version":1,"client":{"id":12345},"intervals":[{"id":5},{"id":5}],"dial_rules":[]}`, "interval id 5"},
		{"duplicate lists", `{"version":1,"client":{"id":12345},"intervals":[],"dial_rules":[{"id":5},{"id":5}]}`, "list id 5"},
	} {
		if err := s.Restore([]byte(tc.data)); err == nil || !strings.Contains(err.Error(), tc.why) {
			t.Errorf("%s: error %v, want one mentioning %q", tc.name, err, tc.why)
		}
	}
	after, _ := s.Snapshot()
	if string(after) != good {
		t.Fatal("a failed Restore changed the store")
	}
}

func TestSnapshotKeepsOfficeObjects(t *testing.T) {
	s, a := loggedIn(t, WithLimits(func(l *Limits) { l.EventLimit = 3 }))
	g := mustCreate[ExtensionGroup](t, a, "/client/@me/extension_group/", map[string]any{"name": "Sales"})
	e := mustCreateExtension(t, a, map[string]any{"name": "100", "type": "phone", "extension_group_id": g.ID})
	gone := mustCreateExtension(t, a, map[string]any{"name": "101", "type": "phone"})
	wantStatus(t, a.do("DELETE", fmt.Sprintf("/client/@me/extension/%d", gone.ID), nil), http.StatusNoContent)
	n := mustCreate[NetworkPermission](t, a, "/client/@me/network_permission/", map[string]any{"name": "HQ", "network_address": []string{"10.0.0.0/8"}})
	wantStatus(t, a.do("PUT", fmt.Sprintf("/client/@me/did/%d", FirstDIDID), map[string]any{"extension_id": e.ID}), http.StatusOK)
	wantStatus(t, a.do("PUT", "/client/@me/ani/", map[string]any{"ani_number": DemoDID}), http.StatusOK)
	s.DeleteSound(FirstSoundID)
	l := s.Limits()
	l.ExtensionLimit = 7
	s.SetLimits(l)
	s2, a2, _ := restoredCopy(t, s)
	if s2.ClientANI() != DemoDID || s2.Limits().ExtensionLimit != 7 || s2.Limits().EventLimit != 3 {
		t.Fatalf("restored ANI %q, limits %+v", s2.ClientANI(), s2.Limits())
	}
	if next := mustCreateExtension(t, a2, map[string]any{"name": "102", "type": "fax"}); next.ID != gone.ID+1 {
		t.Fatalf("next extension id %d, want %d", next.ID, gone.ID+1)
	}
	wantStatus(t, a2.do("DELETE", fmt.Sprintf("/client/@me/extension_group/%d", g.ID), nil), http.StatusConflict)
	if next := mustCreate[NetworkPermission](t, a2, "/client/@me/network_permission/", map[string]any{"name": "x"}); next.ID != n.ID+1 {
		t.Fatalf("next group id %d", next.ID)
	}

	// Every DID and sound deleted stays so.
	for _, d := range s.DIDs() {
		s.DeleteDID(d.ID)
	}
	data, _ := s.Snapshot()
	s3 := New()
	if err := s3.Restore(data); err != nil || len(s3.DIDs()) != 0 {
		t.Fatalf("restore without DIDs: %v, %d DIDs", err, len(s3.DIDs()))
	}
}

// A snapshot written before extensions, DIDs and the rest existed
// restores with the seeded DIDs and sounds and the configured limits.
func TestRestoreOlderSnapshot(t *testing.T) {
	old := `{"version": 1, "next_interval_id": 3005, "next_dial_rule_id": 61,
		"client": {"id": 12345, "name": "Old", "timezone": "UTC", "prefix": "345", "extension_len": 3},
		"intervals": [{"id": 3004, "client_id": 12345, "name": "kept", "timezone": "UTC", "conditions": [{"month": 1}]}],
		"dial_rules": []}`
	s := New(WithLimits(func(l *Limits) { l.ExtensionLimit = 5 }))
	if err := s.Restore([]byte(old)); err != nil {
		t.Fatal(err)
	}
	fresh := New()
	if len(s.Intervals()) != 1 || s.ClientInfo().Name != "Old" || !reflect.DeepEqual(s.DIDs(), fresh.DIDs()) ||
		!reflect.DeepEqual(s.Sounds(), fresh.Sounds()) || s.Limits().ExtensionLimit != 5 || len(s.Extensions()) != 0 ||
		len(s.Users()) != 0 || len(s.Agents()) != 0 || len(s.PhoneEvents()) != 0 || len(s.ExtensionEvents(0)) != 0 {
		t.Fatalf("restored: %+v %+v %+v", s.Intervals(), s.DIDs(), s.Limits())
	}
	for _, tc := range []struct{ data, why string }{
		{`{"version":1,"client":{"id":12345},"intervals":[],"dial_rules":[],"extensions":[{"id":0}]}`, "extension id 0"},
		{`{"version":1,"client":{"id":12345},"intervals":[],"dial_rules":[],"dids":[{"id":4},{"id":4}]}`, "DID id 4"},
		{`{"version":1,"client":{"id":12345},"intervals":[],"dial_rules":[],"users":[{"id":0}]}`, "user id 0"},
		{`{"version":1,"client":{"id":12345},"intervals":[],"dial_rules":[],"agents":[{"id":7},{"id":7}]}`, "agent id 7"},
		{`{"version":1,"client":{"id":12345},"intervals":[],"dial_rules":[],"phone_events":[{"id":-1}]}`, "phone event id -1"},
		{`{"version":1,"client":{"id":12345},"intervals":[],"dial_rules":[],"incoming_rules":[{"id":0}]}`, "incoming rule id 0"},
		{`{"version":1,"client":{"id":12345},"intervals":[],"dial_rules":[],"phones":[{"extension_id":3},{"extension_id":3}]}`, "phone settings (extension) id 3"},
		{`{"version":1,"client":{"id":12345},"intervals":[],"dial_rules":[],"extension_events":[{"id":0}]}`, "extension event id 0"},
	} {
		if err := s.Restore([]byte(tc.data)); err == nil || !strings.Contains(err.Error(), tc.why) {
			t.Errorf("error %v, want one mentioning %q", err, tc.why)
		}
	}
}

// Users (with their passwords), agents (with their queues) and webhooks
// survive a snapshot, and so do their next ids and references.
func TestSnapshotKeepsUsersAgentsAndWebhooks(t *testing.T) {
	s, a, bound := userFixture(t)
	ext := bound[UserScopeExtension]
	u := mustCreate[map[string]any](t, a, "/client/@me/user/extension/", userBody(UserScopeExtension, "anna", ext))
	gone := mustCreate[map[string]any](t, a, "/client/@me/user/client/", userBody(UserScopeClient, "gone", 0))
	wantStatus(t, a.do("DELETE", fmt.Sprintf("/client/@me/user/client/%v", gone["id"]), nil), http.StatusNoContent)
	wantStatus(t, a.do("PUT", fmt.Sprintf("/client/@me/user/extension/%v", u["id"]), map[string]any{"password": "rotated"}), http.StatusOK)
	q := s.PutExtension(Extension{Name: "500", Type: "queue"})
	ag := mustCreate[map[string]any](t, a, "/client/@me/agent/remote/", agentBody(AgentKindRemote, "Remote", 0))
	stored, _ := s.Agent(idOf(t, ag))
	stored.Queues = []int64{q.ID}
	s.PutAgent(stored)
	ev := mustCreate[PhoneEvent](t, a, "/client/@me/phone_events/", hook("hangup"))

	s2, a2, data := restoredCopy(t, s)
	if pw, _ := s2.UserPassword(idOf(t, u)); pw != "rotated" {
		t.Fatalf("restored password %q", pw)
	}
	// The bindings and the queue survive.
	wantError(t, a2.do("DELETE", fmt.Sprintf("/client/@me/extension/%d", ext), nil), http.StatusConflict, "in_use", `"anna"`)
	wantError(t, a2.do("DELETE", fmt.Sprintf("/client/@me/agent/remote/%v?remove_from_queues=false", ag["id"]), nil),
		http.StatusConflict, "in_use")
	wantError(t, a2.do("POST", "/client/@me/user/client/", userBody(UserScopeClient, "anna", 0)), http.StatusConflict, "already_exists")
	// Next ids survive, also past a deleted user.
	if next := mustCreate[map[string]any](t, a2, "/client/@me/user/client/", userBody(UserScopeClient, "next", 0)); next["id"] != float64(FirstUserID+2) {
		t.Fatalf("next user id %v", next["id"])
	}
	if next := mustCreate[PhoneEvent](t, a2, "/client/@me/phone_events/", hook("answer")); next.ID != ev.ID+1 {
		t.Fatalf("next webhook id %d", next.ID)
	}
	var d map[string]any
	if err := json.Unmarshal(data, &d); err != nil || d["next_user_id"] != float64(FirstUserID+2) ||
		d["next_agent_id"] != float64(FirstAgentID+1) || d["next_phone_event_id"] != float64(FirstPhoneEventID+1) {
		t.Fatalf("snapshot %s", data)
	}
}

// Incoming rules (in their order), phone settings (with the password),
// extension webhooks and caller ids survive a snapshot, with their next ids.
func TestSnapshotKeepsExtensionParts(t *testing.T) {
	s, a, phone, queue, base := extFixture(t)
	iv := mustCreateInterval(t, a, officeHours())
	var ids []int64
	for _, n := range []string{"a", "b", "c"} {
		ids = append(ids, mustCreate[IncomingRule](t, a, base+"/incom_rule/", map[string]any{"type": "cascade", "name": n,
			"interval_id": iv.ID, "cascade_numbers": []map[string]any{{"delay": 0, "number": "100"}, {"delay": 20, "number": "79001234567"}}}).ID)
	}
	mustCreate[IncomingRule](t, a, fmt.Sprintf("/extension/%d/incom_rule/", queue.ID), busyRule("q"))
	s.InsertIncomingRule(0, IncomingRule{ID: ids[2], ExtensionID: phone.ID, Type: "hangup", Name: ptr("c")})
	wantStatus(t, a.do("DELETE", fmt.Sprintf("%s/incom_rule/%d", base, ids[1]), nil), http.StatusNoContent)
	wantStatus(t, a.do("PUT", base+"/phone/", `{"password":"sip-pw","auth_type":"both","label":"Desk"}`), http.StatusOK)
	wantStatus(t, a.do("PUT", base+"/ani/", map[string]any{"ani_number": DemoDID}), http.StatusOK)
	ev := mustCreate[ExtensionEvent](t, a, base+"/event/", hook("answer"))

	s2, a2, data := restoredCopy(t, s)
	if got := ruleNames(s2.IncomingRules(phone.ID)); !reflect.DeepEqual(got, []string{"c", "a"}) {
		t.Fatalf("restored order %v", got)
	}
	if pw, _ := s2.PhonePassword(phone.ID); pw != "sip-pw" {
		t.Fatalf("restored password %q", pw)
	}
	wantJSON(t, a2.do("GET", base+"/ani/", nil), http.StatusOK, `{"default":"78121234567"}`)
	// New rules go last; next ids survive, also past a deleted rule.
	r := mustCreate[IncomingRule](t, a2, base+"/incom_rule/", busyRule("d"))
	if r.ID != ids[2]+2 {
		t.Fatalf("next rule id %d", r.ID)
	}
	if got := ruleNames(s2.IncomingRules(phone.ID)); !reflect.DeepEqual(got, []string{"c", "a", "d"}) {
		t.Fatalf("order after POST %v", got)
	}
	if next := mustCreate[ExtensionEvent](t, a2, base+"/event/", hook("hangup")); next.ID != ev.ID+1 {
		t.Fatalf("next webhook id %d", next.ID)
	}
	// The references survive.
	wantError(t, a2.do("DELETE", fmt.Sprintf("/client/@me/interval/%d", iv.ID), nil), http.StatusConflict, "in_use")
	var d map[string]any
	if err := json.Unmarshal(data, &d); err != nil || d["next_incoming_rule_id"] != float64(ids[2]+2) ||
		d["next_extension_event_id"] != float64(ev.ID+1) || strings.Contains(string(data), `"pos"`) {
		t.Fatalf("snapshot %s", data)
	}
}
