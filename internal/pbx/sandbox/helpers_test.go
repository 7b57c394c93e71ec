package sandbox

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

// api talks real HTTP to one emulator.
type api struct {
	t     *testing.T
	root  string // server URL without BasePath
	token string
}

func newAPI(t *testing.T, opts ...Option) (*Server, *api) {
	t.Helper()
	s := New(opts...)
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return s, &api{t: t, root: srv.URL}
}

// loggedIn returns an emulator and a client holding a valid token.
func loggedIn(t *testing.T, opts ...Option) (*Server, *api) {
	t.Helper()
	s, a := newAPI(t, opts...)
	a.login()
	return s, a
}

type answer struct {
	status int
	header http.Header
	body   string
	err    error
}

var httpClient = &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}

func send(req *http.Request) answer {
	resp, err := httpClient.Do(req)
	if err != nil {
		return answer{err: err}
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	return answer{status: resp.StatusCode, header: resp.Header, body: string(data), err: err}
}

// tokenRequest posts form to /oauth/token (query goes into the URL).
func (a *api) tokenRequest(form, query url.Values) answer {
	a.t.Helper()
	u := a.root + TokenPath
	if len(query) > 0 {
		u += "?" + query.Encode()
	}
	req, err := http.NewRequest(http.MethodPost, u, strings.NewReader(form.Encode()))
	if err != nil {
		a.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return send(req)
}

func creds() url.Values {
	return url.Values{"grant_type": {"client_credentials"}, "client_id": {DemoAppID}, "client_secret": {DemoAppSecret}}
}

// login gets a token with the demo credentials and keeps it.
func (a *api) login() string {
	a.t.Helper()
	ans := a.tokenRequest(creds(), nil)
	wantStatus(a.t, ans, http.StatusOK)
	var tok struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.Unmarshal([]byte(ans.body), &tok); err != nil || tok.AccessToken == "" {
		a.t.Fatalf("token answer %s: %v", ans.body, err)
	}
	a.token = tok.AccessToken
	return a.token
}

// do calls path (below BasePath) with the held token. body: nil for none, a
// string for raw JSON, anything else is marshalled.
func (a *api) do(method, path string, body any) answer {
	a.t.Helper()
	return a.doWith(method, path, body, func(r *http.Request) {
		if a.token != "" {
			r.Header.Set("Authorization", "Bearer "+a.token)
		}
	})
}

func (a *api) doWith(method, path string, body any, edit func(*http.Request)) answer {
	a.t.Helper()
	var rd io.Reader
	if body != nil {
		raw, ok := body.(string)
		if !ok {
			b, err := json.Marshal(body)
			if err != nil {
				a.t.Fatal(err)
			}
			raw = string(b)
		}
		rd = strings.NewReader(raw)
	}
	req, err := http.NewRequest(method, a.root+BasePath+path, rd)
	if err != nil {
		a.t.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	edit(req)
	return send(req)
}

func wantStatus(t *testing.T, a answer, status int) {
	t.Helper()
	if a.err != nil {
		t.Fatalf("request failed: %v", a.err)
	}
	if a.status != status {
		t.Fatalf("status %d, want %d (body %s)", a.status, status, a.body)
	}
	if status != http.StatusNoContent && a.header.Get("Content-Type") != "application/json" {
		t.Fatalf("content type %q", a.header.Get("Content-Type"))
	}
}

// decode checks status and decodes the body into T.
func decode[T any](t *testing.T, a answer, status int) T {
	t.Helper()
	wantStatus(t, a, status)
	var v T
	if err := json.Unmarshal([]byte(a.body), &v); err != nil {
		t.Fatalf("body %s: %v", a.body, err)
	}
	return v
}

// wantError checks an error answer: status, a message containing every
// part, and the machine status ("" = the field must be absent).
func wantError(t *testing.T, a answer, status int, code string, parts ...string) {
	t.Helper()
	got := decode[map[string]any](t, a, status)
	msg, _ := got["message"].(string)
	if msg == "" {
		t.Fatalf("no message in %s", a.body)
	}
	for _, p := range parts {
		if !strings.Contains(msg, p) {
			t.Fatalf("message %q does not mention %q", msg, p)
		}
	}
	st, has := got["status"]
	if code == "" && has {
		t.Fatalf("unexpected status field in %s", a.body)
	}
	if code != "" && st != code {
		t.Fatalf("status %v, want %q (body %s)", st, code, a.body)
	}
}

// wantJSON checks that the body equals want as JSON.
func wantJSON(t *testing.T, a answer, status int, want string) {
	t.Helper()
	got := decode[any](t, a, status)
	var exp any
	if err := json.Unmarshal([]byte(want), &exp); err != nil {
		t.Fatalf("bad expectation %s: %v", want, err)
	}
	if !reflect.DeepEqual(got, exp) {
		t.Fatalf("body %s\nwant %s", a.body, want)
	}
}

// fakeClock is a settable clock for WithClock.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock(t time.Time) *fakeClock { return &fakeClock{t: t} }

func (c *fakeClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// officeHours is a valid interval body.
func officeHours() map[string]any {
	return map[string]any{
		"name":     "Office hours",
		"timezone": "Europe/Moscow",
		"conditions": []map[string]any{
			{"start_dow": 2, "end_dow": 6, "start_time": "09:00", "end_time": "18:00:00"},
		},
	}
}

// russianOnly is a valid dial rule list body.
func russianOnly() map[string]any {
	return map[string]any{
		"name": "Russia only",
		"dial_rules": []map[string]any{
			{"match_exp": "^([0-9]{7})$", "repl_exp": "8812\\1", "comment": "local"},
			{"match_exp": "^8(\\d{10})$", "repl_exp": "7\\1"},
		},
	}
}

func mustCreateInterval(t *testing.T, a *api, body any) Interval {
	t.Helper()
	return decode[Interval](t, a.do("POST", "/client/@me/interval/", body), http.StatusCreated)
}

func mustCreateDialRule(t *testing.T, a *api, body any) DialRuleList {
	t.Helper()
	return decode[DialRuleList](t, a.do("POST", "/client/@me/dial_rule/", body), http.StatusCreated)
}

// mustCreate posts body to path (below BasePath) and decodes the 201.
func mustCreate[T any](t *testing.T, a *api, path string, body any) T {
	t.Helper()
	return decode[T](t, a.do("POST", path, body), http.StatusCreated)
}

func mustCreateExtension(t *testing.T, a *api, body any) Extension {
	t.Helper()
	return mustCreate[Extension](t, a, "/client/@me/extension/", body)
}

// demoTime is the fixed clock of tests that check create_date: 12:00 in
// the client's Europe/Moscow.
var demoTime = time.Date(2025, 6, 2, 9, 0, 0, 0, time.UTC)

const demoStamp = "2025-06-02 12:00:00"

func ptr[T any](v T) *T { return &v }

// listed returns a function that GETs path (a list, below BasePath) with
// a query and returns field of every item of the answer.
func listed[T any](t *testing.T, a *api, path string, field func(T) string) func(query string) []string {
	return func(query string) []string {
		t.Helper()
		var out []string
		for _, item := range decode[[]T](t, a.do("GET", path+"?"+query, nil), http.StatusOK) {
			out = append(out, field(item))
		}
		return out
	}
}

// listCase is a list query and the fields of the items it must answer.
type listCase struct {
	query string
	want  []string
}

// wantListed checks every case with list (see listed).
func wantListed(t *testing.T, list func(string) []string, cases []listCase) {
	t.Helper()
	for _, tc := range cases {
		if got := list(tc.query); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("?%s: %v, want %v", tc.query, got, tc.want)
		}
	}
}
