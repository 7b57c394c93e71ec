package sandboxkit

import (
	"crypto/rand"
	"encoding/hex"
	"sync"
	"time"
)

// Tokens are the access tokens an emulator has issued: random hex strings,
// each for a subject (the login it was issued to, or "" where the API has
// none) and valid until it expires or is revoked. They are runtime state:
// not part of a snapshot, so they survive a restore. Tokens is safe for
// concurrent use.
type Tokens struct {
	size int // random bytes per token

	mu     sync.Mutex
	tokens map[string]issuedToken
	issued int
}

type issuedToken struct {
	subject string
	expires time.Time
	revoked bool
}

// TokenStatus is what Tokens.Check found out about a token.
type TokenStatus int

// Token statuses.
const (
	TokenValid   TokenStatus = iota
	TokenUnknown             // never issued
	TokenExpired             // past its expiry, or revoked
)

// NewTokens returns an empty token store whose tokens are size random
// bytes (2*size hex digits).
func NewTokens(size int) *Tokens {
	return &Tokens{size: size, tokens: map[string]issuedToken{}}
}

// Issue returns a new token for subject and the time it expires, now+ttl.
func (ts *Tokens) Issue(subject string, now time.Time, ttl time.Duration) (string, time.Time) {
	b := make([]byte, ts.size)
	_, _ = rand.Read(b) // crypto/rand.Read never fails
	tok := hex.EncodeToString(b)
	expires := now.Add(ttl)
	ts.mu.Lock()
	defer ts.mu.Unlock()
	ts.tokens[tok] = issuedToken{subject: subject, expires: expires}
	ts.issued++
	return tok, expires
}

// Check returns the subject of tok and whether it is valid at now. A token
// used at or after its expiry is expired.
func (ts *Tokens) Check(tok string, now time.Time) (subject string, status TokenStatus) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	t, known := ts.tokens[tok]
	switch {
	case !known:
		return "", TokenUnknown
	case t.revoked || !now.Before(t.expires):
		return "", TokenExpired
	}
	return t.subject, TokenValid
}

// RevokeAll makes every token issued so far expired, as when a token
// expires in the middle of a client's work. New tokens are issued as usual.
func (ts *Tokens) RevokeAll() {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	for tok, t := range ts.tokens {
		t.revoked = true
		ts.tokens[tok] = t
	}
}

// Issued returns how many tokens were issued.
func (ts *Tokens) Issued() int {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return ts.issued
}
