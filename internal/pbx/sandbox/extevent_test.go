package sandbox

import (
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"testing"
)

func TestExtensionEventCRUD(t *testing.T) {
	s, a, phone, queue, base := extFixture(t)
	ans := a.do("POST", base+"/event/", hook("dial-in"))
	wantJSON(t, ans, http.StatusCreated, fmt.Sprintf(`{"id": %d, "url": "https://crm.example.com/telphin/dial-in",
		"method": "POST", "event_type": "dial-in"}`, FirstExtensionEventID))
	e := decode[ExtensionEvent](t, ans, http.StatusCreated)
	e.ExtensionID = phone.ID
	if got, ok := s.ExtensionEvent(e.ID); !ok || got != e {
		t.Fatalf("stored %+v", got)
	}
	full := fmt.Sprintf("/client/%d/extension/%d/event", DemoClientID, phone.ID)
	other := mustCreate[ExtensionEvent](t, a, full, hook("hangup"))
	one := fmt.Sprintf("%s/event/%d", base, e.ID)
	if got := decode[PhoneEvent](t, a.do("GET", fmt.Sprintf("%s/%d/", full, e.ID), nil), http.StatusOK); got.ID != e.ID || got.URL != e.URL {
		t.Fatalf("GET %+v", got)
	}
	if got := decode[[]ExtensionEvent](t, a.do("GET", base+"/event", nil), http.StatusOK); len(got) != 2 || got[0].ID != e.ID || got[1].ID != other.ID {
		t.Fatalf("list %+v", got)
	}
	// Partial PUT.
	got := decode[ExtensionEvent](t, a.do("PUT", one, map[string]any{"method": "GET", "id": 1}), http.StatusOK)
	e.Method = "GET"
	if stored, _ := s.ExtensionEvent(e.ID); got.Method != "GET" || got.URL != e.URL || stored != e {
		t.Fatalf("after PUT %+v, stored %+v", got, stored)
	}
	// The queue does not see the phone's webhooks.
	qbase := fmt.Sprintf("/extension/%d/event/", queue.ID)
	q := mustCreate[ExtensionEvent](t, a, qbase, hook("answer"))
	for _, m := range []string{"GET", "PUT", "DELETE"} {
		wantJSON(t, a.do(m, fmt.Sprint(qbase, e.ID), hook("answer")), http.StatusNotFound, `{"message":"Record not found"}`)
	}
	if got := decode[[]ExtensionEvent](t, a.do("GET", qbase, nil), http.StatusOK); len(got) != 1 || got[0].ID != q.ID {
		t.Fatalf("queue list %+v", got)
	}
	wantStatus(t, a.do("DELETE", one, nil), http.StatusNoContent)
	wantJSON(t, a.do("GET", one, nil), http.StatusNotFound, `{"message":"Record not found"}`)
	if got := s.ExtensionEvents(phone.ID); len(got) != 1 || got[0].ID != other.ID {
		t.Fatalf("left %+v", got)
	}
	if len(s.ExtensionEvents(0)) != 2 {
		t.Fatal("ExtensionEvents(0)")
	}
	// The client's webhooks are another resource.
	if len(s.PhoneEvents()) != 0 {
		t.Fatal("an extension webhook became a client one")
	}
	for _, p := range []string{"/extension/999/event/", "/extension/abc/event/", "/client/@me/extension/999/event/"} {
		wantJSON(t, a.do("POST", p, hook("answer")), http.StatusNotFound, `{"message":"Record not found"}`)
	}
	wantError(t, a.do("GET", fmt.Sprintf("/extension/%d/event/", ForeignExtensionID), nil), http.StatusForbidden, "access_denied")
	wantError(t, a.do("POST", fmt.Sprintf("/client/%d/extension/%d/event/", ForeignClientID, phone.ID), hook("answer")),
		http.StatusForbidden, "access_denied")
	// Validation is the client webhooks'.
	for _, tc := range []struct{ body, field, problem string }{
		{`{"method":"GET","event_type":"answer"}`, "url", "required"},
		{`{"url":"ftp://x.example","method":"GET","event_type":"answer"}`, "url", "absolute http or https URL"},
		{`{"url":"https://x.example","method":"post","event_type":"answer"}`, "method", "'GET', 'POST'"},
		{`{"url":"https://x.example","method":"GET","event_type":"agent-login"}`, "event_type", "'dial-in'"},
	} {
		wantError(t, a.do("POST", base+"/event/", tc.body), http.StatusBadRequest, "validation_error", tc.field+": ", tc.problem)
	}
	wantError(t, a.do("PUT", fmt.Sprintf("%s/event/%d", base, other.ID), `{"event_type":"HANGUP"}`), http.StatusBadRequest, "validation_error", "event_type")
	// Deleting the extension deletes its webhooks only.
	wantStatus(t, a.do("DELETE", fmt.Sprintf("/client/@me/extension/%d", phone.ID), nil), http.StatusNoContent)
	if got := s.ExtensionEvents(0); len(got) != 1 || got[0].ID != q.ID {
		t.Fatalf("after deleting the extension %+v", got)
	}
	if len(s.DeleteAllExtensionEventsCalls(0)) != 0 {
		t.Fatal("delete-all recorded though never sent")
	}
}

