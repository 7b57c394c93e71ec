package api

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"regexp"
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sms/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// fastSettings retry twice with waits short enough for unit tests.
var fastSettings = transport.Settings{MaxRetries: 2, MaxRetryWait: 40 * time.Millisecond, RequestTimeout: 5 * time.Second}

// faultPath is the path of one action for sandboxkit.Fault.Path (the client
// posts to <action>.json; the emulator also answers without the suffix).
func faultPath(action string) string { return `^/` + regexp.QuoteMeta(action) + `(\.json)?$` }

// env is a client talking to an in-process emulator.
type env struct {
	sb     *sandbox.Server
	url    string
	client *Client // authenticated with the API token
}

func newEnv(t *testing.T, opts ...sandbox.Option) *env {
	t.Helper()
	sb := sandbox.New(opts...)
	srv := httptest.NewServer(sb)
	t.Cleanup(srv.Close)
	e := &env{sb: sb, url: srv.URL}
	e.client = e.newClient(nil)
	return e
}

// newClient returns another client of the same emulator; mod, when not nil,
// changes the configuration (token by default) first.
func (e *env) newClient(mod func(*Config)) *Client {
	cfg := Config{APIToken: sandbox.DemoAPIToken, BaseURL: e.url, Transport: fastSettings}
	if mod != nil {
		mod(&cfg)
	}
	return NewClient(cfg)
}

// requests returns the recorded requests of one action (e.g.
// "subaccounts/add").
func (e *env) requests(action string) []sandboxkit.Request {
	re := regexp.MustCompile(faultPath(action))
	var out []sandboxkit.Request
	for _, r := range e.sb.Kit.Requests() {
		if re.MatchString(r.Path) {
			out = append(out, r)
		}
	}
	return out
}

func (e *env) count(action string) int { return len(e.requests(action)) }

func (e *env) addFault(t *testing.T, f sandboxkit.Fault) {
	t.Helper()
	if err := e.sb.Kit.AddFault(f); err != nil {
		t.Fatalf("AddFault: %v", err)
	}
}

// named returns the emulator's subaccounts with this username.
func (e *env) named(username string) []sandbox.Subaccount {
	var out []sandbox.Subaccount
	for _, s := range e.sb.Subaccounts() {
		if s.Username == username {
			out = append(out, s)
		}
	}
	return out
}

// body decodes a recorded JSON request body.
func body(t *testing.T, r sandboxkit.Request) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(r.Body), &m); err != nil {
		t.Fatalf("request %s body %q is not a JSON object: %v", r.Path, r.Body, err)
	}
	return m
}

func testCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// newSub is a valid subaccount for add.
func newSub(username string) NewSubaccount {
	return NewSubaccount{Username: username, Password: "s3cret-pw", TemplateID: sandbox.DemoTemplateID}
}
