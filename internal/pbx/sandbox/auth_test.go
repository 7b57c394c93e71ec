package sandbox

import (
	"net/http"
	"testing"
)

func TestBearerRequired(t *testing.T) {
	s, a := loggedIn(t)
	cases := []struct {
		name, header, msg string
	}{
		{"missing", "", "Authorization required"},
		{"basic scheme", "Basic " + a.token, "Authorization required"},
		{"bare token", a.token, "Authorization required"},
		{"empty bearer", "Bearer ", "Authorization required"},
		{"unknown token", "Bearer 0123456789abcdef0123456789abcdef", "Invalid access token"},
		{"app secret", "Bearer " + DemoAppSecret, "Invalid access token"},
	}
	paths := []struct{ method, path string }{
		{"GET", "/client/@me/"},
		{"GET", "/client/client_info/@me/"},
		{"PUT", "/client/client_info/@me/"},
		{"GET", "/client/@me/interval/"},
		{"POST", "/client/@me/interval/"},
		{"DELETE", "/client/@me/interval/1"},
		{"GET", "/client/@me/dial_rule/"},
		{"POST", "/client/@me/dial_rule/"},
		{"GET", "/client/@me/extension/"},
		{"POST", "/client/@me/extension/"},
		{"PUT", "/client/@me/extension/372850"},
		{"POST", "/client/@me/extension_group/"},
		{"DELETE", "/client/@me/network_permission/801"},
		{"GET", "/client/@me/did/"},
		{"PUT", "/client/@me/did/9101"},
		{"PUT", "/client/@me/client/"},
		{"GET", "/client/@me/ani/"},
		{"PUT", "/client/@me/ani/"},
		{"GET", "/client/@me/sound/"},
		{"GET", "/client/@me/limit/"},
		{"POST", "/client/@me/user/client/"},
		{"PUT", "/client/@me/user/extension/1201"},
		{"DELETE", "/client/@me/user/extension_group/1201"},
		{"POST", "/client/@me/agent/local/"},
		{"GET", "/client/@me/agent/remote/4001"},
		{"DELETE", "/client/@me/agent/remote/4001?remove_from_queues=false"},
		{"POST", "/client/@me/phone_events/"},
		{"DELETE", "/client/@me/phone_events/"},
		{"PUT", "/client/@me/phone_event/6001"},
		{"GET", "/nothing/here"},
		{"GET", "/client/999/interval/"},
	}
	for _, tc := range cases {
		for _, p := range paths {
			ans := a.doWith(p.method, p.path, officeHours(), func(r *http.Request) {
				if tc.header != "" {
					r.Header.Set("Authorization", tc.header)
				}
			})
			wantError(t, ans, http.StatusUnauthorized, "", tc.msg)
		}
	}
	if len(s.Intervals()) != 0 || len(s.Extensions()) != 0 || len(s.ExtensionGroups()) != 0 ||
		len(s.Users()) != 0 || len(s.Agents()) != 0 || len(s.PhoneEvents()) != 0 {
		t.Fatal("an unauthenticated POST committed")
	}
	// The scheme is case-insensitive.
	ans := a.doWith("GET", "/client/@me/", nil, func(r *http.Request) { r.Header.Set("Authorization", "bearer "+a.token) })
	wantStatus(t, ans, http.StatusOK)
}

func TestUnauthorizedIsNotCounted(t *testing.T) {
	_, a := loggedIn(t, WithRateLimit(5, 0))
	tok := a.token
	a.token = "nope"
	for range 3 {
		ans := a.do("GET", "/client/@me/", nil)
		wantStatus(t, ans, http.StatusUnauthorized)
		if ans.header.Get("X-RateLimit-Remaining") != "5" || ans.header.Get("X-RateLimit-Limit") != "5" {
			t.Fatalf("401 headers %v", ans.header)
		}
	}
	a.token = tok
	if r := a.do("GET", "/client/@me/", nil).header.Get("X-RateLimit-Remaining"); r != "4" {
		t.Fatalf("remaining %q after first authenticated call, want 4", r)
	}
}
