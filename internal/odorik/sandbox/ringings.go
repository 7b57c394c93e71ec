package sandbox

// Ringing is one parallel-ringing target: the view of a route whose source
// is "*".
type Ringing struct {
	PublicNumber  string `json:"public_number"`
	RingingNumber string `json:"ringing_number"`
}

// ringingsOf returns the ringing view of routes.
func ringingsOf(routes []Route) []Ringing {
	out := []Ringing{}
	for _, r := range routes {
		if r.SourceNumber == "*" {
			out = append(out, Ringing{PublicNumber: r.PublicNumber, RingingNumber: r.RingingNumber})
		}
	}
	return out
}

func (s *Server) listRingings(c *call) any {
	return ringingsOf(c.num.Routes)
}

// createRinging adds a "*" route (its documented errors exclude
// invalid_source_number and shared_number_conflict).
func (s *Server) createRinging(c *call) any {
	ringing := param(c.params, "ringing_number")
	if !validRinging(ringing) {
		return errorsOf("invalid_ringing_number")
	}
	if isLoop(c.number, ringing) {
		return errorsOf("redirection_loop")
	}
	s.st.addRoute(c.number, "*", ringing)
	if s.cfg.createReplyObject {
		return Ringing{PublicNumber: c.number, RingingNumber: ringing}
	}
	return empty{}
}

// deleteRinging removes every "*" route to the path target.
func (s *Server) deleteRinging(c *call) any {
	removed := s.st.removeRoutes(c.number, func(r Route) bool {
		return r.SourceNumber == "*" && r.RingingNumber == c.target
	})
	if removed == 0 {
		return errorsOf("nonexisting_ringing_number")
	}
	return empty{}
}
