package transport

import (
	"io"
	"net/http"
	"strconv"
	"testing"
	"time"
)

// A vendor header that says when to come back (here X-Reset-In seconds) is
// honoured like Retry-After: waited for within MaxRetryWait, otherwise the
// response is handed back at once.
func TestServerWaitVendorHeader(t *testing.T) {
	t.Parallel()
	resetIn := func(status int, h http.Header, now time.Time) (time.Duration, bool) {
		if d, ok := RetryAfter(h, now); ok {
			return d, true
		}
		secs, err := strconv.Atoi(h.Get("X-Reset-In"))
		return time.Duration(secs) * time.Second, err == nil && status == http.StatusTooManyRequests
	}
	for _, tc := range []struct {
		name      string
		reset     string
		wantCode  int
		wantCalls int
	}{
		{"short reset is waited for", "1", http.StatusOK, 2},
		{"reset beyond the cap is handed back", "3600", http.StatusTooManyRequests, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := newServer(t, func(w http.ResponseWriter, _ *http.Request, n int) {
				if n == 1 {
					w.Header().Set("X-Reset-In", tc.reset)
					w.WriteHeader(http.StatusTooManyRequests)
					return
				}
				_, _ = io.WriteString(w, "ok")
			})
			c := newClient(Options{Settings: Settings{MaxRetries: 2, MaxRetryWait: 5 * time.Second}, BaseURL: s.URL, ServerWait: resetIn}, fast)
			resp, err := c.R().Get("/x")
			if err != nil {
				t.Fatal(err)
			}
			hits := s.all()
			if resp.StatusCode() != tc.wantCode || len(hits) != tc.wantCalls {
				t.Fatalf("got %d after %d requests, want %d after %d", resp.StatusCode(), len(hits), tc.wantCode, tc.wantCalls)
			}
			if tc.wantCalls == 2 {
				if gap := hits[1].At.Sub(hits[0].At); gap < 950*time.Millisecond {
					t.Fatalf("second attempt came %v after the first, want about 1s (X-Reset-In: 1)", gap)
				}
			}
		})
	}
}
