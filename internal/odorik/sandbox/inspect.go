package sandbox

import "errors"

// Errors of the store helpers.
var (
	// ErrNoSuchNumber is returned by AddRoute for a number the store lacks.
	ErrNoSuchNumber = errors.New("odorik sandbox: no such public number")
	// ErrBadShortcut is returned by PutSpeedDial for a shortcut below
	// MinShortcut.
	ErrBadShortcut = errors.New("odorik sandbox: shortcut below 1")
	// ErrBadLineID is returned by PutLine for an id below 1.
	ErrBadLineID = errors.New("odorik sandbox: line id below 1")
)

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

// SpeedDials lists the speed dials by shortcut.
func (s *Server) SpeedDials() []SpeedDial {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st.sortedSpeedDials()
}

// SpeedDial returns the speed dial at shortcut; false if there is none.
func (s *Server) SpeedDial(shortcut int) (SpeedDial, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sd, ok := s.st.speedDials[shortcut]
	return sd, ok
}

// PutSpeedDial stores sd at sd.Shortcut, replacing what is there, without
// validation or capacity check (drift). Shortcuts above MaxShortcut are
// stored but cannot be reached through the API.
func (s *Server) PutSpeedDial(sd SpeedDial) error {
	if sd.Shortcut < MinShortcut {
		return ErrBadShortcut
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st.speedDials[sd.Shortcut] = sd
	return nil
}

// DeleteSpeedDial removes the speed dial at shortcut; false if there was
// none.
func (s *Server) DeleteSpeedDial(shortcut int) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.st.speedDials[shortcut]
	delete(s.st.speedDials, shortcut)
	return ok
}

// Lines lists the lines by id (SIP passwords included).
func (s *Server) Lines() []Line {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st.sortedLines()
}

// PutLine stores l under l.ID, replacing a line with that id. Its
// SIPPassword (if not empty) logs in as a line login; give the line numbers
// with AddLineNumber.
func (s *Server) PutLine(l Line) error {
	if l.ID <= 0 {
		return ErrBadLineID
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st.lines[l.ID] = copyLine(l)
	return nil
}
