package sandbox

import (
	"net/http"
	"strconv"
	"testing"
)

func TestErrorEndpointAnswersEveryDocumentedCode(t *testing.T) {
	_, a := newAPI(t)
	codes := []int{1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 2000, 2001, 2002,
		3000, 3001, 3002, 3003, 3004, 3005, 3006, 3007, 3008, 3009, 3100, 3101, 3102, 4500, 4502}
	if len(codes) != len(errorTable) {
		t.Fatalf("table has %d codes, test lists %d", len(errorTable), len(codes))
	}
	for _, code := range codes {
		for _, suffix := range []string{"", ".json"} {
			wantError(t, a.postJSON("/error/"+strconv.Itoa(code)+suffix, map[string]any{}, bearerHeader(DemoAPIToken)...), code)
		}
	}
	types := map[int]string{1000: "InvalidAction", 1001: "InvalidUser", 1002: "InvalidRole", 1003: "InvalidIP",
		1004: "InvalidID", 1006: "InvalidData", 2000: "ValidationRequiredError", 2001: "ValidationPhoneError",
		2002: "ValidationCodeError", 3102: "SendError"}
	for code, typ := range types {
		if errorTable[code].typ != typ {
			t.Fatalf("code %d has type %s, want %s", code, errorTable[code].typ, typ)
		}
	}
	for _, bad := range []string{"9999", "4501", "abc", "-1"} {
		wantError(t, a.postJSON("/error/"+bad, map[string]any{}, bearerHeader(DemoAPIToken)...), CodeInvalidErrorCode)
	}
	// It needs credentials like every call.
	wantError(t, a.postJSON("/error/2001", map[string]any{}), CodeInvalidUser)
}

func TestPolishMessages(t *testing.T) {
	_, a := newAPI(t, WithLanguage(Polish))
	if msg := wantError(t, a.postJSON(path("index"), map[string]any{}), CodeInvalidUser); msg != "Nieprawidłowy login lub hasło" {
		t.Fatalf("message %q", msg)
	}
	if msg := wantError(t, a.call("add", map[string]any{"subaccount_username": "x", "subaccount_password": "pw12345",
		"subaccount_id": DemoTemplateID}), CodeBadLogin); msg != msgBadUsername.pl {
		t.Fatalf("message %q", msg)
	}
	_, e := newAPI(t, WithLanguage("de")) // unknown languages fall back to English
	if msg := wantError(t, e.call("view", map[string]any{"id": 1}), CodeInvalidID); msg != "Invalid ID parameter" {
		t.Fatalf("message %q", msg)
	}
}

func TestBothFailureShapesAreHTTP200(t *testing.T) {
	_, a := newAPI(t)
	view := a.call("view", map[string]any{"id": 123})
	del := a.call("delete", map[string]any{"id": 123})
	if view.status != http.StatusOK || del.status != http.StatusOK {
		t.Fatalf("statuses %d %d", view.status, del.status)
	}
	wantError(t, view, CodeInvalidID)
	wantNotPerformed(t, del)
}
