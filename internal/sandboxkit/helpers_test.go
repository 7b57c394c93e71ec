package sandboxkit

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// testTarget is a handler whose effect ("commit") can be counted.
type testTarget struct {
	commits  atomic.Int64
	lastBody atomic.Value // string
}

func (h *testTarget) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	h.lastBody.Store(string(body))
	h.commits.Add(1)
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write([]byte(`{"ok":true,"path":"` + r.URL.Path + `"}`))
}

func newTestServer(t *testing.T) (*Kit, *testTarget, *httptest.Server) {
	t.Helper()
	k := NewKit()
	h := &testTarget{}
	srv := httptest.NewServer(k.Wrap(h))
	t.Cleanup(srv.Close)
	return k, h, srv
}

// freshClient never reuses connections, so the transport cannot silently
// retry a request after a dropped connection.
func freshClient() *http.Client {
	return &http.Client{
		Timeout:   10 * time.Second,
		Transport: &http.Transport{DisableKeepAlives: true},
	}
}

type result struct {
	status int
	header http.Header
	body   string
	err    error
}

func send(c *http.Client, method, url, body string) result {
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, url, rd)
	if err != nil {
		return result{err: err}
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	resp, err := c.Do(req)
	if err != nil {
		return result{err: err}
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	return result{status: resp.StatusCode, header: resp.Header, body: string(data), err: err}
}

func mustAdd(t *testing.T, k *Kit, f Fault) {
	t.Helper()
	if err := k.AddFault(f); err != nil {
		t.Fatalf("AddFault(%+v): %v", f, err)
	}
}

func newServerFor(t *testing.T, h http.Handler) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func mustRequest(t *testing.T, method, url, body string) *http.Request {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	return req
}
