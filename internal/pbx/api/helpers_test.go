package api

import (
	"context"
	"net/http/httptest"
	"regexp"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// fastSettings retry twice with waits short enough for unit tests.
// MaxRetryWait also caps the backoff of the HTTP client.
var fastSettings = transport.Settings{MaxRetries: 2, MaxRetryWait: 40 * time.Millisecond, RequestTimeout: 5 * time.Second}

// me is the client the token belongs to; demoID the same client by number.
const me = DefaultClientID

var demoID = strconv.Itoa(sandbox.DemoClientID)

// Path patterns of the recorded requests (sandboxkit.Request.Path).
const (
	tokenRe        = `^/oauth/token$`
	apiRe          = `^/api/ver1\.0/`
	intervalsRe    = `^/api/ver1\.0/client/[^/]+/interval/?$`
	intervalRe     = `^/api/ver1\.0/client/[^/]+/interval/\d+/?$`
	dialRulesRe    = `^/api/ver1\.0/client/[^/]+/dial_rule/?$`
	clientInfoRe   = `^/api/ver1\.0/client/client_info/[^/]+/?$`
	faultIntervals = `/interval/?$` // for sandboxkit.Fault.Path
	faultDialRules = `/dial_rule/?$`
)

// env is a client talking to an in-process emulator.
type env struct {
	api    *sandbox.Server
	url    string // server URL: the client adds /oauth/token and /api/ver1.0
	client *Client
}

func newEnv(t *testing.T, opts ...sandbox.Option) *env {
	t.Helper()
	api := sandbox.New(opts...)
	srv := httptest.NewServer(api)
	t.Cleanup(srv.Close)
	e := &env{api: api, url: srv.URL}
	e.client = e.newClient(nil)
	return e
}

// newClient returns another client of the same emulator (a fresh token
// cache); mod, when not nil, changes the configuration first.
func (e *env) newClient(mod func(*Config)) *Client {
	cfg := Config{AppID: sandbox.DemoAppID, AppSecret: sandbox.DemoAppSecret, BaseURL: e.url, Transport: fastSettings}
	if mod != nil {
		mod(&cfg)
	}
	return NewClient(cfg)
}

// requests returns the recorded requests with method ("" = any) whose path
// matches the regular expression pathRe.
func (e *env) requests(method, pathRe string) []sandboxkit.Request {
	re := regexp.MustCompile(pathRe)
	var out []sandboxkit.Request
	for _, r := range e.api.Kit.Requests() {
		if (method == "" || r.Method == method) && re.MatchString(r.Path) {
			out = append(out, r)
		}
	}
	return out
}

func (e *env) count(method, pathRe string) int { return len(e.requests(method, pathRe)) }

func (e *env) addFault(t *testing.T, f sandboxkit.Fault) {
	t.Helper()
	if err := e.api.Kit.AddFault(f); err != nil {
		t.Fatalf("AddFault: %v", err)
	}
}

// storedIntervalsNamed returns the intervals in the emulator's store with that name.
func (e *env) storedIntervalsNamed(name string) []sandbox.Interval {
	var out []sandbox.Interval
	for _, iv := range e.api.Intervals() {
		if iv.Name == name {
			out = append(out, iv)
		}
	}
	return out
}

func (e *env) storedDialRulesNamed(name string) []sandbox.DialRuleList {
	var out []sandbox.DialRuleList
	for _, l := range e.api.DialRules() {
		if l.Name == name {
			out = append(out, l)
		}
	}
	return out
}

func testCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// fakeClock is a settable clock for the emulator (sandbox.WithClock) and the
// client's token cache (tokencache.Source.Now).
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock(t time.Time) *fakeClock { return &fakeClock{t: t} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// officeHours is an interval as a user writes it: times as HH:MM, which the
// API answers as HH:MM:SS.
func officeHours(name string) Interval {
	return Interval{
		Name:     name,
		Timezone: "Europe/Moscow",
		Conditions: []Condition{
			{StartDow: 2, EndDow: 6, StartTime: "09:00", EndTime: "18:00"},
			{Month: 12, StartMday: 24, EndMday: 31},
		},
	}
}

func sampleRules(name string) DialRuleList {
	return DialRuleList{
		Name: name,
		DialRules: []DialRule{
			{MatchExp: `^8(\d{10})$`, ReplExp: `7\1`, Comment: "long distance"},
			{MatchExp: `^(\d{3})$`, ReplExp: `\1`},
		},
	}
}

// pauses records the pauses a client asks for instead of sleeping.
type pauses struct {
	mu sync.Mutex
	d  []time.Duration
}

func (p *pauses) sleep(_ context.Context, d time.Duration) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.d = append(p.d, d)
	return nil
}

func (p *pauses) all() []time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]time.Duration(nil), p.d...)
}
