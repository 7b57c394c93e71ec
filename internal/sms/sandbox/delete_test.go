package sandbox

import "testing"

func TestDeleteRemovesSubaccountAndLimits(t *testing.T) {
	s, a := newAPI(t)
	id := a.add("to.delete", nil)
	wantJSON(t, a.call("limit", map[string]any{"id": id, "type": "hlr", "value": 3}), `{"success":true,"id":1485}`)
	wantJSON(t, a.call("delete", map[string]any{"id": id}), `{"success":true}`)
	if _, ok := s.Subaccount(id); ok || s.Limits(id) != nil {
		t.Fatal("subaccount still stored")
	}
	wantJSON(t, a.call("index", nil), `{"items":[{"id":1194,"username":"wojtek"}]}`)
	wantError(t, a.call("view", map[string]any{"id": id}), CodeInvalidID)
	// The second failure shape for the calls that did nothing.
	wantNotPerformed(t, a.call("delete", map[string]any{"id": id}))
	wantNotPerformed(t, a.call("limit", map[string]any{"id": id, "type": "hlr", "value": 3}))
}

func TestDeleteErrors(t *testing.T) {
	s, a := newAPI(t)
	wantError(t, a.call("delete", nil), CodeRequired)
	wantError(t, a.call("delete", map[string]any{"id": ""}), CodeRequired)
	for _, id := range []any{123, "abc", -1194} {
		wantNotPerformed(t, a.call("delete", map[string]any{"id": id}))
	}
	// Form body with the API user.
	wantJSON(t, a.postForm(path("delete"), vals("username", DemoUsername, "password", DemoPassword, "id", "1194")), `{"success":true}`)
	wantCount(t, s, 0)
}
