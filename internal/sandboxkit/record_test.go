package sandboxkit

import (
	"strings"
	"testing"
)

func TestWrapRecordsAndPassesThrough(t *testing.T) {
	k, h, srv := newTestServer(t)
	r := send(freshClient(), "POST", srv.URL+"/x/y.json?user=u&a=1", "a=2&data=d%20e")
	if r.err != nil || r.status != 200 || !strings.Contains(r.body, `"ok":true`) {
		t.Fatalf("unexpected answer %+v", r)
	}
	if got := h.lastBody.Load(); got != "a=2&data=d%20e" {
		t.Fatalf("handler saw body %q", got)
	}
	reqs := k.Requests()
	if len(reqs) != 1 || k.RequestCount() != 1 {
		t.Fatalf("want 1 recorded request, got %d", len(reqs))
	}
	got := reqs[0]
	if got.Method != "POST" || got.Path != "/x/y.json" || got.RawQuery != "user=u&a=1" {
		t.Fatalf("recorded %+v", got)
	}
	if got.Form.Get("user") != "u" || got.Form.Get("data") != "d e" || strings.Join(got.Form["a"], ",") != "1,2" {
		t.Fatalf("recorded form %v", got.Form)
	}
	if got.Body != "a=2&data=d%20e" || got.Header.Get("Content-Type") == "" || got.Time.IsZero() {
		t.Fatalf("recorded %+v", got)
	}
	// The copy is independent of the recorder.
	reqs[0].Form.Set("user", "changed")
	if k.Requests()[0].Form.Get("user") != "u" {
		t.Fatal("Requests returned shared maps")
	}
	k.ResetRequests()
	if k.RequestCount() != 0 {
		t.Fatal("ResetRequests did not clear")
	}
}

func TestWrapRecordsGETWithFormBody(t *testing.T) {
	k, h, srv := newTestServer(t)
	r := send(freshClient(), "GET", srv.URL+"/list", "user=1&password=p")
	if r.err != nil || r.status != 200 {
		t.Fatalf("unexpected answer %+v", r)
	}
	if h.lastBody.Load() != "user=1&password=p" {
		t.Fatalf("handler saw body %q", h.lastBody.Load())
	}
	if f := k.Requests()[0].Form; f.Get("user") != "1" || f.Get("password") != "p" {
		t.Fatalf("recorded form %v", f)
	}
}

func TestWrapLargeBodyStaysReadable(t *testing.T) {
	k, h, srv := newTestServer(t)
	body := "x=" + strings.Repeat("a", MaxRecordedBody+10)
	r := send(freshClient(), "POST", srv.URL+"/big", body)
	if r.err != nil || r.status != 200 {
		t.Fatalf("unexpected answer %v", r.err)
	}
	if h.lastBody.Load() != body {
		t.Fatal("handler did not see the whole body")
	}
	rec := k.Requests()[0]
	if len(rec.Body) != MaxRecordedBody || rec.Form.Has("x") {
		t.Fatalf("recorded %d body bytes, form %v", len(rec.Body), rec.Form.Has("x"))
	}
}

func TestWrapRecordsJSONBodyWithoutForm(t *testing.T) {
	k := NewKit()
	h := &testTarget{}
	srv := newServerFor(t, k.Wrap(h))
	req := mustRequest(t, "POST", srv.URL+"/j?q=1", `{"a":1}`)
	req.Header.Set("Content-Type", "application/json")
	resp, err := freshClient().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	rec := k.Requests()[0]
	if rec.Body != `{"a":1}` || len(rec.Form) != 1 || rec.Form.Get("q") != "1" {
		t.Fatalf("recorded %+v", rec)
	}
}
