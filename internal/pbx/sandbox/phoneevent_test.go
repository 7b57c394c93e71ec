package sandbox

import (
	"fmt"
	"net/http"
	"reflect"
	"testing"
)

func hook(eventType string) map[string]any {
	return map[string]any{"url": "https://crm.example.com/telphin/" + eventType, "method": "POST", "event_type": eventType}
}

// Webhooks are created and listed at phone_events/ (plural) and read,
// changed and deleted at phone_event/{id} (singular).
func TestPhoneEventCRUD(t *testing.T) {
	s, a := loggedIn(t)
	ans := a.do("POST", "/client/@me/phone_events/", hook("dial-in"))
	wantJSON(t, ans, http.StatusCreated, fmt.Sprintf(`{"id": %d, "url": "https://crm.example.com/telphin/dial-in",
		"method": "POST", "event_type": "dial-in"}`, FirstPhoneEventID))
	e := decode[PhoneEvent](t, ans, http.StatusCreated)
	path := fmt.Sprintf("/client/%d/phone_event/%d", DemoClientID, e.ID)
	if got := decode[PhoneEvent](t, a.do("GET", path+"/", nil), http.StatusOK); got != e {
		t.Fatalf("GET %+v", got)
	}
	if got := decode[[]PhoneEvent](t, a.do("GET", "/client/@me/phone_events", nil), http.StatusOK); !reflect.DeepEqual(got, []PhoneEvent{e}) {
		t.Fatalf("list %+v", got)
	}
	// The other spellings are not routes.
	for _, p := range []struct{ method, path string }{
		{"GET", fmt.Sprintf("/client/@me/phone_events/%d", e.ID)},
		{"PUT", fmt.Sprintf("/client/@me/phone_events/%d", e.ID)},
		{"DELETE", fmt.Sprintf("/client/@me/phone_events/%d", e.ID)},
		{"GET", "/client/@me/phone_event/"},
		{"POST", "/client/@me/phone_event/"},
		{"DELETE", "/client/@me/phone_event/"},
	} {
		wantJSON(t, a.do(p.method, p.path, hook("answer")), http.StatusNotFound, `{"message":"Not found"}`)
	}
	wantError(t, a.do("PUT", "/client/@me/phone_events/", hook("answer")), http.StatusMethodNotAllowed, "")

	// Partial PUT.
	got := decode[PhoneEvent](t, a.do("PUT", path, map[string]any{"method": "GET", "id": 1}), http.StatusOK)
	e.Method = "GET"
	if got != e {
		t.Fatalf("after PUT %+v", got)
	}
	got = decode[PhoneEvent](t, a.do("PUT", path, map[string]any{"event_type": "voicemail", "url": "http://10.0.0.1:8080/hook?x=1"}), http.StatusOK)
	e.EventType, e.URL = "voicemail", "http://10.0.0.1:8080/hook?x=1"
	if stored, _ := s.PhoneEvent(e.ID); got != e || stored != e {
		t.Fatalf("after PUT %+v, stored %+v", got, stored)
	}
	wantStatus(t, a.do("DELETE", path, nil), http.StatusNoContent)
	for _, m := range []string{"GET", "PUT", "DELETE"} {
		wantJSON(t, a.do(m, path, hook("answer")), http.StatusNotFound, `{"message":"Record not found"}`)
	}
	if next := mustCreate[PhoneEvent](t, a, "/client/@me/phone_events", hook("hangup")); next.ID != e.ID+1 {
		t.Fatalf("next id %d", next.ID)
	}
	if len(s.DeleteAllPhoneEventsCalls()) != 0 {
		t.Fatal("delete-all recorded though never sent")
	}
}

func TestPhoneEventValidation(t *testing.T) {
	cases := []struct {
		name, body, field, problem string
	}{
		{"missing url", `{"method":"GET","event_type":"answer"}`, "url", "required"},
		{"missing event_type", `{"url":"https://x.example","method":"GET"}`, "event_type", "required"},
		{"missing method", `{"url":"https://x.example","event_type":"answer"}`, "method", "required"},
		{"null method", `{"url":"https://x.example","event_type":"answer","method":null}`, "method", "required"},
		// The rest apply to PUT too.
		{"relative url", `{"url":"/hook","method":"GET","event_type":"answer"}`, "url", "absolute http or https URL"},
		{"ftp url", `{"url":"ftp://x.example/hook","method":"GET","event_type":"answer"}`, "url", "absolute http or https URL"},
		{"url without host", `{"url":"https://","method":"GET","event_type":"answer"}`, "url", "absolute http or https URL"},
		{"url not string", `{"url":1,"method":"GET","event_type":"answer"}`, "url", "string"},
		{"lower-case method", `{"url":"https://x.example","method":"post","event_type":"answer"}`, "method", "'GET', 'POST'"},
		{"PUT method", `{"url":"https://x.example","method":"PUT","event_type":"answer"}`, "method", "'GET', 'POST'"},
		{"agent event type", `{"url":"https://x.example","method":"GET","event_type":"agent-login"}`, "event_type",
			"'dial-in', 'dial-out', 'hangup', 'answer', 'message-in', 'message-out', 'voicemail'"},
		{"upper-case event type", `{"url":"https://x.example","method":"GET","event_type":"HANGUP"}`, "event_type", "'hangup'"},
	}
	const putFrom = 4
	s, a := loggedIn(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			wantError(t, a.do("POST", "/client/@me/phone_events/", tc.body), http.StatusBadRequest, "validation_error", tc.field, tc.problem)
		})
	}
	if len(s.PhoneEvents()) != 0 {
		t.Fatal("a rejected POST stored a webhook")
	}
	for _, et := range phoneEventTypes {
		mustCreate[PhoneEvent](t, a, "/client/@me/phone_events/", hook(et))
	}
	path := fmt.Sprintf("/client/@me/phone_event/%d", FirstPhoneEventID)
	before, _ := s.PhoneEvent(FirstPhoneEventID)
	for _, tc := range cases[putFrom:] {
		wantError(t, a.do("PUT", path, tc.body), http.StatusBadRequest, "validation_error", tc.field, tc.problem)
	}
	if after, _ := s.PhoneEvent(FirstPhoneEventID); after != before {
		t.Fatalf("rejected PUTs changed the webhook: %+v", after)
	}
}

