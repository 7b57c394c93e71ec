package sandbox

import (
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestSnapshotRestoreRoundTrip(t *testing.T) {
	s, a := loggedIn(t, WithOrderDelay(time.Hour))
	act := requestID(t, a.do("POST", "/v1/voip", createBody(newNumber)), http.StatusCreated)
	requestID(t, a.do("PUT", "/v1/voip", map[string]any{"number": DemoExistingNumber, "profileId": 3,
		"provisioningAttributes": map[string]any{"password": "pending-pass"}}), http.StatusOK)
	data, err := s.Snapshot()
	if err != nil {
		t.Fatal(err)
	}

	s2, a2 := loggedIn(t, WithoutSeed(), WithOrderDelay(time.Hour))
	if len(s2.Numbers()) != 0 {
		t.Fatal("WithoutSeed has numbers")
	}
	if err := s2.Restore(data); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(s2.Numbers(), s.Numbers()) || !reflect.DeepEqual(s2.Orders(), s.Orders()) {
		t.Fatal("restored state differs")
	}
	again, _ := s2.Snapshot()
	if string(again) != string(data) {
		t.Fatalf("snapshot of the restored state differs:\n%s\n%s", again, data)
	}
	// Pending orders keep their effect; the next id continues.
	s2.FinishOrders()
	if n, _ := s2.Number(DemoExistingNumber); n.ProfileID != 3 || n.SIPPassword != "pending-pass" {
		t.Fatalf("restored change not applied: %+v", n)
	}
	if a2.numberStatus(newNumber) != StatusActive {
		t.Fatal("restored activation not applied")
	}
	if id := requestID(t, a2.do("PUT", "/v1/voip/"+newNumber+"/deactivate", nil), http.StatusOK); id != act+2 {
		t.Fatalf("next id %d", id)
	}
	// The original is untouched.
	if o, _ := s.Order(act); o.Status != OrderNew {
		t.Fatalf("original order %+v", o)
	}
	var d map[string]any
	if err := json.Unmarshal(data, &d); err != nil || d["version"] != float64(1) || d["next_request_id"] != float64(act+2) {
		t.Fatalf("snapshot %s", data)
	}
	if !strings.Contains(string(data), DemoExistingSIPPassword) {
		t.Fatal("the SIP password is not persisted")
	}
}

func TestRestoreRejectsBadData(t *testing.T) {
	s, a := loggedIn(t, WithOrderDelay(time.Hour))
	requestID(t, a.do("POST", "/v1/voip", createBody(newNumber)), http.StatusCreated)
	before, _ := s.Snapshot()
	good := string(before)
	for _, tc := range []struct{ name, data, why string }{
		{"not json", `{`, "EOF"},
		{"unknown field", strings.Replace(good, `"version"`, `"colour":1,"version"`, 1), "colour"},
		{"wrong version", strings.Replace(good, `"version": 1`, `"version": 2`, 1), "version 2"},
		{"bad status", strings.Replace(good, `"status": "active"`, `"status": "on"`, 1), "status"},
		{"duplicate number", strings.Replace(good, `"number": "910555001"`, `"number": "910123456"`, 1), "duplicate"},
		{"bad order type", strings.Replace(good, `"request_type": "activate_voip"`, `"request_type": "x"`, 1), "type"},
		{"bad order id", strings.Replace(good, `"id": 100001`, `"id": 0`, 1), "order id 0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := s.Restore([]byte(tc.data))
			if err == nil || !strings.Contains(err.Error(), tc.why) {
				t.Fatalf("error %v, want %q", err, tc.why)
			}
			if after, _ := s.Snapshot(); string(after) != good {
				t.Fatal("a failed restore changed the store")
			}
		})
	}
}

func TestRestoreKeepsTokensAndRoles(t *testing.T) {
	s, a := loggedIn(t, WithRoles(RoleAdmin))
	empty, _ := New(WithoutSeed()).Snapshot()
	if err := s.Restore(empty); err != nil {
		t.Fatal(err)
	}
	wantBoom(t, a.do("GET", "/v1/voip/"+DemoExistingNumber, nil), http.StatusNotFound)
	if s.Roles()[0] != RoleAdmin {
		t.Fatal("roles lost")
	}
}
