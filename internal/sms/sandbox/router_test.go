package sandbox

import (
	"net/http"
	"strconv"
	"strings"
	"testing"
)

func TestJSONSuffixIsOptional(t *testing.T) {
	s, a := newAPI(t)
	for _, suffix := range []string{"", ".json"} {
		p := func(action string) string { return BasePath + "subaccounts/" + action + suffix }
		auth := bearerHeader(DemoAPIToken)
		wantStatus(t, a.postJSON(p("index"), map[string]any{}, auth...), http.StatusOK)
		wantStatus(t, a.postJSON(p("view"), map[string]any{"id": 1194}, auth...), http.StatusOK)
		ans := a.postJSON(p("add"), map[string]any{"subaccount_username": "sfx" + strings.TrimPrefix(suffix, "."),
			"subaccount_password": "pw12345", "subaccount_id": 1194}, auth...)
		var added struct {
			Success bool  `json:"success"`
			ID      int64 `json:"id"`
		}
		decode(t, ans, &added)
		if !added.Success {
			t.Fatalf("add%s: %s", suffix, ans.body)
		}
		wantJSON(t, a.postJSON(p("limit"), map[string]any{"id": added.ID, "type": "mms", "value": 3}, auth...),
			`{"success":true,"id":`+strconv.FormatInt(added.ID, 10)+`}`)
		wantJSON(t, a.postJSON(p("delete"), map[string]any{"id": added.ID}, auth...), `{"success":true}`)
	}
	wantCount(t, s, 1)
	if n := s.Kit.RequestCount(); n != 10 {
		t.Fatalf("recorded %d requests", n)
	}
}

func TestOnlyPOSTIsServed(t *testing.T) {
	s, a := newAPI(t)
	for _, m := range []string{http.MethodGet, http.MethodPut, http.MethodDelete, http.MethodPatch} {
		ans := a.raw(m, path("delete"), "application/json", []byte(`{"id":1194}`), bearerHeader(DemoAPIToken)...)
		wantErrorStatus(t, ans, http.StatusMethodNotAllowed, CodeInvalidAction)
		if ans.header.Get("Allow") != http.MethodPost {
			t.Fatalf("%s: Allow %q", m, ans.header.Get("Allow"))
		}
	}
	wantCount(t, s, 1)
}

func TestUnknownActionsAnswer1000BeforeAuthentication(t *testing.T) {
	_, a := newAPI(t)
	for _, p := range []string{"/", "/subaccounts", "/subaccounts/", "/subaccounts/edit", "/subaccounts/add.xml",
		"/Subaccounts/index", "/messages/send_sms.json", "/subaccounts/index/extra", "/error", "/error/1000/x"} {
		msg := wantError(t, a.postJSON(p, map[string]any{}), CodeInvalidAction)
		if p == "/" && msg != "No action specified" {
			t.Fatalf("%s: message %q", p, msg)
		}
		if p != "/" && msg != "Unknown action" {
			t.Fatalf("%s: message %q", p, msg)
		}
	}
}

func TestRepeatedAndTrailingSlashesAreTolerated(t *testing.T) {
	_, a := newAPI(t)
	for _, p := range []string{"//subaccounts/index", "/subaccounts//index.json", "/subaccounts/index/"} {
		wantJSON(t, a.postJSON(p, map[string]any{}, bearerHeader(DemoAPIToken)...), `{"items":[{"id":1194,"username":"wojtek"}]}`)
	}
}
