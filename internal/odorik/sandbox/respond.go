package sandbox

import (
	"encoding/json"
	"net/http"
	"strconv"
)

// errorsReply is the vendor's error body.
type errorsReply struct {
	Errors []string `json:"errors"`
}

func errorsOf(codes ...string) errorsReply { return errorsReply{Errors: codes} }

// empty is the {} answer of successful writes.
type empty struct{}

func (s *Server) notFound(w http.ResponseWriter) {
	s.writeJSON(w, http.StatusNotFound, errorsOf("not_found"))
}

func (s *Server) writeJSON(w http.ResponseWriter, status int, v any) {
	data, err := json.Marshal(v)
	if err != nil {
		status, data = http.StatusInternalServerError, []byte(`{"errors":["internal_error"]}`)
	}
	w.Header().Set("Content-Type", s.cfg.contentType)
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	w.WriteHeader(status)
	_, _ = w.Write(data)
}
