package sandbox

import (
	"fmt"
	"net/http"
	"reflect"
	"testing"
)

func TestSeededDIDs(t *testing.T) {
	s, a := loggedIn(t)
	wantJSON(t, a.do("GET", fmt.Sprintf("/client/%d/did/%d", DemoClientID, FirstDIDID), nil), http.StatusOK, fmt.Sprintf(`{
		"id": %d, "client_id": %d, "name": "78121234567", "comment": "Saint Petersburg office",
		"domain": {"id": %d, "name": "sandbox.sip.telphin.ru"}, "create_date": "2019-03-14 10:25:00",
		"allow_message": false, "extension_id": null, "message_extension_id": null}`, FirstDIDID, DemoClientID, DemoDomainID))
	dids := decode[[]DID](t, a.do("GET", "/client/@me/did/", nil), http.StatusOK)
	if !reflect.DeepEqual(dids, s.DIDs()) || len(dids) != 4 {
		t.Fatalf("list %+v", dids)
	}
	var names []string
	for _, d := range dids {
		names = append(names, d.Name)
		if d.AllowMessage != (d.Name == DemoMessageDID) {
			t.Fatalf("allow_message of %s", d.Name)
		}
	}
	if want := []string{DemoDID, DemoMessageDID, "74951234568", "78001234567"}; !reflect.DeepEqual(names, want) {
		t.Fatalf("names %v, want %v", names, want)
	}
}

func TestDIDFilters(t *testing.T) {
	s, a := loggedIn(t)
	e := s.PutExtension(Extension{Name: "100", Type: "phone"})
	d := s.DIDs()[1]
	d.ExtensionID, d.MessageExtensionID = &e.ID, &e.ID
	s.PutDID(d)
	other := s.PutDID(DID{Name: "74950000001", Domain: DIDDomain{ID: 1, Name: "other.sip.telphin.ru"}})
	names := listed(t, a, "/client/@me/did/", func(x DID) string { return x.Name })
	wantListed(t, names, []listCase{
		{"name=" + DemoDID, []string{DemoDID}},
		{"name=%2B" + DemoDID, nil},
		{"name=00" + DemoDID, nil},
		{"name=78001234567&name=" + DemoDID, []string{DemoDID, "78001234567"}},
		{fmt.Sprintf("id=%d&id=%d", FirstDIDID+3, other.ID), []string{"78001234567", "74950000001"}},
		{"domain=other.sip.telphin.ru", []string{"74950000001"}},
		{fmt.Sprintf("extension_id=%d", e.ID), []string{DemoMessageDID}},
		{fmt.Sprintf("message_extension_id=%d&name=%s", e.ID, DemoDID), nil},
		{"per_page=2&page=3", []string{"74950000001"}},
	})
	if n := len(names("domain=" + seedDomain)); n != 4 {
		t.Fatalf("%d DIDs in the client's domain", n)
	}
	for _, q := range []string{"id=first", "extension_id=", "message_extension_id=1e3"} {
		wantError(t, a.do("GET", "/client/@me/did/?"+q, nil), http.StatusBadRequest, "validation_error")
	}
}

func TestDIDAssignment(t *testing.T) {
	s, a := loggedIn(t)
	e := mustCreateExtension(t, a, map[string]any{"name": "100", "type": "phone"})
	q := mustCreateExtension(t, a, map[string]any{"name": "200", "type": "queue"})
	path := fmt.Sprintf("/client/@me/did/%d", FirstDIDID)
	before, _ := s.DID(FirstDIDID)

	// Other fields of the body are ignored.
	got := decode[DID](t, a.do("PUT", path, map[string]any{"extension_id": e.ID, "name": "70000000000", "allow_message": true, "comment": "x"}), http.StatusOK)
	want := before
	want.ExtensionID = &e.ID
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("after PUT %+v\nwant %+v", got, want)
	}
	if stored, _ := s.DID(FirstDIDID); !reflect.DeepEqual(stored, want) {
		t.Fatalf("store %+v", stored)
	}
	// Partial: message_extension_id alone keeps extension_id (on the DID
	// that allows messages).
	msgPath := fmt.Sprintf("/client/@me/did/%d", FirstDIDID+1)
	wantStatus(t, a.do("PUT", msgPath, map[string]any{"extension_id": q.ID}), http.StatusOK)
	got = decode[DID](t, a.do("PUT", msgPath, map[string]any{"message_extension_id": e.ID}), http.StatusOK)
	if !sameID(got.ExtensionID, q.ID) || !sameID(got.MessageExtensionID, e.ID) {
		t.Fatalf("message DID %+v", got)
	}
	// null and 0 unassign.
	got = decode[DID](t, a.do("PUT", msgPath, `{"extension_id":null,"message_extension_id":0}`), http.StatusOK)
	if got.ExtensionID != nil || got.MessageExtensionID != nil {
		t.Fatalf("not unassigned: %+v", got)
	}
	for _, tc := range []struct{ body, parts string }{
		{`{"extension_id":999}`, "extension 999 does not exist"},
		{`{"extension_id":"100"}`, "must be an integer"},
		{`{"extension_id":-1}`, "negative"},
		{`{"extension_id":1.5}`, "must be an integer"},
		{fmt.Sprintf(`{"message_extension_id":%d}`, e.ID), "does not allow messages"},
		{`{"message_extension_id":999}`, "extension 999 does not exist"},
	} {
		wantError(t, a.do("PUT", path, tc.body), http.StatusBadRequest, "validation_error", tc.parts)
	}
	if stored, _ := s.DID(FirstDIDID); !reflect.DeepEqual(stored, want) {
		t.Fatalf("rejected PUTs changed the DID: %+v", stored)
	}
	wantJSON(t, a.do("PUT", "/client/@me/did/1", `{"extension_id":null}`), http.StatusNotFound, `{"message":"Record not found"}`)
	wantJSON(t, a.do("GET", "/client/@me/did/99999", nil), http.StatusNotFound, `{"message":"Record not found"}`)
}

func TestDIDHelpers(t *testing.T) {
	s, a := loggedIn(t, WithClock(newClock(demoTime).now))
	d := s.PutDID(DID{Name: "74957654321", AllowMessage: true})
	want := DID{ID: FirstDIDID + 4, ClientID: DemoClientID, Name: "74957654321", AllowMessage: true,
		Domain: DIDDomain{ID: DemoDomainID, Name: seedDomain}, CreateDate: demoStamp}
	if !reflect.DeepEqual(d, want) {
		t.Fatalf("PutDID %+v\nwant %+v", d, want)
	}
	// The new number can be routed and used as the caller id.
	e := mustCreateExtension(t, a, map[string]any{"name": "100", "type": "phone", "message_did": d.Name})
	path := fmt.Sprintf("/client/@me/did/%d", d.ID)
	wantStatus(t, a.do("PUT", path, map[string]any{"extension_id": e.ID, "message_extension_id": e.ID}), http.StatusOK)
	wantJSON(t, a.do("PUT", "/client/@me/ani/", map[string]any{"ani_number": d.Name}), http.StatusOK, `{"default":"74957654321"}`)
	// Released behind the API's back: gone from the list, the ANI stays.
	if !s.DeleteDID(d.ID) || s.DeleteDID(d.ID) {
		t.Fatal("DeleteDID results")
	}
	wantStatus(t, a.do("GET", path, nil), http.StatusNotFound)
	wantJSON(t, a.do("GET", "/client/@me/did/?name=74957654321", nil), http.StatusOK, `[]`)
	if s.ClientANI() != d.Name {
		t.Fatalf("ANI %q", s.ClientANI())
	}
}
