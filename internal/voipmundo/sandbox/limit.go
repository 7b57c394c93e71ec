package sandbox

import "sync"

// limiter counts the API requests in progress. The vendor answers 429 to
// "too many simultaneous requests" without giving a number.
type limiter struct {
	mu        sync.Mutex
	max       int // 0 = unlimited
	inFlight  int
	throttled bool // every request answers 429
}

// acquire takes a slot; false when the request must answer 429.
func (l *limiter) acquire() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.throttled || (l.max > 0 && l.inFlight >= l.max) {
		return false
	}
	l.inFlight++
	return true
}

func (l *limiter) release() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.inFlight--
}

// SetMaxConcurrent changes the limit of simultaneous API requests; n <= 0
// removes it. Requests already running keep their slots.
func (s *Server) SetMaxConcurrent(n int) {
	s.limit.mu.Lock()
	defer s.limit.mu.Unlock()
	s.limit.max = max(n, 0)
}

// SetThrottled(true) makes every API request answer HTTP 429 (too many
// simultaneous requests) until SetThrottled(false).
func (s *Server) SetThrottled(on bool) {
	s.limit.mu.Lock()
	defer s.limit.mu.Unlock()
	s.limit.throttled = on
}

// InFlight returns how many API requests are being served right now (those
// answered 429 are not counted).
func (s *Server) InFlight() int {
	s.limit.mu.Lock()
	defer s.limit.mu.Unlock()
	return s.limit.inFlight
}
