package sandboxkit

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
)

// Configure returns c with opts applied in order: how every emulator's New
// turns its functional options into its configuration.
func Configure[C any, O ~func(*C)](c C, opts []O) C {
	for _, o := range opts {
		o(&c)
	}
	return c
}

// CleanPath squeezes repeated slashes and drops a trailing one, so that a
// route answers with and without the trailing slash, as the vendors' web
// servers do.
func CleanPath(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		if p[i] == '/' && i > 0 && p[i-1] == '/' {
			continue
		}
		b.WriteByte(p[i])
	}
	out := b.String()
	if len(out) > 1 {
		out = strings.TrimSuffix(out, "/")
	}
	return out
}

// WriteBody answers body with status, contentType and the body's
// Content-Length.
func WriteBody(w http.ResponseWriter, status int, contentType string, body []byte) {
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// WriteJSON answers v as JSON with status and contentType. A v that cannot
// be encoded answers 500 with internalError, the vendor's own body for an
// internal error.
func WriteJSON(w http.ResponseWriter, status int, contentType string, v any, internalError string) {
	data, err := json.Marshal(v)
	if err != nil {
		status, data = http.StatusInternalServerError, []byte(internalError)
	}
	WriteBody(w, status, contentType, data)
}
