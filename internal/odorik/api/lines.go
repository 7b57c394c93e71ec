package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Line is one line of the account (GET lines.json), without its SIP
// password: the API answers it in clear, and it is dropped while the answer
// is read, so that it cannot travel further.
type Line struct {
	ID           string // the line number, e.g. "790766"
	Name         string
	CallerID     string
	PublicNumber string
	// Flags are the answer's active_* members that read as booleans, by
	// name (active_voicemail, …). The vendor does not document their names
	// or types: true/false, "true"/"false", 1/0 and "1"/"0" are read, and
	// anything else is left out.
	Flags map[string]bool
}

// FlagPrefix starts the name of every on/off setting of a line.
const FlagPrefix = "active_"

// Lines lists the account's lines (a line login gets its own line only).
func (c *Client) Lines(ctx context.Context) ([]Line, error) {
	body, err := c.getSecret(ctx, "/lines.json")
	if err != nil {
		return nil, err
	}
	return parseLines(body)
}

// parseLines reads the members it knows and keeps nothing else. Its errors
// never quote the answer, which holds SIP passwords.
func parseLines(body []byte) ([]Line, error) {
	var raw []map[string]json.RawMessage
	if err := json.Unmarshal(body, &raw); err != nil {
		return nil, fmt.Errorf("the Odorik API sent a list of lines that is not the expected JSON array of objects (%s); the answer is not shown because it holds SIP passwords", jsonProblem(err))
	}
	lines := make([]Line, 0, len(raw))
	for i, members := range raw {
		id, ok := flexString(members["id"])
		if !ok || id == "" {
			return nil, fmt.Errorf("line %d of the Odorik API's list has no readable id", i+1)
		}
		l := Line{ID: id, Flags: map[string]bool{}}
		l.Name, _ = flexString(members["name"])
		l.CallerID, _ = flexString(members["caller_id"])
		l.PublicNumber, _ = flexString(members["public_number"])
		for key, v := range members {
			if strings.HasPrefix(key, FlagPrefix) {
				if b, ok := flexBool(v); ok {
					l.Flags[key] = b
				}
			}
		}
		lines = append(lines, l)
	}
	return lines, nil
}

// jsonProblem describes a decoding error without the values it may quote.
func jsonProblem(err error) string {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return "invalid JSON at byte " + strconv.FormatInt(syntax.Offset, 10)
	case errors.As(err, &typ):
		return "a JSON " + typ.Value + " where " + typ.Type.String() + " was expected"
	}
	return "unreadable JSON"
}

// flexString reads a JSON string or number as a string; null and absent are
// "" (ok), anything else is not ok.
func flexString(raw json.RawMessage) (string, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", true
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s, true
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String(), true
	}
	return "", false
}

// flexBool reads true/false, "true"/"false", 1/0 and "1"/"0".
func flexBool(raw json.RawMessage) (bool, bool) {
	var b bool
	if json.Unmarshal(raw, &b) == nil {
		return b, true
	}
	s, ok := flexString(raw)
	if !ok {
		return false, false
	}
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "1":
		return true, true
	case "false", "0":
		return false, true
	}
	return false, false
}
