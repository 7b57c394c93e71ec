package sandbox

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"slices"
	"strconv"
	"strings"
)

const maxBody = 1 << 20

// object is a decoded JSON object whose values are decoded field by field,
// so that an absent field, null and a wrong type can be told apart.
type object map[string]json.RawMessage

// readObject decodes the body of a POST or PUT, which must be a JSON object
// sent as application/json.
func readObject(r *http.Request) (object, *apiError) {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "application/json" {
		return nil, &apiError{Message: "Content-Type must be application/json", Status: "invalid_body"}
	}
	data, err := io.ReadAll(io.LimitReader(r.Body, maxBody+1))
	if err != nil || len(data) > maxBody {
		return nil, &apiError{Message: "Request body could not be read or is too large", Status: "invalid_body"}
	}
	var o object
	data = bytes.TrimSpace(data)
	if len(data) == 0 || data[0] != '{' {
		return nil, &apiError{Message: "Request body must be a JSON object", Status: "invalid_body"}
	}
	if err := json.Unmarshal(data, &o); err != nil {
		return nil, &apiError{Message: "Malformed JSON body: " + err.Error(), Status: "invalid_body"}
	}
	return o, nil
}

// fieldError is a validation error of one field; Error names the field.
type fieldError struct{ field, msg string }

func (e *fieldError) Error() string { return e.field + ": " + e.msg }

// reader reads typed fields of an object and keeps the first error. prefix
// names the object in messages ("conditions[0]."). A field that is absent
// or null counts as not given.
type reader struct {
	o      object
	prefix string
	err    error
}

func (rd *reader) fail(key, format string, args ...any) {
	if rd.err == nil {
		rd.err = &fieldError{field: rd.prefix + key, msg: fmt.Sprintf(format, args...)}
	}
}

// raw returns the value of key unless it is absent or null.
func (rd *reader) raw(key string) (json.RawMessage, bool) {
	v, ok := rd.o[key]
	if !ok || string(v) == "null" {
		return nil, false
	}
	return v, true
}

// isNull reports whether key was sent as an explicit null.
func (rd *reader) isNull(key string) bool {
	v, ok := rd.o[key]
	return ok && string(v) == "null"
}

func (rd *reader) str(key string) (string, bool) {
	v, ok := rd.raw(key)
	if !ok {
		return "", false
	}
	var s string
	if v[0] != '"' || json.Unmarshal(v, &s) != nil {
		rd.fail(key, "must be a string")
		return "", false
	}
	return s, true
}

func (rd *reader) integer(key string) (int64, bool) {
	v, ok := rd.raw(key)
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseInt(string(v), 10, 64)
	if err != nil {
		rd.fail(key, "must be an integer")
		return 0, false
	}
	return n, true
}

func (rd *reader) boolean(key string) (bool, bool) {
	v, ok := rd.raw(key)
	if !ok {
		return false, false
	}
	switch string(v) {
	case "true":
		return true, true
	case "false":
		return false, true
	}
	rd.fail(key, "must be a boolean")
	return false, false
}

func (rd *reader) array(key string) ([]json.RawMessage, bool) {
	v, ok := rd.raw(key)
	if !ok {
		return nil, false
	}
	var items []json.RawMessage
	if v[0] != '[' || json.Unmarshal(v, &items) != nil {
		rd.fail(key, "must be an array")
		return nil, false
	}
	return items, true
}

// need fails with "is required" for the first of keys that is absent or
// null.
func (rd *reader) need(keys ...string) {
	for _, key := range keys {
		if _, ok := rd.raw(key); !ok {
			rd.fail(key, "is required")
			return
		}
	}
}

// enum reads a string field that must be one of values (case-sensitive).
func (rd *reader) enum(key string, values ...string) (string, bool) {
	v, ok := rd.str(key)
	if ok && !slices.Contains(values, v) {
		rd.fail(key, "must be one of '%s', got %q", strings.Join(values, "', '"), v)
		return "", false
	}
	return v, ok
}

// setStr writes string field key into dst when the body gives it.
func (rd *reader) setStr(key string, dst *string) {
	if v, ok := rd.str(key); ok {
		*dst = v
	}
}

// setEnum writes field key, one of values, into dst when the body gives
// it.
func (rd *reader) setEnum(key string, dst *string, values ...string) {
	if v, ok := rd.enum(key, values...); ok {
		*dst = v
	}
}

