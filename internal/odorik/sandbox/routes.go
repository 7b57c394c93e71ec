package sandbox

import "strconv"

func (s *Server) listRoutes(c *call) any {
	return copyRoutes(c.num.Routes)
}

// createRoute adds a rule; with replace_by_source_number=true the rules with
// the same source are removed first. Equal rules may coexist.
func (s *Server) createRoute(c *call) any {
	source := param(c.params, "source_number")
	ringing := param(c.params, "ringing_number")
	var codes []string
	if !validRinging(ringing) {
		codes = append(codes, "invalid_ringing_number")
	}
	if !validSource(source) {
		codes = append(codes, "invalid_source_number")
	}
	if len(codes) > 0 {
		return errorsOf(codes...)
	}
	if isLoop(c.number, ringing) {
		return errorsOf("redirection_loop")
	}
	if c.num.Type == TypeShared && s.st.reserved[sharedPair{c.number, ringing}] {
		return errorsOf("shared_number_conflict")
	}
	if param(c.params, "replace_by_source_number") == "true" {
		s.st.removeRoutes(c.number, func(r Route) bool { return r.SourceNumber == source })
	}
	route := s.st.addRoute(c.number, source, ringing)
	if s.cfg.createReplyObject {
		return route
	}
	return empty{}
}

// deleteRoute removes the rule with the path id; an id the number does not
// have answers the configured code (or {}).
func (s *Server) deleteRoute(c *call) any {
	id, err := strconv.ParseInt(c.target, 10, 64)
	removed := 0
	if err == nil {
		removed = s.st.removeRoutes(c.number, func(r Route) bool { return r.ID == id })
	}
	if removed == 0 && s.cfg.unknownRouteDelete != "" {
		return errorsOf(s.cfg.unknownRouteDelete)
	}
	return empty{}
}
