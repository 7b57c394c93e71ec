package sandbox

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"
)

var hex32 = regexp.MustCompile(`^[0-9a-f]{32}$`)

func TestTokenClientCredentials(t *testing.T) {
	s, a := newAPI(t)
	ans := a.tokenRequest(creds(), nil)
	got := decode[map[string]any](t, ans, http.StatusOK)
	tok, _ := got["access_token"].(string)
	if !hex32.MatchString(tok) {
		t.Fatalf("access_token %q is not 32 hex characters", tok)
	}
	want := map[string]any{"access_token": tok, "token_type": "Bearer", "expires_in": float64(3600), "scope": "all"}
	if len(got) != len(want) {
		t.Fatalf("token answer %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Fatalf("%s = %v, want %v", k, got[k], v)
		}
	}
	if ans.header.Get("X-RateLimit-Limit") != "" {
		t.Fatal("the token endpoint must not carry rate-limit headers")
	}
	// A second request gets a different token; both work.
	first := tok
	second := a.login()
	if second == first {
		t.Fatal("tokens repeat")
	}
	for _, tk := range []string{first, second} {
		a.token = tk
		wantStatus(t, a.do("GET", "/client/@me/interval/", nil), http.StatusOK)
	}
	if s.TokensIssued() != 2 {
		t.Fatalf("TokensIssued = %d, want 2", s.TokensIssued())
	}
}

func TestTokenFieldsInQueryStringAndTrailingSlash(t *testing.T) {
	s, a := newAPI(t)
	wantStatus(t, a.tokenRequest(url.Values{}, creds()), http.StatusOK)
	// Split between query and body.
	wantStatus(t, a.tokenRequest(url.Values{"client_secret": {DemoAppSecret}},
		url.Values{"grant_type": {"client_credentials"}, "client_id": {DemoAppID}}), http.StatusOK)
	req, _ := http.NewRequest(http.MethodPost, a.root+TokenPath+"/?"+creds().Encode(), nil)
	wantStatus(t, send(req), http.StatusOK)
	if s.TokensIssued() != 3 {
		t.Fatalf("TokensIssued = %d, want 3", s.TokensIssued())
	}
}

func TestTokenRejections(t *testing.T) {
	with := func(key, val string) url.Values {
		v := creds()
		if val == "" {
			v.Del(key)
		} else {
			v.Set(key, val)
		}
		return v
	}
	cases := []struct {
		name   string
		form   url.Values
		status int
		code   string
		msg    string
	}{
		{"wrong secret", with("client_secret", "nope"), 401, "", "Invalid client credentials"},
		{"no secret", with("client_secret", ""), 401, "", "Invalid client credentials"},
		{"wrong app id", with("client_id", "other-app"), 401, "", "Invalid client credentials"},
		{"secret as id", with("client_id", DemoAppSecret), 401, "", "Invalid client credentials"},
		{"no grant", with("grant_type", ""), 400, "invalid_request", "grant_type"},
		{"password grant", with("grant_type", "password"), 400, "unsupported_grant_type", "password"},
		{"code grant", with("grant_type", "authorization_code"), 400, "unsupported_grant_type", "authorization_code"},
	}
	s, a := newAPI(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			wantError(t, a.tokenRequest(tc.form, nil), tc.status, tc.code, tc.msg)
		})
	}
	if s.TokensIssued() != 0 {
		t.Fatalf("rejected requests issued %d tokens", s.TokensIssued())
	}
	// Only POST.
	req, _ := http.NewRequest(http.MethodGet, a.root+TokenPath+"?"+creds().Encode(), nil)
	ans := send(req)
	wantError(t, ans, http.StatusMethodNotAllowed, "")
	if ans.header.Get("Allow") != "POST" {
		t.Fatalf("Allow %q", ans.header.Get("Allow"))
	}
	// A JSON body is not read: the fields are missing.
	req, _ = http.NewRequest(http.MethodPost, a.root+TokenPath,
		strings.NewReader(`{"grant_type":"client_credentials","client_id":"`+DemoAppID+`","client_secret":"`+DemoAppSecret+`"}`))
	req.Header.Set("Content-Type", "application/json")
	wantError(t, send(req), http.StatusBadRequest, "invalid_request", "grant_type")
}

func TestWithAppReplacesCredentials(t *testing.T) {
	_, a := newAPI(t, WithApp("my-app", "my-secret"))
	wantError(t, a.tokenRequest(creds(), nil), http.StatusUnauthorized, "")
	wantStatus(t, a.tokenRequest(url.Values{"grant_type": {"client_credentials"},
		"client_id": {"my-app"}, "client_secret": {"my-secret"}}, nil), http.StatusOK)
}

func TestWithoutExpiresIn(t *testing.T) {
	_, a := newAPI(t, WithoutExpiresIn())
	got := decode[map[string]any](t, a.tokenRequest(creds(), nil), http.StatusOK)
	if _, has := got["expires_in"]; has {
		t.Fatalf("expires_in present: %v", got)
	}
	tok, _ := got["access_token"].(string)
	if got["token_type"] != "Bearer" || got["scope"] != "all" || !hex32.MatchString(tok) {
		t.Fatalf("token answer %v", got)
	}
}

func TestTokenExpiry(t *testing.T) {
	clock := newClock(time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC))
	_, a := newAPI(t, WithClock(clock.now), WithTokenTTL(90*time.Second+time.Millisecond))
	got := decode[map[string]any](t, a.tokenRequest(creds(), nil), http.StatusOK)
	if got["expires_in"] != float64(91) {
		t.Fatalf("expires_in %v, want 91 (rounded up)", got["expires_in"])
	}
	a.token, _ = got["access_token"].(string)
	clock.advance(90 * time.Second)
	wantStatus(t, a.do("GET", "/client/@me/", nil), http.StatusOK)
	clock.advance(time.Millisecond)
	wantError(t, a.do("GET", "/client/@me/", nil), http.StatusUnauthorized, "", "expired")
	a.login()
	wantStatus(t, a.do("GET", "/client/@me/", nil), http.StatusOK)
}

func TestRevokeTokens(t *testing.T) {
	s, a := loggedIn(t)
	old := a.token
	wantStatus(t, a.do("POST", "/client/@me/interval/", officeHours()), http.StatusCreated)
	s.RevokeTokens()
	wantError(t, a.do("POST", "/client/@me/interval/", officeHours()), http.StatusUnauthorized, "", "expired")
	if n := len(s.Intervals()); n != 1 {
		t.Fatalf("a 401 call committed: %d intervals", n)
	}
	a.login()
	if a.token == old {
		t.Fatal("new token equals the revoked one")
	}
	wantStatus(t, a.do("POST", "/client/@me/interval/", officeHours()), http.StatusCreated)
	if s.TokensIssued() != 2 {
		t.Fatalf("TokensIssued = %d", s.TokensIssued())
	}
}