// DELETE …/event/ deletes every webhook of that extension; every call is
// recorded, whatever it answers.
func TestExtensionEventDeleteAll(t *testing.T) {
	s, a, phone, queue, base := extFixture(t)
	for _, et := range []string{"dial-in", "dial-out", "hangup"} {
		mustCreate[ExtensionEvent](t, a, base+"/event/", hook(et))
	}
	q := mustCreate[ExtensionEvent](t, a, fmt.Sprintf("/extension/%d/event/", queue.ID), hook("answer"))
	c := mustCreate[PhoneEvent](t, a, "/client/@me/phone_events/", hook("answer"))
	wantError(t, a.do("DELETE", fmt.Sprintf("/extension/%d/event/", ForeignExtensionID), nil), http.StatusForbidden, "access_denied")
	wantJSON(t, a.do("DELETE", "/extension/999/event", nil), http.StatusNotFound, `{"message":"Record not found"}`)
	if len(s.ExtensionEvents(phone.ID)) != 3 {
		t.Fatal("a refused delete-all deleted")
	}
	wantStatus(t, a.do("DELETE", base+"/event/", nil), http.StatusNoContent)
	wantStatus(t, a.do("DELETE", fmt.Sprintf("/client/@me/extension/%d/event", phone.ID), nil), http.StatusNoContent)
	if len(s.ExtensionEvents(phone.ID)) != 0 || len(s.ExtensionEvents(queue.ID)) != 1 || len(s.PhoneEvents()) != 1 {
		t.Fatalf("after delete-all: %+v %+v", s.ExtensionEvents(0), s.PhoneEvents())
	}
	if _, ok := s.ExtensionEvent(q.ID); !ok {
		t.Fatal("the queue's webhook went")
	}
	if _, ok := s.PhoneEvent(c.ID); !ok {
		t.Fatal("the client's webhook went")
	}
	// Deleting one by id is not the delete-all.
	wantStatus(t, a.do("DELETE", fmt.Sprintf("/extension/%d/event/%d", queue.ID, q.ID), nil), http.StatusNoContent)
	calls := s.DeleteAllExtensionEventsCalls(phone.ID)
	if len(calls) != 2 || calls[0].Path != BasePath+base+"/event/" || calls[1].Method != http.MethodDelete {
		t.Fatalf("recorded %+v", calls)
	}
	if n := len(s.DeleteAllExtensionEventsCalls(ForeignExtensionID)); n != 1 {
		t.Fatalf("foreign %d", n)
	}
	if n := len(s.DeleteAllExtensionEventsCalls(queue.ID)); n != 0 {
		t.Fatalf("queue %d", n)
	}
	if n := len(s.DeleteAllExtensionEventsCalls(0)); n != 4 {
		t.Fatalf("all %d", n)
	}
	if len(s.DeleteAllPhoneEventsCalls()) != 0 {
		t.Fatal("an extension delete-all counted as the client's")
	}
	s.Kit.ResetRequests()
	if len(s.DeleteAllExtensionEventsCalls(0)) != 0 {
		t.Fatal("ResetRequests")
	}
}

