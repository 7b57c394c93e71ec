package api

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-log/tflogtest"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// The secret has characters that are escaped differently in a form body, a
// query, a path and JSON, and a recognizable head that survives every
// escaping.
const secretAppSecret = "Kv8Rq&Se cr/+t%app"

func TestSecretsNeverLoggedNorInErrors(t *testing.T) {
	t.Setenv("TF_LOG_PROVIDER_TELECOM_PBX", "TRACE")
	api := sandbox.New(sandbox.WithApp(sandbox.DemoAppID, secretAppSecret))
	srv := httptest.NewServer(api)
	t.Cleanup(srv.Close)

	var logs bytes.Buffer
	ctx, cancel := context.WithTimeout(tflogtest.RootLogger(context.Background(), &logs), 20*time.Second)
	defer cancel()
	cfg := Config{AppID: sandbox.DemoAppID, AppSecret: secretAppSecret, BaseURL: srv.URL, Transport: fastSettings}
	c := NewClient(cfg)

	// Token fetch, reads, a create, a 401 with a second token, a delete.
	if _, err := c.ClientInfo(ctx, me); err != nil {
		t.Fatalf("ClientInfo: %v", err)
	}
	iv, err := c.Intervals().Create(ctx, me, officeHours("secret test"))
	if err != nil {
		t.Fatalf("CreateInterval: %v", err)
	}
	api.RevokeTokens()
	if _, err := c.Intervals().List(ctx, me); err != nil {
		t.Fatalf("Intervals after RevokeTokens: %v", err)
	}
	if err := c.Intervals().Delete(ctx, me, iv.ID); err != nil {
		t.Fatalf("DeleteInterval: %v", err)
	}
	var errs []error
	// A vendor refusal.
	_, err = c.Intervals().Get(ctx, me, 999999)
	if err == nil {
		t.Fatal("Interval of a missing id succeeded")
	}
	errs = append(errs, err)
	// Refused credentials.
	bad := NewClient(Config{AppID: sandbox.DemoAppID, AppSecret: secretAppSecret + "x", BaseURL: srv.URL, Transport: fastSettings})
	if _, err := bad.ClientInfo(ctx, me); err == nil {
		t.Fatal("a wrong secret was accepted")
	} else {
		errs = append(errs, err)
	}

	// Connection refused: no token yet (the token POST fails) ...
	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL
	dead.Close()
	dc := NewClient(Config{AppID: sandbox.DemoAppID, AppSecret: secretAppSecret, BaseURL: deadURL, Transport: fastSettings})
	_, err = dc.ClientInfo(ctx, me)
	if err == nil {
		t.Fatal("ClientInfo against a closed server succeeded")
	}
	if !strings.Contains(err.Error(), "refused") {
		t.Errorf("error %q should say the connection was refused", err)
	}
	errs = append(errs, err)
	// ... and with a token cached (the API call fails).
	moved := NewClient(cfg)
	if _, err := moved.ClientInfo(ctx, me); err != nil {
		t.Fatal(err)
	}
	moved.http.SetBaseURL(deadURL)
	if _, err := moved.Intervals().Create(ctx, me, officeHours("nowhere")); err == nil {
		t.Fatal("CreateInterval against a closed server succeeded")
	} else {
		errs = append(errs, err)
	}

	// Both were really sent, so their absence below is masking.
	var tokens []string
	secretSent := false
	for _, r := range api.Kit.Requests() {
		if r.Form.Get("client_secret") == secretAppSecret {
			secretSent = true
		}
		if tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok && !contains(tokens, tok) {
			tokens = append(tokens, tok)
		}
	}
	if !secretSent {
		t.Fatal("test setup: the app secret never reached the emulator")
	}
	if len(tokens) < 3 || api.TokensIssued() != len(tokens) {
		t.Fatalf("test setup: %d tokens used, %d issued; want every issued token used, at least 3", len(tokens), api.TokensIssued())
	}

	leaks := []string{secretAppSecret, url.QueryEscape(secretAppSecret), url.PathEscape(secretAppSecret), "Kv8Rq"}
	leaks = append(leaks, tokens...)
	raw := logs.String()
	for _, leak := range leaks {
		if strings.Contains(raw, leak) {
			t.Errorf("log contains %q", leak)
		}
		for _, e := range errs {
			if strings.Contains(e.Error(), leak) {
				t.Errorf("error %q contains %q", e, leak)
			}
		}
	}

	entries, err := tflogtest.MultilineJSONDecode(&logs)
	if err != nil {
		t.Fatal(err)
	}
	decoded, _ := json.Marshal(entries)
	for _, leak := range append([]string{"Kv8Rq"}, tokens...) {
		if strings.Contains(string(decoded), leak) {
			t.Errorf("decoded log entries contain %q", leak)
		}
	}

	// The log is not vacuous: the token request with its (masked) form body,
	// the token answer, API requests with an Authorization header, the
	// refused token and the failed connection are there.
	var tokenBody, tokenReply, authHeader, refused, failed bool
	for _, e := range entries {
		str := func(k string) string { v, _ := e[k].(string); return v }
		switch e["@message"] {
		case "HTTP request":
			if strings.Contains(str("http_url"), "/oauth/token") && strings.Contains(str("http_request_body"), "client_secret=") {
				tokenBody = true
			}
			if strings.Contains(str("http_request_headers"), "Authorization") {
				authHeader = true
			}
		case "HTTP response body":
			if strings.Contains(str("http_url"), "/oauth/token") && strings.Contains(str("http_response_body"), `"access_token":"***"`) {
				tokenReply = true
			}
		case "HTTP request failed":
			failed = true
		}
		if strings.Contains(str("@message"), "access token refused") {
			refused = true
		}
	}
	if !tokenBody || !tokenReply || !authHeader || !refused || !failed {
		t.Errorf("log lacks the token request body (%v), the token answer (%v), an Authorization header (%v), "+
			"the refused token (%v) or a failed request (%v):\n%s", tokenBody, tokenReply, authHeader, refused, failed, raw)
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
