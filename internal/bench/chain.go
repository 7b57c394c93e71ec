package main

import (
	"net/http"
	"slices"
	"sync"
	"time"
)

// spans record when each request an emulator served began and ended, for
// chain. The emulator's own request log (sandboxkit) has no end times.
type spans struct {
	mu  sync.Mutex
	all []span
}

type span struct{ start, end time.Time }

// wrap records the span of every request h serves, latency faults included.
func (s *spans) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		h.ServeHTTP(w, r)
		end := time.Now()
		s.mu.Lock()
		defer s.mu.Unlock()
		s.all = append(s.all, span{start, end})
	})
}

func (s *spans) reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.all = nil
}

// chain is the longest sequence of requests each of which began after the
// previous one had been answered: the operation took at least chain times
// the latency. Taking the earliest-ending request that fits, over and over,
// finds the longest (interval scheduling). It is an upper bound on the
// provider's chains of dependent requests, because requests that merely
// happened to follow each other count too.
func (s *spans) chain() int {
	s.mu.Lock()
	all := slices.Clone(s.all)
	s.mu.Unlock()
	slices.SortFunc(all, func(a, b span) int { return a.end.Compare(b.end) })
	n := 0
	var last time.Time
	for _, sp := range all {
		if n == 0 || !sp.start.Before(last) {
			n++
			last = sp.end
		}
	}
	return n
}
