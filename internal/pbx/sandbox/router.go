package sandbox

import (
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// call is one authenticated API call that matched a route.
type call struct {
	query url.Values
	ext   int64  // the extension of the path (/extension/{eid}/…); 0 on other routes
	id    int64  // record id from the path; 0 on collection routes
	body  object // the JSON body of POST and PUT
}

// serve dispatches the token endpoint and the API. Order of checks for the
// API: path prefix, bearer token (401), quota (429), route (404/405),
// client id (404/403), record id (404), body (400), then the handler.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	path := sandboxkit.CleanPath(r.URL.Path)
	if path == TokenPath {
		s.serveToken(w, r)
		return
	}
	rest, ok := strings.CutPrefix(path, BasePath+"/")
	if !ok {
		s.writeError(w, r, http.StatusNotFound, "Not found", "")
		return
	}
	now := s.cfg.now()
	if msg := s.checkToken(r.Header.Get("Authorization"), now); msg != "" {
		s.rate.peek(now).write(w.Header())
		s.writeError(w, r, http.StatusUnauthorized, msg, "")
		return
	}
	st, ok := s.rate.take(now)
	st.write(w.Header())
	if !ok {
		if s.cfg.retryAfterOn429 {
			w.Header().Set("Retry-After", strconv.FormatInt(ceilSeconds(st.resetIn), 10))
		}
		s.writeError(w, r, http.StatusTooManyRequests, "Rate limit exceeded", "rate_limit_exceeded")
		return
	}
	s.writeReply(w, r, s.dispatch(r, strings.Split(rest, "/")))
}

func (s *Server) dispatch(r *http.Request, seg []string) reply {
	rt, p := s.match(seg)
	if rt == nil {
		return errReply(http.StatusNotFound, "Not found", "")
	}
	h, ok := rt.methods[r.Method]
	if !ok {
		return methodNotAllowed(rt)
	}
	if p.hasCID {
		if rp, ok := checkClient(p.cid); !ok {
			return rp
		}
	}
	c := &call{query: r.URL.Query()}
	if p.hasEID {
		ext, rp, ok := checkExtensionID(p.eid)
		if !ok {
			return rp
		}
		c.ext = ext
	}
	if p.id != "" {
		id, err := strconv.ParseInt(p.id, 10, 64)
		if err != nil || id <= 0 {
			return recordNotFound()
		}
		c.id = id
	}
	if r.Method == http.MethodPost || r.Method == http.MethodPut {
		body, apiErr := readObject(r)
		if apiErr != nil {
			return replyOf(http.StatusBadRequest, *apiErr)
		}
		c.body = body
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if c.ext != 0 && !s.st.extensions.has(c.ext) {
		return recordNotFound()
	}
	return h(c)
}

// checkClient resolves the client id of the path: "@me" or the seeded
// client's number; ForeignClientID is forbidden, anything else unknown.
func checkClient(cid string) (reply, bool) {
	if cid == "@me" {
		return reply{}, true
	}
	n, err := strconv.ParseInt(cid, 10, 64)
	switch {
	case err == nil && n == DemoClientID:
		return reply{}, true
	case err == nil && n == ForeignClientID:
		return errReply(http.StatusForbidden,
			fmt.Sprintf("Access denied: client %d is not available to this application", n), "access_denied"), false
	}
	return errReply(http.StatusNotFound, "Client not found", "client_not_found"), false
}

// checkExtensionID resolves the extension id of a path below
// /extension/{eid}/: a positive integer; ForeignExtensionID is forbidden;
// anything else (also "@me", which only extension users may write) is 404
// Record not found. Whether the extension exists is checked under the
// store lock.
func checkExtensionID(eid string) (int64, reply, bool) {
	n, err := strconv.ParseInt(eid, 10, 64)
	switch {
	case err != nil || n <= 0:
		return 0, recordNotFound(), false
	case n == ForeignExtensionID:
		return 0, errReply(http.StatusForbidden,
			fmt.Sprintf("Access denied: extension %d is not available to this application", n), "access_denied"), false
	}
	return n, reply{}, true
}

func methodNotAllowed(rt *route) reply {
	allow := slices.Sorted(maps.Keys(rt.methods))
	rp := errReply(http.StatusMethodNotAllowed, "Method not allowed", "")
	rp.header = http.Header{"Allow": {strings.Join(allow, ", ")}}
	return rp
}
