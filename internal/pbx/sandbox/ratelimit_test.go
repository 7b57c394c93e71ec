package sandbox

import (
	"net/http"
	"strconv"
	"testing"
	"time"
)

type quota struct{ limit, remaining, reset string }

func quotaOf(a answer) quota {
	return quota{a.header.Get("X-RateLimit-Limit"), a.header.Get("X-RateLimit-Remaining"), a.header.Get("X-RateLimit-Reset")}
}

func TestRateLimitHeadersAndCounting(t *testing.T) {
	clock := newClock(time.Date(2025, 3, 1, 10, 20, 30, 500_000_000, time.UTC))
	_, a := loggedIn(t, WithClock(clock.now))
	// 39 min 29.5 s to the next full hour, rounded up.
	want := quota{strconv.Itoa(DefaultRateLimit), strconv.Itoa(DefaultRateLimit - 1), "2370"}
	if got := quotaOf(a.do("GET", "/client/@me/", nil)); got != want {
		t.Fatalf("headers %+v, want %+v", got, want)
	}
	// Every authenticated call counts, whatever its outcome.
	calls := []struct {
		method, path string
		body         any
		status       int
	}{
		{"GET", "/client/@me/interval/", nil, 200},
		{"POST", "/client/@me/interval/", officeHours(), 201},
		{"POST", "/client/@me/interval/", `{}`, 400},
		{"GET", "/client/999/interval/", nil, 404},
		{"GET", "/no/such/path", nil, 404},
		{"DELETE", "/client/@me/interval/", nil, 405},
		{"DELETE", "/client/@me/interval/3001", nil, 204},
	}
	for i, c := range calls {
		ans := a.do(c.method, c.path, c.body)
		if ans.status != c.status {
			t.Fatalf("%s %s: status %d, want %d", c.method, c.path, ans.status, c.status)
		}
		if got := ans.header.Get("X-RateLimit-Remaining"); got != strconv.Itoa(DefaultRateLimit-2-i) {
			t.Fatalf("%s %s: remaining %s, want %d", c.method, c.path, got, DefaultRateLimit-2-i)
		}
	}
}

func TestRateLimitExhaustionAndWindowReset(t *testing.T) {
	clock := newClock(time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC))
	s, a := loggedIn(t, WithClock(clock.now), WithRateLimit(3, time.Hour))
	for i := 2; i >= 0; i-- {
		ans := a.do("GET", "/client/@me/interval/", nil)
		wantStatus(t, ans, http.StatusOK)
		if got := quotaOf(ans); got != (quota{"3", strconv.Itoa(i), "3600"}) {
			t.Fatalf("headers %+v", got)
		}
	}
	clock.advance(15 * time.Minute)
	ans := a.do("POST", "/client/@me/interval/", officeHours())
	wantJSON(t, ans, http.StatusTooManyRequests, `{"message":"Rate limit exceeded","status":"rate_limit_exceeded"}`)
	if got := quotaOf(ans); got != (quota{"3", "0", "2700"}) {
		t.Fatalf("429 headers %+v", got)
	}
	if ans.header.Get("Retry-After") != "" {
		t.Fatal("Retry-After sent without WithRetryAfterOn429")
	}
	if len(s.Intervals()) != 0 {
		t.Fatal("a 429 call committed")
	}
	// The token endpoint is not limited.
	a.login()
	// The next hour brings the whole quota back.
	clock.advance(45*time.Minute - time.Second)
	wantStatus(t, a.do("GET", "/client/@me/", nil), http.StatusTooManyRequests)
	clock.advance(time.Second)
	ans = a.do("GET", "/client/@me/", nil)
	wantStatus(t, ans, http.StatusOK)
	if got := quotaOf(ans); got != (quota{"3", "2", "3600"}) {
		t.Fatalf("new window headers %+v", got)
	}
}

func TestExhaustQuotaAndSetRateLimit(t *testing.T) {
	clock := newClock(time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC))
	s, a := loggedIn(t, WithClock(clock.now), WithRetryAfterOn429())
	s.ExhaustQuota(90 * time.Second)
	ans := a.do("GET", "/client/@me/", nil)
	wantError(t, ans, http.StatusTooManyRequests, "rate_limit_exceeded", "Rate limit exceeded")
	if got := quotaOf(ans); got != (quota{"10000", "0", "90"}) {
		t.Fatalf("headers %+v", got)
	}
	if ans.header.Get("Retry-After") != "90" {
		t.Fatalf("Retry-After %q", ans.header.Get("Retry-After"))
	}
	clock.advance(90 * time.Second)
	ans = a.do("GET", "/client/@me/", nil)
	wantStatus(t, ans, http.StatusOK)
	// A new window aligned to the hour: 10:01:30 -> 11:00:00.
	if got := quotaOf(ans); got != (quota{"10000", "9999", "3510"}) {
		t.Fatalf("headers after reset %+v", got)
	}
	s.SetRateLimit(2, time.Minute)
	for _, want := range []int{http.StatusOK, http.StatusOK, http.StatusTooManyRequests} {
		ans = a.do("GET", "/client/@me/", nil)
		wantStatus(t, ans, want)
	}
	if got := quotaOf(ans); got != (quota{"2", "0", "30"}) {
		t.Fatalf("headers with 2/min %+v", got)
	}
	s.SetRateLimit(0, time.Hour)
	wantStatus(t, a.do("GET", "/client/@me/", nil), http.StatusTooManyRequests)
}
