package sandboxkit

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func controlCall(t *testing.T, h http.Handler, method, path, body string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestControlFaults(t *testing.T) {
	k := NewKit()
	h := k.ControlHandler()
	rec := controlCall(t, h, "POST", "/faults", `{"kind":"latency","delay":"150ms","path":"^/x","times":2}`)
	if rec.Code != 201 || !strings.Contains(rec.Body.String(), `"delay":"150ms"`) {
		t.Fatalf("POST: %d %s", rec.Code, rec.Body)
	}
	rec = controlCall(t, h, "POST", "/faults", `{"kind":"status","status":503,"retry_after":"5"}`)
	if rec.Code != 201 || !strings.Contains(rec.Body.String(), `"status":503`) {
		t.Fatalf("POST: %d %s", rec.Code, rec.Body)
	}
	rec = controlCall(t, h, "GET", "/faults", "")
	var states []FaultState
	if rec.Code != 200 || rec.Header().Get("Content-Type") != "application/json" {
		t.Fatalf("GET: %d %v", rec.Code, rec.Header())
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &states); err != nil || len(states) != 2 {
		t.Fatalf("GET: %v %s", err, rec.Body)
	}
	if states[0].Fault.Delay != 150*time.Millisecond || states[0].Fault.Times != 2 || states[1].Fault.RetryAfter != "5" {
		t.Fatalf("GET: %+v", states)
	}
	if rec = controlCall(t, h, "DELETE", "/faults", ""); rec.Code != 204 || len(k.Faults()) != 0 {
		t.Fatalf("DELETE: %d, %d faults left", rec.Code, len(k.Faults()))
	}
}

func TestControlRejectsBadFaults(t *testing.T) {
	h := NewKit().ControlHandler()
	for _, body := range []string{
		`{"kind":"explode"}`,
		`{"kind":"status","path":"("}`,
		`{"kind":"status","retryAfter":"5"}`,
		`{"kind":"latency","delay":"soon"}`,
		`not json`,
	} {
		rec := controlCall(t, h, "POST", "/faults", body)
		if rec.Code != 400 || !strings.Contains(rec.Body.String(), `"error"`) {
			t.Errorf("%s: %d %s", body, rec.Code, rec.Body)
		}
	}
}

func TestControlRequests(t *testing.T) {
	k, _, srv := newTestServer(t)
	send(freshClient(), "POST", srv.URL+"/a?user=1", "x=2")
	h := k.ControlHandler()
	rec := controlCall(t, h, "GET", "/requests", "")
	var reqs []Request
	if err := json.Unmarshal(rec.Body.Bytes(), &reqs); err != nil || len(reqs) != 1 {
		t.Fatalf("GET: %v %s", err, rec.Body)
	}
	if reqs[0].Path != "/a" || reqs[0].Form.Get("x") != "2" || reqs[0].Form.Get("user") != "1" {
		t.Fatalf("GET: %+v", reqs[0])
	}
	if rec = controlCall(t, h, "DELETE", "/requests", ""); rec.Code != 204 || k.RequestCount() != 0 {
		t.Fatalf("DELETE: %d", rec.Code)
	}
	rec = controlCall(t, h, "GET", "/requests", "")
	if strings.TrimSpace(rec.Body.String()) != "[]" {
		t.Fatalf("empty list encoded as %s", rec.Body)
	}
}

func TestControlMethodsAndPaths(t *testing.T) {
	h := NewKit().ControlHandler()
	if rec := controlCall(t, h, "PUT", "/faults", ""); rec.Code != 405 || rec.Header().Get("Allow") == "" {
		t.Fatalf("PUT /faults: %d", rec.Code)
	}
	if rec := controlCall(t, h, "POST", "/requests", ""); rec.Code != 405 {
		t.Fatalf("POST /requests: %d", rec.Code)
	}
	if rec := controlCall(t, h, "GET", "/other", ""); rec.Code != 404 {
		t.Fatalf("GET /other: %d", rec.Code)
	}
	// Mounted under a prefix without StripPrefix.
	if rec := controlCall(t, h, "GET", "/_sandbox/odorik/faults/", ""); rec.Code != 200 {
		t.Fatalf("prefixed GET: %d", rec.Code)
	}
}

func TestControlFaultAppliesToWrappedServer(t *testing.T) {
	k, h, srv := newTestServer(t)
	ctl := newServerFor(t, k.ControlHandler())
	if r := send(freshClient(), "POST", ctl.URL+"/faults", `{"kind":"drop","method":"POST","times":1}`); r.status != 201 {
		t.Fatalf("add fault: %+v", r)
	}
	if r := send(freshClient(), "POST", srv.URL+"/x", "a=1"); r.err == nil {
		t.Fatalf("want dropped connection, got %+v", r)
	}
	if h.commits.Load() != 1 {
		t.Fatal("drop did not commit")
	}
}
