package sandbox

import (
	"net/http"
	"regexp"
	"testing"
	"time"
)

var isoMillisRE = regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$`)

func TestLoginAnswersBothExpiryFields(t *testing.T) {
	clk := newClock()
	_, a := newAPI(t, WithClock(clk.now), WithTokenTTL(90*time.Minute))
	tok := a.login()
	if !isoMillisRE.MatchString(tok.Expire) || tok.Expire != tok.ExpiresAt {
		t.Fatalf("expiry fields %q / %q", tok.Expire, tok.ExpiresAt)
	}
	if tok.ExpiresAt != "2025-03-14T11:00:00.000Z" {
		t.Fatalf("expiresAt %s, want login time + 90m", tok.ExpiresAt)
	}
	// Every login issues a new token; the old one stays valid.
	old := a.token
	a.login()
	if a.token == old {
		t.Fatal("same token twice")
	}
	a.token = old
	wantStatus(t, a.do("GET", "/v1/voip/profiles", nil), http.StatusOK)
}

func TestBothAuthorizationHeaderForms(t *testing.T) {
	s, a := loggedIn(t)
	for _, h := range []string{a.token, "Bearer " + a.token, "bearer  " + a.token} {
		ans := a.raw("GET", "/v1/voip/"+DemoExistingNumber, nil, func(r *http.Request) { r.Header.Set("Authorization", h) })
		if got := decode[map[string]any](t, ans, http.StatusOK); got["number"] != DemoExistingNumber {
			t.Fatalf("header %q: %s", h, ans.body)
		}
	}
	if got := s.Kit.Requests()[2].Header.Get("Authorization"); got != "Bearer "+a.token {
		t.Fatalf("recorded header %q", got)
	}
}

func TestMissingUnknownAndExpiredTokens(t *testing.T) {
	clk := newClock()
	_, a := newAPI(t, WithClock(clk.now), WithTokenTTL(time.Minute))
	path := "/v1/voip/" + DemoExistingNumber
	wantBoom(t, a.raw("GET", path, nil, nil), http.StatusUnauthorized, "Missing authentication")
	for _, h := range []string{"Bearer", "Bearer   ", "  "} {
		wantBoom(t, a.raw("GET", path, nil, func(r *http.Request) { r.Header.Set("Authorization", h) }),
			http.StatusUnauthorized, "Missing authentication")
	}
	a.token = "not-a-token"
	wantBoom(t, a.do("GET", path, nil), http.StatusUnauthorized, "Invalid token")
	a.login()
	clk.advance(59 * time.Second)
	wantStatus(t, a.do("GET", path, nil), http.StatusOK)
	clk.advance(time.Second) // exactly at expiry
	wantBoom(t, a.do("GET", path, nil), http.StatusUnauthorized, "Token expired")
	a.login()
	wantStatus(t, a.do("GET", path, nil), http.StatusOK)
}

func TestRevokeTokens(t *testing.T) {
	s, a := loggedIn(t)
	a.bearer = true
	wantStatus(t, a.do("GET", "/v1/requests", nil), http.StatusOK)
	s.RevokeTokens()
	wantBoom(t, a.do("GET", "/v1/requests", nil), http.StatusUnauthorized, "Token expired")
	a.login()
	wantStatus(t, a.do("GET", "/v1/requests", nil), http.StatusOK)
	if s.TokensIssued() != 2 {
		t.Fatalf("tokens issued %d", s.TokensIssued())
	}
}

func TestLoginErrors(t *testing.T) {
	_, a := newAPI(t, WithCredentials("alice", "wonder"))
	wantBoom(t, a.raw("POST", "/v1/token", map[string]string{"username": "alice", "password": "nope"}, nil),
		http.StatusUnauthorized, "Invalid username or password")
	wantValidation(t, a.raw("POST", "/v1/token", map[string]string{"username": "alice"}, nil),
		"payload", "password", `"password" is required`)
	wantValidation(t, a.raw("POST", "/v1/token", map[string]any{"username": 7, "password": "x"}, nil),
		"payload", "username", `"username" must be a string`)
	wantValidation(t, a.raw("POST", "/v1/token", nil, nil), "payload", "", `"value" must be of type object`)
	wantBoom(t, a.raw("POST", "/v1/token", `{"username":`, nil), http.StatusBadRequest, "Invalid request payload JSON format")
	// Only POST: GET is an unknown route.
	wantBoom(t, a.raw("GET", "/v1/token", nil, nil), http.StatusNotFound, "Not Found")
	decode[tokenAnswer](t, a.raw("POST", "/v1/token", map[string]string{"username": "alice", "password": "wonder"}, nil), http.StatusOK)
}
