package sandbox

import (
	"strings"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// tokenBytes is the random part of a token (32 hex digits).
const tokenBytes = 16

// Messages of the 401 answers.
const (
	msgNoToken      = "Authorization required: send Authorization: Bearer <access_token>"
	msgInvalidToken = "Invalid access token"
	msgExpiredToken = "Access token has expired"
)

// checkToken validates an Authorization header value; it returns "" for a
// valid bearer token, else the 401 message.
func (s *Server) checkToken(header string, now time.Time) string {
	tok, ok := bearerToken(header)
	if !ok {
		return msgNoToken
	}
	switch _, status := s.tokens.Check(tok, now); status {
	case sandboxkit.TokenUnknown:
		return msgInvalidToken
	case sandboxkit.TokenExpired:
		return msgExpiredToken
	}
	return ""
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
func (s *Server) RevokeTokens() { s.tokens.RevokeAll() }

// TokensIssued returns how many access tokens /oauth/token has issued.
func (s *Server) TokensIssued() int { return s.tokens.Issued() }