// DELETE phone_events/ deletes every webhook of the client; every call to
// it is recorded, whatever it answers.
func TestPhoneEventDeleteAll(t *testing.T) {
	s, a := loggedIn(t)
	for _, et := range []string{"dial-in", "dial-out", "hangup"} {
		mustCreate[PhoneEvent](t, a, "/client/@me/phone_events/", hook(et))
	}
	foreign := fmt.Sprintf("/client/%d/phone_events/", ForeignClientID)
	wantError(t, a.do("DELETE", foreign, nil), http.StatusForbidden, "access_denied")
	tok := a.token
	a.token = ""
	wantStatus(t, a.do("DELETE", "/client/@me/phone_events/", nil), http.StatusUnauthorized)
	a.token = tok
	if len(s.PhoneEvents()) != 3 {
		t.Fatal("a refused delete-all deleted")
	}
	wantStatus(t, a.do("DELETE", fmt.Sprintf("/client/%d/phone_events", DemoClientID), nil), http.StatusNoContent)
	if n := len(s.PhoneEvents()); n != 0 {
		t.Fatalf("%d webhooks left", n)
	}
	wantJSON(t, a.do("GET", "/client/@me/phone_events/", nil), http.StatusOK, `[]`)
	// With none left it still answers 204; ids are not reused.
	wantStatus(t, a.do("DELETE", "/client/@me//phone_events/", nil), http.StatusNoContent)
	if e := mustCreate[PhoneEvent](t, a, "/client/@me/phone_events/", hook("answer")); e.ID != FirstPhoneEventID+3 {
		t.Fatalf("next id %d", e.ID)
	}
	calls := s.DeleteAllPhoneEventsCalls()
	var paths []string
	for _, c := range calls {
		paths = append(paths, c.Path)
	}
	want := []string{BasePath + foreign, BasePath + "/client/@me/phone_events/",
		fmt.Sprintf("%s/client/%d/phone_events", BasePath, DemoClientID), BasePath + "/client/@me//phone_events/"}
	if !reflect.DeepEqual(paths, want) {
		t.Fatalf("recorded %v\nwant %v", paths, want)
	}
	// Deleting one webhook is not a delete-all.
	wantStatus(t, a.do("DELETE", fmt.Sprintf("/client/@me/phone_event/%d", FirstPhoneEventID+3), nil), http.StatusNoContent)
	if n := len(s.DeleteAllPhoneEventsCalls()); n != len(want) {
		t.Fatalf("%d delete-all calls", n)
	}
}

func TestPhoneEventPagingAndHelpers(t *testing.T) {
	s, a := loggedIn(t)
	for i := range 25 {
		s.PutPhoneEvent(PhoneEvent{URL: fmt.Sprint("https://h.example/", i), Method: "GET", EventType: "answer"})
	}
	urls := listed(t, a, "/client/@me/phone_events/", func(e PhoneEvent) string { return e.URL })
	wantListed(t, urls, []listCase{
		{"per_page=2&page=12", []string{"https://h.example/22", "https://h.example/23"}},
		{"page=2", []string{"https://h.example/20", "https://h.example/21", "https://h.example/22", "https://h.example/23", "https://h.example/24"}},
		{"page=3", nil},
		// No filters are documented: event_type is ignored.
		{"event_type=hangup&per_page=1", []string{"https://h.example/0"}},
	})
	wantError(t, a.do("GET", "/client/@me/phone_events/?per_page=x", nil), http.StatusBadRequest, "validation_error", "per_page")
	e := s.PutPhoneEvent(PhoneEvent{ID: 9000, URL: "not a url", Method: "PATCH", EventType: "x"})
	if got := decode[PhoneEvent](t, a.do("GET", "/client/@me/phone_event/9000", nil), http.StatusOK); got != e {
		t.Fatalf("drift served as %+v", got)
	}
	if !s.DeletePhoneEvent(9000) || s.DeletePhoneEvent(9000) || len(s.PhoneEvents()) != 25 {
		t.Fatal("DeletePhoneEvent results")
	}
}
