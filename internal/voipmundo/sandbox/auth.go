package sandbox

// level is the access level of a token.
type level int

// Access levels.
const (
	levelMaster     level = iota + 1 // platform operator
	levelReseller                    // Revenda (tipo 2)
	levelSubscriber                  // Assinante (tipo 4)
)

// caller is an authenticated token: its level and, below master, the
// customer it belongs to.
type caller struct {
	level    level
	customer int64
}

// authenticate resolves the token and key of the path; false means HTTP
// 403. The master pair is configuration. Any other pair must be the
// api_token/api_key of a user with api_access 1 and status 1, of an active
// customer (status 1) of tipo 2 or 4; the first match in id order counts.
// The caller holds s.mu.
func (s *Server) authenticate(token, key string) (caller, bool) {
	if token == "" || key == "" {
		return caller{}, false
	}
	if token == s.cfg.masterToken && key == s.cfg.masterKey {
		return caller{level: levelMaster}, true
	}
	for _, c := range s.st.sorted() {
		for _, u := range c.Users {
			if u.APIToken.String() == token && u.APIKey.String() == key {
				return levelOf(c, u)
			}
		}
	}
	return caller{}, false
}

func levelOf(c Customer, u User) (caller, bool) {
	if !is(u.APIAccess, 1) || !is(u.Status, 1) || !is(c.Status, 1) {
		return caller{}, false
	}
	id, _ := c.key()
	switch {
	case is(c.Tipo, TipoRevenda):
		return caller{level: levelReseller, customer: id}, true
	case is(c.Tipo, TipoAssinante):
		return caller{level: levelSubscriber, customer: id}, true
	}
	return caller{}, false
}
