package api

import (
	"mime"
	"net/url"
	"strings"
	"testing"

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

func TestRequestShape(t *testing.T) {
	for _, userAgent := range []string{"", "terraform-provider-telecom-test/1.2"} {
		name := "without user_agent"
		if userAgent != "" {
			name = "with user_agent"
		}
		t.Run(name, func(t *testing.T) {
			e := newEnv(t)
			settings := fastSettings
			settings.UserAgent = "header-agent/9"
			c := NewClient(Config{User: sandbox.DemoUser, Password: sandbox.DemoPassword, BaseURL: e.url,
				UserAgent: userAgent, Transport: settings})
			ctx := testCtx(t)

			if _, err := c.PublicNumbers(ctx, true, false); err != nil {
				t.Fatal(err)
			}
			r, err := c.CreateRoute(ctx, sandbox.GeographicNumber, "*", "*754321")
			if err != nil {
				t.Fatal(err)
			}
			if _, err := c.CreateRinging(ctx, sandbox.NomadicNumber, "*100"); err != nil {
				t.Fatal(err)
			}
			if err := c.DeleteRoute(ctx, sandbox.GeographicNumber, r.ID); err != nil {
				t.Fatal(err)
			}
			if err := c.DeleteRinging(ctx, sandbox.NomadicNumber, "*100"); err != nil {
				t.Fatal(err)
			}

			seen := map[string]int{}
			for _, req := range e.api.Kit.Requests() {
				seen[req.Method]++
				checkRequestShape(t, req, userAgent)
				if got := req.Header.Get("User-Agent"); got != settings.UserAgent {
					t.Errorf("%s %s: User-Agent %q, want %q", req.Method, req.Path, got, settings.UserAgent)
				}
			}
			if seen["GET"] == 0 || seen["POST"] != 2 || seen["DELETE"] != 2 {
				t.Errorf("requests by method = %v, want GETs, 2 POSTs and 2 DELETEs", seen)
			}

			posts := e.requests("POST", "/routes.json")
			if len(posts) != 1 {
				t.Fatalf("route POSTs = %d", len(posts))
			}
			body, _ := url.ParseQuery(posts[0].Body)
			if body.Get("source_number") != "*" || body.Get("ringing_number") != "*754321" {
				t.Errorf("POST body %q lacks source_number/ringing_number", posts[0].Body)
			}
			if got := e.requests("POST", "/ringings.json"); len(got) != 1 || !strings.Contains(got[0].Body, "ringing_number=%2A100") {
				t.Errorf("ringing POST = %+v, want ringing_number=*100 in the body", got)
			}
			if got := e.requests("DELETE", "/ringings/*100.json"); len(got) != 1 {
				t.Errorf("ringing DELETE path: %v", e.api.Kit.Requests())
			}
		})
	}
}

func checkRequestShape(t *testing.T, req sandboxkit.Request, userAgent string) {
	t.Helper()
	query, err := url.ParseQuery(req.RawQuery)
	if err != nil {
		t.Fatal(err)
	}
	body, err := url.ParseQuery(req.Body)
	if err != nil {
		t.Fatal(err)
	}
	where := req.Method + " " + req.Path
	switch req.Method {
	case "GET":
		if query.Get("user") != sandbox.DemoUser || query.Get("password") != sandbox.DemoPassword {
			t.Errorf("%s: credentials not in the query %q", where, req.RawQuery)
		}
		if req.Body != "" {
			t.Errorf("%s: GET has a body %q", where, req.Body)
		}
		if got := query.Get("user_agent"); got != userAgent {
			t.Errorf("%s: user_agent %q, want %q", where, got, userAgent)
		}
		if _, ok := query["user_agent"]; !ok && userAgent != "" || ok && userAgent == "" {
			t.Errorf("%s: user_agent presence wrong in %q", where, req.RawQuery)
		}
	case "POST", "DELETE":
		if req.RawQuery != "" {
			t.Errorf("%s: query %q, want none (credentials and data go in the body)", where, req.RawQuery)
		}
		mt, _, _ := mime.ParseMediaType(req.Header.Get("Content-Type"))
		if mt != "application/x-www-form-urlencoded" {
			t.Errorf("%s: Content-Type %q, want form encoding", where, req.Header.Get("Content-Type"))
		}
		if body.Get("user") != sandbox.DemoUser || body.Get("password") != sandbox.DemoPassword {
			t.Errorf("%s: credentials not in the form body %q", where, req.Body)
		}
		if got := body.Get("user_agent"); got != userAgent {
			t.Errorf("%s: user_agent %q, want %q", where, got, userAgent)
		}
		if _, ok := body["user_agent"]; !ok && userAgent != "" || ok && userAgent == "" {
			t.Errorf("%s: user_agent presence wrong in %q", where, req.Body)
		}
		if _, ok := body["replace_by_source_number"]; ok {
			t.Errorf("%s: replace_by_source_number sent", where)
		}
	default:
		t.Errorf("unexpected method %s", where)
	}
}

func TestNewClientDefaultBaseURL(t *testing.T) {
	c := NewClient(Config{User: "u", Password: "p"})
	if c.cfg.BaseURL != DefaultBaseURL {
		t.Errorf("BaseURL = %q, want %q", c.cfg.BaseURL, DefaultBaseURL)
	}
	if err := transport.CheckBaseURL(DefaultBaseURL); err != nil {
		t.Errorf("DefaultBaseURL is refused: %v", err)
	}
}
