package sandbox

import "net/http"

// tokenReply is the login answer: the expiry twice, under the name of the
// original library (expire) and of its rewrite (expiresAt).
type tokenReply struct {
	AccessToken string `json:"accessToken"`
	Expire      string `json:"expire"`
	ExpiresAt   string `json:"expiresAt"`
}

// login is POST /v1/token {username, password}. The route needs no token;
// the roles table still applies to the user once the password is right.
func (s *Server) login(c *call) reply {
	v := c.payload()
	username, _ := v.str("username", true)
	password, _ := v.str("password", true)
	if rp, bad := v.result(); bad {
		return rp
	}
	if username != s.cfg.username || password != s.cfg.password {
		return errReply(http.StatusUnauthorized, msgBadLogin)
	}
	if !s.allowed(c.route.key) {
		return errReply(http.StatusForbidden, msgForbidden)
	}
	tok, expires := s.tokens.Issue(username, c.now, s.cfg.tokenTTL)
	at := isoMillis(expires)
	return replyOf(http.StatusOK, tokenReply{AccessToken: tok, Expire: at, ExpiresAt: at})
}