// Client and extension webhooks share event_limit.
func TestExtensionEventLimit(t *testing.T) {
	s, a, _, queue, base := extFixture(t, WithLimits(func(l *Limits) { l.EventLimit = 3 }))
	first := mustCreate[ExtensionEvent](t, a, base+"/event/", hook("answer"))
	mustCreate[ExtensionEvent](t, a, fmt.Sprintf("/extension/%d/event/", queue.ID), hook("answer"))
	mustCreate[PhoneEvent](t, a, "/client/@me/phone_events/", hook("answer"))
	for _, p := range []string{base + "/event/", "/client/@me/phone_events/"} {
		wantError(t, a.do("POST", p, hook("hangup")), http.StatusBadRequest, "limit_exceeded",
			"event_limit reached: the client already has 3 of 3")
	}
	wantStatus(t, a.do("DELETE", fmt.Sprintf("%s/event/%d", base, first.ID), nil), http.StatusNoContent)
	wantStatus(t, a.do("POST", "/client/@me/phone_events/", hook("hangup")), http.StatusCreated)
	wantError(t, a.do("POST", base+"/event/", hook("hangup")), http.StatusBadRequest, "limit_exceeded", "3 of 3")
	l := s.Limits()
	l.EventLimit = 0
	s.SetLimits(l)
	wantStatus(t, a.do("POST", base+"/event/", hook("hangup")), http.StatusCreated)
}

func TestExtensionEventsPage(t *testing.T) {
	s, a, phone, queue, base := extFixture(t)
	for i := range 45 {
		s.PutExtensionEvent(ExtensionEvent{ExtensionID: phone.ID, URL: fmt.Sprint("https://x.example/", i), Method: "GET", EventType: "answer"})
		s.PutExtensionEvent(ExtensionEvent{ExtensionID: queue.ID, URL: "https://q.example/", Method: "GET", EventType: "answer"})
	}
	var n int
	for page := 1; ; page++ {
		items := decode[[]ExtensionEvent](t, a.do("GET", fmt.Sprintf("%s/event/?page=%d&per_page=10", base, page), nil), http.StatusOK)
		if len(items) == 0 {
			break
		}
		if items[0].URL != fmt.Sprint("https://x.example/", n) {
			t.Fatalf("page %d starts with %+v", page, items[0])
		}
		n += len(items)
	}
	if n != 45 {
		t.Fatalf("%d webhooks", n)
	}
	if !s.DeleteExtensionEvent(FirstExtensionEventID) || s.DeleteExtensionEvent(FirstExtensionEventID) {
		t.Fatal("DeleteExtensionEvent")
	}
}

func TestExtensionANI(t *testing.T) {
	s, a, phone, queue, base := extFixture(t)
	wantJSON(t, a.do("GET", base+"/ani/", nil), http.StatusOK, `{"default":"None"}`)
	full := fmt.Sprintf("/client/%d/extension/%d/ani", DemoClientID, phone.ID)
	wantJSON(t, a.do("PUT", full, map[string]any{"ani_number": DemoDID}), http.StatusOK, `{"default":"78121234567"}`)
	wantJSON(t, a.do("GET", base+"/ani", nil), http.StatusOK, `{"default":"78121234567"}`)
	// The extension's ani field is the same caller id; the client's stays.
	if e := decode[Extension](t, a.do("GET", fmt.Sprintf("/client/@me/extension/%d", phone.ID), nil), http.StatusOK); e.ANI != DemoDID {
		t.Fatalf("extension ani %q", e.ANI)
	}
	if ani, ok := s.ExtensionANI(phone.ID); !ok || ani != DemoDID || s.ClientANI() != "" {
		t.Fatalf("helper %q, client %q", ani, s.ClientANI())
	}
	wantJSON(t, a.do("GET", fmt.Sprintf("/extension/%d/ani/", queue.ID), nil), http.StatusOK, `{"default":"None"}`)
	for _, tc := range []struct{ body, parts string }{
		{`{}`, "required"},
		{`{"ani_number":null}`, "required"},
		{`{"ani_number":78121234567}`, "string"},
		{`{"ani_number":"+78121234567"}`, "not one of the client's DIDs"},
		{`{"ani_number":"74990000000"}`, "not one of the client's DIDs"},
		{`{"default":"74951234567"}`, "required"},
	} {
		wantError(t, a.do("PUT", base+"/ani/", tc.body), http.StatusBadRequest, "validation_error", "ani_number", tc.parts)
	}
	if ani, _ := s.ExtensionANI(phone.ID); ani != DemoDID {
		t.Fatal("a rejected PUT changed the ANI")
	}
	// Any extension type may have one; "" resets it.
	wantJSON(t, a.do("PUT", fmt.Sprintf("/extension/%d/ani/", queue.ID), `{"ani_number":"74951234568"}`), http.StatusOK, `{"default":"74951234568"}`)
	wantJSON(t, a.do("PUT", base+"/ani/", `{"ani_number":""}`), http.StatusOK, `{"default":"None"}`)
	// A DID bought later is accepted; drift is served as it is.
	d := s.PutDID(DID{Name: "74997654321"})
	wantJSON(t, a.do("PUT", base+"/ani/", map[string]any{"ani_number": d.Name}), http.StatusOK, `{"default":"74997654321"}`)
	e, _ := s.Extension(phone.ID)
	e.ANI = "70000000000"
	s.PutExtension(e)
	wantJSON(t, a.do("GET", base+"/ani/", nil), http.StatusOK, `{"default":"70000000000"}`)
	wantError(t, a.do("DELETE", base+"/ani/", nil), http.StatusMethodNotAllowed, "")
	wantError(t, a.do("PUT", fmt.Sprintf("/extension/%d/ani/", ForeignExtensionID), map[string]any{"ani_number": DemoDID}),
		http.StatusForbidden, "access_denied")
	wantError(t, a.do("GET", fmt.Sprintf("/client/%d/extension/%d/ani/", ForeignClientID, phone.ID), nil),
		http.StatusForbidden, "access_denied")
	wantJSON(t, a.do("GET", "/extension/999/ani/", nil), http.StatusNotFound, `{"message":"Record not found"}`)
	if _, ok := s.ExtensionANI(999); ok {
		t.Fatal("ANI of no extension")
	}
}

