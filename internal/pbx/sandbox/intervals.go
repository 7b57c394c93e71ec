package sandbox

// intervals serves the client's time intervals. PUT is partial unless
// WithStrictIntervalPut; an interval an incoming rule uses cannot be
// deleted (409).
func (s *Server) intervals() *objectType[Interval, *Interval] {
	return &objectType[Interval, *Interval]{
		s:         s,
		path:      "interval",
		of:        func(st *store) *collection[Interval, *Interval] { return &st.intervals },
		parse:     parseInterval,
		fullPut:   s.cfg.strictIntervalPut,
		limit:     func(l Limits) int64 { return l.IntervalLimit },
		limitName: "interval_limit",
		onDelete: func(c *call) (reply, bool) {
			if r, ok := s.st.incomingRules.find(func(r *IncomingRule) bool { return sameID(r.IntervalID, c.id) }); ok {
				e, _ := s.st.extensions.get(r.ExtensionID)
				return inUse("Interval %d is in use by incoming rule %d of extension %s (%s); change the rule first",
					c.id, r.ID, e.Name, wireRuleInterval), true
			}
			return reply{}, false
		},
	}
}

// parseInterval validates an interval body into iv. With required, name,
// timezone and conditions must all be given.
func parseInterval(o object, iv *Interval, required bool) error {
	rd := &reader{o: o}
	if name := rd.name(required); name != nil {
		iv.Name = *name
	}
	if tz, ok := rd.str("timezone"); ok {
		if !validTimezone(tz) {
			rd.fail("timezone", "unknown timezone %q (want an IANA name such as Europe/Moscow)", tz)
		}
		iv.Timezone = tz
	} else if required {
		rd.fail("timezone", "is required")
	}
	conditions, err := objects(rd, "conditions", "condition", required, parseCondition)
	if conditions != nil {
		iv.Conditions = conditions
	}
	return err
}
