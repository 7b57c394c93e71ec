package api

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
	"github.com/telecom-tf/terraform-provider-telecom/internal/voipmundo/sandbox"
)

// fastSettings retry a few times with waits short enough for unit tests.
var fastSettings = transport.Settings{MaxRetries: 2, MaxRetryWait: 20 * time.Millisecond, RequestTimeout: 5 * time.Second}

// env is one emulator behind a real HTTP server.
type env struct {
	api *sandbox.Server
	url string // server root: the client adds /api itself
}

func newEnv(t *testing.T, opts ...sandbox.Option) *env {
	t.Helper()
	s := sandbox.New(opts...)
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return &env{api: s, url: srv.URL}
}

func (e *env) client(token, key string) *Client {
	return NewClient(Config{APIToken: token, APIKey: key, BaseURL: e.url, Transport: fastSettings})
}

func (e *env) master() *Client   { return e.client(sandbox.DemoMasterToken, sandbox.DemoMasterKey) }
func (e *env) reseller() *Client { return e.client(sandbox.DemoResellerToken, sandbox.DemoResellerKey) }
func (e *env) subscriber() *Client {
	return e.client(sandbox.DemoSubscriberToken, sandbox.DemoSubscriberKey)
}

func (e *env) addFault(t *testing.T, f sandboxkit.Fault) {
	t.Helper()
	if err := e.api.Kit.AddFault(f); err != nil {
		t.Fatal(err)
	}
}

// paths are the recorded request paths, oldest first.
func (e *env) paths() []string {
	var out []string
	for _, r := range e.api.Kit.Requests() {
		out = append(out, r.Path)
	}
	return out
}

func testCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// fixture is a hand-written server, for answers the emulator cannot give.
type fixture struct {
	url string
}

func newFixture(t *testing.T, h http.HandlerFunc) *fixture {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return &fixture{url: srv.URL}
}

func (f *fixture) client(token, key string) *Client {
	return NewClient(Config{APIToken: token, APIKey: key, BaseURL: f.url, Transport: fastSettings})
}

// apiError asserts that err is an *Error with that HTTP status.
func apiError(t *testing.T, err error, status int) *Error {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("err = %#v (%v), want *Error", err, err)
	}
	if e.HTTPStatus != status {
		t.Fatalf("HTTPStatus = %d, want %d (%v)", e.HTTPStatus, status, err)
	}
	return e
}

// mustContain and mustNotContain check an error text.
func mustContain(t *testing.T, s string, parts ...string) {
	t.Helper()
	for _, p := range parts {
		if !strings.Contains(s, p) {
			t.Errorf("%q does not contain %q", s, p)
		}
	}
}

func mustNotContain(t *testing.T, s string, parts ...string) {
	t.Helper()
	for _, p := range parts {
		if p != "" && strings.Contains(s, p) {
			t.Errorf("%q contains %q", s, p)
		}
	}
}

// demoSecrets are every credential the seeded data holds.
var demoSecrets = []string{
	sandbox.DemoMasterToken, sandbox.DemoMasterKey,
	sandbox.DemoResellerToken, sandbox.DemoResellerKey,
	sandbox.DemoSubscriberToken, sandbox.DemoSubscriberKey,
	sandbox.DemoNoAPIAccessToken, sandbox.DemoNoAPIAccessKey,
}

// recognizable returns the distinctive head of each secret (the first UUID
// group and a half), which any partial leak would show.
func recognizable(secrets ...string) []string {
	out := make([]string, 0, len(secrets))
	for _, s := range secrets {
		if len(s) > 13 {
			s = s[:13]
		}
		out = append(out, s)
	}
	return out
}
