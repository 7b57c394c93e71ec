package sandbox

import (
	"maps"
	"testing"
)

func TestLimitPerMessageType(t *testing.T) {
	s, a := newAPI(t)
	id := a.add("limited", nil)
	want := map[string]int{}
	for i, typ := range LimitTypes() {
		value := (i + 1) * 100
		wantJSON(t, a.call("limit", map[string]any{"id": id, "type": typ, "value": value}), `{"success":true,"id":1485}`)
		want[typ] = value
		if got := s.Limits(id); !maps.Equal(got, want) {
			t.Fatalf("after %s: limits %v, want %v", typ, got, want)
		}
	}
	if len(want) != 5 || want["eco"] != 100 || want["hlr"] != 500 {
		t.Fatalf("types %v", LimitTypes())
	}
	// value is absolute: a second call replaces, 0 is allowed.
	wantJSON(t, a.call("limit", map[string]any{"id": id, "type": "voice", "value": 7}), `{"success":true,"id":1485}`)
	wantJSON(t, a.call("limit", map[string]any{"id": id, "type": "mms", "value": 0}), `{"success":true,"id":1485}`)
	want["voice"], want["mms"] = 7, 0
	if got := s.Limits(id); !maps.Equal(got, want) {
		t.Fatalf("limits %v, want %v", got, want)
	}
	// The template's limits are its own.
	if l := s.Limits(DemoTemplateID); len(l) != 0 {
		t.Fatalf("template limits %v", l)
	}
	// Form bodies too.
	wantJSON(t, a.postForm(path("limit"), vals("username", DemoUsername, "password", DemoPassword,
		"id", "1485", "type", "eco", "value", "42")), `{"success":true,"id":1485}`)
	if s.Limits(id)["eco"] != 42 {
		t.Fatalf("form limit: %v", s.Limits(id))
	}
}

func TestLimitUnknownSubaccountIsNotPerformed(t *testing.T) {
	s, a := newAPI(t)
	for _, id := range []any{123, "123", "abc", 0} {
		wantNotPerformed(t, a.call("limit", map[string]any{"id": id, "type": "eco", "value": 10}))
	}
	if s.Limits(123) != nil {
		t.Fatal("Limits of an unknown id is not nil")
	}
}

func TestLimitValidation(t *testing.T) {
	s, a := newAPI(t)
	full := map[string]any{"id": DemoTemplateID, "type": "eco", "value": 10}
	for _, k := range []string{"id", "type", "value"} {
		body := maps.Clone(full)
		delete(body, k)
		wantError(t, a.call("limit", body), CodeRequired)
	}
	for _, typ := range []string{"ECO", "sms", "eco+", "vms", " eco"} {
		wantError(t, a.call("limit", map[string]any{"id": DemoTemplateID, "type": typ, "value": 10}), CodeInvalidData)
	}
	for _, v := range []any{"x", "1.5", 2.5, -1, "-3", "10 "} {
		wantError(t, a.call("limit", map[string]any{"id": DemoTemplateID, "type": "eco", "value": v}), CodeInvalidData)
	}
	// Invalid type and value are reported before an unknown id.
	wantError(t, a.call("limit", map[string]any{"id": 123, "type": "sms", "value": 10}), CodeInvalidData)
	if l := s.Limits(DemoTemplateID); len(l) != 0 {
		t.Fatalf("invalid calls stored %v", l)
	}
}

func TestAdditiveLimits(t *testing.T) {
	s, a := newAPI(t, WithAdditiveLimits())
	for _, v := range []int{10, 5, -3} {
		wantJSON(t, a.call("limit", map[string]any{"id": DemoTemplateID, "type": "full", "value": v}), `{"success":true,"id":1194}`)
	}
	if got := s.Limits(DemoTemplateID)["full"]; got != 12 {
		t.Fatalf("additive limit %d, want 12", got)
	}
	wantError(t, a.call("limit", map[string]any{"id": DemoTemplateID, "type": "full", "value": -13}), CodeInvalidData)
	if got := s.Limits(DemoTemplateID)["full"]; got != 12 {
		t.Fatalf("rejected call changed the limit to %d", got)
	}
}
