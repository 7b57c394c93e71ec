package sandbox

import (
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"testing"
)

func TestSnapshotRestoreRoundTrip(t *testing.T) {
	s, a := loggedIn(t)
	mustCreateInterval(t, a, officeHours())
	gone := mustCreateInterval(t, a, officeHours())
	wantStatus(t, a.do("DELETE", "/client/@me/interval/3002", nil), http.StatusNoContent)
	l := mustCreateDialRule(t, a, russianOnly())
	wantStatus(t, a.do("PUT", "/client/client_info/@me/", map[string]any{"dial_rule_id": l.ID, "timezone": "UTC"}), http.StatusOK)
	data, err := s.Snapshot()
	if err != nil {
		t.Fatal(err)
	}

	s2, a2 := loggedIn(t)
	if err := s2.Restore(data); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(s2.Intervals(), s.Intervals()) || !reflect.DeepEqual(s2.DialRules(), s.DialRules()) ||
		!reflect.DeepEqual(s2.ClientInfo(), s.ClientInfo()) {
		t.Fatal("restored state differs")
	}
	again, _ := s2.Snapshot()
	if string(again) != string(data) {
		t.Fatalf("snapshot of the restored state differs:\n%s\n%s", again, data)
	}
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
