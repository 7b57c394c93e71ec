package sandbox

import (
	"fmt"
	"net/http"
	"reflect"
	"testing"
)

func TestDialRuleCRUD(t *testing.T) {
	s, a := loggedIn(t)
	ans := a.do("POST", "/client/@me/dial_rule/", russianOnly())
	wantJSON(t, ans, http.StatusCreated, fmt.Sprintf(`{
		"id": %d, "client_id": %d, "dealer_id": %d, "name": "Russia only",
		"dial_rules": [
			{"match_exp": "^([0-9]{7})$", "repl_exp": "8812\\1", "comment": "local"},
			{"match_exp": "^8(\\d{10})$", "repl_exp": "7\\1", "comment": ""}]}`,
		FirstDialRuleID, DemoClientID, DemoDealerID))
	l := decode[DialRuleList](t, ans, http.StatusCreated)
	path := fmt.Sprintf("/client/%d/dial_rule/%d/", DemoClientID, l.ID)

	if got := decode[DialRuleList](t, a.do("GET", path, nil), http.StatusOK); !reflect.DeepEqual(got, l) {
		t.Fatalf("GET %+v", got)
	}
	if got := decode[[]DialRuleList](t, a.do("GET", "/client/@me/dial_rule", nil), http.StatusOK); !reflect.DeepEqual(got, []DialRuleList{l}) {
		t.Fatalf("list %+v", got)
	}
	if got, ok := s.DialRule(l.ID); !ok || !reflect.DeepEqual(got, l) {
		t.Fatalf("store %+v", got)
	}

	// Partial PUT: the name alone keeps the rules.
	got := decode[DialRuleList](t, a.do("PUT", path, map[string]any{"name": "Renamed"}), http.StatusOK)
	want := l
	want.Name = "Renamed"
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("after name PUT %+v", got)
	}
	// dial_rules replaces the whole array, order kept.
	got = decode[DialRuleList](t, a.do("PUT", path, map[string]any{"dial_rules": []map[string]any{
		{"match_exp": "^(00)", "repl_exp": "", "comment": "block international"},
		{"match_exp": ".*", "repl_exp": "\\0"},
	}}), http.StatusOK)
	want.DialRules = []DialRule{{"^(00)", "", "block international"}, {".*", "\\0", ""}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("after rules PUT %+v\nwant %+v", got, want)
	}
	// The GET answer as a PUT body changes nothing.
	if got = decode[DialRuleList](t, a.do("PUT", path, got), http.StatusOK); !reflect.DeepEqual(got, want) {
		t.Fatalf("round-trip PUT %+v", got)
	}

	wantStatus(t, a.do("DELETE", path, nil), http.StatusNoContent)
	wantJSON(t, a.do("GET", path, nil), http.StatusNotFound, `{"message":"Record not found"}`)
	wantJSON(t, a.do("PUT", path, map[string]any{"name": "x"}), http.StatusNotFound, `{"message":"Record not found"}`)
	wantJSON(t, a.do("DELETE", path, nil), http.StatusNotFound, `{"message":"Record not found"}`)
	if next := mustCreateDialRule(t, a, russianOnly()); next.ID != l.ID+1 {
		t.Fatalf("next id %d", next.ID)
	}
}

