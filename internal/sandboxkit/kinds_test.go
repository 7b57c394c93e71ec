package sandboxkit

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestLatencyDelaysThenServes(t *testing.T) {
	k, h, srv := newTestServer(t)
	mustAdd(t, k, Fault{Kind: KindLatency, Delay: 150 * time.Millisecond})
	start := time.Now()
	r := send(freshClient(), "GET", srv.URL+"/slow", "")
	if r.err != nil || r.status != 200 {
		t.Fatalf("unexpected answer %+v", r)
	}
	if elapsed := time.Since(start); elapsed < 150*time.Millisecond {
		t.Fatalf("answered after %v, want >= 150ms", elapsed)
	}
	if h.commits.Load() != 1 {
		t.Fatal("handler did not run")
	}
}

func TestLatencyClientTimeoutSkipsHandler(t *testing.T) {
	k, h, srv := newTestServer(t)
	mustAdd(t, k, Fault{Kind: KindLatency, Delay: 5 * time.Second})
	c := freshClient()
	c.Timeout = 100 * time.Millisecond
	if r := send(c, "POST", srv.URL+"/slow", "a=1"); r.err == nil {
		t.Fatalf("want a client timeout, got %+v", r)
	}
	time.Sleep(100 * time.Millisecond)
	if h.commits.Load() != 0 {
		t.Fatal("handler ran although the client gave up")
	}
}

func TestStatusDoesNotRunHandler(t *testing.T) {
	k, h, srv := newTestServer(t)
	mustAdd(t, k, Fault{Kind: KindStatus, Status: 503, RetryAfter: "7", Times: 1})
	r := send(freshClient(), "POST", srv.URL+"/x", "a=1")
	if r.err != nil || r.status != 503 || r.header.Get("Retry-After") != "7" {
		t.Fatalf("unexpected answer %+v", r)
	}
	if !strings.Contains(r.body, "503") || !strings.HasPrefix(r.header.Get("Content-Type"), "text/plain") {
		t.Fatalf("default body %q / %q", r.body, r.header.Get("Content-Type"))
	}
	if h.commits.Load() != 0 {
		t.Fatal("handler ran")
	}
	if k.RequestCount() != 1 {
		t.Fatal("faulted request was not recorded")
	}
}

func TestStatusDefaultsAndJSONBody(t *testing.T) {
	k, _, srv := newTestServer(t)
	mustAdd(t, k, Fault{Kind: KindStatus, Body: `{"error":"busy"}`})
	r := send(freshClient(), "GET", srv.URL+"/x", "")
	if r.status != 500 || r.body != `{"error":"busy"}` || r.header.Get("Content-Type") != "application/json" {
		t.Fatalf("unexpected answer %+v", r)
	}
	if k.Faults()[0].Fault.Status != 500 {
		t.Fatal("default status not stored")
	}
}

func TestStatus429(t *testing.T) {
	k, _, srv := newTestServer(t)
	mustAdd(t, k, Fault{Kind: KindStatus, Status: 429, RetryAfter: "1"})
	if r := send(freshClient(), "GET", srv.URL+"/x", ""); r.status != 429 || r.header.Get("Retry-After") != "1" {
		t.Fatalf("unexpected answer %+v", r)
	}
}

func TestDropCommitsButSendsNothing(t *testing.T) {
	k, h, srv := newTestServer(t)
	mustAdd(t, k, Fault{Kind: KindDrop, Times: 1})
	r := send(freshClient(), "POST", srv.URL+"/create", "a=1")
	if r.err == nil {
		t.Fatalf("want a client error, got %+v", r)
	}
	if !strings.Contains(r.err.Error(), "EOF") {
		t.Fatalf("want an EOF error, got %v", r.err)
	}
	if h.commits.Load() != 1 || h.lastBody.Load() != "a=1" {
		t.Fatal("handler did not run with the body")
	}
	if r := send(freshClient(), "POST", srv.URL+"/create", "a=1"); r.err != nil || r.status != 200 {
		t.Fatalf("second request should pass: %+v", r)
	}
}

func TestResetDoesNotRunHandler(t *testing.T) {
	k, h, srv := newTestServer(t)
	mustAdd(t, k, Fault{Kind: KindReset})
	if r := send(freshClient(), "POST", srv.URL+"/create", "a=1"); r.err == nil {
		t.Fatalf("want a client error, got %+v", r)
	}
	if h.commits.Load() != 0 {
		t.Fatal("handler ran")
	}
	if k.RequestCount() != 1 {
		t.Fatal("request not recorded")
	}
}

func TestMalformedCommitsAndBreaksJSON(t *testing.T) {
	k, h, srv := newTestServer(t)
	mustAdd(t, k, Fault{Kind: KindMalformed, Times: 1})
	r := send(freshClient(), "POST", srv.URL+"/create", "a=1")
	if r.err != nil || r.status != 200 {
		t.Fatalf("unexpected answer %+v", r)
	}
	if json.Valid([]byte(r.body)) || r.body == "" {
		t.Fatalf("body %q should be invalid JSON", r.body)
	}
	if r.header.Get("Content-Type") != "application/json" {
		t.Fatalf("content type %q", r.header.Get("Content-Type"))
	}
	if h.commits.Load() != 1 {
		t.Fatal("handler did not run")
	}
}

func TestMalformedCustomBodyAndEmptyHandler(t *testing.T) {
	k := NewKit()
	srv := newServerFor(t, k.Wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte("{}"))
	})))
	mustAdd(t, k, Fault{Kind: KindMalformed, Path: "^/a$"})
	mustAdd(t, k, Fault{Kind: KindMalformed, Path: "^/b$", Body: "[1,"})
	if r := send(freshClient(), "GET", srv.URL+"/a", ""); json.Valid([]byte(r.body)) || r.body == "" {
		t.Fatalf("body %q should be invalid JSON", r.body)
	}
	if r := send(freshClient(), "GET", srv.URL+"/b", ""); r.body != "[1," {
		t.Fatalf("body %q, want the configured one", r.body)
	}
}
