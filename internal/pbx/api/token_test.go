package api

import (
	"errors"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

var bearerRe = regexp.MustCompile(`^Bearer [0-9a-f]{32}$`)

// authOf is the Authorization header of a recorded request.
func authOf(r sandboxkit.Request) string { return r.Header.Get("Authorization") }

func TestOneTokenForManyCalls(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)

	iv, err := e.client.Intervals().Create(ctx, me, officeHours("one token"))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 10; i++ {
		if _, err := e.client.ClientInfo(ctx, me); err != nil {
			t.Fatal(err)
		}
		if _, err := e.client.Intervals().Get(ctx, demoID, iv.ID); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := e.client.Intervals().List(ctx, me); err != nil {
		t.Fatal(err)
	}
	if err := e.client.Intervals().Delete(ctx, me, iv.ID); err != nil {
		t.Fatal(err)
	}
	if n := e.api.TokensIssued(); n != 1 {
		t.Errorf("tokens issued = %d, want 1 for all calls", n)
	}
	if n := e.count("POST", tokenRe); n != 1 {
		t.Errorf("token requests = %d, want 1", n)
	}
	// The token request is the client credentials grant.
	tr := e.requests("POST", tokenRe)[0]
	if tr.Form.Get("grant_type") != "client_credentials" || tr.Form.Get("client_id") != sandbox.DemoAppID || tr.Form.Get("client_secret") != sandbox.DemoAppSecret {
		t.Errorf("token request form = %v", tr.Form)
	}
	api := e.requests("", apiRe)
	if len(api) != 23 { // POST, 10 x 2 GETs, one list page, DELETE
		t.Errorf("API requests = %d, want 23", len(api))
	}
	first := authOf(api[0])
	if !bearerRe.MatchString(first) {
		t.Fatalf("Authorization = %q, want Bearer and a 32-digit hex token", first)
	}
	for _, r := range api {
		if authOf(r) != first {
			t.Errorf("%s %s sent %q, want the one token %q", r.Method, r.Path, authOf(r), first)
		}
	}
}

func TestConcurrentCallsShareOneTokenFetch(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	// The token answer is slow, so the calls really wait for the same fetch.
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindLatency, Method: "POST", Path: tokenRe, Delay: 100 * time.Millisecond})
	ctx := testCtx(t)

	const calls = 50
	var wg sync.WaitGroup
	errs := make(chan error, calls)
	start := make(chan struct{})
	for i := 0; i < calls; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			_, err := e.client.ClientInfo(ctx, me)
			errs <- err
		}()
	}
	close(start)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("ClientInfo: %v", err)
		}
	}
	if n := e.api.TokensIssued(); n != 1 {
		t.Errorf("tokens issued = %d, want 1 shared by %d parallel calls", n, calls)
	}
	if n := e.count("GET", clientInfoRe); n != calls {
		t.Errorf("API requests = %d, want %d (no 401 repeats)", n, calls)
	}
}

func TestRevokedTokenIsReplacedOnce(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	if _, err := e.client.ClientInfo(ctx, me); err != nil {
		t.Fatal(err)
	}
	e.api.RevokeTokens()
	e.api.Kit.ResetRequests()

	got, err := e.client.ClientInfo(ctx, me)
	if err != nil {
		t.Fatalf("ClientInfo after RevokeTokens: %v", err)
	}
	if got.ID != sandbox.DemoClientID {
		t.Errorf("ClientInfo = %+v", got)
	}
	if n := e.api.TokensIssued(); n != 2 {
		t.Errorf("tokens issued = %d, want 2 (one new after the 401)", n)
	}
	api := e.requests("GET", clientInfoRe)
	if len(api) != 2 {
		t.Fatalf("API requests = %d, want 2 (refused, repeated once)", len(api))
	}
	if authOf(api[0]) == authOf(api[1]) {
		t.Error("the request was repeated with the refused token")
	}
	// The new token is kept for later calls.
	if _, err := e.client.ClientInfo(ctx, me); err != nil {
		t.Fatal(err)
	}
	if n := e.api.TokensIssued(); n != 2 {
		t.Errorf("tokens issued = %d after one more call, want 2", n)
	}
}