// setBool writes boolean field key into dst when the body gives it.
func (rd *reader) setBool(key string, dst *bool) {
	if v, ok := rd.boolean(key); ok {
		*dst = v
	}
}

// setCount writes integer field key, which must not be negative, into
// dst when the body gives it.
func (rd *reader) setCount(key string, dst *int64) {
	if v, ok := rd.integer(key); ok {
		if v < 0 {
			rd.fail(key, "must not be negative, got %d", v)
		}
		*dst = v
	}
}

// strs reads an array of strings; items are checked by check (nil: any
// string), which returns the problem of a bad one.
func (rd *reader) strs(key string, check func(string) string) ([]string, bool) {
	items, ok := rd.array(key)
	if !ok {
		return nil, false
	}
	out := make([]string, 0, len(items))
	for i, item := range items {
		var v string
		if len(item) == 0 || item[0] != '"' || json.Unmarshal(item, &v) != nil {
			rd.fail(fmt.Sprintf("%s[%d]", key, i), "must be a string")
			return nil, false
		}
		if check != nil {
			if problem := check(v); problem != "" {
				rd.fail(fmt.Sprintf("%s[%d]", key, i), "%s", problem)
				return nil, false
			}
		}
		out = append(out, v)
	}
	return out, true
}

// optionalID reads a nullable id field: absent keeps cur; null or 0
// clears it; a positive integer sets it.
func (rd *reader) optionalID(key string, cur *int64) *int64 {
	if rd.isNull(key) {
		return nil
	}
	v, ok := rd.integer(key)
	switch {
	case !ok:
		return cur
	case v < 0:
		rd.fail(key, "must not be negative, got %d", v)
		return cur
	case v == 0:
		return nil
	}
	return &v
}

// ref reads a nullable id field that names a record of another type
// (what, in messages) as optionalID does; an id the body gives must pass
// exists.
func (rd *reader) ref(key, what string, exists func(int64) bool, cur *int64) *int64 {
	id := rd.optionalID(key, cur)
	if _, given := rd.raw(key); given && id != nil && !exists(*id) {
		rd.fail(key, "%s %d does not exist", what, *id)
	}
	return id
}

// name reads the name every object type has: a string that is not blank,
// required with required. nil when not given.
func (rd *reader) name(required bool) *string {
	name, ok := rd.str("name")
	switch {
	case ok && strings.TrimSpace(name) == "":
		rd.fail("name", "must not be empty")
	case !ok && required:
		rd.fail("name", "is required")
	}
	if !ok {
		return nil
	}
	return &name
}

// objects reads key, an array of objects (what, in messages, is one of
// them) that must not be empty, each checked by parse with its index. It
// returns nil when key is not given (an error with required). It is read
// last: it returns the reader's first error, also of earlier fields.
func objects[T any](rd *reader, key, what string, required bool, parse func(object, int) (T, error)) ([]T, error) {
	items, ok := rd.array(key)
	switch {
	case ok && len(items) == 0:
		rd.fail(key, "must contain at least one %s", what)
	case !ok && required:
		rd.fail(key, "is required")
	}
	if rd.err != nil || !ok {
		return nil, rd.err
	}
	out := make([]T, 0, len(items))
	for i, item := range items {
		o, ok := rd.element(key, i, item)
		if !ok {
			return nil, rd.err
		}
		v, err := parse(o, i)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// element decodes items[i] of array key as an object.
func (rd *reader) element(key string, i int, item json.RawMessage) (object, bool) {
	var o object
	if len(item) == 0 || item[0] != '{' || json.Unmarshal(item, &o) != nil {
		rd.fail(fmt.Sprintf("%s[%d]", key, i), "must be an object")
		return nil, false
	}
	return o, true
}

// boundRef reads the id that binds a record to a record of another type
// (what, in messages): required with required, never null (not even on a
// PUT), positive, and it must pass exists. Absent, it returns cur.
func (rd *reader) boundRef(key, what string, exists func(int64) bool, required bool, cur *int64) *int64 {
	if _, given := rd.raw(key); !given {
		if required || rd.isNull(key) {
			rd.fail(key, "is required")
		}
		return cur
	}
	v, ok := rd.integer(key)
	switch {
	case !ok:
		return cur
	case v <= 0:
		rd.fail(key, "must be a positive id, got %d", v)
		return cur
	case !exists(v):
		rd.fail(key, "%s %d does not exist", what, v)
	}
	return &v
}
