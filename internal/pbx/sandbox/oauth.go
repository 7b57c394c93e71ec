package sandbox

import (
	"net/http"
	"time"
)

// tokenReply is the token answer. ExpiresIn is nil with WithoutExpiresIn.
type tokenReply struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
	ExpiresIn   *int64 `json:"expires_in,omitempty"`
	Scope       string `json:"scope"`
}

// serveToken is POST /oauth/token with the client credentials grant. The
// fields come from a form-encoded body and/or the query string (the body
// wins for a field in both).
func (s *Server) serveToken(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		s.writeError(w, r, http.StatusMethodNotAllowed, "Method not allowed", "")
		return
	}
	if err := r.ParseForm(); err != nil {
		s.writeError(w, r, http.StatusBadRequest, "Malformed form body: "+err.Error(), "invalid_request")
		return
	}
	switch grant := r.Form.Get("grant_type"); grant {
	case "client_credentials":
	case "":
		s.writeError(w, r, http.StatusBadRequest, "grant_type is required", "invalid_request")
		return
	default:
		s.writeError(w, r, http.StatusBadRequest, "Unsupported grant type: "+grant, "unsupported_grant_type")
		return
	}
	if r.Form.Get("client_id") != s.cfg.appID || r.Form.Get("client_secret") != s.cfg.appSecret {
		s.writeError(w, r, http.StatusUnauthorized, "Invalid client credentials", "")
		return
	}
	tok, _ := s.tokens.Issue("", s.cfg.now(), s.cfg.tokenTTL)
	reply := tokenReply{AccessToken: tok, TokenType: "Bearer", Scope: "all"}
	if !s.cfg.omitExpiresIn {
		secs := ceilSeconds(s.cfg.tokenTTL)
		reply.ExpiresIn = &secs
	}
	s.writeJSON(w, r, http.StatusOK, reply)
}

// ceilSeconds rounds d up to whole seconds.
func ceilSeconds(d time.Duration) int64 {
	if d <= 0 {
		return 0
	}
	return int64((d + time.Second - 1) / time.Second)
}
