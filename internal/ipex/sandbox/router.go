package sandbox

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// handler runs one call under the store lock and returns the answer.
type handler func(*call) reply

// route is one served method and path: literal segments below BasePath
// and "{name}" parameters.
type route struct {
	method  string
	segs    []string
	key     string // roles-table key, "METHOD /path"
	auth    bool   // needs a token
	payload bool   // reads a JSON body (POST and PUT)
	h       handler
}

// call is one request that matched a route.
type call struct {
	route  *route
	now    time.Time
	login  string            // the token's user
	params map[string]string // path parameters
	query  url.Values
	body   json.RawMessage // nil when empty or not read
	strict bool
}

func (s *Server) routeTable() []route {
	mk := func(method, path string, auth bool, h handler) route {
		return route{method: method, segs: strings.Split(strings.TrimPrefix(path, "/"), "/"),
			key: routeKey(method, path), auth: auth,
			payload: method == http.MethodPost || method == http.MethodPut, h: h}
	}
	// Literal segments before parameters: /voip/profiles wins over
	// /voip/{number}, as in hapi's router.
	return []route{
		mk(http.MethodPost, "/token", false, s.login),
		mk(http.MethodGet, "/voip/profiles", true, s.listProfiles),
		mk(http.MethodPost, "/voip", true, s.createVoip),
		mk(http.MethodPut, "/voip", true, s.changeVoip),
		mk(http.MethodGet, "/voip/{number}", true, s.getVoip),
		mk(http.MethodGet, "/voip/{number}/state", true, s.getVoipState),
		mk(http.MethodPut, "/voip/{number}/deactivate", true, s.deactivateVoip),
		mk(http.MethodPut, "/mobile/{number}/deactivate", true, s.deactivateVoip),
		mk(http.MethodGet, "/services", true, s.listServices),
		mk(http.MethodGet, "/requests", true, s.listOrders),
		mk(http.MethodGet, "/requests/{requestId}", true, s.getOrder),
		mk(http.MethodDelete, "/requests/{requestId}", true, s.cancelOrder),
	}
}

// match finds the route of a method and path (HEAD as GET); nil if none.
func (s *Server) match(method, path string) (*route, map[string]string) {
	if method == http.MethodHead {
		method = http.MethodGet
	}
	rest, ok := strings.CutPrefix(path, BasePath+"/")
	if !ok {
		return nil, nil
	}
	seg := strings.Split(rest, "/")
	for i := range s.routes {
		rt := &s.routes[i]
		if rt.method != method || len(rt.segs) != len(seg) {
			continue
		}
		params := map[string]string{}
		ok := true
		for j, p := range rt.segs {
			switch {
			case strings.HasPrefix(p, "{"):
				if seg[j] == "" {
					ok = false
				}
				params[strings.Trim(p, "{}")] = seg[j]
			case p != seg[j]:
				ok = false
			}
		}
		if ok {
			return rt, params
		}
	}
	return nil, nil
}

// serve runs hapi's request lifecycle: route lookup (404, also for a
// method the path does not serve), authentication (401), payload parsing
// (413/415/400), authorization by role (403), then the handler, which
// validates params, query and payload (400) before doing anything.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	rt, params := s.match(r.Method, r.URL.EscapedPath())
	if rt == nil {
		writeReply(w, notFound("Not Found"))
		return
	}
	for k, v := range params {
		if u, err := url.PathUnescape(v); err == nil {
			params[k] = u
		}
	}
	c := &call{route: rt, now: s.now(), params: params, query: r.URL.Query(), strict: s.cfg.strictPayload}
	if rt.auth {
		login, msg := s.checkToken(r.Header.Get("Authorization"), c.now)
		if msg != "" {
			writeReply(w, errReply(http.StatusUnauthorized, msg))
			return
		}
		c.login = login
	}
	if rt.payload {
		body, rp := readPayload(r)
		if rp != nil {
			writeReply(w, *rp)
			return
		}
		c.body = body
	}
	writeReply(w, s.run(c))
}

// now is the configured clock in UTC truncated to milliseconds, the
// precision of the timestamps the API shows (so filters on them match
// exactly and snapshots restore the same times).
func (s *Server) now() time.Time { return s.cfg.now().UTC().Truncate(time.Millisecond) }

// run checks the role and runs the handler under the store lock, after
// bringing the orders up to c.now.
func (s *Server) run(c *call) reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c.route.auth && !s.allowed(c.route.key) {
		return errReply(http.StatusForbidden, msgForbidden)
	}
	s.settle(c.now)
	return c.route.h(c)
}
