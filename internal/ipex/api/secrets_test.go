package api

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-log/tflogtest"

	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex/sandbox"
)

// Secrets with characters that JSON, queries and paths escape differently,
// and recognizable heads that survive any escaping.
const (
	secretAPIPassword = `IpxPw&"/+%</x>`
	secretSIP1        = `SipOne&"/+%x1`
	secretSIP2        = `SipTwo<&>"x2`
)

// secretForms are the spellings in which a secret could show up.
func secretForms(secrets ...string) []string {
	var out []string
	for _, s := range secrets {
		enc, _ := json.Marshal(s) // escapes <, > and & as \u00xx
		var plain bytes.Buffer
		je := json.NewEncoder(&plain)
		je.SetEscapeHTML(false)
		_ = je.Encode(s)
		p := strings.TrimSpace(plain.String())
		out = append(out, s, url.QueryEscape(s), url.PathEscape(s), string(enc[1:len(enc)-1]), p[1:len(p)-1])
	}
	return out
}

// A TRACE log of logins, orders with SIP passwords, polls, a revoked
// token, refused credentials and a dead server holds neither the API
// password, any access token, nor a SIP password; nor do the errors.
//
// Not parallel: it sets TF_LOG_PROVIDER_TELECOM_IPEX (t.Setenv).
func TestSecretsNeverLoggedNorInErrors(t *testing.T) {
	t.Setenv("TF_LOG_PROVIDER_TELECOM_IPEX", "TRACE")
	sb := sandbox.New(sandbox.WithCredentials(sandbox.DemoUsername, secretAPIPassword), sandbox.WithOrderDelay(20*time.Millisecond))
	srv := httptest.NewServer(sb)
	t.Cleanup(srv.Close)

	var logs bytes.Buffer
	ctx, cancel := context.WithTimeout(tflogtest.RootLogger(context.Background(), &logs), 20*time.Second)
	defer cancel()
	cfg := Config{Username: sandbox.DemoUsername, Password: secretAPIPassword, BaseURL: srv.URL, Transport: fastSettings,
		FirstPoll: 5 * time.Millisecond, MaxPoll: 10 * time.Millisecond}
	c := NewClient(cfg)

	// Login, an order with a SIP password, polls, a change with another
	// password after the token died, a deactivation.
	id, err := c.OrderNumber(ctx, newNumber(numA), secretSIP1)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.WaitForOrder(ctx, id); err != nil {
		t.Fatal(err)
	}
	sb.RevokeTokens()
	id, err = c.ChangeNumber(ctx, VoIPNumber{Number: numA, CLIR: ptr("temporaryAllowed")}, secretSIP2)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.WaitForOrder(ctx, id); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Number(ctx, numA); err != nil {
		t.Fatal(err)
	}
	id, err = c.DeactivateNumber(ctx, numA)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.WaitForOrder(ctx, id); err != nil {
		t.Fatal(err)
	}

	var errs []error
	// A vendor refusal of a body that holds a SIP password.
	if _, err := c.OrderNumber(ctx, newNumber(numA+"9"), secretSIP1); err == nil {
		t.Fatal("a 10-digit number was accepted")
	} else {
		errs = append(errs, err)
	}
	// Refused credentials.
	bad := NewClient(Config{Username: sandbox.DemoUsername, Password: secretAPIPassword + "x", BaseURL: srv.URL, Transport: fastSettings})
	if _, err := bad.Profiles(ctx); err == nil {
		t.Fatal("a wrong password was accepted")
	} else {
		errs = append(errs, err)
	}
	// A dead server, before the login and with a token cached.
	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL
	dead.Close()
	dc := NewClient(Config{Username: sandbox.DemoUsername, Password: secretAPIPassword, BaseURL: deadURL, Transport: fastSettings})
	if _, err := dc.Profiles(ctx); err == nil {
		t.Fatal("a call to a closed server succeeded")
	} else {
		errs = append(errs, err)
	}
	moved := NewClient(cfg)
	if _, err := moved.Profiles(ctx); err != nil {
		t.Fatal(err)
	}
	moved.http.SetBaseURL(deadURL)
	if _, err := moved.ChangeNumber(ctx, VoIPNumber{Number: numA}, secretSIP2); err == nil {
		t.Fatal("a change against a closed server succeeded")
	} else {
		errs = append(errs, err)
	}

	// The secrets really went out, so their absence below is masking.
	var tokens []string
	var passwordSent bool
	var sipSent []string
	for _, r := range sb.Kit.Requests() {
		if r.Path == "/v1/token" && strings.Contains(r.Body, "IpxPw") {
			passwordSent = true
		}
		if a := r.Header.Get("Authorization"); a != "" && !slices.Contains(tokens, a) {
			tokens = append(tokens, a)
		}
		for _, s := range []string{secretSIP1, secretSIP2} {
			var b struct {
				P *struct{ Password string } `json:"provisioningAttributes"`
			}
			if json.Unmarshal([]byte(r.Body), &b) == nil && b.P != nil && b.P.Password == s && !slices.Contains(sipSent, s) {
				sipSent = append(sipSent, s)
			}
		}
	}
	if !passwordSent || len(sipSent) != 2 {
		t.Fatalf("test setup: API password sent %v, SIP passwords sent %v", passwordSent, sipSent)
	}
	if len(tokens) < 3 || sb.TokensIssued() != len(tokens) {
		t.Fatalf("test setup: %d tokens used, %d issued; want every issued token used, at least 3", len(tokens), sb.TokensIssued())
	}
	if s, _ := sb.Number(numA); s.SIPPassword != secretSIP2 {
		t.Fatalf("test setup: the stored SIP password is %q", s.SIPPassword)
	}

	leaks := secretForms(secretAPIPassword, secretSIP1, secretSIP2)
	leaks = append(leaks, "IpxPw", "SipOne", "SipTwo")
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
	for _, leak := range append([]string{"IpxPw", "SipOne", "SipTwo"}, tokens...) {
		if strings.Contains(string(decoded), leak) {
			t.Errorf("decoded log entries contain %q", leak)
		}
	}

	// The log is not vacuous: the login with its (masked) body, its
	// answer, bodies with provisioningAttributes, Authorization headers,
	// the refused token, order statuses and a failed connection.
	var loginBody, loginReply, sipBody, authHeader, refused, orderStatus, failed bool
	for _, e := range entries {
		str := func(k string) string { v, _ := e[k].(string); return v }
		switch e["@message"] {
		case "HTTP request":
			if strings.Contains(str("http_url"), "/v1/token") && strings.Contains(str("http_request_body"), `"password":"***"`) {
				loginBody = true
			}
			if strings.Contains(str("http_request_body"), `"provisioningAttributes":{"password":"***"}`) {
				sipBody = true
			}
			if strings.Contains(str("http_request_headers"), "Authorization") {
				authHeader = true
			}
		case "HTTP response body":
			if strings.Contains(str("http_url"), "/v1/token") && strings.Contains(str("http_response_body"), `"accessToken":"***"`) {
				loginReply = true
			}
		case "HTTP request failed":
			failed = true
		case "order status":
			orderStatus = true
		}
		if strings.Contains(str("@message"), "access token refused") {
			refused = true
		}
	}
	if !loginBody || !loginReply || !sipBody || !authHeader || !refused || !orderStatus || !failed {
		t.Errorf("log lacks the login body (%v), the login answer (%v), a masked SIP password body (%v), an Authorization header (%v), "+
			"the refused token (%v), an order status (%v) or a failed request (%v):\n%s",
			loginBody, loginReply, sipBody, authHeader, refused, orderStatus, failed, raw)
	}
}
