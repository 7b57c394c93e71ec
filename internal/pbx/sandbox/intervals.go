package sandbox

// intervals serves the client's time intervals. PUT is partial unless
// WithStrictIntervalPut.
func (s *Server) intervals() *objectType[Interval, *Interval] {
	return &objectType[Interval, *Interval]{
		s:       s,
		path:    "interval",
		of:      func(st *store) *collection[Interval, *Interval] { return &st.intervals },
		parse:   parseIntervalPatch,
		fullPut: s.cfg.strictIntervalPut,
	}
}

// intervalPatch is a validated interval body; nil/absent fields were not
// given.
type intervalPatch struct {
	name, timezone *string
	conditions     []Condition // nil = not given
}

// parseIntervalPatch validates an interval body into the changes it makes.
// With required, name, timezone and conditions must all be given.
func parseIntervalPatch(o object, required bool) (func(*Interval), error) {
	rd := &reader{o: o}
	p := intervalPatch{name: rd.name(required)}
	if tz, ok := rd.str("timezone"); ok {
		if !validTimezone(tz) {
			rd.fail("timezone", "unknown timezone %q (want an IANA name such as Europe/Moscow)", tz)
		}
		p.timezone = &tz
	} else if required {
		rd.fail("timezone", "is required")
	}
	var err error
	if p.conditions, err = objects(rd, "conditions", "condition", required, parseCondition); err != nil {
		return nil, err
	}
	return p.apply, nil
}

func (p intervalPatch) apply(iv *Interval) {
	if p.name != nil {
		iv.Name = *p.name
	}
	if p.timezone != nil {
		iv.Timezone = *p.timezone
	}
	if p.conditions != nil {
		iv.Conditions = p.conditions
	}
}
