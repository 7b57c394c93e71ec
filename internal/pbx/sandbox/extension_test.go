package sandbox

import (
	"fmt"
	"net/http"
	"reflect"
	"testing"
)

func TestExtensionCRUD(t *testing.T) {
	s, a := loggedIn(t, WithClock(newClock(demoTime).now))
	ans := a.do("POST", "/client/@me/extension/", map[string]any{"name": "100", "type": "phone"})
	wantJSON(t, ans, http.StatusCreated, fmt.Sprintf(`{
		"id": %d, "client_id": %d, "name": "345*100", "type": "phone", "status": "blocked",
		"label": "", "caller_id_name": "", "domain": "sandbox.sip.telphin.ru", "create_date": %q,
		"extension_group_id": null, "dial_rule_id": null, "dial_rule_limit": null,
		"ani": "", "ani_rfc3325": false, "did_as_transfer_caller_id": "None", "message_did": "",
		"extra_params": "null"}`, FirstExtensionID, DemoClientID, demoStamp))
	e := decode[Extension](t, ans, http.StatusCreated)
	path := fmt.Sprintf("/client/%d/extension/%d", DemoClientID, e.ID)
	if got := decode[Extension](t, a.do("GET", path+"/", nil), http.StatusOK); !reflect.DeepEqual(got, e) {
		t.Fatalf("GET %+v", got)
	}
	if got := decode[[]Extension](t, a.do("GET", "/client/@me/extension", nil), http.StatusOK); !reflect.DeepEqual(got, []Extension{e}) {
		t.Fatalf("list %+v", got)
	}
	if got, ok := s.Extension(e.ID); !ok || !reflect.DeepEqual(got, e) {
		t.Fatalf("store %+v", got)
	}

	// Every writable field on POST; the full name is accepted too.
	g := mustCreate[ExtensionGroup](t, a, "/client/@me/extension_group/", map[string]any{"name": "Sales"})
	l := mustCreateDialRule(t, a, russianOnly())
	full := mustCreateExtension(t, a, map[string]any{
		"name": "345*200", "type": "queue", "status": "active", "label": "Sales queue", "caller_id_name": "Sales",
		"extension_group_id": g.ID, "dial_rule_id": l.ID, "dial_rule_limit": 5, "ani_rfc3325": true,
		"did_as_transfer_caller_id": "diversion", "message_did": DemoMessageDID, "extra_params": `{"k":1}`,
	})
	want := Extension{ID: e.ID + 1, ClientID: DemoClientID, Name: "345*200", Type: "queue", Status: "active",
		Label: "Sales queue", CallerIDName: "Sales", Domain: seedDomain, CreateDate: demoStamp,
		ExtensionGroupID: &g.ID, DialRuleID: &l.ID, DialRuleLimit: ptr[int64](5), ANIRFC3325: true,
		DIDAsTransferCallerID: "diversion", MessageDID: DemoMessageDID, ExtraParams: `{"k":1}`}
	if !reflect.DeepEqual(full, want) {
		t.Fatalf("full POST %+v\nwant %+v", full, want)
	}

	// Partial PUT: fields left out keep their values; name and type are
	// not writable and are ignored.
	got := decode[Extension](t, a.do("PUT", path, map[string]any{"label": "Reception", "status": "active",
		"name": "999", "type": "fax", "id": 1}), http.StatusOK)
	e.Label, e.Status = "Reception", "active"
	if !reflect.DeepEqual(got, e) {
		t.Fatalf("after PUT %+v\nwant %+v", got, e)
	}
	// The GET answer sent back as a PUT body changes nothing.
	if got = decode[Extension](t, a.do("PUT", path, got), http.StatusOK); !reflect.DeepEqual(got, e) {
		t.Fatalf("round trip %+v", got)
	}
	// null (or 0) clears the nullable ids.
	fullPath := fmt.Sprintf("/client/@me/extension/%d", full.ID)
	got = decode[Extension](t, a.do("PUT", fullPath, `{"extension_group_id":null,"dial_rule_id":0,"dial_rule_limit":null,"message_did":""}`), http.StatusOK)
	want.ExtensionGroupID, want.DialRuleID, want.DialRuleLimit, want.MessageDID = nil, nil, nil, ""
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("after clearing PUT %+v\nwant %+v", got, want)
	}

	wantStatus(t, a.do("DELETE", path, nil), http.StatusNoContent)
	for _, m := range []string{"GET", "PUT", "DELETE"} {
		wantJSON(t, a.do(m, path, map[string]any{"label": "x"}), http.StatusNotFound, `{"message":"Record not found"}`)
	}
	// Ids are not reused; the short name is free again.
	if again := mustCreateExtension(t, a, map[string]any{"name": "100", "type": "fax"}); again.ID != full.ID+1 {
		t.Fatalf("next id %d", again.ID)
	}
}

