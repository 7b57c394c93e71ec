package sandbox

import (
	"bytes"
	"encoding/json"
	"io"
	"maps"
	"math"
	"mime"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// MaxPayload is hapi's default payload limit; a larger body answers 413.
const MaxPayload = 1 << 20

// readPayload reads the body of a POST or PUT as hapi does before
// authorization: 413 over MaxPayload, 415 for a content type other than
// JSON (a missing Content-Type counts as JSON), 400 for malformed JSON.
// An empty body is a null payload (nil).
func readPayload(r *http.Request) (json.RawMessage, *reply) {
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || mt != "application/json" {
			rp := errReply(http.StatusUnsupportedMediaType, "Unsupported Media Type")
			return nil, &rp
		}
	}
	data, err := io.ReadAll(io.LimitReader(r.Body, MaxPayload+1))
	if err != nil {
		rp := badRequest("Invalid request payload")
		return nil, &rp
	}
	if len(data) > MaxPayload {
		rp := errReply(http.StatusRequestEntityTooLarge,
			"Payload content length greater than maximum allowed: "+strconv.Itoa(MaxPayload))
		return nil, &rp
	}
	data = bytes.TrimSpace(data)
	if len(data) == 0 {
		return nil, nil
	}
	if !json.Valid(data) {
		rp := badRequest("Invalid request payload JSON format")
		return nil, &rp
	}
	return data, nil
}

// object is a decoded JSON object whose values are decoded field by field.
type object map[string]json.RawMessage

// checker validates one JSON object the way a Joi schema with hapi's
// defaults does (convert on, abortEarly): keys are checked in the order the
// handler reads them and the first failure is kept, with Joi's message
// and hapi's validation {source, keys}.
type checker struct {
	source string
	prefix string // path of this object in messages ("antifraud.")
	o      object // nil: the object is absent (all keys absent)
	seen   map[string]bool
	strict bool
	failed *reply // shared with nested checkers
}

// payload returns the checker of a body that must be a JSON object.
func (c *call) payload() *checker {
	ck := c.optionalPayload()
	if ck.failed.status == 0 && ck.o == nil {
		ck.fail("", `"value" must be of type object`)
	}
	return ck
}

// optionalPayload returns the checker of a body that may be empty or null.
func (c *call) optionalPayload() *checker {
	ck := &checker{source: "payload", seen: map[string]bool{}, strict: c.strict, failed: &reply{}}
	if len(c.body) == 0 || string(c.body) == "null" {
		return ck
	}
	if c.body[0] != '{' || json.Unmarshal(c.body, &ck.o) != nil {
		ck.fail("", `"value" must be of type object`)
	}
	return ck
}

// queryChecker validates query parameters (all strings).
func queryChecker(q map[string][]string) *checker {
	o := object{}
	for k, vals := range q {
		if len(vals) > 0 {
			o[k], _ = json.Marshal(vals[len(vals)-1])
		}
	}
	return &checker{source: "query", o: o, seen: map[string]bool{}, failed: &reply{}}
}

// fail keeps the first failure; key is relative to the checker's object.
func (ck *checker) fail(key, msg string) {
	if ck.failed.status != 0 {
		return
	}
	path := ck.prefix + key
	if key == "" && ck.prefix != "" {
		path = ck.prefix[:len(ck.prefix)-1]
	}
	*ck.failed = invalid(ck.source, path, msg)
}

func (ck *checker) label(key string) string { return strconv.Quote(ck.prefix + key) }

func (ck *checker) ok() bool { return ck.failed.status == 0 }

// raw returns the value of key; absent keys report false (and a required
// one fails).
func (ck *checker) raw(key string, required bool) (json.RawMessage, bool) {
	ck.seen[key] = true
	if !ck.ok() {
		return nil, false
	}
	v, has := ck.o[key]
	if !has {
		if required {
			ck.fail(key, ck.label(key)+" is required")
		}
		return nil, false
	}
	return v, true
}

// str reads a non-empty string (null and other types fail).
func (ck *checker) str(key string, required bool) (string, bool) {
	s, ok := ck.text(key, required, "a string")
	if ok && s == "" {
		ck.fail(key, ck.label(key)+" is not allowed to be empty")
		return "", false
	}
	return s, ok
}

// text reads a JSON string; null and other types fail with "<label> must be
// <want>".
func (ck *checker) text(key string, required bool, want string) (string, bool) {
	v, has := ck.raw(key, required)
	if !has {
		return "", false
	}
	var s string
	if v[0] != '"' || json.Unmarshal(v, &s) != nil {
		ck.fail(key, ck.label(key)+" must be "+want)
		return "", false
	}
	return s, true
}

// numericString is what Joi's number() converts from a string.
var numericString = regexp.MustCompile(`^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$`)

// number reads a JSON number or, as Joi converts, a numeric string.
func (ck *checker) number(key string, required bool) (float64, bool) {
	v, has := ck.raw(key, required)
	if !has {
		return 0, false
	}
	text := ""
	switch {
	case v[0] == '"':
		if json.Unmarshal(v, &text) != nil || !numericString.MatchString(text) {
			text = ""
		}
	case v[0] == '-' || v[0] >= '0' && v[0] <= '9':
		text = string(v)
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(text), 64)
	if text == "" || err != nil {
		ck.fail(key, ck.label(key)+" must be a number")
		return 0, false
	}
	return f, true
}

// maxSafeInteger is JavaScript's Number.MAX_SAFE_INTEGER.
const maxSafeInteger = 1<<53 - 1

// integer reads a number that must be whole.
func (ck *checker) integer(key string, required bool) (int64, bool) {
	f, has := ck.number(key, required)
	if !has {
		return 0, false
	}
	if f != math.Trunc(f) {
		ck.fail(key, ck.label(key)+" must be an integer")
		return 0, false
	}
	if math.Abs(f) > maxSafeInteger {
		ck.fail(key, ck.label(key)+" must be a safe number")
		return 0, false
	}
	return int64(f), true
}

// date reads an ISO-8601 date or date-time string.
func (ck *checker) date(key string) (string, bool) {
	s, ok := ck.text(key, false, "a valid date")
	if !ok {
		return "", false
	}
	if _, _, valid := parseDate(s); !valid {
		ck.fail(key, ck.label(key)+" must be a valid date")
		return "", false
	}
	return s, true
}

// object returns the checker of a nested object, or nil when the key is
// absent (or after a failure).
func (ck *checker) object(key string) *checker {
	v, has := ck.raw(key, false)
	if !has {
		return nil
	}
	child := &checker{source: ck.source, prefix: ck.prefix + key + ".", seen: map[string]bool{},
		strict: ck.strict, failed: ck.failed}
	if v[0] != '{' || json.Unmarshal(v, &child.o) != nil {
		ck.fail(key, ck.label(key)+" must be of type object")
		return nil
	}
	return child
}

// end fails on the first unknown key (alphabetically) when strict.
func (ck *checker) end() {
	if ck == nil || !ck.strict || !ck.ok() {
		return
	}
	for _, k := range slices.Sorted(maps.Keys(ck.o)) {
		if !ck.seen[k] {
			ck.fail(k, ck.label(k)+" is not allowed")
			return
		}
	}
}

// result ends the checker and returns the failure, if any.
func (ck *checker) result() (reply, bool) {
	ck.end()
	return *ck.failed, !ck.ok()
}
