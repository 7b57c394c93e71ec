package sandbox

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestSnapshotRestoreRoundTrip(t *testing.T) {
	s, a := newAPI(t)
	id := a.add("snap.user", map[string]any{"subaccount_password": "snapSecret1", "name": "Snap", "email": "s@example.com"})
	wantJSON(t, a.call("limit", map[string]any{"id": id, "type": "voice", "value": 11}), `{"success":true,"id":1485}`)
	a.add("gone", nil)
	wantJSON(t, a.call("delete", map[string]any{"id": 1486}), `{"success":true}`)
	s.ReserveUsername("Taken.Elsewhere")

	snap, err := s.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(snap, []byte("snapSecret1")) || bytes.Contains(snap, []byte("secret123")) {
		t.Fatal("snapshot contains a password")
	}
	s2, b := newAPI(t, WithoutSeed())
	wantCount(t, s2, 0)
	if err := s2.Restore(snap); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(s.Subaccounts(), s2.Subaccounts()) {
		t.Fatalf("subaccounts differ:\n%+v\n%+v", s.Subaccounts(), s2.Subaccounts())
	}
	if !s2.PasswordMatches(id, "snapSecret1") {
		t.Fatal("password digest lost")
	}
	if s2.Limits(id)["voice"] != 11 || mustSub(t, s2, id).TemplateID != DemoTemplateID {
		t.Fatalf("limits/template lost: %+v", mustSub(t, s2, id))
	}
	// The next id continues after the deleted 1486; the reservation stays.
	if got := b.add("after.restore", nil); got != 1487 {
		t.Fatalf("next id %d", got)
	}
	wantError(t, b.call("add", map[string]any{"subaccount_username": "taken.elsewhere", "subaccount_password": "pw12345",
		"subaccount_id": DemoTemplateID}), CodeBadLogin)
	snap2, err := s2.Snapshot()
	if err != nil || bytes.Equal(snap, snap2) {
		t.Fatalf("second snapshot should include the new subaccount (%v)", err)
	}
	if err := s.Restore(snap2); err != nil || !reflect.DeepEqual(s.Subaccounts(), s2.Subaccounts()) {
		t.Fatalf("restore back: %v", err)
	}
}

func TestRestoreRejectsBadSnapshots(t *testing.T) {
	s, _ := newAPI(t)
	before := s.Subaccounts()
	cases := []string{
		`not json`,
		`{"version":2,"next_id":1,"subaccounts":[],"reserved_usernames":[]}`,
		`{"version":1,"next_id":1,"subaccounts":[],"reserved_usernames":[],"extra":1}`,
		`{"version":1,"next_id":1,"subaccounts":[{"id":0,"username":"x"}],"reserved_usernames":[]}`,
		`{"version":1,"next_id":1,"subaccounts":[{"id":5,"username":"x"},{"id":5,"username":"y"}],"reserved_usernames":[]}`,
		`{"version":1,"next_id":1,"subaccounts":[{"id":5,"username":"x","limits":{"sms":1}}],"reserved_usernames":[]}`,
		`{"version":1,"next_id":1,"subaccounts":[{"id":5,"username":"x","limits":{"eco":-1}}],"reserved_usernames":[]}`,
		`{"version":1,"next_id":1,"subaccounts":[{"id":5,"username":"x","password_digest":"plain"}],"reserved_usernames":[]}`,
	}
	for _, c := range cases {
		err := s.Restore([]byte(c))
		if err == nil || !strings.Contains(err.Error(), "restore") {
			t.Fatalf("%s: error %v", c, err)
		}
	}
	if !reflect.DeepEqual(before, s.Subaccounts()) {
		t.Fatal("a failed restore changed the store")
	}
	if err := s.Restore([]byte(`{"version":1,"next_id":1,"subaccounts":[{"id":0,"username":"x"}],"reserved_usernames":[]}`)); !errors.Is(err, ErrBadSubaccount) {
		t.Fatalf("want ErrBadSubaccount, got %v", err)
	}
}
