package sandbox

import (
	"net/http"
	"net/url"
)

// call is one authenticated API call.
type call struct {
	params url.Values
	login  login
	number string  // public number from the path ("" for the list)
	num    *number // its record
	target string  // route id or ringing target from the path
}

// handle parses the parameters, authenticates, resolves the path number and
// runs act under the store lock; act returns the JSON answer (HTTP 200).
func (s *Server) handle(w http.ResponseWriter, r *http.Request, pathNumber, target string, act func(*call) any) {
	params, err := readParams(r)
	if err != nil {
		s.writeJSON(w, http.StatusBadRequest, errorsOf("invalid_parameters"))
		return
	}
	lg, code := s.authenticate(params)
	if code != "" {
		s.writeJSON(w, http.StatusOK, errorsOf(code))
		return
	}
	reply := func() any {
		s.mu.Lock()
		defer s.mu.Unlock()
		c := &call{params: params, login: lg, number: pathNumber, target: target}
		if pathNumber != "" {
			num, code := s.lookup(lg, pathNumber)
			if code != "" {
				return errorsOf(code)
			}
			c.num = num
		}
		return act(c)
	}()
	s.writeJSON(w, http.StatusOK, reply)
}
