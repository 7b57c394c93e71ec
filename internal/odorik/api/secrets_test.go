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

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
)

// The password has characters that are escaped differently in a query, a
// path, a form body and JSON, and a recognizable alphanumeric head that
// survives every escaping.
const secretPassword = "Zq9Xw&Se cr/+t%pw"

func TestPasswordNeverLoggedNorInErrors(t *testing.T) {
	t.Setenv("TF_LOG_PROVIDER_TELECOM_ODORIK", "TRACE")
	api := sandbox.New(sandbox.WithAccount(sandbox.DemoUser, secretPassword))
	srv := httptest.NewServer(api)
	t.Cleanup(srv.Close)

	var logs bytes.Buffer
	ctx, cancel := context.WithTimeout(tflogtest.RootLogger(context.Background(), &logs), 20*time.Second)
	defer cancel()
	cfg := Config{User: sandbox.DemoUser, Password: secretPassword, BaseURL: srv.URL + sandbox.BasePath,
		UserAgent: "api-test/1", Transport: fastSettings}
	c := NewClient(cfg)

	var errs []error
	if _, err := c.Routes(ctx, sandbox.GeographicNumber); err != nil {
		t.Fatalf("Routes: %v", err)
	}
	r, err := c.CreateRoute(ctx, sandbox.GeographicNumber, "*", "*754321")
	if err != nil {
		t.Fatalf("CreateRoute: %v", err)
	}
	if err := c.DeleteRoute(ctx, sandbox.GeographicNumber, r.ID); err != nil {
		t.Fatalf("DeleteRoute: %v", err)
	}
	// A vendor refusal.
	_, err = c.CreateRinging(ctx, sandbox.GeographicNumber, sandbox.GeographicNumber)
	if err == nil {
		t.Fatal("CreateRinging of a loop succeeded")
	}
	errs = append(errs, err)

	// Connection errors: net/http quotes the URL, and a GET carries the
	// password in its query string.
	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL + sandbox.BasePath
	dead.Close()
	cfg.BaseURL = deadURL
	dc := NewClient(cfg)
	_, err = dc.Routes(ctx, sandbox.GeographicNumber)
	if err == nil {
		t.Fatal("Routes against a closed server succeeded")
	}
	if !strings.Contains(err.Error(), "password=***") {
		t.Errorf("connection error %q: want the URL with the password masked (test setup: the URL should be quoted)", err)
	}
	errs = append(errs, err)
	_, err = dc.CreateRoute(ctx, sandbox.GeographicNumber, "*", "*754322")
	if err == nil {
		t.Fatal("CreateRoute against a closed server succeeded")
	}
	errs = append(errs, err)
	err = dc.DeleteRoute(ctx, sandbox.GeographicNumber, 1)
	if err == nil {
		t.Fatal("DeleteRoute against a closed server succeeded")
	}
	errs = append(errs, err)

	// The password really was sent, so its absence below is masking.
	sent := false
	for _, req := range api.Kit.Requests() {
		if req.Form.Get("password") == secretPassword {
			sent = true
		}
	}
	if !sent {
		t.Fatal("test setup: the password never reached the sandbox")
	}

	leaks := []string{
		secretPassword,
		url.QueryEscape(secretPassword),
		url.PathEscape(secretPassword),
		"Zq9Xw", // any escaped form keeps this
	}
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
	if strings.Contains(string(decoded), "Zq9Xw") {
		t.Error("decoded log entries contain the password")
	}

	// The log is not vacuous: TRACE request bodies and the failure are there.
	var postBody, failed, requestLines bool
	for _, e := range entries {
		switch e["@message"] {
		case "HTTP request":
			requestLines = true
			if e["http_method"] == "POST" {
				if b, _ := e["http_request_body"].(string); strings.Contains(b, "password=") && strings.Contains(b, "source_number=") {
					postBody = true
				}
			}
		case "HTTP request failed":
			failed = true
		}
	}
	if !requestLines || !postBody || !failed {
		t.Errorf("log lacks TRACE request lines (%v), a POST body (%v) or a failed request (%v):\n%s",
			requestLines, postBody, failed, raw)
	}
}