// Deleting an extension (API or helper) removes its rules, phone
// settings, webhooks and caller id; the other extension keeps its own.
func TestDeleteExtensionRemovesItsParts(t *testing.T) {
	for _, viaAPI := range []bool{true, false} {
		t.Run(fmt.Sprint("api ", viaAPI), func(t *testing.T) {
			s, a, phone, queue, base := extFixture(t)
			other := mustCreateExtension(t, a, map[string]any{"name": "101", "type": "phone"})
			for _, e := range []Extension{phone, other} {
				p := fmt.Sprintf("/extension/%d", e.ID)
				mustCreate[IncomingRule](t, a, p+"/incom_rule/", busyRule("r"))
				mustCreate[ExtensionEvent](t, a, p+"/event/", hook("answer"))
				wantStatus(t, a.do("PUT", p+"/phone/", `{"password":"pw","label":"L"}`), http.StatusOK)
				wantStatus(t, a.do("PUT", p+"/ani/", map[string]any{"ani_number": DemoDID}), http.StatusOK)
			}
			if viaAPI {
				wantStatus(t, a.do("DELETE", fmt.Sprintf("/client/@me/extension/%d", phone.ID), nil), http.StatusNoContent)
			} else if !s.DeleteExtension(phone.ID) {
				t.Fatal("DeleteExtension")
			}
			if len(s.IncomingRules(phone.ID)) != 0 || len(s.ExtensionEvents(phone.ID)) != 0 {
				t.Fatal("rules or webhooks left")
			}
			data, _ := s.Snapshot()
			var snap snapshotData
			if err := json.Unmarshal(data, &snap); err != nil || len(snap.Phones) != 1 || snap.Phones[0].ExtensionID != other.ID {
				t.Fatalf("phones in the snapshot %+v (%v)", snap.Phones, err)
			}
			for _, p := range []string{"/incom_rule/", "/event/", "/phone/", "/ani/"} {
				wantJSON(t, a.do("GET", base+p, nil), http.StatusNotFound, `{"message":"Record not found"}`)
			}
			if len(s.IncomingRules(other.ID)) != 1 || len(s.ExtensionEvents(other.ID)) != 1 {
				t.Fatal("the other extension lost its parts")
			}
			if pw, _ := s.PhonePassword(other.ID); pw != "pw" {
				t.Fatal("the other phone lost its password")
			}
			if ani, _ := s.ExtensionANI(other.ID); ani != DemoDID {
				t.Fatal("the other extension lost its caller id")
			}
			_ = queue
			if !reflect.DeepEqual(s.ExtensionEvents(0), s.ExtensionEvents(other.ID)) {
				t.Fatal("webhooks of no extension")
			}
		})
	}
}