func TestRevokedTokenPOSTCreatesOnce(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	if _, err := e.client.ClientInfo(ctx, me); err != nil {
		t.Fatal(err)
	}
	e.api.RevokeTokens()

	iv, err := e.client.Intervals().Create(ctx, me, officeHours("after revoke"))
	if err != nil {
		t.Fatalf("CreateInterval after RevokeTokens: %v", err)
	}
	if n := len(e.storedIntervalsNamed("after revoke")); n != 1 {
		t.Errorf("stored %d intervals, want 1", n)
	}
	if iv.ID == 0 || iv.Name != "after revoke" {
		t.Errorf("CreateInterval = %+v", iv)
	}
	if n := e.count("POST", intervalsRe); n != 2 {
		t.Errorf("POSTs = %d, want 2 (refused with 401, repeated once)", n)
	}
	if n := e.api.TokensIssued(); n != 2 {
		t.Errorf("tokens issued = %d, want 2", n)
	}

	e.api.RevokeTokens()
	l, err := e.client.DialRules().Create(ctx, me, sampleRules("after revoke"))
	if err != nil {
		t.Fatalf("CreateDialRuleList after RevokeTokens: %v", err)
	}
	if n := len(e.storedDialRulesNamed("after revoke")); n != 1 || l.ID == 0 {
		t.Errorf("stored %d lists (got %+v), want 1", n, l)
	}
}

func TestRevokedTokenParallelCallsFetchOneNewToken(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	if _, err := e.client.ClientInfo(ctx, me); err != nil {
		t.Fatal(err)
	}
	e.api.RevokeTokens()

	const calls = 20
	var wg sync.WaitGroup
	errs := make(chan error, calls)
	for i := 0; i < calls; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := e.client.ClientInfo(ctx, me)
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("ClientInfo: %v", err)
		}
	}
	if n := e.api.TokensIssued(); n != 2 {
		t.Errorf("tokens issued = %d, want 2: the parallel 401s share one new token", n)
	}
}

func TestTokenRefusedTwiceIsAnError(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Method: "GET", Path: `/client_info/`, Status: http.StatusUnauthorized,
		Body: `{"message":"Access token has expired"}`})

	_, err := e.client.ClientInfo(testCtx(t), me)
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.HTTPStatus != http.StatusUnauthorized || apiErr.Message != "Access token has expired" {
		t.Fatalf("err = %#v, want *Error HTTP 401", err)
	}
	var authErr *AuthError
	if errors.As(err, &authErr) {
		t.Errorf("err = %v: a refused token is not refused credentials", err)
	}
	if n := e.count("GET", clientInfoRe); n != 2 {
		t.Errorf("API requests = %d, want 2 (repeated once, not more)", n)
	}
	if n := e.api.TokensIssued(); n != 2 {
		t.Errorf("tokens issued = %d, want 2", n)
	}
}

func TestWrongCredentialsAreAnAuthError(t *testing.T) {
	t.Parallel()
	const wrongSecret = "wrong-secret-Qx7vT9pL"
	e := newEnv(t)
	cases := map[string]func(*Config){
		"secret": func(c *Config) { c.AppSecret = wrongSecret },
		"app id": func(c *Config) { c.AppID = "no-such-app"; c.AppSecret = wrongSecret },
	}
	for name, mod := range cases {
		t.Run(name, func(t *testing.T) {
			e.api.Kit.ResetRequests()
			c := e.newClient(mod)
			_, err := c.ClientInfo(testCtx(t), me)
			var authErr *AuthError
			if !errors.As(err, &authErr) {
				t.Fatalf("err = %#v, want *AuthError", err)
			}
			if authErr.Cause == nil || authErr.Cause.HTTPStatus != http.StatusUnauthorized {
				t.Errorf("cause = %+v, want HTTP 401", authErr.Cause)
			}
			msg := err.Error()
			for _, want := range []string{"pbx.app_id", "app_secret", "PBX_APP_ID", "Invalid client credentials"} {
				if !strings.Contains(msg, want) {
					t.Errorf("message %q lacks %q", msg, want)
				}
			}
			if strings.Contains(msg, wrongSecret) || strings.Contains(msg, "Qx7vT9pL") {
				t.Errorf("message %q contains the app secret", msg)
			}
			if n := e.count("", apiRe); n != 0 {
				t.Errorf("API requests = %d, want none without a token", n)
			}
			// Credentials are not retried like a transient failure.
			if n := e.count("POST", tokenRe); n != 1 {
				t.Errorf("token requests = %d, want 1", n)
			}
		})
	}
}

