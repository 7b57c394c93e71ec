package sandbox

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"net/http"
	"strings"
	"sync"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// apiError is the vendor's error body: a human message and an optional
// machine status.
type apiError struct {
	Message string `json:"message"`
	Status  string `json:"status,omitempty"`
}

// reply is a handler's answer; a nil body with 204 sends nothing.
type reply struct {
	status int
	body   any
	header http.Header // extra headers, may be nil
}

func errReply(status int, msg, code string) reply {
	return reply{status: status, body: apiError{Message: msg, Status: code}}
}

func (s *Server) writeReply(w http.ResponseWriter, r *http.Request, rp reply) {
	for key, vals := range rp.header {
		w.Header()[key] = vals
	}
	if rp.status == http.StatusNoContent {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	s.writeJSON(w, r, rp.status, rp.body)
}

func (s *Server) writeError(w http.ResponseWriter, r *http.Request, status int, msg, code string) {
	s.writeJSON(w, r, status, apiError{Message: msg, Status: code})
}

// gzipWriters are reused: a new gzip.Writer allocates about a megabyte, which
// made the emulator, not the provider, the cost of a large benchmark.
var gzipWriters = sync.Pool{New: func() any { return gzip.NewWriter(nil) }}

// writeJSON sends v as JSON, gzip-compressed when the request accepts gzip.
func (s *Server) writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	data, err := json.Marshal(v)
	if err != nil {
		status, data = http.StatusInternalServerError, []byte(`{"message":"Internal server error"}`)
	}
	h := w.Header()
	h.Add("Vary", "Accept-Encoding")
	if acceptsGzip(r.Header.Get("Accept-Encoding")) {
		var buf bytes.Buffer
		zw, _ := gzipWriters.Get().(*gzip.Writer)
		zw.Reset(&buf)
		_, _ = zw.Write(data)
		_ = zw.Close()
		gzipWriters.Put(zw)
		data = buf.Bytes()
		h.Set("Content-Encoding", "gzip")
	}
	sandboxkit.WriteBody(w, status, "application/json", data)
}

// acceptsGzip reports whether an Accept-Encoding value allows gzip (or *)
// with a non-zero quality.
func acceptsGzip(header string) bool {
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		coding = strings.ToLower(strings.TrimSpace(coding))
		if coding != "gzip" && coding != "*" {
			continue
		}
		q := strings.ReplaceAll(strings.ToLower(params), " ", "")
		if q == "q=0" || strings.HasPrefix(q, "q=0.") && strings.Trim(q[len("q=0."):], "0") == "" {
			continue
		}
		return true
	}
	return false
}

func replyOf(status int, body any) reply { return reply{status: status, body: body} }