func TestDialRulePCRE(t *testing.T) {
	_, a := loggedIn(t)
	// Patterns Go's RE2 rejects but PCRE accepts.
	for _, expr := range []string{
		`^(?!8)\d+$`,          // negative lookahead
		`^(?=7)\d{11}$`,       // positive lookahead
		`(?<!\+)7(\d{10})`,    // lookbehind
		`^(\d)\1+$`,           // backreference in the pattern
		`^(?<area>\d{3})\d+$`, // named group, PCRE syntax
		`^\d++$`,              // possessive quantifier
		`^(?>8|7)\d{10}$`,     // atomic group
	} {
		body := map[string]any{"name": "pcre", "dial_rules": []map[string]any{{"match_exp": expr, "repl_exp": "\\1"}}}
		l := decode[DialRuleList](t, a.do("POST", "/client/@me/dial_rule/", body), http.StatusCreated)
		if l.DialRules[0].MatchExp != expr {
			t.Fatalf("stored %q, want %q", l.DialRules[0].MatchExp, expr)
		}
	}
	for _, expr := range []string{`([0-9]`, `^[9-0]$`, `*8`, `(?<=a+`} {
		body := map[string]any{"name": "bad", "dial_rules": []map[string]any{
			{"match_exp": "^1$", "repl_exp": "1"}, {"match_exp": expr, "repl_exp": "2"}}}
		wantError(t, a.do("POST", "/client/@me/dial_rule/", body), http.StatusBadRequest, "validation_error",
			"dial_rules[1].match_exp", "PCRE")
	}
}

func TestDialRuleValidation(t *testing.T) {
	cases := []struct {
		name, body string
		parts      []string
	}{
		{"missing name", `{"dial_rules":[{"match_exp":"1","repl_exp":"2"}]}`, []string{"name", "required"}},
		{"empty name", `{"name":"","dial_rules":[{"match_exp":"1","repl_exp":"2"}]}`, []string{"name", "empty"}},
		{"name not string", `{"name":["a"],"dial_rules":[{"match_exp":"1","repl_exp":"2"}]}`, []string{"name", "string"}},
		{"missing rules", `{"name":"N"}`, []string{"dial_rules", "required"}},
		{"empty rules", `{"name":"N","dial_rules":[]}`, []string{"dial_rules", "at least one"}},
		{"rules object", `{"name":"N","dial_rules":{"match_exp":"1","repl_exp":"2"}}`, []string{"dial_rules", "array"}},
		{"rule not object", `{"name":"N","dial_rules":["^1$"]}`, []string{"dial_rules[0]", "object"}},
		{"missing match", `{"name":"N","dial_rules":[{"match_exp":"1","repl_exp":"2"},{"repl_exp":"2"}]}`, []string{"dial_rules[1].match_exp", "required"}},
		{"empty match", `{"name":"N","dial_rules":[{"match_exp":"","repl_exp":"2"}]}`, []string{"dial_rules[0].match_exp", "empty"}},
		{"match not string", `{"name":"N","dial_rules":[{"match_exp":7,"repl_exp":"2"}]}`, []string{"dial_rules[0].match_exp", "string"}},
		{"missing repl", `{"name":"N","dial_rules":[{"match_exp":"1"}]}`, []string{"dial_rules[0].repl_exp", "required"}},
		{"null repl", `{"name":"N","dial_rules":[{"match_exp":"1","repl_exp":null}]}`, []string{"dial_rules[0].repl_exp", "required"}},
		{"comment not string", `{"name":"N","dial_rules":[{"match_exp":"1","repl_exp":"2","comment":false}]}`, []string{"dial_rules[0].comment", "string"}},
	}
	s, a := loggedIn(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			wantError(t, a.do("POST", "/client/@me/dial_rule/", tc.body), http.StatusBadRequest, "validation_error", tc.parts...)
		})
	}
	if n := len(s.DialRules()); n != 0 {
		t.Fatalf("rejected POSTs stored %d lists", n)
	}
	l := mustCreateDialRule(t, a, russianOnly())
	path := fmt.Sprintf("/client/@me/dial_rule/%d", l.ID)
	for _, tc := range cases[1:] {
		if tc.name == "missing rules" {
			continue
		}
		wantError(t, a.do("PUT", path, tc.body), http.StatusBadRequest, "validation_error", tc.parts...)
	}
	if got, _ := s.DialRule(l.ID); !reflect.DeepEqual(got, l) {
		t.Fatalf("rejected PUTs changed the list: %+v", got)
	}
}
