package sandbox

import (
	"fmt"
	"net/http"
	"testing"
)

// Users of each scope, agents of each kind and webhooks count against
// their own limit; the scopes and kinds do not count against each other.
func TestUserAgentEventLimits(t *testing.T) {
	cases := []struct {
		path, limit string
		body        func(i int, ext, group int64) map[string]any
		set         func(*Limits, int64)
	}{
		{"user/client", "user_client_limit",
			func(i int, _, _ int64) map[string]any { return userBody(UserScopeClient, fmt.Sprint("c", i), 0) },
			func(l *Limits, n int64) { l.UserClientLimit = n }},
		{"user/extension", "user_extension_limit",
			func(i int, ext, _ int64) map[string]any { return userBody(UserScopeExtension, fmt.Sprint("e", i), ext) },
			func(l *Limits, n int64) { l.UserExtensionLimit = n }},
		{"user/extension_group", "user_extension_group_limit",
			func(i int, _, group int64) map[string]any {
				return userBody(UserScopeExtensionGroup, fmt.Sprint("g", i), group)
			},
			func(l *Limits, n int64) { l.UserExtensionGroupLimit = n }},
		{"agent/local", "extension_agent_limit",
			func(i int, ext, _ int64) map[string]any { return agentBody(AgentKindLocal, fmt.Sprint("l", i), ext) },
			func(l *Limits, n int64) { l.ExtensionAgentLimit = n }},
		{"agent/remote", "remote_agent_limit",
			func(i int, _, _ int64) map[string]any { return agentBody(AgentKindRemote, fmt.Sprint("r", i), 0) },
			func(l *Limits, n int64) { l.RemoteAgentLimit = n }},
		{"phone_events", "event_limit",
			func(int, int64, int64) map[string]any { return hook("answer") },
			func(l *Limits, n int64) { l.EventLimit = n }},
	}
	for _, tc := range cases {
		t.Run(tc.path, func(t *testing.T) {
			s, a, bound := userFixture(t, WithLimits(func(l *Limits) { tc.set(l, 2) }))
			ext, group := bound[UserScopeExtension], bound[UserScopeExtensionGroup]
			post := func(i int) answer { return a.do("POST", "/client/@me/"+tc.path+"/", tc.body(i, ext, group)) }
			first := decode[map[string]any](t, post(0), http.StatusCreated)
			wantStatus(t, post(1), http.StatusCreated)
			wantError(t, post(2), http.StatusBadRequest, "limit_exceeded", tc.limit, "2 of 2")
			// Objects of the other scopes and kinds do not count.
			for _, other := range cases {
				if other.path != tc.path {
					wantStatus(t, a.do("POST", "/client/@me/"+other.path+"/", other.body(10, ext, group)), http.StatusCreated)
				}
			}
			wantError(t, post(2), http.StatusBadRequest, "limit_exceeded", "2 of 2")
			// A freed place can be used again.
			one := "/client/@me/" + tc.path + "/"
			if tc.path == "phone_events" {
				one = "/client/@me/phone_event/"
			}
			wantStatus(t, a.do("DELETE", fmt.Sprint(one, first["id"]), nil), http.StatusNoContent)
			wantStatus(t, post(2), http.StatusCreated)
			l := s.Limits()
			tc.set(&l, 1)
			s.SetLimits(l)
			wantError(t, post(3), http.StatusBadRequest, "limit_exceeded", "2 of 1")
			tc.set(&l, 0)
			s.SetLimits(l)
			wantStatus(t, post(3), http.StatusCreated)
		})
	}
}
