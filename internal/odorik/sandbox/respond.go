package sandbox

import (
	"net/http"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
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
	sandboxkit.WriteJSON(w, status, s.cfg.contentType, v, `{"errors":["internal_error"]}`)
}
