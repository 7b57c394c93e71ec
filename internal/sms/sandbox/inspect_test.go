package sandbox

import (
	"errors"
	"testing"
)

func TestPutSubaccountIsVisibleThroughTheAPI(t *testing.T) {
	s, a := newAPI(t)
	drift := Subaccount{ID: DemoTemplateID, Username: "renamed", Name: "N", Phone: "1", Email: "e",
		Limits: map[string]int{LimitECO: 4}}
	if err := s.PutSubaccount(drift); err != nil {
		t.Fatal(err)
	}
	wantJSON(t, a.call("view", map[string]any{"id": DemoTemplateID}),
		`{"id":1194,"username":"renamed","name":"N","phone":"1","email":"e"}`)
	if s.Limits(DemoTemplateID)[LimitECO] != 4 {
		t.Fatal("limits not stored")
	}
	// A stored id above the counter moves it on.
	if err := s.PutSubaccount(Subaccount{ID: 5000, Username: "high"}); err != nil {
		t.Fatal(err)
	}
	if id := a.add("after.put", nil); id != 5001 {
		t.Fatalf("id %d", id)
	}
	for _, bad := range []Subaccount{{ID: 0}, {ID: -1}, {ID: 7, Limits: map[string]int{"sms": 1}}, {ID: 7, Limits: map[string]int{"eco": -1}}} {
		if err := s.PutSubaccount(bad); !errors.Is(err, ErrBadSubaccount) {
			t.Fatalf("%+v: %v", bad, err)
		}
	}
}

func TestPutKeepsPasswordAndDeleteReports(t *testing.T) {
	s, a := newAPI(t)
	id := a.add("keep.pw", map[string]any{"subaccount_password": "keepme"})
	sa := mustSub(t, s, id)
	sa.Name = "changed"
	if err := s.PutSubaccount(sa); err != nil {
		t.Fatal(err)
	}
	if !s.PasswordMatches(id, "keepme") {
		t.Fatal("Put dropped the password digest")
	}
	if !s.DeleteSubaccount(id) || s.DeleteSubaccount(id) {
		t.Fatal("DeleteSubaccount results")
	}
	wantNotPerformed(t, a.call("delete", map[string]any{"id": id}))
	if s.PasswordMatches(id, "keepme") {
		t.Fatal("deleted subaccount still matches")
	}
}

func TestInspectionReturnsCopies(t *testing.T) {
	s, a := newAPI(t)
	wantJSON(t, a.call("limit", map[string]any{"id": DemoTemplateID, "type": "eco", "value": 1}), `{"success":true,"id":1194}`)
	l := s.Limits(DemoTemplateID)
	l["eco"] = 99
	sa := mustSub(t, s, DemoTemplateID)
	sa.Limits["eco"] = 98
	all := s.Subaccounts()
	all[0].Limits["eco"] = 97
	all[0].Username = "changed"
	if got := s.Limits(DemoTemplateID)["eco"]; got != 1 {
		t.Fatalf("store aliased: %d", got)
	}
	if mustSub(t, s, DemoTemplateID).Username != DemoTemplateUsername {
		t.Fatal("store aliased username")
	}
	if s.Limits(DemoTemplateID) == nil || len(mustSub(t, s, DemoTemplateID).Limits) != 1 {
		t.Fatal("limits missing")
	}
}
