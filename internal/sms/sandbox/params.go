package sandbox

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
)

// maxBody is the largest request body read; a larger one is InvalidData.
const maxBody = 1 << 20

var errBadBody = errors.New("sms sandbox: unreadable body")

// params are the POST parameters of one call. A JSON value that is not a
// string or a number (true, an array, an object) is kept as bad: an action
// that reads it answers InvalidData. JSON null counts as not sent.
type params struct {
	vals map[string]string
	bad  map[string]bool
}

// scalar returns the value of key; ok is false when it is absent, empty or
// bad.
func (p params) scalar(key string) (string, bool) {
	v, ok := p.vals[key]
	return v, ok && v != ""
}

// isBad reports whether key was sent with a JSON type that is not a string
// or a number.
func (p params) isBad(key string) bool { return p.bad[key] }

// missing reports whether key was not sent (absent, null or "").
func (p params) missing(key string) bool {
	_, ok := p.scalar(key)
	return !ok && !p.bad[key]
}

// readParams reads the body: JSON (application/json), form-encoded
// (application/x-www-form-urlencoded) or multipart/form-data. Without one
// of these content types a body starting with "{" is read as JSON, any
// other as form-encoded. The query string is not read. For a key repeated
// in a form the last value counts (as PHP does).
func readParams(r *http.Request) (params, error) {
	p := params{vals: map[string]string{}, bad: map[string]bool{}}
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt == "multipart/form-data" {
		if err := r.ParseMultipartForm(maxBody); err != nil {
			return p, errBadBody
		}
		p.addForm(r.MultipartForm.Value)
		return p, nil
	}
	data, err := io.ReadAll(io.LimitReader(r.Body, maxBody+1))
	if err != nil || len(data) > maxBody {
		return p, errBadBody
	}
	trimmed := bytes.TrimSpace(data)
	switch {
	case len(trimmed) == 0:
		return p, nil
	case mt == "application/json" || (mt != "application/x-www-form-urlencoded" && trimmed[0] == '{'):
		return p, p.addJSON(trimmed)
	default:
		form, err := url.ParseQuery(string(data))
		if err != nil {
			return p, errBadBody
		}
		p.addForm(form)
		return p, nil
	}
}

func (p params) addForm(form url.Values) {
	for key, vals := range form {
		if len(vals) > 0 {
			p.vals[key] = vals[len(vals)-1]
		}
	}
}

// addJSON reads a JSON object; numbers keep their literal text.
func (p params) addJSON(data []byte) error {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(data, &obj); err != nil {
		return errBadBody
	}
	for key, raw := range obj {
		var s string
		var n json.Number
		switch {
		case string(raw) == "null":
		case json.Unmarshal(raw, &s) == nil:
			p.vals[key] = s
		case json.Unmarshal(raw, &n) == nil:
			p.vals[key] = n.String()
		default:
			p.bad[key] = true
		}
	}
	return nil
}
