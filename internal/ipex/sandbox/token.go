package sandbox

import (
	"crypto/rand"
	"encoding/hex"
	"strings"
	"sync"
	"time"
)

// tokenStore holds the issued access tokens. Tokens are runtime state: they
// are not part of Snapshot and survive Restore.
type tokenStore struct {
	mu     sync.Mutex
	tokens map[string]tokenInfo
	issued int
}

type tokenInfo struct {
	login   string
	expires time.Time
	revoked bool
}

// Messages of the 401 answers (those of hapi-auth-jwt2, a common hapi
// token scheme).
const (
	msgMissingAuth  = "Missing authentication"
	msgInvalidToken = "Invalid token"
	msgExpiredToken = "Token expired"
	msgBadLogin     = "Invalid username or password"
)

func newTokenStore() *tokenStore {
	return &tokenStore{tokens: map[string]tokenInfo{}}
}

// issue returns a new token for login valid until the returned time.
func (ts *tokenStore) issue(login string, now time.Time, ttl time.Duration) (string, time.Time) {
	b := make([]byte, 24)
	_, _ = rand.Read(b) // crypto/rand.Read never fails
	tok := hex.EncodeToString(b)
	expires := now.Add(ttl)
	ts.mu.Lock()
	defer ts.mu.Unlock()
	ts.tokens[tok] = tokenInfo{login: login, expires: expires}
	ts.issued++
	return tok, expires
}

// check validates an Authorization header value ("<token>" or
// "Bearer <token>"); it returns the token's login, or the 401 message.
func (ts *tokenStore) check(header string, now time.Time) (login, msg string) {
	tok := strings.TrimSpace(header)
	if scheme, rest, ok := strings.Cut(tok, " "); ok && strings.EqualFold(scheme, "Bearer") {
		tok = strings.TrimSpace(rest)
	} else if strings.EqualFold(tok, "Bearer") {
		tok = ""
	}
	if tok == "" {
		return "", msgMissingAuth
	}
	ts.mu.Lock()
	defer ts.mu.Unlock()
	info, known := ts.tokens[tok]
	switch {
	case !known:
		return "", msgInvalidToken
	case info.revoked || !now.Before(info.expires):
		return "", msgExpiredToken
	}
	return info.login, ""
}

// revoke makes every issued token expired.
func (ts *tokenStore) revoke() {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	for tok, info := range ts.tokens {
		info.revoked = true
		ts.tokens[tok] = info
	}
}

func (ts *tokenStore) count() int {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return ts.issued
}

// RevokeTokens invalidates every token issued so far (they answer 401
// "Token expired"), as when a token expires in the middle of an apply. New
// tokens can be requested as usual.
func (s *Server) RevokeTokens() { s.tokens.revoke() }

// TokensIssued returns how many access tokens POST /v1/token has issued.
func (s *Server) TokensIssued() int { return s.tokens.count() }
