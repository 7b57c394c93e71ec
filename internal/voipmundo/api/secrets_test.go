package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-log/tflogtest"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
	"github.com/telecom-tf/terraform-provider-telecom/internal/voipmundo/sandbox"
)

// traceCtx turns TRACE logging of the voipmundo subsystem on and captures
// every log line in the returned buffer.
func traceCtx(t *testing.T) (context.Context, *bytes.Buffer) {
	t.Helper()
	t.Setenv("TF_LOG_PROVIDER_TELECOM_VOIPMUNDO", "TRACE")
	var logs bytes.Buffer
	ctx, cancel := context.WithTimeout(tflogtest.RootLogger(t.Context(), &logs), 30*time.Second)
	t.Cleanup(cancel)
	return ctx, &logs
}

// secretLeaks are every spelling of the seeded credentials that must never
// be in a log: literal, escaped, and the recognizable head of each.
func secretLeaks() []string {
	var out []string
	for _, s := range demoSecrets {
		out = append(out, s, url.PathEscape(s), url.QueryEscape(s))
	}
	return append(out, recognizable(demoSecrets...)...)
}

// TestTraceLogsHoldNoCredentials makes every kind of call with TRACE
// logging on: reads by the three token levels (the record's users carry
// api_token/api_key values in the body), a not-found, a 403, a 422, a 429
// that is retried, a body that is not JSON and echoes the path, and a
// connection error. Neither the caller's token and key (URL path segments)
// nor any user's token and key may appear in the log or the errors.
func TestTraceLogsHoldNoCredentials(t *testing.T) {
	ctx, logs := traceCtx(t)
	e := newEnv(t)
	keyed := newEnv(t, sandbox.WithUsersShape(sandbox.UsersByID))
	var errs []error
	mustFail := func(what string, err error) {
		t.Helper()
		if err == nil {
			t.Fatalf("%s: no error", what)
		}
		errs = append(errs, err)
	}

	if _, err := e.master().Customer(ctx, sandbox.DemoCustomerID); err != nil {
		t.Fatalf("master: %v", err)
	}
	if _, err := keyed.master().Customer(ctx, sandbox.DemoCustomerID); err != nil {
		t.Fatalf("master, users keyed by id: %v", err)
	}
	if _, err := e.subscriber().Customer(ctx, 0); err != nil {
		t.Fatalf("subscriber: %v", err)
	}
	if _, err := e.reseller().Customer(ctx, sandbox.DemoSubscriberCustomerID); err != nil {
		t.Fatalf("reseller: %v", err)
	}
	_, err := e.reseller().Customer(ctx, sandbox.DemoForeignCustomerID)
	mustFail("reseller, foreign customer", err)
	_, err = e.client(sandbox.DemoMasterToken, sandbox.DemoSubscriberKey).Customer(ctx, 1)
	mustFail("bad key", err)
	_, err = e.client(sandbox.DemoNoAPIAccessToken, sandbox.DemoNoAPIAccessKey).Customer(ctx, 0)
	mustFail("user without API access", err)
	_, err = e.master().Customer(ctx, 0)
	mustFail("master without id", err)

	// 429 once, then the record.
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: http.StatusTooManyRequests, Times: 1,
		Body: `{"error":1,"reason":"Muitas requisições simultâneas"}`})
	if _, err := e.subscriber().Customer(ctx, 0); err != nil {
		t.Fatalf("subscriber after a 429: %v", err)
	}
	// An HTML page that echoes the path.
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindMalformed, Times: 1,
		Body: fmt.Sprintf("<html>erro em /api/getCustomer/%s/%s</html>", sandbox.DemoSubscriberToken, sandbox.DemoSubscriberKey)})
	_, err = e.subscriber().Customer(ctx, 0)
	mustFail("malformed body", err)
	// A truncated record (the emulator cuts it in half).
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindMalformed, Times: 1})
	_, err = e.master().Customer(ctx, sandbox.DemoCustomerID)
	mustFail("truncated body", err)

	// A connection error: net/http quotes the URL.
	c := NewClient(Config{APIToken: sandbox.DemoMasterToken, APIKey: sandbox.DemoMasterKey, BaseURL: "http://127.0.0.1:1", // nothing listens on port 1
		Transport: transport.Settings{MaxRetries: 0}})
	_, err = c.Customer(ctx, 1)
	mustFail("connection refused", err)

	// The credentials really were sent, so their absence below is masking.
	sent := strings.Join(e.paths(), "\n")
	for _, s := range []string{sandbox.DemoMasterToken, sandbox.DemoMasterKey, sandbox.DemoSubscriberToken, sandbox.DemoResellerKey} {
		if !strings.Contains(sent, s) {
			t.Fatalf("test setup: %s never reached the emulator", s)
		}
	}

	raw := logs.String()
	for _, leak := range secretLeaks() {
		if strings.Contains(raw, leak) {
			t.Errorf("log contains %q", leak)
		}
		for _, err := range errs {
			if strings.Contains(err.Error(), leak) {
				t.Errorf("error %q contains %q", err, leak)
			}
		}
	}

	entries, err := tflogtest.MultilineJSONDecode(logs)
	if err != nil {
		t.Fatal(err)
	}
	decoded, _ := json.Marshal(entries)
	for _, leak := range secretLeaks() {
		if strings.Contains(string(decoded), leak) {
			t.Errorf("decoded log entries contain %q", leak)
		}
	}

	// The log is not vacuous: TRACE request lines with masked URLs,
	// response bodies with the users (masked credentials) and the failure.
	var requests, maskedURL, usersBody, keyedBody, failed, tooMany int
	for _, entry := range entries {
		str := func(k string) string { v, _ := entry[k].(string); return v }
		switch entry["@message"] {
		case "HTTP request":
			requests++
			if strings.Contains(str("http_url"), "/api/getCustomer/***/***") {
				maskedURL++
			}
		case "HTTP response body":
			b := str("http_response_body")
			if strings.Contains(b, "recepcao.sandbox") && strings.Contains(b, `"api_token":"***"`) && strings.Contains(b, `"api_key":"***"`) {
				usersBody++
				if strings.Contains(b, `"2232":{`) {
					keyedBody++
				}
			}
		case "HTTP response":
			if st, _ := entry["http_status"].(float64); st == http.StatusTooManyRequests {
				tooMany++
			}
		case "HTTP request failed":
			failed++
		}
	}
	if requests < 12 || maskedURL != requests || usersBody < 2 || keyedBody != 1 || failed != 1 || tooMany != 1 {
		t.Errorf("log lines: %d requests (%d with a masked URL), %d bodies with users (%d keyed), %d failed, %d answered 429\n%s",
			requests, maskedURL, usersBody, keyedBody, failed, tooMany, decoded)
	}
}