func TestExtensionNames(t *testing.T) {
	s, a := loggedIn(t)
	e := mustCreateExtension(t, a, map[string]any{"name": "100", "type": "phone"})
	for _, name := range []string{"100", "345*100"} {
		ans := a.do("POST", "/client/@me/extension/", map[string]any{"name": name, "type": "ivr"})
		wantError(t, ans, http.StatusConflict, "already_exists", "345*100", fmt.Sprint(e.ID))
	}
	for _, tc := range []struct{ name, problem string }{
		{"10", "3 digits"}, {"1000", "3 digits"}, {"1a0", "3 digits"}, {" 100", "3 digits"},
		{"999*100", `prefix "999"`}, {"*100", `prefix ""`}, {"345*", "3 digits"}, {"345*10*0", "3 digits"},
		{"", "empty"},
	} {
		ans := a.do("POST", "/client/@me/extension/", map[string]any{"name": tc.name, "type": "phone"})
		wantError(t, ans, http.StatusBadRequest, "validation_error", "name", tc.problem)
	}
	// The client's extension_len decides the length.
	ci := s.ClientInfo()
	ci.ExtensionLen = 4
	s.SetClientInfo(ci)
	if got := mustCreateExtension(t, a, map[string]any{"name": "1000", "type": "conference"}); got.Name != "345*1000" {
		t.Fatalf("name %q", got.Name)
	}
	if n := len(s.Extensions()); n != 2 {
		t.Fatalf("%d extensions stored", n)
	}
}

func TestExtensionValidation(t *testing.T) {
	cases := []struct {
		name, body string
		parts      []string
	}{
		{"missing name", `{"type":"phone"}`, []string{"name", "required"}},
		{"missing type", `{"name":"101"}`, []string{"type", "required"}},
		{"null type", `{"name":"101","type":null}`, []string{"type", "required"}},
		{"bad type", `{"name":"101","type":"PHONE"}`, []string{"type", "'phone', 'queue', 'ivr', 'fax', 'conference'"}},
		{"bad status", `{"name":"101","type":"phone","status":"enabled"}`, []string{"status", "'active', 'blocked'"}},
		{"status not string", `{"name":"101","type":"phone","status":true}`, []string{"status", "string"}},
		{"label not string", `{"name":"101","type":"phone","label":5}`, []string{"label", "string"}},
		{"unknown group", `{"name":"101","type":"phone","extension_group_id":42}`, []string{"extension_group_id", "extension group 42 does not exist"}},
		{"group as string", `{"name":"101","type":"phone","extension_group_id":"1"}`, []string{"extension_group_id", "integer"}},
		{"negative group", `{"name":"101","type":"phone","extension_group_id":-1}`, []string{"extension_group_id", "negative"}},
		{"unknown dial rule", `{"name":"101","type":"phone","dial_rule_id":7}`, []string{"dial_rule_id", "dial rule list 7 does not exist"}},
		{"negative dial_rule_limit", `{"name":"101","type":"phone","dial_rule_limit":-1}`, []string{"dial_rule_limit", "negative"}},
		{"fraction dial_rule_limit", `{"name":"101","type":"phone","dial_rule_limit":1.5}`, []string{"dial_rule_limit", "integer"}},
		{"bad transfer caller id", `{"name":"101","type":"phone","did_as_transfer_caller_id":"none"}`, []string{"did_as_transfer_caller_id", "'None', 'default', 'from', 'diversion'"}},
		{"ani_rfc3325 string", `{"name":"101","type":"phone","ani_rfc3325":"yes"}`, []string{"ani_rfc3325", "boolean"}},
		{"foreign message_did", `{"name":"101","type":"phone","message_did":"74990000000"}`, []string{"message_did", "not one of the client's DIDs"}},
	}
	s, a := loggedIn(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			wantError(t, a.do("POST", "/client/@me/extension/", tc.body), http.StatusBadRequest, "validation_error", tc.parts...)
		})
	}
	if n := len(s.Extensions()); n != 0 {
		t.Fatalf("rejected POSTs stored %d extensions", n)
	}
	e := mustCreateExtension(t, a, map[string]any{"name": "101", "type": "phone"})
	path := fmt.Sprintf("/client/@me/extension/%d", e.ID)
	for _, tc := range cases[4:] {
		wantError(t, a.do("PUT", path, tc.body), http.StatusBadRequest, "validation_error", tc.parts...)
	}
	if got, _ := s.Extension(e.ID); !reflect.DeepEqual(got, e) {
		t.Fatalf("rejected PUTs changed the extension: %+v", got)
	}
}

