package sandbox

import (
	"fmt"
	"maps"
	"net/http"
	"reflect"
	"regexp"
	"slices"
	"testing"
)

var dateTimeRE = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$`)

// seedClientFields are the resource fields of the seed's client object.
var seedClientFields = []string{
	"id", "name", "domain", "domain_prefix", "prefix", "create_date", "hold_music", "presence",
	"sip_network_permission_id", "disk_space_notify_threshold", "record_stereo", "call_interactive_method",
	"ambassadors", "contact_phones", "timezone", "dial_rule_id", "type", "email", "reg_status_log",
	"fact_address", "call_interactive_url", "extension_len", "geo_list", "did_as_transfer_caller_id",
	"jur_address", "language", "call_interactive_out_call", "record_format", "short_local_caller_id",
	"disk_space_notify_email", "extra_params", "call_interactive_timeout",
}

func TestClientObjectByEveryPathAndID(t *testing.T) {
	s, a := loggedIn(t)
	var first string
	for _, cid := range []string{"@me", fmt.Sprint(DemoClientID)} {
		for _, path := range []string{"/client/client_info/" + cid + "/", "/client/client_info/" + cid,
			"/client/" + cid + "/", "/client/" + cid, "/client/" + cid + "/client/"} {
			ans := a.do("GET", path, nil)
			got := decode[map[string]any](t, ans, http.StatusOK)
			keys := slices.Sorted(maps.Keys(got))
			if want := slices.Sorted(slices.Values(seedClientFields)); !reflect.DeepEqual(keys, want) {
				t.Fatalf("%s fields %v\nwant %v", path, keys, want)
			}
			if first == "" {
				first = ans.body
			} else if ans.body != first {
				t.Fatalf("%s answers differently:\n%s\n%s", path, ans.body, first)
			}
		}
	}
	ci := decode[ClientInfo](t, a.do("GET", "/client/@me/", nil), http.StatusOK)
	if !reflect.DeepEqual(ci, s.ClientInfo()) {
		t.Fatalf("wire %+v\nstore %+v", ci, s.ClientInfo())
	}
	if ci.ID != DemoClientID || ci.Name != DemoClientName || ci.Timezone != DemoTimezone ||
		ci.CallInteractiveMethod != "GET" || ci.RecordFormat != "mp3" || ci.RecordStereo || ci.DialRuleID != nil {
		t.Fatalf("seeded client %+v", ci)
	}
	if !dateTimeRE.MatchString(ci.CreateDate) {
		t.Fatalf("create_date %q", ci.CreateDate)
	}
	// dial_rule_id is null when no list is attached.
	if got := decode[map[string]any](t, a.do("GET", "/client/@me/", nil), 200); got["dial_rule_id"] != nil {
		t.Fatalf("dial_rule_id %v, want null", got["dial_rule_id"])
	}
}

func TestUnknownAndForeignClients(t *testing.T) {
	s, a := loggedIn(t)
	for _, cid := range []string{"999", "0", "-1", "abc", "@you", fmt.Sprint(DemoClientID + 100)} {
		for _, p := range []struct{ method, path string }{
			{"GET", "/client/" + cid + "/"},
			{"GET", "/client/client_info/" + cid + "/"},
			{"PUT", "/client/client_info/" + cid + "/"},
			{"GET", "/client/" + cid + "/interval/"},
			{"POST", "/client/" + cid + "/interval/"},
			{"GET", "/client/" + cid + "/interval/1"},
			{"DELETE", "/client/" + cid + "/dial_rule/61"},
			{"GET", "/client/" + cid + "/extension/"},
			{"POST", "/client/" + cid + "/extension/"},
			{"GET", "/client/" + cid + "/extension/372850"},
			{"PUT", "/client/" + cid + "/extension_group/2101"},
			{"DELETE", "/client/" + cid + "/network_permission/801"},
			{"GET", "/client/" + cid + "/did/?name=78121234567"},
			{"PUT", "/client/" + cid + "/did/9101"},
			{"GET", "/client/" + cid + "/client/"},
			{"PUT", "/client/" + cid + "/client/"},
			{"GET", "/client/" + cid + "/ani/"},
			{"PUT", "/client/" + cid + "/ani/"},
			{"GET", "/client/" + cid + "/sound/"},
			{"GET", "/client/" + cid + "/limit/"},
			{"GET", "/client/" + cid + "/user/client/"},
			{"POST", "/client/" + cid + "/user/extension/"},
			{"PUT", "/client/" + cid + "/user/extension_group/1201"},
			{"GET", "/client/" + cid + "/agent/local/?extension_id=372850"},
			{"DELETE", "/client/" + cid + "/agent/remote/4001"},
			{"GET", "/client/" + cid + "/phone_events/"},
			{"DELETE", "/client/" + cid + "/phone_events/"},
			{"GET", "/client/" + cid + "/phone_event/6001"},
			{"GET", "/client/" + cid + "/extension/372850/incom_rule/"},
			{"PUT", "/client/" + cid + "/extension/372850/incom_rule/order/"},
			{"DELETE", "/client/" + cid + "/extension/372850/incom_rule/7001"},
			{"PUT", "/client/" + cid + "/extension/372850/phone/"},
			{"GET", "/client/" + cid + "/extension/372850/ani/"},
			{"DELETE", "/client/" + cid + "/extension/372850/event/"},
			{"PUT", "/client/" + cid + "/extension/372850/event/8001"},
		} {
			ans := a.do(p.method, p.path, officeHours())
			wantJSON(t, ans, http.StatusNotFound, `{"message":"Client not found","status":"client_not_found"}`)
		}
	}
	foreign := fmt.Sprint(ForeignClientID)
	// Records with the ids the paths name, so that a 403 visibly spares them.
	s.PutUser(User{Login: "kept"})
	s.PutAgent(Agent{Number: "79001234567", Name: "kept"})
	s.PutPhoneEvent(PhoneEvent{URL: "https://kept.example", Method: "GET", EventType: "answer"})
	for _, p := range []struct{ method, path string }{
		{"GET", "/client/" + foreign + "/"},
		{"PUT", "/client/client_info/" + foreign + "/"},
		{"POST", "/client/" + foreign + "/interval/"},
		{"GET", "/client/" + foreign + "/dial_rule/"},
		{"POST", "/client/" + foreign + "/extension/"},
		{"GET", "/client/" + foreign + "/did/"},
		{"PUT", "/client/" + foreign + "/ani/"},
		{"GET", "/client/" + foreign + "/limit/"},
		{"POST", "/client/" + foreign + "/user/client/"},
		{"GET", "/client/" + foreign + "/user/extension/"},
		{"DELETE", "/client/" + foreign + "/user/extension_group/1201"},
		{"POST", "/client/" + foreign + "/agent/local/"},
		{"PUT", "/client/" + foreign + "/agent/remote/4001"},
		{"DELETE", "/client/" + foreign + "/agent/local/4001?remove_from_queues=true"},
		{"POST", "/client/" + foreign + "/phone_events/"},
		{"DELETE", "/client/" + foreign + "/phone_events/"},
		{"DELETE", "/client/" + foreign + "/phone_event/6001"},
		{"POST", "/client/" + foreign + "/extension/372850/incom_rule/"},
		{"PUT", "/client/" + foreign + "/extension/372850/incom_rule/7001"},
		{"PUT", "/client/" + foreign + "/extension/372850/incom_rule/order"},
		{"PUT", "/client/" + foreign + "/extension/372850/phone/"},
		{"PUT", "/client/" + foreign + "/extension/372850/ani/"},
		{"POST", "/client/" + foreign + "/extension/372850/event/"},
		{"DELETE", "/client/" + foreign + "/extension/372850/event/"},
		{"DELETE", "/client/" + foreign + "/extension/372850/event/8001"},
	} {
		wantError(t, a.do(p.method, p.path, officeHours()), http.StatusForbidden, "access_denied", foreign)
	}
	if len(s.Intervals()) != 0 || len(s.Extensions()) != 0 || s.ClientANI() != "" {
		t.Fatal("a rejected POST committed")
	}
	if len(s.Users()) != 1 || len(s.Agents()) != 1 || len(s.PhoneEvents()) != 1 {
		t.Fatal("a rejected call changed users, agents or webhooks")
	}
}

func TestClientPartialUpdate(t *testing.T) {
	s, a := loggedIn(t)
	before := s.ClientInfo()
	l := mustCreateDialRule(t, a, russianOnly())
	ans := a.do("PUT", "/client/client_info/@me/", map[string]any{
		"timezone": "Asia/Novosibirsk", "call_interactive_method": "POST", "dial_rule_id": l.ID,
		"hold_music": DemoHoldMusicSoundID, "call_interactive_out_call": true, "geo_list": "RU BY",
		// Read-only fields are ignored.
		"name": "Renamed", "extension_len": 4, "id": 1,
	})
	got := decode[ClientInfo](t, ans, http.StatusOK)
	want := before
	want.Timezone, want.CallInteractiveMethod, want.DialRuleID = "Asia/Novosibirsk", "POST", &l.ID
	hold := DemoHoldMusicSoundID
	want.HoldMusic, want.CallInteractiveOutCall, want.GeoList = &hold, true, "RU BY"
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("after PUT %+v\nwant %+v", got, want)
	}
	if !reflect.DeepEqual(s.ClientInfo(), want) {
		t.Fatal("store differs from the answer")
	}
	// An empty body changes nothing; omitted fields keep their values.
	wantStatus(t, a.do("PUT", "/client/client_info/@me", map[string]any{}), http.StatusOK)
	got = decode[ClientInfo](t, a.do("PUT", "/client/@me/client/", map[string]any{"call_interactive_timeout": 30}), 200)
	want.CallInteractiveTimeout = 30
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("after second PUT %+v", got)
	}
	// null and 0 detach nullable ids.
	got = decode[ClientInfo](t, a.do("PUT", "/client/client_info/@me/", `{"dial_rule_id":null,"hold_music":0}`), 200)
	if got.DialRuleID != nil || got.HoldMusic != nil {
		t.Fatalf("ids not cleared: %+v", got)
	}
}

func TestClientValidation(t *testing.T) {
	cases := []struct {
		body  string
		field string
	}{
		{`{"timezone":"Mars/Olympus"}`, "timezone"},
		{`{"timezone":""}`, "timezone"},
		{`{"timezone":"Local"}`, "timezone"},
		{`{"timezone":3}`, "timezone"},
		{`{"call_interactive_method":"PUT"}`, "call_interactive_method"},
		{`{"call_interactive_method":"get"}`, "call_interactive_method"},
		{`{"dial_rule_id":999}`, "dial_rule_id"},
		{`{"dial_rule_id":"61"}`, "dial_rule_id"},
		{`{"dial_rule_id":-1}`, "dial_rule_id"},
		{`{"hold_music":1.5}`, "hold_music"},
		{`{"disk_space_notify_threshold":101}`, "disk_space_notify_threshold"},
		{`{"call_interactive_timeout":-5}`, "call_interactive_timeout"},
		{`{"call_interactive_out_call":"true"}`, "call_interactive_out_call"},
		{`{"geo_list":["RU"]}`, "geo_list"},
		{`{"timezone":"UTC","call_interactive_method":"HEAD"}`, "call_interactive_method"},
	}
	s, a := loggedIn(t)
	before := s.ClientInfo()
	for _, tc := range cases {
		wantError(t, a.do("PUT", "/client/client_info/@me/", tc.body), http.StatusBadRequest, "validation_error", tc.field)
	}
	if !reflect.DeepEqual(s.ClientInfo(), before) {
		t.Fatalf("a rejected PUT changed the client: %+v", s.ClientInfo())
	}
	// UTC is accepted.
	if got := decode[ClientInfo](t, a.do("PUT", "/client/client_info/@me/", `{"timezone":"UTC"}`), 200); got.Timezone != "UTC" {
		t.Fatalf("timezone %q", got.Timezone)
	}
	// GET /client/{cid}/ is read-only.
	ans := a.do("PUT", "/client/@me/", `{"timezone":"UTC"}`)
	wantError(t, ans, http.StatusMethodNotAllowed, "")
	if ans.header.Get("Allow") != "GET" {
		t.Fatalf("Allow %q", ans.header.Get("Allow"))
	}
}

func TestAttachedDialRuleCannotBeDeleted(t *testing.T) {
	s, a := loggedIn(t)
	l := mustCreateDialRule(t, a, russianOnly())
	wantStatus(t, a.do("PUT", "/client/client_info/@me/", map[string]any{"dial_rule_id": l.ID}), http.StatusOK)
	path := fmt.Sprintf("/client/@me/dial_rule/%d", l.ID)
	wantError(t, a.do("DELETE", path, nil), http.StatusConflict, "in_use", "in use")
	if _, ok := s.DialRule(l.ID); !ok {
		t.Fatal("attached list was deleted")
	}
	wantStatus(t, a.do("PUT", "/client/client_info/@me/", `{"dial_rule_id":null}`), http.StatusOK)
	wantStatus(t, a.do("DELETE", path, nil), http.StatusNoContent)
	if _, ok := s.DialRule(l.ID); ok {
		t.Fatal("list still stored")
	}
}

func TestClientInfoHelpers(t *testing.T) {
	s, a := loggedIn(t)
	ci := s.ClientInfo()
	ci.ID = 1 // ignored
	ci.Timezone = "Not/A_Zone"
	ci.Presence = "busy"
	s.SetClientInfo(ci)
	got := decode[ClientInfo](t, a.do("GET", "/client/@me/", nil), http.StatusOK)
	if got.ID != DemoClientID || got.Timezone != "Not/A_Zone" || got.Presence != "busy" {
		t.Fatalf("drifted client %+v", got)
	}
}
