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

	"github.com/telecom-tf/terraform-provider-telecom/internal/sms/sandbox"
)

// The secrets have characters that JSON, a query and a path escape
// differently, and a recognizable head that survives every escaping.
const (
	secretToken      = `TokSms7Q&x/+%"tok`
	secretAPIUserPw  = `ApiPw7K&"/+% x`
	secretSubaccount = `SubPw9&"d/+%é` // 3-20 characters, as add requires
)

// Neither the API token, nor the API user's password, nor a new
// subaccount's password appears in a TRACE log or in an error, while the
// requests that carry them are logged with their bodies.
func TestSecretsNeverLoggedNorInErrors(t *testing.T) {
	t.Setenv("TF_LOG_PROVIDER_TELECOM_SMS", "TRACE")
	sb := sandbox.New(sandbox.WithAPIToken(secretToken), sandbox.WithAPIUser(sandbox.DemoUsername, secretAPIUserPw))
	srv := httptest.NewServer(sb)
	t.Cleanup(srv.Close)

	var logs bytes.Buffer
	ctx, cancel := context.WithTimeout(tflogtest.RootLogger(context.Background(), &logs), 20*time.Second)
	defer cancel()
	tokenCfg := Config{APIToken: secretToken, BaseURL: srv.URL, Transport: fastSettings}
	userCfg := Config{Username: sandbox.DemoUsername, Password: secretAPIUserPw, BaseURL: srv.URL, Transport: fastSettings}
	var errs []error

	for _, cfg := range []Config{tokenCfg, userCfg} {
		c := NewClient(cfg)
		name := "tok"
		if cfg.APIToken == "" {
			name = "usr"
		}
		in := NewSubaccount{Username: "secret-" + name, Password: secretSubaccount, TemplateID: sandbox.DemoTemplateID, Name: "Secret"}
		id, err := c.CreateSubaccount(ctx, in)
		if err != nil {
			t.Fatalf("CreateSubaccount (%s): %v", name, err)
		}
		if !sb.PasswordMatches(id, secretSubaccount) {
			t.Fatalf("test setup: the subaccount password did not arrive intact (%s)", name)
		}
		if _, err := c.Subaccount(ctx, id); err != nil {
			t.Fatal(err)
		}
		if err := c.SetLimit(ctx, id, "eco", 1); err != nil {
			t.Fatal(err)
		}
		// A vendor refusal of an add that carries the password (4502).
		if _, err := c.CreateSubaccount(ctx, in); err == nil {
			t.Fatalf("a duplicate add succeeded (%s)", name)
		} else {
			errs = append(errs, err)
		}
		if err := c.DeleteSubaccount(ctx, id); err != nil {
			t.Fatal(err)
		}
	}

	// Refused credentials of both kinds.
	for _, cfg := range []Config{
		{APIToken: secretToken + "x", BaseURL: srv.URL, Transport: fastSettings},
		{Username: sandbox.DemoUsername, Password: secretAPIUserPw + "x", BaseURL: srv.URL, Transport: fastSettings},
	} {
		if _, err := NewClient(cfg).Subaccounts(ctx); err == nil {
			t.Fatal("wrong credentials were accepted")
		} else {
			errs = append(errs, err)
		}
	}

	// Connection refused, for an add (with the subaccount password) and a read.
	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL
	dead.Close()
	for _, cfg := range []Config{tokenCfg, userCfg} {
		cfg.BaseURL = deadURL
		c := NewClient(cfg)
		if _, err := c.CreateSubaccount(ctx, NewSubaccount{Username: "nowhere", Password: secretSubaccount, TemplateID: sandbox.DemoTemplateID}); err == nil {
			t.Fatal("CreateSubaccount against a closed server succeeded")
		} else {
			errs = append(errs, err)
		}
		if _, err := c.Subaccount(ctx, 1); err == nil {
			t.Fatal("Subaccount against a closed server succeeded")
		} else {
			errs = append(errs, err)
		}
	}

	// Every secret really was sent, so its absence below is masking.
	var tokenSent, userPwSent, subPwSent bool
	for _, r := range sb.Kit.Requests() {
		if r.Header.Get("Authorization") == "Bearer "+secretToken {
			tokenSent = true
		}
		var b map[string]any
		_ = json.Unmarshal([]byte(r.Body), &b)
		if b["password"] == secretAPIUserPw {
			userPwSent = true
		}
		if b["subaccount_password"] == secretSubaccount {
			subPwSent = true
		}
	}
	if !tokenSent || !userPwSent || !subPwSent {
		t.Fatalf("test setup: token sent %v, API user password sent %v, subaccount password sent %v", tokenSent, userPwSent, subPwSent)
	}

	var leaks []string
	for _, s := range []string{secretToken, secretAPIUserPw, secretSubaccount} {
		leaks = append(leaks, s, url.QueryEscape(s), url.PathEscape(s))
		enc, _ := json.Marshal(s)
		leaks = append(leaks, string(enc[1:len(enc)-1]))
	}
	leaks = append(leaks, "TokSms7Q", "ApiPw7K", "SubPw9")
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
	for _, leak := range []string{"TokSms7Q", "ApiPw7K", "SubPw9"} {
		if strings.Contains(string(decoded), leak) {
			t.Errorf("decoded log entries contain %q", leak)
		}
	}

	// The log is not vacuous: add bodies with the (masked) subaccount
	// password, bodies with the (masked) API user, Authorization headers,
	// answers and a failed connection are there.
	var addBody, userBody, authHeader, answer, failed bool
	for _, e := range entries {
		str := func(k string) string { v, _ := e[k].(string); return v }
		switch e["@message"] {
		case "HTTP request":
			b := str("http_request_body")
			if strings.Contains(str("http_url"), "subaccounts/add") && strings.Contains(b, "subaccount_password") && strings.Contains(b, "secret-") {
				addBody = true
			}
			if strings.Contains(b, sandbox.DemoUsername) && strings.Contains(b, `"password"`) {
				userBody = true
			}
			if strings.Contains(str("http_request_headers"), "Authorization") {
				authHeader = true
			}
		case "HTTP response body":
			if strings.Contains(str("http_response_body"), `"id"`) {
				answer = true
			}
		case "HTTP request failed":
			failed = true
		}
	}
	if !addBody || !userBody || !authHeader || !answer || !failed {
		t.Errorf("log lacks an add body (%v), an API user body (%v), an Authorization header (%v), "+
			"an answer (%v) or a failed request (%v):\n%s", addBody, userBody, authHeader, answer, failed, raw)
	}
}
