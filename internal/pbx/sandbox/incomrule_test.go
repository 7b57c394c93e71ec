package sandbox

import (
	"fmt"
	"net/http"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// extFixture is an emulator with a phone extension (345*100) and a
// queue (345*500); rules and the other sub-resources of the phone are
// below phonePath (the documented /extension/{eid}).
func extFixture(t *testing.T, opts ...Option) (s *Server, a *api, phone, queue Extension, phonePath string) {
	t.Helper()
	s, a = loggedIn(t, opts...)
	phone = mustCreateExtension(t, a, map[string]any{"name": "100", "type": "phone"})
	queue = mustCreateExtension(t, a, map[string]any{"name": "500", "type": "queue"})
	return s, a, phone, queue, fmt.Sprintf("/extension/%d", phone.ID)
}

func busyRule(name string) map[string]any { return map[string]any{"type": "busy", "name": name} }

// ruleNames returns the names of rules, "" for a nameless one.
func ruleNames(rules []IncomingRule) []string {
	out := make([]string, 0, len(rules))
	for _, r := range rules {
		name := ""
		if r.Name != nil {
			name = *r.Name
		}
		out = append(out, name)
	}
	return out
}

func TestIncomingRuleCRUD(t *testing.T) {
	s, a, phone, queue, base := extFixture(t)
	ans := a.do("POST", base+"/incom_rule/", map[string]any{"type": "busy", "id": 1})
	wantJSON(t, ans, http.StatusCreated, fmt.Sprintf(`{"id": %d, "type": "busy", "name": null,
		"allow_public_transfer": true, "call_status": "any", "caller_id_action": "any", "caller_id": null,
		"transfer_dst": [], "cascade_numbers": [], "playfile_sound": null, "interval_id": null}`, FirstIncomingRuleID))
	r := decode[IncomingRule](t, ans, http.StatusCreated)
	r.ExtensionID = phone.ID
	if stored, _ := s.IncomingRule(r.ID); !reflect.DeepEqual(stored, r) {
		t.Fatalf("stored %+v, want %+v", stored, r)
	}
	iv := mustCreateInterval(t, a, officeHours())
	// Every field of a transfer rule; the client-scoped spelling serves the same rules.
	full := fmt.Sprintf("/client/%d/extension/%d/incom_rule", DemoClientID, phone.ID)
	ans = a.do("POST", full, map[string]any{
		"type": "transfer", "name": "to mobile", "allow_public_transfer": false, "call_status": "no_answer",
		"caller_id_action": "matches", "caller_id": `^(\+|)7812`, "transfer_dst": []string{"79001234567", "101", "345*102"},
		"interval_id": iv.ID, "ring_timeout": 20,
	})
	wantJSON(t, ans, http.StatusCreated, fmt.Sprintf(`{"id": %d, "type": "transfer", "name": "to mobile",
		"allow_public_transfer": false, "call_status": "no_answer", "caller_id_action": "matches",
		"caller_id": "^(\\+|)7812", "transfer_dst": ["79001234567", "101", "345*102"], "cascade_numbers": [],
		"playfile_sound": null, "interval_id": %d}`, r.ID+1, iv.ID))
	tr := decode[IncomingRule](t, ans, http.StatusCreated)
	for _, p := range []string{base + "/incom_rule", full + "/", "/client/@me/extension/" + fmt.Sprint(phone.ID) + "/incom_rule/"} {
		if got := decode[[]IncomingRule](t, a.do("GET", p, nil), http.StatusOK); len(got) != 2 || got[0].ID != r.ID || !reflect.DeepEqual(got[1], tr) {
			t.Fatalf("%s: %+v", p, got)
		}
	}
	one := fmt.Sprintf("%s/incom_rule/%d", base, tr.ID)
	if got := decode[IncomingRule](t, a.do("GET", one+"/", nil), http.StatusOK); !reflect.DeepEqual(got, tr) {
		t.Fatalf("GET %+v", got)
	}

	// Partial PUT: fields left out keep their values; id and unknown fields are ignored.
	got := decode[IncomingRule](t, a.do("PUT", one, map[string]any{"name": "renamed", "id": 1, "extension_id": queue.ID}), http.StatusOK)
	tr.Name = ptr("renamed")
	if !reflect.DeepEqual(got, tr) {
		t.Fatalf("after PUT %+v", got)
	}
	// The GET answer sent back changes nothing; null clears name and the interval.
	if got = decode[IncomingRule](t, a.do("PUT", one, a.do("GET", one, nil).body), http.StatusOK); !reflect.DeepEqual(got, tr) {
		t.Fatalf("round trip %+v", got)
	}
	got = decode[IncomingRule](t, a.do("PUT", one, `{"name":null,"interval_id":null,"transfer_dst":["102"]}`), http.StatusOK)
	tr.Name, tr.IntervalID, tr.TransferDst = nil, nil, []string{"102"}
	if !reflect.DeepEqual(got, tr) {
		t.Fatalf("after clearing %+v", got)
	}

	// Another extension's path does not see the rule; unknown, foreign and
	// non-numeric extensions.
	other := fmt.Sprintf("/extension/%d/incom_rule/%d", queue.ID, tr.ID)
	for _, m := range []string{"GET", "PUT", "DELETE"} {
		wantJSON(t, a.do(m, other, busyRule("x")), http.StatusNotFound, `{"message":"Record not found"}`)
	}
	if got := decode[[]IncomingRule](t, a.do("GET", fmt.Sprintf("/extension/%d/incom_rule/", queue.ID), nil), http.StatusOK); len(got) != 0 {
		t.Fatalf("queue rules %+v", got)
	}
	for _, p := range []string{"/extension/999/incom_rule/", "/extension/@me/incom_rule/", "/extension/0/incom_rule/",
		"/client/@me/extension/999/incom_rule/"} {
		wantJSON(t, a.do("GET", p, nil), http.StatusNotFound, `{"message":"Record not found"}`)
		wantJSON(t, a.do("POST", p, busyRule("x")), http.StatusNotFound, `{"message":"Record not found"}`)
		wantJSON(t, a.do("PUT", fmt.Sprint(p, tr.ID), busyRule("x")), http.StatusNotFound, `{"message":"Record not found"}`)
	}
	wantError(t, a.do("POST", fmt.Sprintf("/extension/%d/incom_rule/", ForeignExtensionID), busyRule("x")),
		http.StatusForbidden, "access_denied", fmt.Sprint(ForeignExtensionID))
	wantError(t, a.do("DELETE", fmt.Sprintf("/client/%d/extension/%d/incom_rule/%d", ForeignClientID, phone.ID, tr.ID), nil),
		http.StatusForbidden, "access_denied", fmt.Sprint(ForeignClientID))
	wantError(t, a.do("DELETE", base+"/incom_rule/", nil), http.StatusMethodNotAllowed, "")

	wantStatus(t, a.do("DELETE", one, nil), http.StatusNoContent)
	for _, m := range []string{"GET", "PUT", "DELETE"} {
		wantJSON(t, a.do(m, one, busyRule("x")), http.StatusNotFound, `{"message":"Record not found"}`)
	}
	if rules := s.IncomingRules(phone.ID); len(rules) != 1 || rules[0].ID != r.ID {
		t.Fatalf("left %+v", rules)
	}
	// Ids are never reused.
	if next := mustCreate[IncomingRule](t, a, base+"/incom_rule/", busyRule("n")); next.ID != tr.ID+1 {
		t.Fatalf("next id %d", next.ID)
	}
}

// The list is the evaluation order: POST appends, PUT keeps the place,
// DELETE closes the gap; drift may insert anywhere.
func TestIncomingRuleOrder(t *testing.T) {
	s, a, phone, queue, base := extFixture(t)
	list := listed(t, a, base+"/incom_rule/", func(r IncomingRule) string { return *r.Name })
	ids := map[string]int64{}
	for _, n := range []string{"a", "b", "c"} {
		ids[n] = mustCreate[IncomingRule](t, a, base+"/incom_rule/", busyRule(n)).ID
	}
	// Rules of another extension interleave in ids but not in the list.
	mustCreate[IncomingRule](t, a, fmt.Sprintf("/extension/%d/incom_rule/", queue.ID), busyRule("q"))
	ids["d"] = mustCreate[IncomingRule](t, a, base+"/incom_rule/", busyRule("d")).ID
	wantListed(t, list, []listCase{{"", []string{"a", "b", "c", "d"}}})
	wantStatus(t, a.do("PUT", fmt.Sprintf("%s/incom_rule/%d", base, ids["b"]), map[string]any{"type": "hangup", "name": "B"}), http.StatusOK)
	wantStatus(t, a.do("DELETE", fmt.Sprintf("%s/incom_rule/%d", base, ids["a"]), nil), http.StatusNoContent)
	mustCreate[IncomingRule](t, a, base+"/incom_rule/", busyRule("e"))
	wantListed(t, list, []listCase{{"", []string{"B", "c", "d", "e"}}, {"per_page=3&page=2", []string{"e"}}})

	// Drift: a rule inserted first, one moved to the middle, one replaced in place.
	x := s.InsertIncomingRule(0, IncomingRule{ExtensionID: phone.ID, Type: "hangup", Name: ptr("x")})
	s.InsertIncomingRule(2, IncomingRule{ID: ids["d"], ExtensionID: phone.ID, Type: "busy", Name: ptr("d2")})
	s.PutIncomingRule(IncomingRule{ID: ids["c"], ExtensionID: phone.ID, Type: "busy", Name: ptr("c2")})
	s.InsertIncomingRule(99, IncomingRule{ExtensionID: phone.ID, Type: "busy", Name: ptr("last")})
	wantListed(t, list, []listCase{{"", []string{"x", "B", "d2", "c2", "e", "last"}}})
	if got := ruleNames(s.IncomingRules(phone.ID)); !slices.Equal(got, []string{"x", "B", "d2", "c2", "e", "last"}) {
		t.Fatalf("helper order %v", got)
	}
	if !s.DeleteIncomingRule(x.ID) || s.DeleteIncomingRule(x.ID) {
		t.Fatal("DeleteIncomingRule")
	}
	wantListed(t, list, []listCase{{"", []string{"B", "d2", "c2", "e", "last"}}})
	if got := ruleNames(s.IncomingRules(queue.ID)); !slices.Equal(got, []string{"q"}) {
		t.Fatalf("queue rules %v", got)
	}
}

// PUT …/incom_rule/order/ (documented, its body inferred) reorders all the
// extension's rules.
func TestIncomingRuleOrderCall(t *testing.T) {
	s, a, phone, queue, base := extFixture(t)
	var ids []int64
	for _, n := range []string{"a", "b", "c"} {
		ids = append(ids, mustCreate[IncomingRule](t, a, base+"/incom_rule/", busyRule(n)).ID)
	}
	q := mustCreate[IncomingRule](t, a, fmt.Sprintf("/extension/%d/incom_rule/", queue.ID), busyRule("q"))
	ans := a.do("PUT", base+"/incom_rule/order/", map[string]any{wireRuleOrder: []int64{ids[2], ids[0], ids[1]}})
	if got := ruleNames(decode[[]IncomingRule](t, ans, http.StatusOK)); !slices.Equal(got, []string{"c", "a", "b"}) {
		t.Fatalf("answer %v", got)
	}
	if got := ruleNames(s.IncomingRules(phone.ID)); !slices.Equal(got, []string{"c", "a", "b"}) {
		t.Fatalf("order %v", got)
	}
	for _, tc := range []struct{ body, parts string }{
		{`{}`, "order: is required"},
		{`{"order":"1,2"}`, "must be an array"},
		{fmt.Sprintf(`{"order":[%d,%d]}`, ids[0], ids[1]), fmt.Sprintf("missing %d", ids[2])},
		{fmt.Sprintf(`{"order":[%d,%d,%d,%d]}`, ids[0], ids[1], ids[2], ids[0]), "order[3]: rule " + fmt.Sprint(ids[0]) + " is listed twice"},
		{fmt.Sprintf(`{"order":[%d,%d,%d,%d]}`, ids[0], ids[1], ids[2], q.ID), "order[3]: rule " + fmt.Sprint(q.ID) + " is not a rule of extension 345*100"},
		{fmt.Sprintf(`{"order":[%d,"%d",%d]}`, ids[0], ids[1], ids[2]), "order[1]: must be an integer"},
	} {
		wantError(t, a.do("PUT", base+"/incom_rule/order", tc.body), http.StatusBadRequest, "validation_error", tc.parts)
	}
	if got := ruleNames(s.IncomingRules(phone.ID)); !slices.Equal(got, []string{"c", "a", "b"}) {
		t.Fatalf("a rejected order changed it: %v", got)
	}
	wantError(t, a.do("GET", base+"/incom_rule/order/", nil), http.StatusMethodNotAllowed, "")
	// An extension without rules takes the empty order.
	wantJSON(t, a.do("PUT", fmt.Sprintf("/client/@me/extension/%d/incom_rule/order", mustCreateExtension(t, a,
		map[string]any{"name": "101", "type": "phone"}).ID), `{"order":[]}`), http.StatusOK, `[]`)
}

func TestIncomingRuleValidation(t *testing.T) {
	s, a, phone, queue, base := extFixture(t)
	iv := mustCreateInterval(t, a, officeHours())
	eleven := make([]string, 11)
	for i := range eleven {
		eleven[i] = fmt.Sprint(79000000000 + i)
	}
	j := func(v any) string { return strings.ReplaceAll(fmt.Sprintf("%q", v), " ", ",") }
	valid := []struct {
		name string
		body map[string]any
	}{
		{"busy", map[string]any{"type": "busy"}},
		{"hangup", map[string]any{"type": "hangup", "call_status": "busy", "caller_id_action": "anonymous"}},
		{"voicemail on a phone", map[string]any{"type": "voicemail", "interval_id": iv.ID}},
		{"transfer of 10", map[string]any{"type": "transfer", "transfer_dst": eleven[:10]}},
		{"simple_transfer of 11", map[string]any{"type": "simple_transfer", "transfer_dst": eleven}},
		{"group_call", map[string]any{"type": "group_call", "transfer_dst": []string{"+79001234567"}}},
		{"cascade", map[string]any{"type": "cascade", "cascade_numbers": []map[string]any{
			{"delay": 0, "number": "100"}, {"delay": 20, "number": "79001234567"}}}},
		{"playfile", map[string]any{"type": "playfile", "playfile_sound": DemoHoldMusicSoundID}},
		{"not_matches", map[string]any{"type": "busy", "caller_id_action": "not_matches", "caller_id": `^(?!7)\d+$`}},
		{"empty fields of other types", map[string]any{"type": "busy", "transfer_dst": []string{}, "cascade_numbers": nil,
			"playfile_sound": nil, "caller_id": ""}},
		{"playfile_sound 0 on busy", map[string]any{"type": "busy", "playfile_sound": 0}},
	}
	for _, tc := range valid {
		ans := a.do("POST", base+"/incom_rule/", tc.body)
		if ans.status != http.StatusCreated {
			t.Errorf("%s: %d %s", tc.name, ans.status, ans.body)
		}
	}
	if got := decode[[]IncomingRule](t, a.do("GET", base+"/incom_rule/", nil), http.StatusOK); len(got[0].TransferDst) != 0 {
		t.Fatalf("busy rule %+v", got[0])
	}
	n := len(s.IncomingRules(phone.ID))
	cases := []struct {
		name, body, field, problem string
	}{
		{"missing type", `{"name":"x"}`, "type", "is required"},
		{"unknown type", `{"type":"forward"}`, "type", "'busy', 'transfer', 'simple_transfer'"},
		{"upper-case type", `{"type":"BUSY"}`, "type", "must be one of"},
		{"name not string", `{"type":"busy","name":1}`, "name", "string"},
		{"call_status", `{"type":"busy","call_status":"answered"}`, "call_status", "'any', 'no_answer', 'busy'"},
		{"caller_id_action", `{"type":"busy","caller_id_action":"equals"}`, "caller_id_action", "'any', 'matches', 'not_matches', 'anonymous'"},
		{"allow_public_transfer string", `{"type":"busy","allow_public_transfer":"true"}`, "allow_public_transfer", "boolean"},
		{"matches without caller_id", `{"type":"busy","caller_id_action":"matches"}`, "caller_id", "required when caller_id_action is matches"},
		{"not_matches with empty caller_id", `{"type":"busy","caller_id_action":"not_matches","caller_id":""}`, "caller_id", "required"},
		{"bad PCRE", `{"type":"busy","caller_id_action":"matches","caller_id":"^(7"}`, "caller_id", "not a valid PCRE"},
		{"caller_id with any", `{"type":"busy","caller_id":"^7"}`, "caller_id", "does not belong to caller_id_action any"},
		{"caller_id with anonymous", `{"type":"busy","caller_id_action":"anonymous","caller_id":"^7"}`, "caller_id", "anonymous"},
		{"transfer without dst", `{"type":"transfer"}`, "transfer_dst", "required for a rule of type transfer (1 to 10"},
		{"transfer with empty dst", `{"type":"transfer","transfer_dst":[]}`, "transfer_dst", "required"},
		{"transfer of 11", `{"type":"transfer","transfer_dst":` + j(eleven) + `}`, "transfer_dst", "at most 10 numbers for a rule of type transfer, got 11"},
		{"simple_transfer without dst", `{"type":"simple_transfer","transfer_dst":null}`, "transfer_dst", "required for a rule of type simple_transfer"},
		{"group_call without dst", `{"type":"group_call"}`, "transfer_dst", "group_call"},
		{"dst as string", `{"type":"transfer","transfer_dst":"79001234567"}`, "transfer_dst", "must be an array"},
		{"dst number", `{"type":"transfer","transfer_dst":[79001234567]}`, "transfer_dst[0]", "must be a string"},
		{"dst letters", `{"type":"transfer","transfer_dst":["100","sales"]}`, "transfer_dst[1]", "phone number"},
		{"dst blank", `{"type":"transfer","transfer_dst":[""]}`, "transfer_dst[0]", "phone number"},
		{"cascade without numbers", `{"type":"cascade"}`, "cascade_numbers", "required for a rule of type cascade"},
		{"cascade empty", `{"type":"cascade","cascade_numbers":[]}`, "cascade_numbers", "required"},
		{"cascade not array", `{"type":"cascade","cascade_numbers":{"delay":0,"number":"100"}}`, "cascade_numbers", "array"},
		{"cascade item not object", `{"type":"cascade","cascade_numbers":["100"]}`, "cascade_numbers[0]", "must be an object"},
		{"cascade negative delay", `{"type":"cascade","cascade_numbers":[{"delay":0,"number":"100"},{"delay":-1,"number":"101"}]}`,
			"cascade_numbers[1].delay", "must not be negative"},
		{"cascade fractional delay", `{"type":"cascade","cascade_numbers":[{"delay":1.5,"number":"100"}]}`, "cascade_numbers[0].delay", "integer"},
		{"cascade without delay", `{"type":"cascade","cascade_numbers":[{"number":"100"}]}`, "cascade_numbers[0].delay", "required"},
		{"cascade without number", `{"type":"cascade","cascade_numbers":[{"delay":5}]}`, "cascade_numbers[0].number", "required"},
		{"cascade bad number", `{"type":"cascade","cascade_numbers":[{"delay":5,"number":"x"}]}`, "cascade_numbers[0].number", "phone number"},
		{"playfile without sound", `{"type":"playfile"}`, "playfile_sound", "required for a rule of type playfile"},
		{"playfile unknown sound", `{"type":"playfile","playfile_sound":999}`, "playfile_sound", "sound 999 does not exist"},
		{"playfile sound string", `{"type":"playfile","playfile_sound":"501"}`, "playfile_sound", "integer"},
		{"unknown interval", `{"type":"busy","interval_id":1}`, "interval_id", "interval 1 does not exist"},
		{"negative interval", `{"type":"busy","interval_id":-3}`, "interval_id", "must not be negative"},
		{"dst on busy", `{"type":"busy","transfer_dst":["100"]}`, "transfer_dst", "does not belong to a rule of type busy"},
		{"dst on cascade", `{"type":"cascade","cascade_numbers":[{"delay":0,"number":"100"}],"transfer_dst":["100"]}`, "transfer_dst", "cascade"},
		{"cascade on transfer", `{"type":"transfer","transfer_dst":["100"],"cascade_numbers":[{"delay":0,"number":"100"}]}`, "cascade_numbers", "does not belong to a rule of type transfer"},
		{"sound on hangup", fmt.Sprintf(`{"type":"hangup","playfile_sound":%d}`, FirstSoundID), "playfile_sound", "does not belong to a rule of type hangup"},
		{"sound on voicemail", fmt.Sprintf(`{"type":"voicemail","playfile_sound":%d}`, FirstSoundID), "playfile_sound", "voicemail"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			wantError(t, a.do("POST", base+"/incom_rule/", tc.body), http.StatusBadRequest, "validation_error", tc.field+": ", tc.problem)
		})
	}
	if len(s.IncomingRules(phone.ID)) != n {
		t.Fatal("a rejected POST stored a rule")
	}
	// voicemail only on phone extensions; the other types on any.
	qbase := fmt.Sprintf("/extension/%d/incom_rule/", queue.ID)
	wantError(t, a.do("POST", qbase, `{"type":"voicemail"}`), http.StatusBadRequest, "validation_error",
		"type: ", "voicemail rules need an extension of type phone; extension 345*500 is of type queue")
	wantStatus(t, a.do("POST", qbase, `{"type":"transfer","transfer_dst":["100"]}`), http.StatusCreated)
}

