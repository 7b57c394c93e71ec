package sandbox

import (
	"sort"
	"strconv"
)

// Line is one line of the account, in the JSON shape of GET lines.json. The
// API answers the line's SIP password in clear.
type Line struct {
	ID                    int64             `json:"id"`
	Name                  string            `json:"name"`
	CallerID              string            `json:"caller_id"`
	PublicNumber          string            `json:"public_number"`
	SIPPassword           string            `json:"sip_password"`
	ActiveVoicemail       bool              `json:"active_voicemail"`
	ActiveCallRecording   bool              `json:"active_call_recording"`
	ActiveMissedCallEmail bool              `json:"active_missed_call_email"`
	VoicemailEmail        string            `json:"voicemail_email"`
	MissedCallEmail       string            `json:"missed_call_email"`
	ConnectedDevices      []ConnectedDevice `json:"connected_devices"`
}

// ConnectedDevice is a device registered on a line.
type ConnectedDevice struct {
	UserAgent string `json:"user_agent"`
	Address   string `json:"address"`
}

// copyLine returns l with its own device slice (never nil, so that it is
// answered as []).
func copyLine(l Line) Line {
	l.ConnectedDevices = append([]ConnectedDevice{}, l.ConnectedDevices...)
	return l
}

// listLines: every line for the account login, only its own line for a line
// login.
func (s *Server) listLines(c *call) any {
	out := []Line{}
	for _, l := range s.st.sortedLines() {
		if c.login.line == "" || c.login.line == strconv.FormatInt(l.ID, 10) {
			out = append(out, l)
		}
	}
	return out
}

// sortedLines returns copies of the lines by id.
func (st *store) sortedLines() []Line {
	out := make([]Line, 0, len(st.lines))
	for _, l := range st.lines {
		out = append(out, copyLine(l))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// lineLogin reports whether user is a line of the store whose SIP password
// is password.
func (st *store) lineLogin(user, password string) bool {
	id, err := strconv.ParseInt(user, 10, 64)
	if err != nil || strconv.FormatInt(id, 10) != user {
		return false
	}
	l, ok := st.lines[id]
	return ok && l.SIPPassword != "" && l.SIPPassword == password
}

// configureLinePasswords gives the lines of the store that are configured
// line logins (WithLine) their configured SIP password.
func (st *store) configureLinePasswords(lines map[string]string) {
	for id, l := range st.lines {
		if sip, ok := lines[strconv.FormatInt(id, 10)]; ok {
			l.SIPPassword = sip
			st.lines[id] = l
		}
	}
}
