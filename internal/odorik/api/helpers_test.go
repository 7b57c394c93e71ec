package api

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// fastSettings retry twice with waits short enough for unit tests.
// MaxRetryWait also caps the first backoff wait of the HTTP client.
var fastSettings = transport.Settings{MaxRetries: 2, MaxRetryWait: 40 * time.Millisecond, RequestTimeout: 5 * time.Second}

// env is a client talking to an in-process sandbox.
type env struct {
	api    *sandbox.Server
	url    string // base URL (server URL + BasePath)
	client *Client
}

func newEnv(t *testing.T, opts ...sandbox.Option) *env {
	t.Helper()
	api := sandbox.New(opts...)
	srv := httptest.NewServer(api)
	t.Cleanup(srv.Close)
	e := &env{api: api, url: srv.URL + sandbox.BasePath}
	e.client = e.newClient(sandbox.DemoUser, sandbox.DemoPassword)
	return e
}

// newClient returns another client of the same sandbox with other credentials.
func (e *env) newClient(user, password string) *Client {
	return NewClient(Config{User: user, Password: password, BaseURL: e.url, Transport: fastSettings})
}

// requests returns the recorded requests with method whose path ends with suffix.
func (e *env) requests(method, suffix string) []sandboxkit.Request {
	var out []sandboxkit.Request
	for _, r := range e.api.Kit.Requests() {
		if r.Method == method && strings.HasSuffix(r.Path, suffix) {
			out = append(out, r)
		}
	}
	return out
}

func (e *env) count(method, suffix string) int { return len(e.requests(method, suffix)) }

// storedRoutes reads the sandbox store directly (no request).
func (e *env) storedRoutes(t *testing.T, number string) []sandbox.Route {
	t.Helper()
	routes, ok := e.api.Routes(number)
	if !ok {
		t.Fatalf("sandbox has no number %s", number)
	}
	return routes
}

// countStored counts the stored rules of the seeded geographic number with
// that source and target.
func (e *env) countStored(t *testing.T, source, ringing string) int {
	t.Helper()
	n := 0
	for _, r := range e.storedRoutes(t, sandbox.GeographicNumber) {
		if r.SourceNumber == source && r.RingingNumber == ringing {
			n++
		}
	}
	return n
}

func (e *env) addFault(t *testing.T, f sandboxkit.Fault) {
	t.Helper()
	if err := e.api.Kit.AddFault(f); err != nil {
		t.Fatalf("AddFault: %v", err)
	}
}

func testCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// fixture is a raw vendor stand-in: handle answers every request; the
// requests are recorded.
type fixture struct {
	*httptest.Server
	mu   sync.Mutex
	hits []fixtureHit
}

type fixtureHit struct {
	Method, Path, Query string
}

func newFixture(t *testing.T, handle http.HandlerFunc) *fixture {
	t.Helper()
	f := &fixture{}
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		f.hits = append(f.hits, fixtureHit{Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery})
		f.mu.Unlock()
		handle(w, r)
	}))
	t.Cleanup(f.Close)
	return f
}

func (f *fixture) count(method string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, h := range f.hits {
		if h.Method == method {
			n++
		}
	}
	return n
}

func (f *fixture) client() *Client {
	return NewClient(Config{User: "123456", Password: "fixture-password", BaseURL: f.URL + "/api/v1", Transport: fastSettings})
}

// vendorJSON answers the vendor's way: HTTP 200, application/json.
func vendorJSON(w http.ResponseWriter, body string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write([]byte(body))
}
