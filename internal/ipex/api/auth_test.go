package api

import (
	"errors"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// The emulator's tokens are 48 hex digits.
var (
	rawTokenRe    = regexp.MustCompile(`^[0-9a-f]{48}$`)
	bearerTokenRe = regexp.MustCompile(`^Bearer [0-9a-f]{48}$`)
)

func authOf(r sandboxkit.Request) string { return r.Header.Get("Authorization") }

func TestNewClientDefaults(t *testing.T) {
	t.Parallel()
	c := NewClient(Config{Username: "u", Password: "p"})
	got := c.Config()
	if got.BaseURL != DefaultBaseURL || got.AuthScheme != AuthSchemeRaw ||
		got.FirstPoll != DefaultFirstPoll || got.MaxPoll != DefaultMaxPoll {
		t.Errorf("defaults = base %q, scheme %q, polls %v/%v; want %q, %q, %v/%v", got.BaseURL, got.AuthScheme,
			got.FirstPoll, got.MaxPoll, DefaultBaseURL, AuthSchemeRaw, DefaultFirstPoll, DefaultMaxPoll)
	}
	c = NewClient(Config{Username: "u", Password: "p", BaseURL: "http://127.0.0.1:1/", AuthScheme: AuthSchemeBearer,
		FirstPoll: time.Second, MaxPoll: time.Minute})
	got = c.Config()
	if got.BaseURL != "http://127.0.0.1:1" || got.AuthScheme != AuthSchemeBearer || got.FirstPoll != time.Second || got.MaxPoll != time.Minute {
		t.Errorf("explicit settings were not kept (trailing slash trimmed): %+v", got)
	}
}

// The login is POST /v1/token with a JSON body; the token then goes into
// the Authorization header alone (raw, the default) or after "Bearer ".
func TestLoginAndAuthorizationHeader(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		scheme string
		want   *regexp.Regexp
	}{
		{"", rawTokenRe}, // the default is raw
		{AuthSchemeRaw, rawTokenRe},
		{AuthSchemeBearer, bearerTokenRe},
	} {
		t.Run("scheme "+tc.scheme, func(t *testing.T) {
			t.Parallel()
			e := newEnv(t)
			c := e.newClient(func(cfg *Config) { cfg.AuthScheme = tc.scheme })
			ctx := testCtx(t)
			if _, err := c.Number(ctx, sandbox.DemoExistingNumber); err != nil {
				t.Fatal(err)
			}
			if _, err := c.Profiles(ctx); err != nil {
				t.Fatal(err)
			}

			logins := e.requests(http.MethodPost, tokenRe)
			if len(logins) != 1 {
				t.Fatalf("%d logins, want 1", len(logins))
			}
			body := jsonBody(t, logins[0])
			if body["username"] != sandbox.DemoUsername || body["password"] != sandbox.DemoPassword || len(body) != 2 {
				t.Errorf("login body = %v, want exactly username and password", body)
			}
			if ct := logins[0].Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("login Content-Type = %q, want application/json", ct)
			}
			if a := authOf(logins[0]); a != "" {
				t.Errorf("the login itself sent Authorization %q", a)
			}
			calls := e.requests(http.MethodGet, `^/v1/voip/`)
			if len(calls) != 2 {
				t.Fatalf("%d API calls recorded, want 2", len(calls))
			}
			for _, r := range calls {
				if !tc.want.MatchString(authOf(r)) {
					t.Errorf("%s %s: Authorization %q does not match %s", r.Method, r.Path, authOf(r), tc.want)
				}
				if authOf(r) != authOf(calls[0]) {
					t.Errorf("the calls used different tokens: %q and %q", authOf(calls[0]), authOf(r))
				}
			}
		})
	}
}

// One login serves many calls, sequential and concurrent, of one client.
func TestOneLoginSharedByManyAndConcurrentCalls(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)

	// Concurrent calls on a client that has no token yet: they wait for
	// one login instead of each starting their own.
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var err error
			switch i % 3 {
			case 0:
				_, err = e.client.Number(ctx, sandbox.DemoExistingNumber)
			case 1:
				_, err = e.client.NumberState(ctx, sandbox.DemoExistingNumber)
			default:
				_, err = e.client.Profiles(ctx)
			}
			errs <- err
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < 10; i++ {
		if _, err := e.client.Number(ctx, sandbox.DemoExistingNumber); err != nil {
			t.Fatal(err)
		}
	}
	e.activate(t, newNumber(numA), "")
	if n := e.sb.TokensIssued(); n != 1 {
		t.Errorf("tokens issued = %d, want 1 for all calls", n)
	}
	if n := e.count(http.MethodPost, tokenRe); n != 1 {
		t.Errorf("login requests = %d, want 1", n)
	}
	if n := e.count("", `^/v1/(voip|requests)`); n < 52 {
		t.Errorf("only %d API calls recorded, want at least 52", n)
	}
}

