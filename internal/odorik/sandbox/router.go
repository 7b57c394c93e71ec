package sandbox

import (
	"net/http"
	"strings"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// serveAPI dispatches like the vendor's (Rails) router: a path and method it
// has no route for answers 404.
func (s *Server) serveAPI(w http.ResponseWriter, r *http.Request) {
	rest, ok := strings.CutPrefix(sandboxkit.CleanPath(r.URL.Path), BasePath+"/")
	if !ok {
		s.notFound(w)
		return
	}
	method := r.Method
	if method == http.MethodHead {
		method = http.MethodGet
	}
	seg := strings.Split(rest, "/")
	switch {
	case len(seg) == 1 && seg[0] == "public_numbers.json" && method == http.MethodGet:
		s.handle(w, r, "", "", s.listNumbers)
	case len(seg) == 1 && seg[0] == "lines.json" && method == http.MethodGet:
		s.handle(w, r, "", "", s.listLines)
	case len(seg) == 1 && seg[0] == "speed_dials.json" && method == http.MethodGet:
		s.handle(w, r, "", "", s.accountOnly(s.listSpeedDials))
	case len(seg) == 1 && seg[0] == "speed_dials.json" && method == http.MethodPost:
		s.handle(w, r, "", "", s.accountOnly(s.createSpeedDial))
	case len(seg) == 2 && seg[0] == "speed_dials" && jsonName(seg[1]):
		s.serveSpeedDial(w, r, method, strings.TrimSuffix(seg[1], ".json"))
	case len(seg) < 3 || seg[0] != "public_numbers":
		s.notFound(w)
	case len(seg) == 3 && seg[2] == "routes.json" && method == http.MethodGet:
		s.handle(w, r, seg[1], "", s.listRoutes)
	case len(seg) == 3 && seg[2] == "routes.json" && method == http.MethodPost:
		s.handle(w, r, seg[1], "", s.createRoute)
	case len(seg) == 3 && seg[2] == "ringings.json" && method == http.MethodGet:
		s.handle(w, r, seg[1], "", s.listRingings)
	case len(seg) == 3 && seg[2] == "ringings.json" && method == http.MethodPost:
		s.handle(w, r, seg[1], "", s.createRinging)
	case len(seg) == 4 && seg[2] == "routes" && jsonName(seg[3]) && method == http.MethodDelete:
		s.handle(w, r, seg[1], strings.TrimSuffix(seg[3], ".json"), s.deleteRoute)
	case len(seg) == 4 && seg[2] == "ringings" && jsonName(seg[3]) && method == http.MethodDelete:
		s.handle(w, r, seg[1], strings.TrimSuffix(seg[3], ".json"), s.deleteRinging)
	default:
		s.notFound(w)
	}
}

// serveSpeedDial dispatches speed_dials/<shortcut>.json.
func (s *Server) serveSpeedDial(w http.ResponseWriter, r *http.Request, method, shortcut string) {
	var act func(*call) any
	switch method {
	case http.MethodGet:
		act = s.getSpeedDial
	case http.MethodPut:
		act = s.updateSpeedDial
	case http.MethodDelete:
		act = s.deleteSpeedDial
	default:
		s.notFound(w)
		return
	}
	s.handle(w, r, "", shortcut, s.accountOnly(act))
}

func jsonName(s string) bool {
	return strings.HasSuffix(s, ".json") && len(s) > len(".json")
}
