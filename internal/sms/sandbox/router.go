package sandbox

import (
	"net/http"
	"strings"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// action answers one authenticated call: a value to send, or an error.
// The caller holds s.mu.
type action func(s *Server, p params, arg string) (any, *apiError)

// subaccountActions are the served subaccounts/<action> calls.
var subaccountActions = map[string]action{
	"index":  (*Server).subaccountsIndex,
	"view":   (*Server).subaccountsView,
	"add":    (*Server).subaccountsAdd,
	"limit":  (*Server).subaccountsLimit,
	"delete": (*Server).subaccountsDelete,
}

// serveAPI checks, in order: the method (405), the action (1000), the body
// (1006), the credentials and account switches (1001, 1002, 1003, 1007),
// then runs the action. Every answer except 405 is HTTP 200.
func (s *Server) serveAPI(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		s.writeError(w, http.StatusMethodNotAllowed, errorWith(CodeInvalidAction, msgPostOnly))
		return
	}
	act, arg, e := route(r.URL.Path)
	if e != nil {
		s.writeError(w, http.StatusOK, e)
		return
	}
	p, err := readParams(r)
	if err != nil {
		s.writeError(w, http.StatusOK, errorWith(CodeInvalidData, msgMalformedBody))
		return
	}
	out, e := func() (any, *apiError) {
		s.mu.Lock()
		defer s.mu.Unlock()
		if e := s.authenticate(r, p); e != nil {
			return nil, e
		}
		return act(s, p, arg)
	}()
	if e != nil {
		s.writeError(w, http.StatusOK, e)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

// route resolves /<group>/<action>[.json] below BasePath. arg is the code
// of error/<code>.
func route(path string) (action, string, *apiError) {
	rest := strings.TrimPrefix(cleanPath(path), BasePath)
	if rest == "" {
		return nil, "", errorOf(CodeInvalidAction)
	}
	name := strings.TrimSuffix(rest, ".json")
	group, sub, _ := strings.Cut(name, "/")
	switch {
	case group == "subaccounts" && subaccountActions[sub] != nil:
		return guarded(subaccountActions[sub]), "", nil
	case group == "error" && sub != "" && !strings.Contains(sub, "/"):
		return (*Server).errorCode, sub, nil
	}
	return nil, "", errorWith(CodeInvalidAction, msgUnknownAction)
}

// guarded runs a subaccounts action unless the account lacks the
// permission (1005).
func guarded(act action) action {
	return func(s *Server, p params, arg string) (any, *apiError) {
		if !s.acc.subaccounts {
			return nil, errorOf(CodeNoPermission)
		}
		return act(s, p, arg)
	}
}

// cleanPath is the path with repeated slashes squeezed, without a trailing
// slash and with a leading one.
func cleanPath(p string) string {
	out := sandboxkit.CleanPath(p)
	if !strings.HasPrefix(out, "/") {
		out = "/" + out
	}
	return out
}
