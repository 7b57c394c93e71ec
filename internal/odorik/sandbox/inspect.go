package sandbox

import "errors"

// ErrNoSuchNumber is returned by AddRoute for a number the store lacks.
var ErrNoSuchNumber = errors.New("odorik sandbox: no such public number")

// Number is a public number (or SIP name) of the store.
type Number struct {
	PublicNumber string `json:"public_number"`
	Type         string `json:"type"`
	Line         string `json:"line,omitempty"` // owning line; "" = account-wide only
}

// The helpers below work directly on the store: they are not requests, so
// they are neither recorded nor subject to faults.

// Numbers lists every number in insertion order.
func (s *Server) Numbers() []Number {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Number
	for _, n := range s.st.sortedNumbers() {
		num := s.st.numbers[n]
		out = append(out, Number{PublicNumber: n, Type: num.Type, Line: num.Line})
	}
	return out
}

// Routes returns the routes of publicNumber; false if it does not exist.
func (s *Server) Routes(publicNumber string) ([]Route, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	num, ok := s.st.numbers[publicNumber]
	if !ok {
		return nil, false
	}
	return copyRoutes(num.Routes), true
}

// Ringings returns the ringing view of publicNumber; false if it does not
// exist.
func (s *Server) Ringings(publicNumber string) ([]Ringing, bool) {
	routes, ok := s.Routes(publicNumber)
	if !ok {
		return nil, false
	}
	return ringingsOf(routes), true
}

// AddRoute appends a route without validation (drift).
func (s *Server) AddRoute(publicNumber, source, ringing string) (Route, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.st.numbers[publicNumber]; !ok {
		return Route{}, ErrNoSuchNumber
	}
	return s.st.addRoute(publicNumber, source, ringing), nil
}

// DeleteRoute removes route id of publicNumber; false if there was none.
func (s *Server) DeleteRoute(publicNumber string, id int64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.st.numbers[publicNumber]; !ok {
		return false
	}
	return s.st.removeRoutes(publicNumber, func(r Route) bool { return r.ID == id }) > 0
}

// AddNumber adds an account-wide number of type typ, or changes the type of
// an existing one (its routes and line stay).
func (s *Server) AddNumber(publicNumber, typ string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	line := ""
	if num, ok := s.st.numbers[publicNumber]; ok {
		line = num.Line
	}
	s.st.addNumber(publicNumber, typ, line)
}

// AddLineNumber adds a number owned by line (or moves an existing one to it),
// so that the line login may use it.
func (s *Server) AddLineNumber(publicNumber, typ, line string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st.addNumber(publicNumber, typ, line)
}

// RemoveNumber deletes a number and its routes; false if it did not exist.
func (s *Server) RemoveNumber(publicNumber string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.st.numbers[publicNumber]; !ok {
		return false
	}
	delete(s.st.numbers, publicNumber)
	return true
}

// ReserveSharedPair marks (publicNumber, ringing) as used by another account:
// POST routes with it on a shared number answers shared_number_conflict.
func (s *Server) ReserveSharedPair(publicNumber, ringing string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st.reserve(publicNumber, ringing)
}
