package transport

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-log/tflogtest"
)

// TestLogsAndErrorsAreMasked sends secrets every way a vendor might (URL
// path, query, form body, nested JSON body, Authorization and API-key
// headers, response body, Set-Cookie) with TRACE logging on, and checks that
// none of them reaches the log or the returned error.
func TestLogsAndErrorsAreMasked(t *testing.T) {
	// literal is listed in Options.Secrets; keyed is not, so only masking
	// by key name can hide it.
	const literal = "S3cr3t/Pa+ss w0rd&"
	const keyed = "keyedValue9f8e7d"

	s := newServer(t, func(w http.ResponseWriter, _ *http.Request, n int) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Set-Cookie", "session="+keyed+"; Path=/")
		if n == 1 {
			w.WriteHeader(http.StatusInternalServerError)
			fmt.Fprintf(w, `{"error":"try again","token":%q}`, keyed)
			return
		}
		fmt.Fprintf(w, `{"data":{"api_token":%q,"echo":%q,"items":[{"password":%q}]},"user":"alice"}`, keyed, literal, keyed)
	})

	var logs bytes.Buffer
	ctx := tflogtest.RootLogger(context.Background(), &logs)
	c := newClient(Options{
		Settings:  Settings{MaxRetries: 2},
		BaseURL:   s.URL,
		Subsystem: "odorik",
		Secrets:   []string{literal},
	}, fast)

	// JSON body, POST made retryable, first attempt fails with 500.
	resp, err := c.R().SetContext(AllowRetry(ctx)).
		SetPathParam("token", literal).
		SetQueryParams(map[string]string{"user": "alice", "password": keyed}).
		SetHeader("Authorization", "Bearer "+literal).
		SetHeader("X-Api-Key", keyed).
		SetBody(map[string]any{
			"user": "alice",
			"auth": map[string]any{"password": keyed, "nested": []any{map[string]any{"client_secret": keyed}}},
			"note": "contains " + literal,
		}).
		Post("/accounts/{token}/calls")
	if err != nil || resp.StatusCode() != 200 {
		t.Fatalf("JSON request: %v %v", resp, err)
	}
	// Form body.
	resp, err = c.R().SetContext(ctx).
		SetPathParam("token", literal).
		SetFormData(map[string]string{"user": "alice", "passwd": keyed, "sip": literal}).
		Put("/accounts/{token}/form")
	if err != nil || resp.StatusCode() != 200 {
		t.Fatalf("form request: %v %v", resp, err)
	}

	// The secrets really were sent, so their absence below is masking.
	sent := fmt.Sprint(s.all())
	for _, v := range []string{url.PathEscape(literal), url.QueryEscape(keyed), keyed} {
		if !strings.Contains(sent, v) {
			t.Fatalf("test setup: %q was not sent: %s", v, sent)
		}
	}

	// A request that fails: its error carries the URL.
	dead := newServer(t, failFirst(0, 200))
	deadURL := dead.URL
	dead.Close()
	dc := newClient(Options{Settings: Settings{MaxRetries: 1}, BaseURL: deadURL, Subsystem: "odorik", Secrets: []string{literal}}, fast)
	_, rawErr := dc.R().SetContext(ctx).SetPathParam("token", literal).SetQueryParam("api_key", keyed).Get("/accounts/{token}")
	if rawErr == nil {
		t.Fatal("request to a closed server succeeded")
	}
	if !strings.Contains(rawErr.Error(), url.PathEscape(literal)) || !strings.Contains(rawErr.Error(), keyed) {
		t.Fatalf("test setup: the raw error should contain the secrets: %v", rawErr)
	}
	err = Err(rawErr, []string{literal})

	leaks := []string{keyed}
	leaks = append(leaks, secretForms([]string{literal})...)
	leaks = append(leaks, "S3cr3t") // any recognizable part
	for _, leak := range leaks {
		if strings.Contains(logs.String(), leak) {
			t.Errorf("log contains %q", leak)
		}
		if strings.Contains(err.Error(), leak) {
			t.Errorf("error %q contains %q", err, leak)
		}
	}
	if !strings.Contains(err.Error(), "api_key=***") || !strings.Contains(err.Error(), "/accounts/***") {
		t.Errorf("error is not masked the expected way: %q", err)
	}

	t.Log(logs.String())
	entries, decErr := tflogtest.MultilineJSONDecode(&logs)
	if decErr != nil {
		t.Fatal(decErr)
	}
	// Decoded values too (the raw log escapes some characters).
	decoded, _ := json.Marshal(entries)
	if strings.Contains(string(decoded), keyed) || strings.Contains(string(decoded), "S3cr3t") {
		t.Error("decoded log entries contain a secret")
	}

	// What must be there: one DEBUG line per attempt, and masked TRACE data.
	type attemptLine struct {
		method string
		status float64
		try    float64
	}
	var attempts []attemptLine
	var failed int
	var sawHeaders, sawJSONBody, sawFormBody, sawRespBody bool
	for _, e := range entries {
		if e["@module"] != "provider.odorik" {
			continue
		}
		str := func(k string) string { v, _ := e[k].(string); return v }
		switch e["@message"] {
		case "HTTP response":
			if e["@level"] != "debug" {
				t.Errorf("HTTP response logged at %v", e["@level"])
			}
			if !strings.Contains(str("http_url"), "/accounts/***/") ||
				str("http_method") == "POST" && !strings.Contains(str("http_url"), "password=***&user=alice") {
				t.Errorf("http_url not logged masked: %q", str("http_url"))
			}
			if _, ok := e["duration_ms"].(float64); !ok {
				t.Errorf("no duration_ms in %v", e)
			}
			st, _ := e["http_status"].(float64)
			at, _ := e["attempt"].(float64)
			attempts = append(attempts, attemptLine{str("http_method"), st, at})
		case "HTTP request failed":
			failed++
			if !strings.Contains(str("http_url"), "api_key=***") || str("error") == "" {
				t.Errorf("failed attempt logged as %v", e)
			}
		case "HTTP request":
			if e["@level"] != "trace" {
				t.Errorf("HTTP request logged at %v", e["@level"])
			}
			h := str("http_request_headers")
			if strings.Contains(h, "Authorization: Bearer ***") && strings.Contains(h, "X-Api-Key: ***") &&
				strings.Contains(h, "User-Agent: terraform-provider-telecom/") {
				sawHeaders = true
			}
			b := str("http_request_body")
			if strings.Contains(b, `"client_secret":"***"`) && strings.Contains(b, `"password":"***"`) && strings.Contains(b, `"note":"contains ***"`) {
				sawJSONBody = true
			}
			if strings.Contains(b, "passwd=***") && strings.Contains(b, "sip=***") && strings.Contains(b, "user=alice") {
				sawFormBody = true
			}
		case "HTTP response body":
			b := str("http_response_body")
			if strings.Contains(b, `"api_token":"***"`) && strings.Contains(b, `"echo":"***"`) &&
				strings.Contains(str("http_response_headers"), "Set-Cookie: session=***; Path=/") {
				sawRespBody = true
			}
		}
	}
	want := []attemptLine{{"POST", 500, 1}, {"POST", 200, 2}, {"PUT", 200, 1}}
	if fmt.Sprint(attempts) != fmt.Sprint(want) {
		t.Errorf("DEBUG attempt lines %v, want %v", attempts, want)
	}
	if failed != 2 {
		t.Errorf("%d failed attempts logged, want 2 (MaxRetries 1)", failed)
	}
	if !sawHeaders || !sawJSONBody || !sawFormBody || !sawRespBody {
		t.Errorf("TRACE lines missing or unmasked: headers %v, JSON body %v, form body %v, response %v\n%s",
			sawHeaders, sawJSONBody, sawFormBody, sawRespBody, decoded)
	}
}

// TestNoLoggerInContext checks that requests without a tflog logger (plain
// context.Background) work and do not panic.
func TestNoLoggerInContext(t *testing.T) {
	s := newServer(t, failFirst(1, 500))
	resp, err := s.client(Settings{MaxRetries: 1}).R().Get("/x")
	if err != nil || resp.StatusCode() != 200 {
		t.Fatalf("%v %v", resp, err)
	}
}
