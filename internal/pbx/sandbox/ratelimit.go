package sandbox

import (
	"net/http"
	"strconv"
	"sync"
	"time"
)

// rateLimiter is the client's request quota: limit requests per window.
// Windows are aligned to multiples of window since the zero time (whole
// clock hours by default), so "the next hour" starts on the hour.
type rateLimiter struct {
	mu      sync.Mutex
	limit   int
	window  time.Duration
	used    int
	resetAt time.Time // end of the current window; zero = none started
}

// rateState is what the X-RateLimit-* headers report.
type rateState struct {
	limit, remaining int
	resetIn          time.Duration
}

func newRateLimiter(limit int, window time.Duration) *rateLimiter {
	return &rateLimiter{limit: limit, window: window}
}

// roll starts a new window when the current one has ended. Caller holds mu.
func (rl *rateLimiter) roll(now time.Time) {
	if rl.resetAt.IsZero() || !now.Before(rl.resetAt) {
		rl.used = 0
		rl.resetAt = now.Truncate(rl.window).Add(rl.window)
	}
}

func (rl *rateLimiter) state(now time.Time) rateState {
	return rateState{limit: rl.limit, remaining: max(rl.limit-rl.used, 0), resetIn: rl.resetAt.Sub(now)}
}

// peek reports the quota without using it.
func (rl *rateLimiter) peek(now time.Time) rateState {
	rl.mu.Lock()
	defer rl.mu.Unlock()
	rl.roll(now)
	return rl.state(now)
}

// take uses one request of the quota; false when none is left.
func (rl *rateLimiter) take(now time.Time) (rateState, bool) {
	rl.mu.Lock()
	defer rl.mu.Unlock()
	rl.roll(now)
	if rl.used >= rl.limit {
		return rl.state(now), false
	}
	rl.used++
	return rl.state(now), true
}

// set changes the quota and starts a fresh window.
func (rl *rateLimiter) set(limit int, window time.Duration) {
	rl.mu.Lock()
	defer rl.mu.Unlock()
	rl.limit, rl.window = normLimit(limit, window)
	rl.used, rl.resetAt = 0, time.Time{}
}

// exhaust uses up the quota; the window ends resetIn after now.
func (rl *rateLimiter) exhaust(now time.Time, resetIn time.Duration) {
	rl.mu.Lock()
	defer rl.mu.Unlock()
	rl.used, rl.resetAt = rl.limit, now.Add(resetIn)
}

// write sets the three X-RateLimit-* headers; Reset is in whole seconds,
// rounded up.
func (st rateState) write(h http.Header) {
	h.Set("X-RateLimit-Limit", strconv.Itoa(st.limit))
	h.Set("X-RateLimit-Remaining", strconv.Itoa(st.remaining))
	h.Set("X-RateLimit-Reset", strconv.FormatInt(ceilSeconds(st.resetIn), 10))
}

// SetRateLimit changes the quota (limit requests per window) and starts a
// fresh window with the whole quota available.
func (s *Server) SetRateLimit(limit int, window time.Duration) { s.rate.set(limit, window) }

// ExhaustQuota uses up the current quota: X-RateLimit-Remaining becomes 0
// and API calls answer 429 until resetIn has passed; then a new (aligned)
// window starts with the whole quota.
func (s *Server) ExhaustQuota(resetIn time.Duration) { s.rate.exhaust(s.cfg.now(), resetIn) }
