package sandbox

// intervals serves the client's time intervals. PUT is partial unless
// WithStrictIntervalPut.
func (s *Server) intervals() *objectType[Interval, *Interval] {
	return &objectType[Interval, *Interval]{
		s:         s,
		path:      "interval",
		of:        func(st *store) *collection[Interval, *Interval] { return &st.intervals },
		parse:     parseInterval,
		fullPut:   s.cfg.strictIntervalPut,
		limit:     func(l Limits) int64 { return l.IntervalLimit },
		limitName: "interval_limit",
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
