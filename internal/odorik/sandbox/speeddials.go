package sandbox

import (
	"regexp"
	"sort"
	"strconv"
	"unicode/utf8"
)

// SpeedDial is one account-wide speed dial, in the vendor's JSON shape. The
// shortcut is its id (the <shortcut> of the path).
type SpeedDial struct {
	Shortcut int    `json:"shortcut"`
	Number   string `json:"number"`
	Name     string `json:"name"`
}

// Speed-dial limits.
const (
	MinShortcut              = 1   // lowest shortcut the API accepts and assigns
	MaxShortcut              = 99  // highest shortcut the API accepts and assigns
	MaxSpeedDialName         = 150 // characters of a name
	DefaultSpeedDialCapacity = MaxShortcut - MinShortcut + 1
)

// shortcutPattern is a shortcut written canonically: 1 to 99, no sign, no
// leading zero.
var shortcutPattern = regexp.MustCompile(`^[1-9][0-9]?$`)

// parseShortcut reads a canonical shortcut.
func parseShortcut(s string) (int, bool) {
	if !shortcutPattern.MatchString(s) {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= MinShortcut && n <= MaxShortcut
}

func nameTooLong(name string) bool {
	return utf8.RuneCountInString(name) > MaxSpeedDialName
}

// accountOnly refuses a line login before act runs: speed dials need the
// account's API password.
func (s *Server) accountOnly(act func(*call) any) func(*call) any {
	return func(c *call) any {
		if c.login.line != "" {
			return errorsOf(s.cfg.lineSpeedDialError)
		}
		return act(c)
	}
}

func (s *Server) listSpeedDials(*call) any {
	return s.st.sortedSpeedDials()
}

// createSpeedDial adds a speed dial; without a shortcut (absent or empty)
// the lowest free one is assigned. The answer is the created speed dial.
func (s *Server) createSpeedDial(c *call) any {
	sd := SpeedDial{Number: param(c.params, "number"), Name: param(c.params, "name")}
	raw := param(c.params, "shortcut")
	var codes []string
	if !validRinging(sd.Number) {
		codes = append(codes, "invalid_number")
	}
	if raw != "" {
		n, ok := parseShortcut(raw)
		if !ok {
			codes = append(codes, "invalid_shortcut")
		}
		sd.Shortcut = n
	}
	if nameTooLong(sd.Name) {
		codes = append(codes, "name_too_long")
	}
	if len(codes) > 0 {
		return errorsOf(codes...)
	}
	if _, used := s.st.speedDials[sd.Shortcut]; raw != "" && used {
		return errorsOf("shortcut_already_used")
	}
	if len(s.st.speedDials) >= s.cfg.speedDialCapacity {
		return errorsOf("speed_dials_full")
	}
	if raw == "" {
		n, ok := s.st.freeShortcut()
		if !ok {
			return errorsOf("speed_dials_full")
		}
		sd.Shortcut = n
	}
	s.st.speedDials[sd.Shortcut] = sd
	return sd
}

// pathSpeedDial resolves the path shortcut; an unknown (or non-canonical)
// one answers the configured code.
func (s *Server) pathSpeedDial(c *call) (SpeedDial, string) {
	n, ok := parseShortcut(c.target)
	if !ok {
		return SpeedDial{}, s.cfg.unknownSpeedDial
	}
	sd, ok := s.st.speedDials[n]
	if !ok {
		return SpeedDial{}, s.cfg.unknownSpeedDial
	}
	return sd, ""
}

func (s *Server) getSpeedDial(c *call) any {
	sd, code := s.pathSpeedDial(c)
	if code != "" {
		return errorsOf(code)
	}
	return sd
}

// updateSpeedDial changes the parameters present: number (present and
// empty is invalid), name (present and empty clears it) and shortcut (a new
// one moves the speed dial; absent or empty keeps it). The answer is the
// changed speed dial.
func (s *Server) updateSpeedDial(c *call) any {
	old, code := s.pathSpeedDial(c)
	if code != "" {
		return errorsOf(code)
	}
	sd := old
	var codes []string
	if _, ok := c.params["number"]; ok {
		sd.Number = param(c.params, "number")
		if !validRinging(sd.Number) {
			codes = append(codes, "invalid_number")
		}
	}
	if raw := param(c.params, "shortcut"); raw != "" {
		n, ok := parseShortcut(raw)
		if !ok {
			codes = append(codes, "invalid_shortcut")
		}
		sd.Shortcut = n
	}
	if _, ok := c.params["name"]; ok {
		sd.Name = param(c.params, "name")
		if nameTooLong(sd.Name) {
			codes = append(codes, "name_too_long")
		}
	}
	if len(codes) > 0 {
		return errorsOf(codes...)
	}
	if sd.Shortcut != old.Shortcut {
		if _, used := s.st.speedDials[sd.Shortcut]; used {
			return errorsOf("shortcut_already_used")
		}
		delete(s.st.speedDials, old.Shortcut)
	}
	s.st.speedDials[sd.Shortcut] = sd
	return sd
}

func (s *Server) deleteSpeedDial(c *call) any {
	sd, code := s.pathSpeedDial(c)
	if code != "" {
		return errorsOf(code)
	}
	delete(s.st.speedDials, sd.Shortcut)
	return empty{}
}

// sortedSpeedDials returns the speed dials by shortcut.
func (st *store) sortedSpeedDials() []SpeedDial {
	out := make([]SpeedDial, 0, len(st.speedDials))
	for _, sd := range st.speedDials {
		out = append(out, sd)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Shortcut < out[j].Shortcut })
	return out
}

// freeShortcut returns the lowest shortcut no speed dial uses.
func (st *store) freeShortcut() (int, bool) {
	for n := MinShortcut; n <= MaxShortcut; n++ {
		if _, used := st.speedDials[n]; !used {
			return n, true
		}
	}
	return 0, false
}
