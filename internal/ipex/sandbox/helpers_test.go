package sandbox

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// api talks real HTTP to one emulator.
type api struct {
	t      *testing.T
	root   string // server URL (BasePath is part of every path)
	token  string
	bearer bool // send "Bearer <token>" instead of the raw token
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

type tokenAnswer struct {
	AccessToken string `json:"accessToken"`
	Expire      string `json:"expire"`
	ExpiresAt   string `json:"expiresAt"`
}

// login gets a token with the demo credentials and keeps it.
func (a *api) login() tokenAnswer {
	a.t.Helper()
	tok := decode[tokenAnswer](a.t, a.raw("POST", "/v1/token",
		map[string]string{"username": DemoUsername, "password": DemoPassword}, nil), http.StatusOK)
	if tok.AccessToken == "" {
		a.t.Fatal("no accessToken")
	}
	a.token = tok.AccessToken
	return tok
}

// do calls path (with /v1) with the held token. body: nil for none, a
// string for raw JSON, anything else is marshalled.
func (a *api) do(method, path string, body any) answer {
	a.t.Helper()
	return a.raw(method, path, body, func(r *http.Request) {
		if a.token == "" {
			return
		}
		if a.bearer {
			r.Header.Set("Authorization", "Bearer "+a.token)
		} else {
			r.Header.Set("Authorization", a.token)
		}
	})
}

// raw sends a request without adding a token; edit may change it.
func (a *api) raw(method, path string, body any, edit func(*http.Request)) answer {
	a.t.Helper()
	var rd io.Reader
	if body != nil {
		s, ok := body.(string)
		if !ok {
			b, err := json.Marshal(body)
			if err != nil {
				a.t.Fatal(err)
			}
			s = string(b)
		}
		rd = strings.NewReader(s)
	}
	req, err := http.NewRequest(method, a.root+path, rd)
	if err != nil {
		a.t.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if edit != nil {
		edit(req)
	}
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
	if ct := a.header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Fatalf("content type %q", ct)
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

// wantBoom checks a hapi/Boom error: status, error text, a message
// containing every part, and no validation object.
func wantBoom(t *testing.T, a answer, status int, parts ...string) map[string]any {
	t.Helper()
	got := decode[map[string]any](t, a, status)
	if got["statusCode"] != float64(status) || got["error"] != http.StatusText(status) {
		t.Fatalf("not a Boom %d body: %s", status, a.body)
	}
	msg, _ := got["message"].(string)
	if msg == "" {
		t.Fatalf("no message in %s", a.body)
	}
	for _, p := range parts {
		if !strings.Contains(msg, p) {
			t.Fatalf("message %q does not mention %q", msg, p)
		}
	}
	return got
}

// wantValidation checks a 400 validation error: exact message, source and
// the single key.
func wantValidation(t *testing.T, a answer, source, key, message string) {
	t.Helper()
	got := wantBoom(t, a, http.StatusBadRequest)
	if got["message"] != message {
		t.Fatalf("message %q, want %q", got["message"], message)
	}
	want := map[string]any{"source": source, "keys": []any{key}}
	if !reflect.DeepEqual(got["validation"], want) {
		t.Fatalf("validation %v, want %v", got["validation"], want)
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

func newClock() *fakeClock {
	return &fakeClock{t: time.Date(2025, 3, 14, 9, 30, 0, 0, time.UTC)}
}

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

const newNumber = "910555001"

// createBody is a valid POST /v1/voip body for number.
func createBody(number string) map[string]any {
	return map[string]any{
		"number":                 number,
		"customerId":             DemoCustomerID,
		"profileId":              ProfileBusinessID,
		"tariffPlanId":           TariffPlanBusinessID,
		"clir":                   CLIRPermanent,
		"antifraud":              map[string]any{"internationalLimit": 250.5},
		"provisioningAttributes": map[string]any{"password": "s3cret-SIP"},
	}
}

type orderAnswer struct {
	ID            int64   `json:"id"`
	RequestID     int64   `json:"requestId"`
	RequestType   string  `json:"requestType"`
	RequestStatus string  `json:"requestStatus"`
	CustomerID    int64   `json:"customerId"`
	Login         string  `json:"login"`
	Identifier    string  `json:"identifier"`
	Identifier2   *string `json:"identifier2"`
	Message       *string `json:"message"`
	Inserted      string  `json:"inserted"`
	Changed       string  `json:"changed"`
}

// requestID decodes a {requestId} answer.
func requestID(t *testing.T, a answer, status int) int64 {
	t.Helper()
	got := decode[map[string]any](t, a, status)
	id, ok := got["requestId"].(float64)
	if !ok || len(got) != 1 {
		t.Fatalf("want {requestId}, got %s", a.body)
	}
	return int64(id)
}

func (a *api) order(id int64) orderAnswer {
	a.t.Helper()
	return decode[orderAnswer](a.t, a.do("GET", "/v1/requests/"+itoa(id), nil), http.StatusOK)
}

func (a *api) numberStatus(n string) string {
	a.t.Helper()
	return decode[map[string]string](a.t, a.do("GET", "/v1/voip/"+n+"/state", nil), http.StatusOK)["status"]
}

// waitOrder polls the order until it leaves new/processing and returns the
// distinct statuses seen, in order.
func (a *api) waitOrder(id int64) (orderAnswer, []string) {
	a.t.Helper()
	var seen []string
	deadline := time.Now().Add(5 * time.Second)
	for {
		o := a.order(id)
		if len(seen) == 0 || seen[len(seen)-1] != o.RequestStatus {
			seen = append(seen, o.RequestStatus)
		}
		if o.RequestStatus != OrderNew && o.RequestStatus != OrderProcessing {
			return o, seen
		}
		if time.Now().After(deadline) {
			a.t.Fatalf("order %d still %s", id, o.RequestStatus)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