// Groups and dial rule lists an extension uses cannot be deleted;
// deleting an extension unassigns the DIDs routed to it.
func TestExtensionReferences(t *testing.T) {
	s, a := loggedIn(t)
	g := mustCreate[ExtensionGroup](t, a, "/client/@me/extension_group/", map[string]any{"name": "Support"})
	l := mustCreateDialRule(t, a, russianOnly())
	e := mustCreateExtension(t, a, map[string]any{"name": "100", "type": "phone", "extension_group_id": g.ID, "dial_rule_id": l.ID})
	groupPath, rulePath := fmt.Sprintf("/client/@me/extension_group/%d", g.ID), fmt.Sprintf("/client/@me/dial_rule/%d", l.ID)
	wantError(t, a.do("DELETE", groupPath, nil), http.StatusConflict, "in_use", "345*100")
	wantError(t, a.do("DELETE", rulePath, nil), http.StatusConflict, "in_use", "345*100", "dial_rule_id")
	if len(s.ExtensionGroups()) != 1 || len(s.DialRules()) != 1 {
		t.Fatal("a refused DELETE deleted")
	}
	wantStatus(t, a.do("PUT", fmt.Sprintf("/client/@me/extension/%d", e.ID), `{"extension_group_id":null,"dial_rule_id":null}`), http.StatusOK)
	wantStatus(t, a.do("DELETE", groupPath, nil), http.StatusNoContent)
	wantStatus(t, a.do("DELETE", rulePath, nil), http.StatusNoContent)

	dids := s.DIDs()
	calls, msgs := dids[0], dids[1]
	calls.ExtensionID = &e.ID
	msgs.ExtensionID, msgs.MessageExtensionID = &e.ID, &e.ID
	s.PutDID(calls)
	s.PutDID(msgs)
	wantStatus(t, a.do("DELETE", fmt.Sprintf("/client/@me/extension/%d", e.ID), nil), http.StatusNoContent)
	for _, d := range s.DIDs() {
		if d.ExtensionID != nil || d.MessageExtensionID != nil {
			t.Fatalf("DID %s still routed to the deleted extension: %+v", d.Name, d)
		}
	}
}

func TestExtensionFiltersAndPaging(t *testing.T) {
	s, a := loggedIn(t)
	g := s.PutExtensionGroup(ExtensionGroup{Name: "Odd"})
	types := []string{"phone", "queue", "ivr"}
	for i := range 45 {
		e := Extension{Name: fmt.Sprint(100 + i), Type: types[i%3], Status: "active"}
		if i%2 == 1 {
			e.ExtensionGroupID, e.Status = &g.ID, "blocked"
		}
		s.PutExtension(e)
	}
	names := listed(t, a, "/client/@me/extension/", func(x Extension) string { return x.Name })
	wantListed(t, names, []listCase{
		{"name=101&name=345*102&name=999", []string{"345*101", "345*102"}},
		{"type=queue&per_page=3", []string{"345*101", "345*104", "345*107"}},
		{"type=queue&type=ivr&status=active&per_page=4", []string{"345*102", "345*104", "345*108", "345*110"}},
		{fmt.Sprintf("extension_group_id=%d&type=phone&per_page=2&page=2", g.ID), []string{"345*115", "345*121"}},
		{fmt.Sprintf("id=%d&id=%d", FirstExtensionID+44, FirstExtensionID), []string{"345*100", "345*144"}},
		{"type=modem", nil},
		{"extension_group_id=77", nil},
		{"type=phone&page=9", nil},
	})
	if got := names(""); len(got) != DefaultPerPage || got[0] != "345*100" {
		t.Fatalf("first page %v", got)
	}
	if got := names("page=3"); len(got) != 5 || got[4] != "345*144" {
		t.Fatalf("last page %v", got)
	}
	for _, q := range []string{"id=x", "extension_group_id=1.5", "per_page=0"} {
		wantError(t, a.do("GET", "/client/@me/extension/?"+q, nil), http.StatusBadRequest, "validation_error")
	}
}

