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
	expires time.Time
	revoked bool
}

// Messages of the 401 answers.
const (
	msgNoToken      = "Authorization required: send Authorization: Bearer <access_token>"
	msgInvalidToken = "Invalid access token"
	msgExpiredToken = "Access token has expired"
)

func newTokenStore() *tokenStore {
	return &tokenStore{tokens: map[string]tokenInfo{}}
}

// issue returns a new token valid until now+ttl.
func (ts *tokenStore) issue(now time.Time, ttl time.Duration) string {
	b := make([]byte, 16)
	_, _ = rand.Read(b) // crypto/rand.Read never fails
	tok := hex.EncodeToString(b)
	ts.mu.Lock()
	defer ts.mu.Unlock()
	ts.tokens[tok] = tokenInfo{expires: now.Add(ttl)}
	ts.issued++
	return tok
}

// check validates an Authorization header value; it returns "" for a valid
// bearer token, else the 401 message.
func (ts *tokenStore) check(header string, now time.Time) string {
	tok, ok := bearerToken(header)
	if !ok {
		return msgNoToken
	}
	ts.mu.Lock()
	defer ts.mu.Unlock()
	info, known := ts.tokens[tok]
	switch {
	case !known:
		return msgInvalidToken
	case info.revoked || !now.Before(info.expires):
		return msgExpiredToken
	}
	return ""
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

// bearerToken extracts the token of "Bearer <token>" (scheme
// case-insensitive).
func bearerToken(header string) (string, bool) {
	scheme, tok, ok := strings.Cut(strings.TrimSpace(header), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	tok = strings.TrimSpace(tok)
	return tok, tok != ""
}

// RevokeTokens invalidates every token issued so far (they answer 401 as
// expired), as when a token expires in the middle of an apply. New tokens
// can be requested as usual.
func (s *Server) RevokeTokens() { s.tokens.revoke() }

// TokensIssued returns how many access tokens /oauth/token has issued.
func (s *Server) TokensIssued() int { return s.tokens.count() }
