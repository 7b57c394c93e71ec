package sandbox

import (
	"errors"
	"fmt"
	"maps"
	"strings"
)

// ErrBadSubaccount is returned by PutSubaccount (wrapped) for a subaccount
// that cannot be stored.
var ErrBadSubaccount = errors.New("sms sandbox: bad subaccount")

// The helpers below work directly on the store: they are not requests, so
// they are neither recorded nor subject to faults or authentication. Use
// them to arrange state (drift) and to check what a client did, including
// what the API cannot answer (limits, template, password).

// Subaccounts returns every subaccount, ids ascending.
func (s *Server) Subaccounts() []Subaccount {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Subaccount, 0, len(s.st.subs))
	for _, id := range s.st.sortedIDs() {
		out = append(out, s.st.subs[id].clone())
	}
	return out
}

// Subaccount returns subaccount id; false if there is none.
func (s *Server) Subaccount(id int64) (Subaccount, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	rec, ok := s.st.subs[id]
	if !ok {
		return Subaccount{}, false
	}
	return rec.clone(), true
}

// Limits returns the limits of subaccount id by message type (only the
// types set so far); nil if there is no such subaccount.
func (s *Server) Limits(id int64) map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	rec, ok := s.st.subs[id]
	if !ok {
		return nil
	}
	out := maps.Clone(rec.Limits)
	if out == nil {
		out = map[string]int{}
	}
	return out
}

// PasswordMatches reports whether password is the one subaccount id was
// created with through the API. Subaccounts stored with PutSubaccount (and
// the seeded template) have no known password.
func (s *Server) PasswordMatches(id int64, password string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	rec, ok := s.st.subs[id]
	return ok && rec.digest != "" && digestMatches(rec.digest, password)
}

// PutSubaccount inserts sa or replaces the subaccount with its id (a known
// password stays), without the API's checks (drift): the username is not
// validated nor checked for uniqueness, TemplateID need not exist. sa.ID
// must be positive and Limits may only use LimitTypes with values >= 0.
// Later API ids are above every stored id.
func (s *Server) PutSubaccount(sa Subaccount) error {
	if err := validSubaccount(sa); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st.put(sa)
	return nil
}

// DeleteSubaccount removes subaccount id; false if there was none.
func (s *Server) DeleteSubaccount(id int64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.st.subs[id]
	delete(s.st.subs, id)
	return ok
}

// ReserveUsername marks username as taken outside this account (logins are
// global in the vendor's system): subaccounts/add with it, in any case,
// answers 4502.
func (s *Server) ReserveUsername(username string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st.reserved[strings.ToLower(username)] = true
}

func validSubaccount(sa Subaccount) error {
	if sa.ID <= 0 {
		return fmt.Errorf("%w: id %d is not positive", ErrBadSubaccount, sa.ID)
	}
	for typ, v := range sa.Limits {
		if !validLimitType(typ) || v < 0 {
			return fmt.Errorf("%w: limit %s=%d", ErrBadSubaccount, typ, v)
		}
	}
	return nil
}