func TestExtensionGroupCRUD(t *testing.T) {
	s, a := loggedIn(t)
	ans := a.do("POST", "/client/@me/extension_group/", map[string]any{"name": "Sales"})
	wantJSON(t, ans, http.StatusCreated, fmt.Sprintf(`{"id": %d, "client_id": %d, "name": "Sales", "extra_params": "null"}`,
		FirstExtensionGroupID, DemoClientID))
	g := decode[ExtensionGroup](t, ans, http.StatusCreated)
	path := fmt.Sprintf("/client/@me/extension_group/%d", g.ID)
	// Names need not be unique.
	twin := mustCreate[ExtensionGroup](t, a, "/client/@me/extension_group", map[string]any{"name": "Sales", "extra_params": "x"})
	if twin.ID != g.ID+1 || twin.ExtraParams != "x" {
		t.Fatalf("second group %+v", twin)
	}
	got := decode[ExtensionGroup](t, a.do("PUT", path, map[string]any{"name": "Support"}), http.StatusOK)
	if g.Name = "Support"; !reflect.DeepEqual(got, g) {
		t.Fatalf("after PUT %+v", got)
	}
	if got = decode[ExtensionGroup](t, a.do("PUT", path, `{}`), http.StatusOK); !reflect.DeepEqual(got, g) {
		t.Fatalf("after empty PUT %+v", got)
	}
	lists := decode[[]ExtensionGroup](t, a.do("GET", "/client/@me/extension_group/?name=Support", nil), http.StatusOK)
	if !reflect.DeepEqual(lists, []ExtensionGroup{g}) {
		t.Fatalf("filtered %+v", lists)
	}
	for _, body := range []string{`{}`, `{"name":""}`, `{"name":"  "}`, `{"name":1}`, `{"name":"x","extra_params":{}}`} {
		wantError(t, a.do("POST", "/client/@me/extension_group/", body), http.StatusBadRequest, "validation_error")
	}
	wantError(t, a.do("PUT", path, `{"name":""}`), http.StatusBadRequest, "validation_error", "name")
	wantStatus(t, a.do("DELETE", path, nil), http.StatusNoContent)
	wantStatus(t, a.do("GET", path, nil), http.StatusNotFound)
	if n := len(s.ExtensionGroups()); n != 1 {
		t.Fatalf("%d groups left", n)
	}
}