// A PUT is checked on the rule it results in: changing the type needs the
// new type's field, clears the old type's, and refuses a field of another.
func TestIncomingRulePutChecksTheWholeRule(t *testing.T) {
	s, a, phone, queue, base := extFixture(t)
	r := mustCreate[IncomingRule](t, a, base+"/incom_rule/", map[string]any{"type": "transfer", "transfer_dst": []string{"100"},
		"caller_id_action": "matches", "caller_id": "^7"})
	one := fmt.Sprintf("%s/incom_rule/%d", base, r.ID)
	for _, tc := range []struct{ body, field, problem string }{
		{`{"type":"cascade"}`, "cascade_numbers", "required for a rule of type cascade"},
		{`{"type":"playfile"}`, "playfile_sound", "required"},
		{`{"transfer_dst":null}`, "transfer_dst", "required for a rule of type transfer"},
		{`{"type":"busy","transfer_dst":["101"]}`, "transfer_dst", "does not belong to a rule of type busy"},
		{`{"caller_id":null}`, "caller_id", "required when caller_id_action is matches"},
		{`{"caller_id_action":"any","caller_id":"^8"}`, "caller_id", "does not belong"},
		{`{"type":"nope"}`, "type", "must be one of"},
	} {
		wantError(t, a.do("PUT", one, tc.body), http.StatusBadRequest, "validation_error", tc.field+": ", tc.problem)
	}
	if got, _ := s.IncomingRule(r.ID); !reflect.DeepEqual(got.TransferDst, []string{"100"}) || got.Type != "transfer" || *got.CallerID != "^7" {
		t.Fatalf("a rejected PUT changed the rule: %+v", got)
	}
	// A GET answer with the fields of the old type cleared to [] or null is accepted.
	got := decode[IncomingRule](t, a.do("PUT", one, map[string]any{"type": "cascade", "transfer_dst": []string{},
		"cascade_numbers": []map[string]any{{"delay": 3, "number": "097"}, {"delay": 5, "number": "00018966"}}}), http.StatusOK)
	if got.Type != "cascade" || len(got.TransferDst) != 0 || len(got.CascadeNumbers) != 2 || got.CascadeNumbers[0] != (CascadeNumber{3, "097"}) {
		t.Fatalf("to cascade %+v", got)
	}
	// Changing the type without touching the old field clears it.
	got = decode[IncomingRule](t, a.do("PUT", one, map[string]any{"type": "playfile", "playfile_sound": FirstSoundID}), http.StatusOK)
	if len(got.CascadeNumbers) != 0 || !sameID(got.PlayfileSound, FirstSoundID) {
		t.Fatalf("to playfile %+v", got)
	}
	raw := decode[map[string]any](t, a.do("PUT", one, `{"caller_id_action":"anonymous","type":"hangup"}`), http.StatusOK)
	if raw["caller_id"] != nil || raw["playfile_sound"] != nil || !reflect.DeepEqual(raw["cascade_numbers"], []any{}) {
		t.Fatalf("to hangup %v", raw)
	}
	// A queue's rule cannot become voicemail; the phone's can.
	q := mustCreate[IncomingRule](t, a, fmt.Sprintf("/extension/%d/incom_rule/", queue.ID), busyRule("q"))
	wantError(t, a.do("PUT", fmt.Sprintf("/extension/%d/incom_rule/%d", queue.ID, q.ID), `{"type":"voicemail"}`),
		http.StatusBadRequest, "validation_error", "type: ", "phone")
	wantStatus(t, a.do("PUT", one, `{"type":"voicemail"}`), http.StatusOK)
	_ = phone
}

