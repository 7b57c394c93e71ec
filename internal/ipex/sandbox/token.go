package sandbox

import (
	"strings"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// tokenBytes is the random part of a token (48 hex digits).
const tokenBytes = 24

// Messages of the 401 answers (those of hapi-auth-jwt2, a common hapi
// token scheme).
const (
	msgMissingAuth  = "Missing authentication"
	msgInvalidToken = "Invalid token"
	msgExpiredToken = "Token expired"
	msgBadLogin     = "Invalid username or password"
)

// checkToken validates an Authorization header value ("<token>" or
// "Bearer <token>"); it returns the token's login, or the 401 message.
func (s *Server) checkToken(header string, now time.Time) (login, msg string) {
	tok := strings.TrimSpace(header)
	if scheme, rest, ok := strings.Cut(tok, " "); ok && strings.EqualFold(scheme, "Bearer") {
		tok = strings.TrimSpace(rest)
	} else if strings.EqualFold(tok, "Bearer") {
		tok = ""
	}
	if tok == "" {
		return "", msgMissingAuth
	}
	login, status := s.tokens.Check(tok, now)
	switch status {
	case sandboxkit.TokenUnknown:
		return "", msgInvalidToken
	case sandboxkit.TokenExpired:
		return "", msgExpiredToken
	}
	return login, ""
}

// RevokeTokens invalidates every token issued so far (they answer 401
// "Token expired"), as when a token expires in the middle of an apply. New
// tokens can be requested as usual.
func (s *Server) RevokeTokens() { s.tokens.RevokeAll() }

// TokensIssued returns how many access tokens POST /v1/token has issued.
func (s *Server) TokensIssued() int { return s.tokens.Issued() }