// BUG (see the report): for refused credentials the message carries the
// explanation of a refused *access token* ("The access token was refused even
// after fetching a new one."), because AuthError.Error uses Cause.Error(),
// whose explanation for HTTP 401 is written for API calls. No token was ever
// issued, so the sentence misleads the user.
func TestAuthErrorDoesNotBlameAnAccessToken(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	c := e.newClient(func(c *Config) { c.AppSecret = "wrong" })
	_, err := c.ClientInfo(testCtx(t), me)
	var authErr *AuthError
	if !errors.As(err, &authErr) {
		t.Fatalf("err = %#v, want *AuthError", err)
	}
	if strings.Contains(err.Error(), "access token was refused") {
		t.Errorf("the credentials error says a token was refused, but none was ever issued:\n%s", err)
	}
}

func TestTokenRenewedBeforeExpiry(t *testing.T) {
	t.Parallel()
	clk := newFakeClock(time.Date(2030, 1, 15, 10, 0, 0, 0, time.UTC))
	e := newEnv(t, sandbox.WithClock(clk.Now), sandbox.WithTokenTTL(5*time.Minute))
	e.client.tokens.Now = clk.Now
	ctx := testCtx(t)

	call := func() sandboxkit.Request {
		t.Helper()
		e.api.Kit.ResetRequests()
		if _, err := e.client.ClientInfo(ctx, me); err != nil {
			t.Fatalf("ClientInfo at %s: %v", clk.Now().Format(time.TimeOnly), err)
		}
		api := e.requests("", apiRe)
		if len(api) != 1 {
			t.Fatalf("API requests = %d at %s, want 1 (no 401)", len(api), clk.Now().Format(time.TimeOnly))
		}
		return api[0]
	}

	first := authOf(call())
	clk.Advance(3 * time.Minute) // 2 minutes left: keep the token
	if got := authOf(call()); got != first || e.api.TokensIssued() != 1 {
		t.Errorf("at +3m: token %q (issued %d), want the first one %q", got, e.api.TokensIssued(), first)
	}
	clk.Advance(90 * time.Second) // 30 s left (< tokencache.RenewBefore): renew before the server refuses it
	second := authOf(call())
	if second == first || e.api.TokensIssued() != 2 {
		t.Errorf("at +4m30s: token %q (issued %d), want a new one", second, e.api.TokensIssued())
	}
	clk.Advance(2 * time.Minute) // past the first token's expiry, the second is fresh
	if got := authOf(call()); got != second || e.api.TokensIssued() != 2 {
		t.Errorf("at +6m30s: token %q (issued %d), want the second one", got, e.api.TokensIssued())
	}
}

// BUG (see the report): a token whose lifetime is not longer than
// tokencache.RenewBefore (60 s) counts as stale the moment it arrives, so the client
// fetches a new token for every request (and parallel calls queue on the
// token mutex, one fetch each), instead of sharing one.
func TestShortLivedTokenIsShared(t *testing.T) {
	t.Parallel()
	clk := newFakeClock(time.Date(2030, 1, 15, 10, 0, 0, 0, time.UTC))
	e := newEnv(t, sandbox.WithClock(clk.Now), sandbox.WithTokenTTL(30*time.Second))
	e.client.tokens.Now = clk.Now
	ctx := testCtx(t)
	for i := 0; i < 3; i++ {
		if _, err := e.client.ClientInfo(ctx, me); err != nil {
			t.Fatal(err)
		}
		clk.Advance(time.Second)
	}
	if n := e.api.TokensIssued(); n != 1 {
		t.Errorf("tokens issued = %d for 3 calls within 3 s of a 30 s token, want 1", n)
	}
}

