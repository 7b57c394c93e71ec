package sandbox

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

// api talks real HTTP to one emulator.
type api struct {
	t    *testing.T
	root string // server URL without BasePath
}

func newAPI(t *testing.T, opts ...Option) (*Server, *api) {
	t.Helper()
	s := New(opts...)
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return s, &api{t: t, root: srv.URL}
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

// url builds BasePath/<action>/<token>/<key>[/<id>] (id 0 = none).
func (a *api) url(action, token, key string, id int64) string {
	u := a.root + BasePath + "/" + action + "/" + token + "/" + key
	if id != 0 {
		u += "/" + strconv.FormatInt(id, 10)
	}
	return u
}

// raw requests path (below the server root) with method and body.
func (a *api) raw(method, path string, body io.Reader) answer {
	a.t.Helper()
	req, err := http.NewRequest(method, a.root+path, body)
	if err != nil {
		a.t.Fatal(err)
	}
	return send(req)
}

// get reads customer id (0 = no id in the path) with token and key.
func (a *api) get(token, key string, id int64) answer {
	a.t.Helper()
	req, err := http.NewRequest(http.MethodGet, a.url(ActionCustomer, token, key, id), nil)
	if err != nil {
		a.t.Fatal(err)
	}
	return send(req)
}

func (a *api) master(id int64) answer {
	return a.get(DemoMasterToken, DemoMasterKey, id)
}

func (a *api) reseller(id int64) answer {
	return a.get(DemoResellerToken, DemoResellerKey, id)
}

func (a *api) subscriber(id int64) answer {
	return a.get(DemoSubscriberToken, DemoSubscriberKey, id)
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

// record checks an HTTP 200 record answer and returns its members.
func record(t *testing.T, a answer) map[string]any {
	t.Helper()
	wantStatus(t, a, http.StatusOK)
	var m map[string]any
	if err := json.Unmarshal([]byte(a.body), &m); err != nil {
		t.Fatalf("body %s: %v", a.body, err)
	}
	if m["error"] != float64(0) || m["reason"] != ReasonOK {
		t.Fatalf("not a success answer: error %v reason %v", m["error"], m["reason"])
	}
	return m
}

// wantRecordID checks a record answer for customer id (a JSON number as
// seeded).
func wantRecordID(t *testing.T, a answer, id int64) map[string]any {
	t.Helper()
	m := record(t, a)
	if m["id"] != float64(id) {
		t.Fatalf("record id %v, want %d", m["id"], id)
	}
	return m
}

// wantError checks an error answer: HTTP status and exactly
// {"error":1,"reason":reason}.
func wantError(t *testing.T, a answer, status int, reason string) {
	t.Helper()
	wantStatus(t, a, status)
	var got map[string]any
	if err := json.Unmarshal([]byte(a.body), &got); err != nil {
		t.Fatalf("body %s: %v", a.body, err)
	}
	want := map[string]any{"error": float64(1), "reason": reason}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("body %s, want %v", a.body, want)
	}
}

func mustCustomer(t *testing.T, s *Server, id int64) Customer {
	t.Helper()
	c, ok := s.Customer(id)
	if !ok {
		t.Fatalf("customer %d missing", id)
	}
	return c
}

func mustPut(t *testing.T, s *Server, c Customer) {
	t.Helper()
	if err := s.PutCustomer(c); err != nil {
		t.Fatal(err)
	}
}

func mustContain(t *testing.T, s, part string) {
	t.Helper()
	if !strings.Contains(s, part) {
		t.Fatalf("%q does not contain %q", s, part)
	}
}
