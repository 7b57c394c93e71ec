package transport

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/go-resty/resty/v2"
)

func TestRetry500ThenSuccess(t *testing.T) {
	s := newServer(t, failFirst(1, http.StatusInternalServerError))
	resp, err := s.client(Settings{MaxRetries: 3}).R().Get("/x")
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode() != 200 || resp.String() != "ok" {
		t.Fatalf("got %d %q, want 200 ok", resp.StatusCode(), resp.String())
	}
	if s.count() != 2 || resp.Request.Attempt != 2 {
		t.Fatalf("server saw %d requests, resty counted %d attempts; want 2", s.count(), resp.Request.Attempt)
	}
}

func TestRetry503ThreeTimes(t *testing.T) {
	s := newServer(t, failFirst(3, http.StatusServiceUnavailable))
	resp, err := s.client(Settings{MaxRetries: 5}).R().Get("/x")
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode() != 200 || s.count() != 4 {
		t.Fatalf("got %d after %d requests, want 200 after 4", resp.StatusCode(), s.count())
	}
}

func TestRetriesExhaustedReturnsLastResponse(t *testing.T) {
	s := newServer(t, func(w http.ResponseWriter, _ *http.Request, n int) {
		w.WriteHeader(http.StatusBadGateway)
		fmt.Fprintf(w, "attempt %d", n)
	})
	resp, err := s.client(Settings{MaxRetries: 2}).R().Get("/x")
	if err != nil {
		t.Fatalf("a 5xx is a response, not an error: %v", err)
	}
	if s.count() != 3 || resp.StatusCode() != http.StatusBadGateway || resp.String() != "attempt 3" {
		t.Fatalf("got %d %q after %d requests, want 502 \"attempt 3\" after 3", resp.StatusCode(), resp.String(), s.count())
	}
}

func TestRetriesExhaustedReturnsLastError(t *testing.T) {
	s := newServer(t, func(w http.ResponseWriter, _ *http.Request, _ int) { dropConn(t, w) })
	_, err := s.client(Settings{MaxRetries: 2}).R().Get("/x")
	if err == nil {
		t.Fatal("want an error when every attempt loses the connection")
	}
	if !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("want an EOF error, got %v", err)
	}
	if s.count() != 3 {
		t.Fatalf("server saw %d requests, want 3", s.count())
	}
}

func TestMaxRetriesZeroDisablesRetries(t *testing.T) {
	s := newServer(t, failFirst(1, http.StatusInternalServerError))
	resp, err := s.client(Settings{MaxRetries: 0}).R().Get("/x")
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode() != 500 || s.count() != 1 {
		t.Fatalf("got %d after %d requests, want 500 after 1", resp.StatusCode(), s.count())
	}
}

func TestNoRetryOnOther4xxAnd2xx(t *testing.T) {
	for _, status := range []int{200, 201, 204, 400, 401, 403, 404, 409, 422} {
		t.Run(fmt.Sprint(status), func(t *testing.T) {
			s := newServer(t, func(w http.ResponseWriter, _ *http.Request, _ int) { w.WriteHeader(status) })
			resp, err := s.client(Settings{MaxRetries: 3}).R().Get("/x")
			if err != nil {
				t.Fatal(err)
			}
			if resp.StatusCode() != status || s.count() != 1 {
				t.Fatalf("got %d after %d requests, want %d after 1", resp.StatusCode(), s.count(), status)
			}
		})
	}
}

func TestRetryAfterSeconds(t *testing.T) {
	t.Parallel()
	s := newServer(t, func(w http.ResponseWriter, _ *http.Request, n int) {
		if n == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		_, _ = io.WriteString(w, "ok")
	})
	resp, err := s.client(Settings{MaxRetries: 2, MaxRetryWait: 5 * time.Second}).R().Get("/x")
	if err != nil {
		t.Fatal(err)
	}
	hits := s.all()
	if resp.StatusCode() != 200 || len(hits) != 2 {
		t.Fatalf("got %d after %d requests, want 200 after 2", resp.StatusCode(), len(hits))
	}
	// The backoff alone would wait 2ms; only Retry-After explains a second.
	if gap := hits[1].At.Sub(hits[0].At); gap < 950*time.Millisecond || gap > 3*time.Second {
		t.Fatalf("second attempt came %v after the first, want about 1s (Retry-After: 1)", gap)
	}
}

