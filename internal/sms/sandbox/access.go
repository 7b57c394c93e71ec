package sandbox

import (
	"crypto/subtle"
	"net"
	"net/http"
	"strings"
)

// access is the account's credentials and the switches that refuse an
// authenticated call; the Server's mutex guards it.
type access struct {
	token              string
	username, password string
	apiAccess          bool     // false: 1002
	allowedIPs         []net.IP // empty: every address; else others get 1003
	active             bool     // false: 1007
	subaccounts        bool     // false: 1005 on subaccounts/*
}

// authenticate checks the credentials and the account switches, in this
// order: credentials (1001), API access (1002), IP allow-list (1003),
// account active (1007). A Bearer Authorization header, when present,
// decides alone; otherwise the body's username and password are used. The
// caller holds s.mu.
func (s *Server) authenticate(r *http.Request, p params) *apiError {
	a := &s.acc
	if token, ok := bearer(r); ok {
		if a.token == "" || !equal(token, a.token) {
			return errorOf(CodeInvalidUser)
		}
	} else {
		user, _ := p.scalar("username")
		pass, _ := p.scalar("password")
		if a.username == "" || a.password == "" || !equal(user, a.username) || !equal(pass, a.password) {
			return errorOf(CodeInvalidUser)
		}
	}
	switch {
	case !a.apiAccess:
		return errorOf(CodeNoAPIAccess)
	case !a.ipAllowed(r.RemoteAddr):
		return errorOf(CodeInvalidIP)
	case !a.active:
		return errorOf(CodeAccountInactive)
	}
	return nil
}

// bearer returns the token of an "Authorization: Bearer <token>" header
// (scheme case-insensitive). ok is false when there is no Bearer header;
// other schemes (Basic) count as no header.
func bearer(r *http.Request) (token string, ok bool) {
	scheme, rest, _ := strings.Cut(strings.TrimSpace(r.Header.Get("Authorization")), " ")
	if !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	return strings.TrimSpace(rest), true
}

func equal(a, b string) bool {
	return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}

func (a *access) ipAllowed(remoteAddr string) bool {
	if len(a.allowedIPs) == 0 {
		return true
	}
	host, _, err := net.SplitHostPort(remoteAddr)
	if err != nil {
		host = remoteAddr
	}
	ip := net.ParseIP(host)
	for _, allowed := range a.allowedIPs {
		if ip != nil && allowed.Equal(ip) {
			return true
		}
	}
	return false
}

// parseIPs keeps the addresses that parse; an entry that does not parse
// still makes the list non-empty (so it matches nothing).
func parseIPs(ips []string) []net.IP {
	out := make([]net.IP, 0, len(ips))
	for _, s := range ips {
		ip := net.ParseIP(strings.TrimSpace(s))
		if ip == nil {
			ip = net.IP{} // matches no address
		}
		out = append(out, ip)
	}
	return out
}

// SetAPIToken replaces the accepted API token at run time (token rotation);
// "" disables token authentication.
func (s *Server) SetAPIToken(token string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.acc.token = token
}

// SetAPIUser replaces the accepted API user at run time; an empty username
// or password disables body authentication.
func (s *Server) SetAPIUser(username, password string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.acc.username, s.acc.password = username, password
}

// SetAPIAccess(false) makes every authenticated call answer error 1002
// (InvalidRole: the user may not use the API) until SetAPIAccess(true).
func (s *Server) SetAPIAccess(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.acc.apiAccess = on
}

// SetAllowedIPs replaces the IP allow-list: calls from other addresses
// answer error 1003 (InvalidIP). No addresses allows every address.
func (s *Server) SetAllowedIPs(ips ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.acc.allowedIPs = parseIPs(ips)
}

// SetAccountActive(false) makes every authenticated call answer error 1007
// (InvalidRole: the account is not fully active).
func (s *Server) SetAccountActive(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.acc.active = on
}

// SetSubaccountsPermission(false) makes the subaccounts/* actions answer
// error 1005 (InvalidRole: no permission) after authentication.
func (s *Server) SetSubaccountsPermission(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.acc.subaccounts = on
}
