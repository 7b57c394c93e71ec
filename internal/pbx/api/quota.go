package api

import (
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// The rate-limit headers every API answer carries [doc].
const (
	headerLimit     = "X-RateLimit-Limit"
	headerRemaining = "X-RateLimit-Remaining"
	headerReset     = "X-RateLimit-Reset" // seconds until the hourly window resets
)

// quota remembers the last rate-limit headers seen. The quota is per PBX
// client and shared with every other application of that client, so
// burning it to zero would lock the customer's own tools out for the rest
// of the hour: when little is left, requests are spread over the time until
// the reset instead.
type quota struct {
	mu        sync.Mutex
	known     bool
	limit     int64
	remaining int64
	resetAt   time.Time
}

func (q *quota) observe(h http.Header, now time.Time) {
	limit, err1 := strconv.ParseInt(strings.TrimSpace(h.Get(headerLimit)), 10, 64)
	remaining, err2 := strconv.ParseInt(strings.TrimSpace(h.Get(headerRemaining)), 10, 64)
	reset, err3 := strconv.ParseInt(strings.TrimSpace(h.Get(headerReset)), 10, 64)
	if err1 != nil || err2 != nil || err3 != nil || limit <= 0 {
		return // not an API answer (the token endpoint), or headers missing
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	q.known = true
	q.limit, q.remaining = limit, remaining
	q.resetAt = now.Add(time.Duration(reset) * time.Second)
}

// lowWater is how many requests left count as "low": 5% of the quota, at
// least 10.
func lowWater(limit int64) int64 { return max(limit/20, 10) }

// pace is the pause before the next request: zero while the quota is
// comfortable; otherwise the time to the reset shared out over the requests
// left, capped by maxPace. Each request taken counts down locally, so
// parallel callers do not all see the same stale number.
func (q *quota) pace(now time.Time, maxPace time.Duration) (time.Duration, int64) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if !q.known || !now.Before(q.resetAt) || q.remaining > lowWater(q.limit) {
		return 0, q.remaining
	}
	left := q.remaining
	if q.remaining > 0 {
		q.remaining--
	}
	if left <= 0 {
		return 0, 0 // used up: the request gets a 429 that says when it resets
	}
	wait := q.resetAt.Sub(now) / time.Duration(left+1)
	return min(wait, maxPace), left
}
