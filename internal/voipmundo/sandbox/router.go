package sandbox

import (
	"io"
	"net/http"
	"strings"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// serveTooMany answers a request that found no free slot.
func (s *Server) serveTooMany(w http.ResponseWriter, _ *http.Request) {
	s.write(w, fail(http.StatusTooManyRequests, ReasonTooManyRequests))
}

// serveAPI answers one API request that holds a slot (ServeHTTP checked the
// simultaneous requests, 429). Order of checks: body size (413), path and
// action (404), missing token or key (400), extra segments (404), token and
// key (403), then the action itself (422, or 200 with error 0 or 1).
func (s *Server) serveAPI(w http.ResponseWriter, r *http.Request) {
	if rp, ok := checkBody(r); !ok {
		s.write(w, rp)
		return
	}
	s.write(w, s.dispatch(r))
}

// checkBody reads the body (its content is not used: the only served action
// is a GET) and rejects one over MaxRequestBody.
func checkBody(r *http.Request) (reply, bool) {
	if r.ContentLength > MaxRequestBody {
		return fail(http.StatusRequestEntityTooLarge, ReasonTooLarge), false
	}
	n, err := io.Copy(io.Discard, io.LimitReader(r.Body, MaxRequestBody+1))
	switch {
	case n > MaxRequestBody:
		return fail(http.StatusRequestEntityTooLarge, ReasonTooLarge), false
	case err != nil:
		return fail(http.StatusBadRequest, ReasonBadRequest), false
	}
	return reply{}, true
}

// dispatch parses /api/<action>/<token>/<key>[/<customer id>].
func (s *Server) dispatch(r *http.Request) reply {
	rest, ok := strings.CutPrefix(sandboxkit.CleanPath(r.URL.Path), BasePath+"/")
	if !ok {
		return fail(http.StatusNotFound, ReasonNotFound)
	}
	seg := strings.Split(rest, "/")
	get := r.Method == http.MethodGet || r.Method == http.MethodHead
	switch {
	case !s.cfg.actions[seg[0]] || !get:
		return fail(http.StatusNotFound, ReasonNotFound)
	case len(seg) < 3:
		return fail(http.StatusBadRequest, ReasonBadRequest)
	case len(seg) > 4:
		return fail(http.StatusNotFound, ReasonNotFound)
	}
	rawID := ""
	if len(seg) == 4 {
		rawID = seg[3]
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	who, ok := s.authenticate(seg[1], seg[2])
	if !ok {
		return fail(http.StatusForbidden, ReasonAccessDenied)
	}
	return s.getCustomer(who, rawID)
}
