package sandbox

import "net/url"

// login is an authenticated caller: line == "" is the account-wide login.
type login struct {
	line string
}

// authenticate checks the user/password parameters: the account login, a
// configured line (WithLine) or a line of the store with its SIP password.
// HTTP Basic Auth is not looked at. It returns an error code or "".
func (s *Server) authenticate(p url.Values) (login, string) {
	user, password := param(p, "user"), param(p, "password")
	if user == "" || password == "" {
		return login{}, "authentication_required"
	}
	if user == s.cfg.user && password == s.cfg.password {
		return login{}, ""
	}
	if sip, ok := s.cfg.lines[user]; ok && password == sip {
		return login{line: user}, ""
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.st.lineLogin(user, password) {
		return login{line: user}, ""
	}
	return login{}, "authentication_failed"
}

// lookup resolves a path number for lg: nonexisting_public_number if the
// account has no such number, unauthorized if a line login does not own it.
// The caller holds s.mu.
func (s *Server) lookup(lg login, n string) (*number, string) {
	num, ok := s.st.numbers[n]
	if !ok {
		return nil, "nonexisting_public_number"
	}
	if !lg.may(num) {
		return nil, "unauthorized"
	}
	return num, ""
}

func (lg login) may(num *number) bool {
	return lg.line == "" || num.Line == lg.line
}