func TestRetryAfterHTTPDate(t *testing.T) {
	t.Parallel()
	// A fixed clock makes the date exactly one second away; HTTP dates
	// have whole seconds only.
	base := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
	s := newServer(t, func(w http.ResponseWriter, _ *http.Request, n int) {
		if n == 1 {
			w.Header().Set("Retry-After", base.Add(time.Second).Format(http.TimeFormat))
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		_, _ = io.WriteString(w, "ok")
	})
	c := newClient(Options{Settings: Settings{MaxRetries: 2, MaxRetryWait: 5 * time.Second}, BaseURL: s.URL},
		tuning{initialWait: 2 * time.Millisecond, now: func() time.Time { return base }})
	resp, err := c.R().Get("/x")
	if err != nil {
		t.Fatal(err)
	}
	hits := s.all()
	if resp.StatusCode() != 200 || len(hits) != 2 {
		t.Fatalf("got %d after %d requests, want 200 after 2", resp.StatusCode(), len(hits))
	}
	if gap := hits[1].At.Sub(hits[0].At); gap < 950*time.Millisecond || gap > 3*time.Second {
		t.Fatalf("second attempt came %v after the first, want about 1s (Retry-After date)", gap)
	}
}

func TestRetryAfterZeroRetriesSoon(t *testing.T) {
	s := newServer(t, func(w http.ResponseWriter, _ *http.Request, n int) {
		if n == 1 {
			w.Header().Set("Retry-After", "0")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		_, _ = io.WriteString(w, "ok")
	})
	start := time.Now()
	resp, err := s.client(Settings{MaxRetries: 1}).R().Get("/x")
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode() != 200 || s.count() != 2 || time.Since(start) > time.Second {
		t.Fatalf("got %d after %d requests in %v, want 200 after 2 quickly", resp.StatusCode(), s.count(), time.Since(start))
	}
}

func TestRetryAfterBeyondMaxWaitIsNotWaited(t *testing.T) {
	future := time.Now().Add(2 * time.Hour).UTC().Format(http.TimeFormat)
	for name, value := range map[string]string{"seconds": "3600", "date": future} {
		t.Run(name, func(t *testing.T) {
			s := newServer(t, func(w http.ResponseWriter, _ *http.Request, _ int) {
				w.Header().Set("Retry-After", value)
				w.WriteHeader(http.StatusTooManyRequests)
			})
			start := time.Now()
			resp, err := s.client(Settings{MaxRetries: 3, MaxRetryWait: time.Second}).R().Get("/x")
			if err != nil {
				t.Fatalf("want the 429 response without error, got %v", err)
			}
			if resp.StatusCode() != http.StatusTooManyRequests || resp.Header().Get("Retry-After") != value {
				t.Fatalf("got %d Retry-After %q, want 429 with %q", resp.StatusCode(), resp.Header().Get("Retry-After"), value)
			}
			if s.count() != 1 || time.Since(start) > 500*time.Millisecond {
				t.Fatalf("%d requests in %v, want 1 without waiting", s.count(), time.Since(start))
			}
		})
	}
}

func TestRetryAfterBeyondDeadlineIsNotWaited(t *testing.T) {
	s := newServer(t, func(w http.ResponseWriter, _ *http.Request, _ int) {
		w.Header().Set("Retry-After", "3")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	start := time.Now()
	resp, err := s.client(Settings{MaxRetries: 3, MaxRetryWait: 10 * time.Second}).R().SetContext(ctx).Get("/x")
	if err != nil {
		t.Fatalf("want the 429 response without error, got %v", err)
	}
	if resp.StatusCode() != http.StatusTooManyRequests || s.count() != 1 || time.Since(start) > time.Second {
		t.Fatalf("got %d after %d requests in %v, want 429 after 1 at once", resp.StatusCode(), s.count(), time.Since(start))
	}
}

func TestConnectionFailures(t *testing.T) {
	tests := []struct {
		name       string
		method     string
		allowRetry bool
		fail       func(*testing.T, http.ResponseWriter)
		wantHits   int
	}{
		{"GET dropped", http.MethodGet, false, dropConn, 2},
		{"GET reset", http.MethodGet, false, resetConn, 2},
		{"HEAD dropped", http.MethodHead, false, dropConn, 2},
		{"PUT dropped", http.MethodPut, false, dropConn, 2},
		{"DELETE reset", http.MethodDelete, false, resetConn, 2},
		{"POST dropped", http.MethodPost, false, dropConn, 1},
		{"POST reset", http.MethodPost, false, resetConn, 1},
		{"PATCH dropped", http.MethodPatch, false, dropConn, 1},
		{"POST dropped AllowRetry", http.MethodPost, true, dropConn, 2},
		{"PATCH reset AllowRetry", http.MethodPatch, true, resetConn, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newServer(t, func(w http.ResponseWriter, _ *http.Request, n int) {
				if n == 1 {
					tt.fail(t, w)
					return
				}
				w.WriteHeader(http.StatusOK)
			})
			ctx := context.Background()
			if tt.allowRetry {
				ctx = AllowRetry(ctx)
			}
			req := s.client(Settings{MaxRetries: 3}).R().SetContext(ctx)
			if tt.method != http.MethodGet && tt.method != http.MethodHead {
				req.SetBody("payload")
			}
			resp, err := req.Execute(tt.method, "/x")
			if got := s.count(); got != tt.wantHits {
				t.Fatalf("server saw %d requests, want %d (err %v)", got, tt.wantHits, err)
			}
			if tt.wantHits == 1 {
				if err == nil {
					t.Fatal("want the connection error back")
				}
				if !isTransient(err) {
					t.Errorf("error %v should be a connection error", err)
				}
				return
			}
			if err != nil || resp.StatusCode() != 200 {
				t.Fatalf("want 200 after a retry, got %v %v", resp.StatusCode(), err)
			}
		})
	}
}

func TestNonIdempotent5xxNotRetriedUnlessAllowed(t *testing.T) {
	for _, allow := range []bool{false, true} {
		t.Run(fmt.Sprint("AllowRetry=", allow), func(t *testing.T) {
			s := newServer(t, failFirst(1, http.StatusServiceUnavailable))
			ctx := context.Background()
			want, wantStatus := 1, 503
			if allow {
				ctx, want, wantStatus = AllowRetry(ctx), 2, 200
			}
			resp, err := s.client(Settings{MaxRetries: 3}).R().SetContext(ctx).SetBody("x").Post("/x")
			if err != nil {
				t.Fatal(err)
			}
			if s.count() != want || resp.StatusCode() != wantStatus {
				t.Fatalf("got %d after %d requests, want %d after %d", resp.StatusCode(), s.count(), wantStatus, want)
			}
		})
	}
}

func TestConnectionRefusedIsRetried(t *testing.T) {
	s := newServer(t, failFirst(0, 200))
	url := s.URL
	s.Close() // nothing listens there any more
	resp, err := newClient(Options{Settings: Settings{MaxRetries: 2}, BaseURL: url}, fast).R().Get("/x")
	if !errors.Is(err, syscall.ECONNREFUSED) {
		t.Fatalf("want connection refused, got %v", err)
	}
	if resp == nil || resp.Request.Attempt != 3 {
		t.Fatalf("want 3 attempts, got %+v", resp)
	}
}

func TestCertificateErrorIsNotRetried(t *testing.T) {
	var hits atomic.Int32
	s := httptest.NewUnstartedServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { hits.Add(1) }))
	s.Config.ErrorLog = log.New(io.Discard, "", 0) // the failed handshakes are expected
	s.StartTLS()
	defer s.Close()
	// Our client does not trust the test server's certificate.
	resp, err := newClient(Options{Settings: Settings{MaxRetries: 3}, BaseURL: s.URL}, fast).R().Get("/x")
	if err == nil || !strings.Contains(err.Error(), "certificate") {
		t.Fatalf("want a certificate error, got %v", err)
	}
	if resp.Request.Attempt != 1 || hits.Load() != 0 {
		t.Fatalf("a certificate error was retried: %d attempts", resp.Request.Attempt)
	}
}

func TestBodiesResentIntact(t *testing.T) {
	type payload struct {
		Name  string            `json:"name"`
		Tags  []string          `json:"tags"`
		Extra map[string]string `json:"extra"`
	}
	check := func(t *testing.T, s *server, wantBody, wantCTPrefix string) {
		t.Helper()
		hits := s.all()
		if len(hits) != 2 {
			t.Fatalf("server saw %d requests, want 2", len(hits))
		}
		for i, h := range hits {
			if h.Body != wantBody {
				t.Errorf("attempt %d sent body %q, want %q", i+1, h.Body, wantBody)
			}
			if !strings.HasPrefix(h.CType, wantCTPrefix) {
				t.Errorf("attempt %d sent Content-Type %q, want %q", i+1, h.CType, wantCTPrefix)
			}
		}
	}

	t.Run("form", func(t *testing.T) {
		s := newServer(t, failFirst(1, 500))
		_, err := s.client(Settings{MaxRetries: 2}).R().SetContext(AllowRetry(context.Background())).
			SetFormData(map[string]string{"user": "alice", "note": "a b&c=d"}).Post("/x")
		if err != nil {
			t.Fatal(err)
		}
		check(t, s, "note=a+b%26c%3Dd&user=alice", "application/x-www-form-urlencoded")
	})
	t.Run("json struct", func(t *testing.T) {
		s := newServer(t, failFirst(1, 500))
		_, err := s.client(Settings{MaxRetries: 2}).R().SetHeader("Content-Type", "application/json").
			SetBody(payload{Name: "n", Tags: []string{"a", "b"}, Extra: map[string]string{"k": "v"}}).Put("/x")
		if err != nil {
			t.Fatal(err)
		}
		check(t, s, `{"name":"n","tags":["a","b"],"extra":{"k":"v"}}`, "application/json")
	})
	t.Run("json map", func(t *testing.T) {
		s := newServer(t, failFirst(1, 503))
		_, err := s.client(Settings{MaxRetries: 2}).R().SetContext(AllowRetry(context.Background())).
			SetBody(map[string]any{"a": 1, "b": []int{2, 3}}).Patch("/x")
		if err != nil {
			t.Fatal(err)
		}
		check(t, s, `{"a":1,"b":[2,3]}`, "application/json")
	})
	t.Run("io.Reader", func(t *testing.T) {
		// resty alone re-sends an empty body here; bufferReaderBody fixes it.
		s := newServer(t, failFirst(1, 500))
		_, err := s.client(Settings{MaxRetries: 2}).R().SetBody(strings.NewReader("raw reader body")).Put("/x")
		if err != nil {
			t.Fatal(err)
		}
		// Same Content-Type as resty picks for a reader without our fix.
		check(t, s, "raw reader body", resty.DetectContentType(strings.NewReader("")))
	})
}

func TestUserAgentOnEveryAttempt(t *testing.T) {
	s := newServer(t, failFirst(1, 500))
	ua := DefaultUserAgent("1.2.3", "1.9.0")
	if _, err := s.client(Settings{MaxRetries: 1, UserAgent: ua}).R().Get("/x"); err != nil {
		t.Fatal(err)
	}
	hits := s.all()
	if len(hits) != 2 {
		t.Fatalf("server saw %d requests, want 2", len(hits))
	}
	for i, h := range hits {
		if h.UserAgent != ua {
			t.Errorf("attempt %d: User-Agent %q, want %q", i+1, h.UserAgent, ua)
		}
	}

	s2 := newServer(t, failFirst(0, 200))
	if _, err := s2.client(Settings{}).R().Get("/x"); err != nil {
		t.Fatal(err)
	}
	if got := s2.all()[0].UserAgent; got != DefaultUserAgent("", "") {
		t.Errorf("without Settings.UserAgent: %q, want %q", got, DefaultUserAgent("", ""))
	}
}

// blockUntilGone holds a request until the client gives up on it.
func blockUntilGone(_ http.ResponseWriter, r *http.Request) {
	select {
	case <-r.Context().Done():
	case <-time.After(5 * time.Second):
	}
}

func TestPerAttemptTimeout(t *testing.T) {
	t.Run("slow first attempt is retried", func(t *testing.T) {
		s := newServer(t, func(w http.ResponseWriter, r *http.Request, n int) {
			if n == 1 {
				blockUntilGone(w, r)
				return
			}
			_, _ = io.WriteString(w, "ok")
		})
		start := time.Now()
		resp, err := s.client(Settings{MaxRetries: 1, RequestTimeout: 100 * time.Millisecond}).R().Get("/x")
		if err != nil || resp.String() != "ok" {
			t.Fatalf("want ok after a timed-out attempt, got %v %v", resp, err)
		}
		if s.count() != 2 || time.Since(start) > 2*time.Second {
			t.Fatalf("%d requests in %v, want 2 in about 100ms", s.count(), time.Since(start))
		}
	})
	t.Run("every attempt too slow", func(t *testing.T) {
		s := newServer(t, func(w http.ResponseWriter, r *http.Request, _ int) { blockUntilGone(w, r) })
		start := time.Now()
		_, err := s.client(Settings{MaxRetries: 1, RequestTimeout: 100 * time.Millisecond}).R().Get("/x")
		var ne net.Error
		if !errors.As(err, &ne) || !ne.Timeout() {
			t.Fatalf("want a timeout error, got %v", err)
		}
		if s.count() != 2 || time.Since(start) > 2*time.Second {
			t.Fatalf("%d requests in %v, want 2 in about 200ms", s.count(), time.Since(start))
		}
	})
}

func TestContextStopsRetries(t *testing.T) {
	slow := tuning{initialWait: 3 * time.Second, now: time.Now} // a wait the test must not sit through
	always503 := func(w http.ResponseWriter, _ *http.Request, _ int) { w.WriteHeader(503) }

	t.Run("deadline", func(t *testing.T) {
		s := newServer(t, always503)
		c := newClient(Options{Settings: Settings{MaxRetries: 5, MaxRetryWait: 10 * time.Second}, BaseURL: s.URL}, slow)
		ctx, cancel := context.WithTimeout(context.Background(), 150*time.Millisecond)
		defer cancel()
		start := time.Now()
		_, err := c.R().SetContext(ctx).Get("/x")
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("want context.DeadlineExceeded, got %v", err)
		}
		if s.count() != 1 || time.Since(start) > time.Second {
			t.Fatalf("%d requests in %v, want 1 and a return at the deadline", s.count(), time.Since(start))
		}
	})
	t.Run("cancel", func(t *testing.T) {
		s := newServer(t, always503)
		c := newClient(Options{Settings: Settings{MaxRetries: 5, MaxRetryWait: 10 * time.Second}, BaseURL: s.URL}, slow)
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(100*time.Millisecond, cancel)
		start := time.Now()
		_, err := c.R().SetContext(ctx).Get("/x")
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("want context.Canceled, got %v", err)
		}
		if s.count() != 1 || time.Since(start) > time.Second {
			t.Fatalf("%d requests in %v, want 1 and a return at cancel", s.count(), time.Since(start))
		}
	})
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
	tests := []struct {
		in     string
		want   time.Duration
		wantOK bool
	}{
		{"", 0, false},
		{"  ", 0, false},
		{"0", 0, true},
		{"1", time.Second, true},
		{" 120 ", 2 * time.Minute, true},
		{"-5", 0, false},
		{"soon", 0, false},
		{"99999999999999999", time.Duration(1<<63 - 1), true},
		{now.Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second, true},
		{now.Add(-time.Hour).Format(http.TimeFormat), 0, true},
		{now.Add(time.Minute).Format(time.RFC850), time.Minute, true},
	}
	for _, tt := range tests {
		got, ok := parseRetryAfter(tt.in, now)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("parseRetryAfter(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.wantOK)
		}
	}
}