// A token that dies early (401 "Token expired") costs one new login and the
// call is repeated once; concurrent callers share that login.
func TestRevokedTokenOneReLogin(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	if _, err := e.client.Number(ctx, sandbox.DemoExistingNumber); err != nil {
		t.Fatal(err)
	}
	oldAuth := authOf(e.requests(http.MethodGet, numberRe)[0])
	e.sb.RevokeTokens()
	e.sb.Kit.ResetRequests()

	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := e.client.Number(ctx, sandbox.DemoExistingNumber)
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatalf("a call failed after the token was revoked: %v", err)
		}
	}
	if n := e.sb.TokensIssued(); n != 2 {
		t.Errorf("tokens issued = %d, want 2 (one new login for all callers)", n)
	}
	if n := e.count(http.MethodPost, tokenRe); n != 1 {
		t.Errorf("logins after the revocation = %d, want 1", n)
	}
	var withOld, withNew int
	for _, r := range e.requests(http.MethodGet, numberRe) {
		switch authOf(r) {
		case oldAuth:
			withOld++
		default:
			withNew++
		}
	}
	if withNew != 20 || withOld < 1 || withOld > 20 {
		t.Errorf("calls with the revoked token = %d (want 1..20, each repeated once), with the new one = %d (want 20)", withOld, withNew)
	}

	// A write refused with 401 is repeated too, and takes effect once.
	e.sb.RevokeTokens()
	o := e.activate(t, newNumber(numB), "")
	if o.Status != OrderFinished {
		t.Errorf("order after a revoked token: %+v", o)
	}
	if n := len(e.ordersOfType(sandbox.TypeActivateVoip)); n != 1 {
		t.Errorf("%d activation orders, want 1", n)
	}
	if n := e.sb.TokensIssued(); n != 3 {
		t.Errorf("tokens issued = %d, want 3", n)
	}
}

// A second 401 in a row is not retried forever: the call fails with the
// API's message and a hint at the credentials.
func TestUnauthorizedTwiceFails(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	if _, err := e.client.Profiles(ctx); err != nil {
		t.Fatal(err)
	}
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Method: http.MethodGet, Path: numberRe, Status: http.StatusUnauthorized,
		Body: `{"statusCode":401,"error":"Unauthorized","message":"Invalid token"}`})
	_, err := e.client.Number(ctx, sandbox.DemoExistingNumber)
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusUnauthorized {
		t.Fatalf("err = %v, want an *Error with 401", err)
	}
	for _, want := range []string{"answered 401 Unauthorized", `"Invalid token"`, "IPEX_USERNAME", "IPEX_PASSWORD", "auth_scheme"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	if n := e.count(http.MethodGet, numberRe); n != 2 {
		t.Errorf("GET sent %d times, want 2 (the first and one repeat after a new login)", n)
	}
	if n := e.sb.TokensIssued(); n != 2 {
		t.Errorf("tokens issued = %d, want 2", n)
	}
}

func TestWrongPassword(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	const wrong = "not-the-Password-77"
	c := e.newClient(func(cfg *Config) { cfg.Password = wrong })
	_, err := c.Number(testCtx(t), sandbox.DemoExistingNumber)
	if err == nil {
		t.Fatal("a wrong password was accepted")
	}
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusUnauthorized || apiErr.Message != "Invalid username or password" {
		t.Fatalf("err = %#v, want the API's 401 as *Error", err)
	}
	for _, want := range []string{
		`logging in to IPEX as "` + sandbox.DemoUsername + `"`,
		"POST /v1/token answered 401",
		`"Invalid username or password"`,
		"check ipex.username and ipex.password (IPEX_USERNAME, IPEX_PASSWORD)",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	if strings.Contains(err.Error(), wrong) {
		t.Errorf("error %q shows the password", err)
	}
	if n := e.count(http.MethodPost, tokenRe); n != 1 {
		t.Errorf("login sent %d times, want 1 (a refusal is not retried)", n)
	}
	if n := e.count(http.MethodGet, ""); n != 0 {
		t.Errorf("%d calls were made without a token", n)
	}
}

// A login answer without a token is an error, not an empty header.
func TestLoginWithoutToken(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Method: http.MethodPost, Path: tokenRe, Status: http.StatusOK, Body: `{"expire":"2030-01-01T00:00:00.000Z"}`})
	_, err := e.client.Profiles(testCtx(t))
	if err == nil || !strings.Contains(err.Error(), "without an accessToken") || !strings.Contains(err.Error(), "HTTP 200") {
		t.Fatalf("err = %v, want one saying the login answered without an accessToken", err)
	}
	if n := e.count(http.MethodGet, profilesRe); n != 0 {
		t.Errorf("the call was sent %d times without a token", n)
	}
}

// The expiry the login announces is honoured: a short-lived token is
// replaced before it dies, so no call is ever refused with 401.
func TestTokenRenewedBeforeExpiry(t *testing.T) {
	t.Parallel()
	e := newEnv(t, sandbox.WithTokenTTL(300*time.Millisecond))
	ctx := testCtx(t)
	if _, err := e.client.Profiles(ctx); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond) // past half the lifetime: renewal due
	if _, err := e.client.Profiles(ctx); err != nil {
		t.Fatal(err)
	}
	if n := e.sb.TokensIssued(); n != 2 {
		t.Errorf("tokens issued = %d, want 2 (renewed before expiry)", n)
	}
	if n := e.count(http.MethodGet, profilesRe); n != 2 {
		t.Errorf("%d profile calls, want 2: a call was refused and repeated", n)
	}
}