func TestTokenWithoutExpiresIn(t *testing.T) {
	t.Parallel()
	clk := newFakeClock(time.Date(2030, 1, 15, 10, 0, 0, 0, time.UTC))
	e := newEnv(t, sandbox.WithClock(clk.Now), sandbox.WithoutExpiresIn(), sandbox.WithTokenTTL(10*time.Minute))
	e.client.tokens.Now = clk.Now
	ctx := testCtx(t)

	for i := 0; i < 3; i++ {
		if _, err := e.client.ClientInfo(ctx, me); err != nil {
			t.Fatalf("call %d: %v", i, err)
		}
		clk.Advance(4 * time.Minute)
	}
	// Calls at +0, +4m and +8m: the unannounced lifetime (10 min) was enough.
	if n := e.api.TokensIssued(); n != 1 {
		t.Errorf("tokens issued = %d, want 1 while the token is valid", n)
	}
	if n := e.count("", apiRe); n != 3 {
		t.Errorf("API requests = %d, want 3", n)
	}
	// At +12m the server refuses the token: one 401, one new token, success.
	e.api.Kit.ResetRequests()
	got, err := e.client.ClientInfo(ctx, me)
	if err != nil {
		t.Fatalf("call after the token expired: %v", err)
	}
	if got.ID != sandbox.DemoClientID {
		t.Errorf("ClientInfo = %+v", got)
	}
	if n := e.api.TokensIssued(); n != 2 {
		t.Errorf("tokens issued = %d, want 2", n)
	}
	if n := e.count("", apiRe); n != 2 {
		t.Errorf("API requests = %d, want 2 (expired, repeated)", n)
	}
}

func TestTokenEndpointFailures(t *testing.T) {
	t.Parallel()

	t.Run("5xx", func(t *testing.T) {
		t.Parallel()
		e := newEnv(t)
		e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Method: "POST", Path: tokenRe, Status: http.StatusServiceUnavailable})
		_, err := e.client.ClientInfo(testCtx(t), me)
		if err == nil {
			t.Fatal("ClientInfo succeeded without a token")
		}
		var authErr *AuthError
		if errors.As(err, &authErr) {
			t.Errorf("err = %v: an unavailable token endpoint is not refused credentials", err)
		}
		var apiErr *Error
		if !errors.As(err, &apiErr) || apiErr.HTTPStatus != http.StatusServiceUnavailable {
			t.Errorf("err = %#v, want an *Error with HTTP 503 inside", err)
		}
		if !strings.Contains(err.Error(), "access token") || !strings.Contains(err.Error(), "503") {
			t.Errorf("message %q should say the token could not be had, and the status", err)
		}
		// Asking for a token is safe to repeat: 1 + MaxRetries attempts.
		if n := e.count("POST", tokenRe); n != 1+fastSettings.MaxRetries {
			t.Errorf("token requests = %d, want %d", n, 1+fastSettings.MaxRetries)
		}
		if n := e.count("", apiRe); n != 0 {
			t.Errorf("API requests = %d, want 0", n)
		}
	})

	t.Run("no access_token", func(t *testing.T) {
		t.Parallel()
		e := newEnv(t)
		e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Method: "POST", Path: tokenRe, Status: http.StatusOK,
			Body: `{"token_type":"Bearer","expires_in":3600}`})
		_, err := e.client.ClientInfo(testCtx(t), me)
		if err == nil || !strings.Contains(err.Error(), "without an access_token") || !strings.Contains(err.Error(), `token_type`) {
			t.Errorf("err = %v, want a message about the missing access_token quoting the body", err)
		}
	})
}
