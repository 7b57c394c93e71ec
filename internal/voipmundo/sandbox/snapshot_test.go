package sandbox

import (
	"bytes"
	"encoding/json"
	"net/http"
	"reflect"
	"testing"
)

func TestSnapshotRestoreRoundTrip(t *testing.T) {
	s, a := newAPI(t)
	c := mustCustomer(t, s, DemoSubscriberCustomerID)
	c.Status = Str("1")                    // was a number
	c.Finance.DiskSpace = Int(4096)        // was a string
	c.Finance.FranquiaLastReset = Null()   // was a string
	c.Users[0].APIToken = Str("new-token") // new credentials
	c.Extra = map[string]json.RawMessage{"x": json.RawMessage(`{"a":1}`)}
	mustPut(t, s, c)
	before := a.get("new-token", DemoSubscriberKey, 0).body

	snap, err := s.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	s2, a2 := newAPI(t, WithoutSeed())
	if len(s2.Customers()) != 0 {
		t.Fatal("WithoutSeed has customers")
	}
	if err := s2.Restore(snap); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(s.Customers(), s2.Customers()) {
		t.Fatal("customers differ after restore")
	}
	after := a2.get("new-token", DemoSubscriberKey, 0)
	wantStatus(t, after, http.StatusOK)
	if after.body != before {
		t.Fatalf("answers differ\n%s\n%s", before, after.body)
	}
	snap2, err := s2.Snapshot()
	if err != nil || !bytes.Equal(snap, snap2) {
		t.Fatalf("second snapshot differs (%v)", err)
	}
	got := mustCustomer(t, s2, DemoSubscriberCustomerID)
	if !got.Status.IsString() || !got.Finance.DiskSpace.IsNumber() || !got.Finance.FranquiaLastReset.IsNull() {
		t.Fatalf("JSON types lost: %+v %+v %+v", got.Status, got.Finance.DiskSpace, got.Finance.FranquiaLastReset)
	}
}

func TestRestoreUndoesChanges(t *testing.T) {
	s, a := newAPI(t)
	snap, err := s.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	s.DeleteCustomer(DemoSubscriberCustomerID)
	wantError(t, a.subscriber(0), http.StatusForbidden, ReasonAccessDenied)
	if err := s.Restore(snap); err != nil {
		t.Fatal(err)
	}
	wantRecordID(t, a.subscriber(0), DemoSubscriberCustomerID)
}

func TestRestoreRejectsBadSnapshots(t *testing.T) {
	s, _ := newAPI(t)
	for _, bad := range []string{
		`{`,
		`{"version":2,"customers":[]}`,
		`{"version":1,"customers":[],"unknown":1}`,
		`{"version":1,"customers":[{"id":"x"}]}`,
		`{"version":1,"customers":[{"id":1},{"id":"1"}]}`,
		`{"version":1,"customers":[{"id":1,"status":true}]}`,
		`{"version":1,"customers":[{"id":1,"nome":"x"}]}`,
	} {
		if err := s.Restore([]byte(bad)); err == nil {
			t.Fatalf("accepted %s", bad)
		}
	}
	if len(s.Customers()) != 3 {
		t.Fatal("a failed restore changed the store")
	}
}