// cutInsideToken changes the foreign customer so that the emulator's
// truncated body (its first half) ends inside a user's api_token value,
// and returns that token.
func cutInsideToken(t *testing.T, e *env) string {
	t.Helper()
	const token = "5a1f0c9e-2d7b-4e3a-8f6c-0b9d1e2a7c48-1063"
	rec, _ := e.api.Customer(sandbox.DemoForeignCustomerID)
	base := rec.Users[0]
	for pad := 0; pad < 8000; pad += 2 {
		extra := base
		extra.ID = sandbox.Str("2241")
		extra.Username = sandbox.Str("extra.user")
		extra.APIToken = sandbox.Str(token)
		extra.APIKey = sandbox.Str("b2e4d6f8-1a3c-4e5f-9d7b-6c8a0e2f4b13-1063")
		extra.NomeCompleto = sandbox.Str("Nome " + strings.Repeat("x", pad))
		extra.Root = sandbox.Str("0")
		rec.Users = []sandbox.User{base, extra}
		if err := e.api.PutCustomer(rec); err != nil {
			t.Fatal(err)
		}
		body := rawRecord(t, e, sandbox.DemoForeignCustomerID)
		cut := len(body) / 2
		at := strings.Index(body, token)
		if at >= 0 && cut > at+15 && cut < at+len(token)-5 {
			return token
		}
	}
	t.Fatal("test setup: no padding puts the cut inside the token")
	return ""
}

// rawRecord reads the record with a plain HTTP client (no logging).
func rawRecord(t *testing.T, e *env, id int64) string {
	t.Helper()
	resp, err := http.Get(fmt.Sprintf("%s/api/%s/%s/%s/%d", e.url, sandbox.ActionCustomer, sandbox.DemoMasterToken, sandbox.DemoMasterKey, id))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The emulator's malformed fault cuts the record in half. When the cut
// falls inside a user's api_token, the TRACE log must not show the part
// of the token before the cut.
func TestTraceLogOfTruncatedRecordHidesPartialToken(t *testing.T) {
	e := newEnv(t)
	token := cutInsideToken(t, e)
	e.api.Kit.ResetRequests()
	ctx, logs := traceCtx(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindMalformed, Times: 1})
	_, err := e.master().Customer(ctx, sandbox.DemoForeignCustomerID)
	if err == nil {
		t.Fatal("no error for a truncated record")
	}
	if !strings.Contains(logs.String(), "outro.cliente") {
		t.Fatalf("test setup: the truncated body with the users is not in the log:\n%s", logs)
	}
	if strings.Contains(logs.String(), token[:13]) {
		t.Errorf("log shows the head of a user's api_token (%q) from a truncated body", token[:13])
	}
	mustNotContain(t, err.Error(), token[:13])
}
