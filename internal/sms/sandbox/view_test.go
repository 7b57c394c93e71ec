package sandbox

import (
	"strings"
	"testing"
)

func TestIndexListsEverySubaccountByID(t *testing.T) {
	s, a := newAPI(t)
	wantJSON(t, a.call("index", nil), `{"items":[{"id":1194,"username":"wojtek"}]}`)
	a.add("zeta", nil)
	a.add("alpha", nil)
	if err := s.PutSubaccount(Subaccount{ID: 900, Username: "panel.made"}); err != nil {
		t.Fatal(err)
	}
	wantJSON(t, a.call("index", nil), `{"items":[
		{"id":900,"username":"panel.made"},
		{"id":1194,"username":"wojtek"},
		{"id":1485,"username":"zeta"},
		{"id":1486,"username":"alpha"}]}`)
}

func TestIndexWithoutSubaccounts(t *testing.T) {
	_, a := newAPI(t, WithoutSeed())
	wantJSON(t, a.call("index", nil), `{"items":[]}`)
}

func TestViewAnswersExactlyTheDocumentedFields(t *testing.T) {
	s, a := newAPI(t)
	wantJSON(t, a.call("view", map[string]any{"id": DemoTemplateID}),
		`{"id":1194,"username":"wojtek","name":"Wojciech","phone":"+48730856000","email":"wojtek@mail.com"}`)

	id := a.add("full.sub", map[string]any{"name": "Full", "phone": "500600700", "email": "full@example.com"})
	wantJSON(t, a.call("limit", map[string]any{"id": id, "type": "full", "value": 9}), `{"success":true,"id":1485}`)
	ans := a.call("view", map[string]any{"id": id})
	wantJSON(t, ans, `{"id":1485,"username":"full.sub","name":"Full","phone":"500600700","email":"full@example.com"}`)
	// Neither limits, template nor password can be read back.
	for _, leak := range []string{"limit", "template", "secret123", "password", "1194"} {
		if strings.Contains(ans.body, leak) {
			t.Fatalf("view leaks %q: %s", leak, ans.body)
		}
	}
	if mustSub(t, s, id).Limits[LimitFull] != 9 {
		t.Fatal("limit not stored")
	}

	bare := a.add("bare.sub", nil)
	wantJSON(t, a.call("view", map[string]any{"id": bare}),
		`{"id":1486,"username":"bare.sub","name":"","phone":"","email":""}`)
}

func TestViewErrors(t *testing.T) {
	_, a := newAPI(t)
	wantError(t, a.call("view", nil), CodeRequired)
	wantError(t, a.call("view", map[string]any{"id": ""}), CodeRequired)
	for _, id := range []any{123, "123", 0, -1194, "abc", "1194abc", 1194.5} {
		wantError(t, a.call("view", map[string]any{"id": id}), CodeInvalidID)
	}
}
