package sandbox

// dialRules serves the client's dial rule lists. PUT is partial; a list
// the client or an extension has attached cannot be deleted (409).
func (s *Server) dialRules() *objectType[DialRuleList, *DialRuleList] {
	return &objectType[DialRuleList, *DialRuleList]{
		s:         s,
		path:      "dial_rule",
		of:        func(st *store) *collection[DialRuleList, *DialRuleList] { return &st.dialRules },
		parse:     parseDialRuleList,
		limit:     func(l Limits) int64 { return l.DialRuleLimit },
		limitName: "dial_rule_limit",
		onDelete: func(c *call) (reply, bool) {
			id := c.id
			st := &s.st
			if sameID(st.client.DialRuleID, id) {
				return inUse("Dial rule list %d is in use by client %d (dial_rule_id); detach it first", id, st.client.ID), true
			}
			if e, ok := st.extensions.find(func(e *Extension) bool { return sameID(e.DialRuleID, id) }); ok {
				return inUse("Dial rule list %d is in use by extension %s (id %d, dial_rule_id); detach it first", id, e.Name, e.ID), true
			}
			return reply{}, false
		},
	}
}