func TestNetworkPermissionCRUD(t *testing.T) {
	s, a := loggedIn(t)
	ans := a.do("POST", "/client/@me/network_permission/", map[string]any{
		"name": "Office", "network_address": []string{"192.168.1.0/24", "10.0.0.7/32"}})
	wantJSON(t, ans, http.StatusCreated, fmt.Sprintf(`{"id": %d, "client_id": %d, "name": "Office",
		"network_address": ["192.168.1.0/24", "10.0.0.7/32"], "network_count": 2}`, FirstNetworkPermissionID, DemoClientID))
	n := decode[NetworkPermission](t, ans, http.StatusCreated)
	path := fmt.Sprintf("/client/@me/network_permission/%d/", n.ID)
	// network_address is optional; an empty group has count 0 and [].
	wantJSON(t, a.do("POST", "/client/@me/network_permission", map[string]any{"name": "Empty", "network_count": 9}),
		http.StatusCreated, fmt.Sprintf(`{"id": %d, "client_id": %d, "name": "Empty", "network_address": [], "network_count": 0}`,
			n.ID+1, DemoClientID))
	// Name only keeps the networks; network_address replaces them whole.
	got := decode[NetworkPermission](t, a.do("PUT", path, map[string]any{"name": "HQ"}), http.StatusOK)
	n.Name = "HQ"
	if !reflect.DeepEqual(got, n) {
		t.Fatalf("after name PUT %+v", got)
	}
	got = decode[NetworkPermission](t, a.do("PUT", path, map[string]any{"network_address": []string{"0.0.0.0/0", "172.16.0.1/12", "10.1.2.0/24"}}), http.StatusOK)
	n.NetworkAddress, n.NetworkCount = []string{"0.0.0.0/0", "172.16.0.1/12", "10.1.2.0/24"}, 3
	if !reflect.DeepEqual(got, n) {
		t.Fatalf("after networks PUT %+v", got)
	}
	got = decode[NetworkPermission](t, a.do("PUT", path, map[string]any{"network_address": []string{}}), http.StatusOK)
	if len(got.NetworkAddress) != 0 || got.NetworkCount != 0 {
		t.Fatalf("after emptying PUT %+v", got)
	}
	for _, tc := range []struct{ body, field string }{
		{`{"network_address":["192.168.1.0/24"]}`, "name"},
		{`{"name":"x","network_address":["192.168.1.1"]}`, "network_address[0]"},
		{`{"name":"x","network_address":["10.0.0.0/8","192.168.1.0/33"]}`, "network_address[1]"},
		{`{"name":"x","network_address":["fd00::/8"]}`, "network_address[0]"},
		{`{"name":"x","network_address":["::ffff:10.0.0.1/128"]}`, "network_address[0]"},
		{`{"name":"x","network_address":["010.0.0.0/8"]}`, "network_address[0]"},
		{`{"name":"x","network_address":["office/24"]}`, "network_address[0]"},
		{`{"name":"x","network_address":["10.0.0.0/ 8"]}`, "network_address[0]"},
		{`{"name":"x","network_address":[167772160]}`, "network_address[0]"},
		{`{"name":"x","network_address":"10.0.0.0/8"}`, "network_address"},
	} {
		wantError(t, a.do("POST", "/client/@me/network_permission/", tc.body), http.StatusBadRequest, "validation_error", tc.field)
		if tc.field != "name" {
			wantError(t, a.do("PUT", path, tc.body), http.StatusBadRequest, "validation_error", tc.field)
		}
	}
	if len(s.NetworkPermissions()) != 2 {
		t.Fatal("a rejected POST stored a group")
	}
	// The client's group cannot be deleted.
	wantStatus(t, a.do("PUT", "/client/@me/client/", map[string]any{"sip_network_permission_id": n.ID}), http.StatusOK)
	wantError(t, a.do("DELETE", path, nil), http.StatusConflict, "in_use", "sip_network_permission_id")
	wantStatus(t, a.do("PUT", "/client/@me/client/", `{"sip_network_permission_id":null}`), http.StatusOK)
	wantStatus(t, a.do("DELETE", path, nil), http.StatusNoContent)
	if _, ok := s.NetworkPermission(n.ID); ok {
		t.Fatal("group still stored")
	}
}

func TestCreateLimits(t *testing.T) {
	bodies := []struct {
		path, limit string
		body        map[string]any
		set         func(*Limits, int64)
	}{
		{"extension", "extension_limit", map[string]any{"type": "phone"}, func(l *Limits, n int64) { l.ExtensionLimit = n }},
		{"extension_group", "extension_group_limit", map[string]any{}, func(l *Limits, n int64) { l.ExtensionGroupLimit = n }},
		{"network_permission", "network_permission_limit", map[string]any{}, func(l *Limits, n int64) { l.NetworkPermissionLimit = n }},
		{"interval", "interval_limit", officeHours(), func(l *Limits, n int64) { l.IntervalLimit = n }},
		{"dial_rule", "dial_rule_limit", russianOnly(), func(l *Limits, n int64) { l.DialRuleLimit = n }},
	}
	for _, tc := range bodies {
		t.Run(tc.path, func(t *testing.T) {
			s, a := loggedIn(t, WithLimits(func(l *Limits) { tc.set(l, 2) }))
			names := []string{"100", "101", "102", "103"}
			post := func(i int) answer {
				tc.body["name"] = names[i]
				return a.do("POST", "/client/@me/"+tc.path+"/", tc.body)
			}
			first := decode[map[string]any](t, post(0), http.StatusCreated)
			wantStatus(t, post(1), http.StatusCreated)
			wantError(t, post(2), http.StatusBadRequest, "limit_exceeded", tc.limit, "2 of 2")
			// A freed place can be used again.
			wantStatus(t, a.do("DELETE", fmt.Sprintf("/client/@me/%s/%v", tc.path, first["id"]), nil), http.StatusNoContent)
			wantStatus(t, post(2), http.StatusCreated)
			// Lowered below the count: no new ones; 0 means no limit.
			l := s.Limits()
			tc.set(&l, 1)
			s.SetLimits(l)
			wantError(t, post(3), http.StatusBadRequest, "limit_exceeded", "2 of 1")
			tc.set(&l, 0)
			s.SetLimits(l)
			wantStatus(t, post(3), http.StatusCreated)
		})
	}
}