func TestIsTransient(t *testing.T) {
	tests := []struct {
		err  error
		want bool
	}{
		{nil, false},
		{io.EOF, true},
		{fmt.Errorf("read: %w", io.ErrUnexpectedEOF), true},
		{&net.OpError{Op: "dial", Err: syscall.ECONNREFUSED}, true},
		{&net.OpError{Op: "read", Err: syscall.ECONNRESET}, true},
		{context.Canceled, false},
		{&net.DNSError{Err: "no such host", IsNotFound: true}, false},
		{&net.DNSError{Err: "timeout", IsTimeout: true}, true},
		{errors.New("x509: certificate signed by unknown authority"), false},
		{errors.New("http: server closed idle connection"), true},
		{errors.New("json: cannot unmarshal"), false},
	}
	for _, tt := range tests {
		if got := isTransient(tt.err); got != tt.want {
			t.Errorf("isTransient(%v) = %v, want %v", tt.err, got, tt.want)
		}
	}
}

func TestErrorStatusWithMiddlewareErrorIsRetried(t *testing.T) {
	// A vendor client may turn error statuses into errors in OnAfterResponse;
	// the status still decides.
	s := newServer(t, failFirst(1, http.StatusBadGateway))
	c := s.client(Settings{MaxRetries: 2})
	c.OnAfterResponse(func(_ *resty.Client, r *resty.Response) error {
		if r.IsError() {
			return fmt.Errorf("vendor error %d", r.StatusCode())
		}
		return nil
	})
	resp, err := c.R().Get("/x")
	if err != nil || resp.StatusCode() != 200 || s.count() != 2 {
		t.Fatalf("got %v %v after %d requests, want 200 after 2", resp.StatusCode(), err, s.count())
	}
}