func TestIncomingRuleLimit(t *testing.T) {
	for _, perExtension := range []bool{false, true} {
		t.Run(fmt.Sprint("per extension ", perExtension), func(t *testing.T) {
			opts := []Option{WithLimits(func(l *Limits) { l.IncomRuleLimit = 2 })}
			if perExtension {
				opts = append(opts, WithIncomingRuleLimitPerExtension())
			}
			s, a, _, queue, base := extFixture(t, opts...)
			qbase := fmt.Sprintf("/extension/%d/incom_rule/", queue.ID)
			first := mustCreate[IncomingRule](t, a, base+"/incom_rule/", busyRule("1"))
			mustCreate[IncomingRule](t, a, qbase, busyRule("q"))
			if perExtension {
				mustCreate[IncomingRule](t, a, base+"/incom_rule/", busyRule("2"))
				wantError(t, a.do("POST", base+"/incom_rule/", busyRule("3")), http.StatusBadRequest, "limit_exceeded",
					"incom_rule_limit reached: extension 345*100 already has 2 of 2")
				wantStatus(t, a.do("POST", qbase, busyRule("q2")), http.StatusCreated)
			} else {
				wantError(t, a.do("POST", base+"/incom_rule/", busyRule("3")), http.StatusBadRequest, "limit_exceeded",
					"incom_rule_limit reached: the client already has 2 of 2")
				wantError(t, a.do("POST", qbase, busyRule("q2")), http.StatusBadRequest, "limit_exceeded", "2 of 2")
			}
			// Validation comes first; a freed place can be used again; 0 is no limit.
			wantError(t, a.do("POST", base+"/incom_rule/", `{}`), http.StatusBadRequest, "validation_error")
			wantStatus(t, a.do("DELETE", fmt.Sprintf("%s/incom_rule/%d", base, first.ID), nil), http.StatusNoContent)
			wantStatus(t, a.do("POST", base+"/incom_rule/", busyRule("3")), http.StatusCreated)
			l := s.Limits()
			l.IncomRuleLimit = 0
			s.SetLimits(l)
			for range 3 {
				wantStatus(t, a.do("POST", base+"/incom_rule/", busyRule("more")), http.StatusCreated)
			}
		})
	}
}

