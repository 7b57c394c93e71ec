// Package tokencache keeps the bearer token of a vendor login for the
// provider process: one fetch shared by every resource refreshing in
// parallel, renewal shortly before the announced expiry, and a way to drop a
// token the API refused (so the next caller logs in again).
package tokencache

import (
	"context"
	"sync"
	"time"
)

// RenewBefore is how long before its announced expiry a token is replaced,
// so a request never leaves with a token that dies on the way. Short-lived
// tokens are renewed half-way through instead.
const RenewBefore = 60 * time.Second

// Source caches one token. The mutex is held during a fetch, so callers
// arriving meanwhile wait for that fetch instead of starting their own.
type Source struct {
	// Fetch logs in: the token and its lifetime (0 when the API does not say).
	Fetch func(context.Context) (string, time.Duration, error)
	// Now is the clock; nil means time.Now.
	Now func() time.Time

	mu      sync.Mutex
	value   string
	expires time.Time // zero: lifetime unknown, valid until refused
	renewAt time.Time
}

// Token returns a valid cached token or fetches a new one.
func (s *Source) Token(ctx context.Context) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	if s.value != "" && (s.expires.IsZero() || now.Before(s.renewAt)) {
		return s.value, nil
	}
	value, ttl, err := s.Fetch(ctx)
	if err != nil {
		return "", err
	}
	s.value, s.expires, s.renewAt = value, time.Time{}, time.Time{}
	if ttl > 0 {
		s.expires = now.Add(ttl)
		s.renewAt = s.expires.Add(-min(RenewBefore, ttl/2))
	}
	return value, nil
}

// Invalidate drops the token if it is still the one that was refused; when
// another caller has already replaced it, the new one is kept.
func (s *Source) Invalidate(refused string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.value == refused {
		s.value = ""
	}
}

func (s *Source) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}
