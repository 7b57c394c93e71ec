package transport

import (
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/go-resty/resty/v2"
)

// fast is the tuning for tests: millisecond backoff so retries cost nothing.
var fast = tuning{initialWait: 2 * time.Millisecond, now: time.Now}

// hit is one request as the test server saw it.
type hit struct {
	Method    string
	Path      string
	Query     string
	Body      string
	UserAgent string
	CType     string
	At        time.Time
}

// server is an httptest server whose handler gets the 1-based number of the
// request, and which records every request.
type server struct {
	*httptest.Server
	mu   sync.Mutex
	hits []hit
}

func newServer(t *testing.T, handle func(w http.ResponseWriter, r *http.Request, n int)) *server {
	t.Helper()
	s := &server{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		s.mu.Lock()
		s.hits = append(s.hits, hit{
			Method: r.Method, Path: r.URL.EscapedPath(), Query: r.URL.RawQuery, Body: string(body),
			UserAgent: r.UserAgent(), CType: r.Header.Get("Content-Type"), At: time.Now(),
		})
		n := len(s.hits)
		s.mu.Unlock()
		handle(w, r, n)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *server) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.hits)
}

func (s *server) all() []hit {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]hit(nil), s.hits...)
}

// client builds a client for s with fast waits.
func (s *server) client(st Settings) *resty.Client {
	return newClient(Options{Settings: st, BaseURL: s.URL, Subsystem: "test"}, fast)
}

// dropConn closes the connection without answering: the client reads EOF.
func dropConn(t *testing.T, w http.ResponseWriter) {
	hj, _ := w.(http.Hijacker) // httptest's ResponseWriter always is one
	conn, _, err := hj.Hijack()
	if err != nil {
		t.Errorf("hijack: %v", err)
		return
	}
	_ = conn.Close()
}

// resetConn closes the connection with a TCP RST: the client reads
// "connection reset by peer".
func resetConn(t *testing.T, w http.ResponseWriter) {
	hj, _ := w.(http.Hijacker) // httptest's ResponseWriter always is one
	conn, _, err := hj.Hijack()
	if err != nil {
		t.Errorf("hijack: %v", err)
		return
	}
	if tc, ok := conn.(*net.TCPConn); ok {
		_ = tc.SetLinger(0)
	}
	_ = conn.Close()
}

// failFirst answers status to the first n requests, then 200 "ok".
func failFirst(n, status int) func(http.ResponseWriter, *http.Request, int) {
	return func(w http.ResponseWriter, _ *http.Request, i int) {
		if i <= n {
			w.WriteHeader(status)
			return
		}
		_, _ = io.WriteString(w, "ok")
	}
}