func TestIncomingRulesPage(t *testing.T) {
	s, a, phone, _, base := extFixture(t, WithLimits(func(l *Limits) { l.IncomRuleLimit = 0 }))
	for i := range 45 {
		s.PutIncomingRule(IncomingRule{ExtensionID: phone.ID, Type: "busy", Name: ptr(fmt.Sprint(i))})
	}
	var names []string
	for page := 1; ; page++ {
		items := decode[[]IncomingRule](t, a.do("GET", fmt.Sprintf("%s/incom_rule/?page=%d", base, page), nil), http.StatusOK)
		if len(items) == 0 {
			break
		}
		if page <= 2 && len(items) != DefaultPerPage {
			t.Fatalf("page %d has %d", page, len(items))
		}
		names = append(names, ruleNames(items)...)
	}
	if len(names) != 45 || names[0] != "0" || names[44] != "44" {
		t.Fatalf("names %v", names)
	}
	wantError(t, a.do("GET", base+"/incom_rule/?per_page=0", nil), http.StatusBadRequest, "validation_error", "per_page")
}

// An interval a rule uses cannot be deleted; deleting the extension
// deletes its rules.
func TestIncomingRuleReferences(t *testing.T) {
	s, a, phone, _, base := extFixture(t)
	iv := mustCreateInterval(t, a, officeHours())
	r := mustCreate[IncomingRule](t, a, base+"/incom_rule/", map[string]any{"type": "voicemail", "interval_id": iv.ID})
	wantError(t, a.do("DELETE", fmt.Sprintf("/client/@me/interval/%d", iv.ID), nil), http.StatusConflict, "in_use",
		fmt.Sprintf("incoming rule %d of extension 345*100 (interval_id)", r.ID))
	wantStatus(t, a.do("PUT", fmt.Sprintf("%s/incom_rule/%d", base, r.ID), `{"interval_id":0}`), http.StatusOK)
	wantStatus(t, a.do("DELETE", fmt.Sprintf("/client/@me/interval/%d", iv.ID), nil), http.StatusNoContent)
	// A dangling sound (drift) does not block other changes of the rule.
	x := s.PutSound(Sound{Title: "tmp"})
	p := mustCreate[IncomingRule](t, a, base+"/incom_rule/", map[string]any{"type": "playfile", "playfile_sound": x.ID})
	s.DeleteSound(x.ID)
	wantStatus(t, a.do("PUT", fmt.Sprintf("%s/incom_rule/%d", base, p.ID), `{"name":"still"}`), http.StatusOK)

	wantStatus(t, a.do("DELETE", fmt.Sprintf("/client/@me/extension/%d", phone.ID), nil), http.StatusNoContent)
	if len(s.IncomingRules(phone.ID)) != 0 {
		t.Fatal("the rules outlived their extension")
	}
	if _, ok := s.IncomingRule(r.ID); ok {
		t.Fatal("rule kept")
	}
	wantJSON(t, a.do("GET", base+"/incom_rule/", nil), http.StatusNotFound, `{"message":"Record not found"}`)
}
