package interval

import (
	"fmt"
	"strings"
	"time"

	// The provider must know every IANA zone even on hosts without a zone
	// database (Windows, minimal containers).
	_ "time/tzdata"
)

// Field names, as the API and the Terraform schema spell them.
const (
	FieldStartDatetime   = "start_datetime"
	FieldEndDatetime     = "end_datetime"
	FieldStartDow        = "start_dow"
	FieldEndDow          = "end_dow"
	FieldStartMday       = "start_mday"
	FieldEndMday         = "end_mday"
	FieldMonth           = "month"
	FieldStartTime       = "start_time"
	FieldEndTime         = "end_time"
	FieldSchedStartDate  = "sched_start_date"
	FieldSchedActiveDays = "sched_active_days"
	FieldSchedSkipDays   = "sched_skip_days"
)

// Layouts of the API's date and time strings.
const (
	DatetimeLayout = "2006-01-02 15:04:05"
	DateLayout     = "2006-01-02"
	TimeLayout     = "15:04:05"
)

// Condition is one condition of an interval. A zero value means "not set",
// as in the API, which returns unset numbers as 0 and unset strings as "".
type Condition struct {
	StartDatetime   string
	EndDatetime     string
	StartDow        int64
	EndDow          int64
	StartMday       int64
	EndMday         int64
	Month           int64
	StartTime       string
	EndTime         string
	SchedStartDate  string
	SchedActiveDays int64
	SchedSkipDays   int64
}

// Problem is one reason a condition is invalid, on one field.
type Problem struct {
	Field  string
	Detail string
}

func (p Problem) String() string { return p.Field + ": " + p.Detail }

// Unknown tells Validate which fields are not known yet (Terraform plans
// with values computed during apply); rules touching them are skipped. nil
// means every field is known.
type Unknown func(field string) bool

// Validate returns every problem of c, in a stable order.
func (c Condition) Validate(unknown Unknown) []Problem {
	if unknown == nil {
		unknown = func(string) bool { return false }
	}
	v := validation{c: c, unknown: unknown}
	v.ranges()
	v.formats()
	v.pairs()
	v.order()
	v.exclusive()
	v.empty()
	return v.problems
}

type validation struct {
	c        Condition
	unknown  Unknown
	problems []Problem
}

func (v *validation) add(field, format string, args ...any) {
	v.problems = append(v.problems, Problem{Field: field, Detail: fmt.Sprintf(format, args...)})
}

// known reports whether every named field is known.
func (v *validation) known(fields ...string) bool {
	for _, f := range fields {
		if v.unknown(f) {
			return false
		}
	}
	return true
}

// numberRange is the allowed range of a numeric field; max 0 = no maximum.
type numberRange struct {
	min, max int64
	meaning  string
}

var numberRanges = map[string]numberRange{
	FieldStartDow:        {1, 7, "a day of the week (1 = Sunday, 7 = Saturday)"},
	FieldEndDow:          {1, 7, "a day of the week (1 = Sunday, 7 = Saturday)"},
	FieldStartMday:       {1, 31, "a day of the month"},
	FieldEndMday:         {1, 31, "a day of the month"},
	FieldMonth:           {1, 12, "a month, 1 = January"},
	FieldSchedActiveDays: {1, 0, "a number of working days"},
	FieldSchedSkipDays:   {1, 0, "a number of days off"},
}

// rangeProblem describes why value is out of its field's range ("" when in range).
func rangeProblem(field string, value int64) string {
	r := numberRanges[field]
	if value >= r.min && (r.max == 0 || value <= r.max) {
		return ""
	}
	if r.max > 0 {
		return fmt.Sprintf("must be %s from %d to %d, got %d.", r.meaning, r.min, r.max, value)
	}
	return fmt.Sprintf("must be %s of at least %d, got %d.", r.meaning, r.min, value)
}

// ZeroProblem explains why a field written explicitly as 0 or "" is
// invalid: the API stores 0 and "" as "not set". Callers that can tell an
// explicit zero from an absent field (Terraform's null) use it.
func ZeroProblem(field string) string {
	if _, numeric := numberRanges[field]; numeric {
		return rangeProblem(field, 0) + " Leave the field out to leave it unset."
	}
	return "must not be empty: leave the field out to leave it unset."
}

func (v *validation) ranges() {
	c := v.c
	for _, f := range []struct {
		field string
		value int64
	}{
		{FieldStartDow, c.StartDow}, {FieldEndDow, c.EndDow}, {FieldStartMday, c.StartMday}, {FieldEndMday, c.EndMday},
		{FieldMonth, c.Month}, {FieldSchedActiveDays, c.SchedActiveDays}, {FieldSchedSkipDays, c.SchedSkipDays},
	} {
		field, value := f.field, f.value
		if value == 0 || !v.known(field) {
			continue // 0 is "not set", as in the API
		}
		if p := rangeProblem(field, value); p != "" {
			v.add(field, "%s", p)
		}
	}
}

func (v *validation) formats() {
	c := v.c
	for _, f := range []struct {
		field, value string
		check        func(string) error
	}{
		{FieldStartDatetime, c.StartDatetime, checkDatetime},
		{FieldEndDatetime, c.EndDatetime, checkDatetime},
		{FieldStartTime, c.StartTime, checkTime},
		{FieldEndTime, c.EndTime, checkTime},
		{FieldSchedStartDate, c.SchedStartDate, checkDate},
	} {
		if f.value == "" || !v.known(f.field) {
			continue
		}
		if err := f.check(f.value); err != nil {
			v.add(f.field, "%s.", err)
		}
	}
}

// pairs: a start without its end (or the other way round) means nothing to
// the API. The three sched_* fields describe one shift pattern together.
func (v *validation) pairs() {
	c := v.c
	for _, p := range [][2]struct {
		field string
		set   bool
	}{
		{{FieldStartDatetime, c.StartDatetime != ""}, {FieldEndDatetime, c.EndDatetime != ""}},
		{{FieldStartDow, c.StartDow != 0}, {FieldEndDow, c.EndDow != 0}},
		{{FieldStartMday, c.StartMday != 0}, {FieldEndMday, c.EndMday != 0}},
		{{FieldStartTime, c.StartTime != ""}, {FieldEndTime, c.EndTime != ""}},
	} {
		if !v.known(p[0].field, p[1].field) || p[0].set == p[1].set {
			continue
		}
		have, missing := p[0], p[1]
		if !have.set {
			have, missing = missing, have
		}
		v.add(missing.field, "must be set together with %s (they form a pair).", have.field)
	}
	sched := []struct {
		field string
		set   bool
	}{
		{FieldSchedStartDate, c.SchedStartDate != ""},
		{FieldSchedActiveDays, c.SchedActiveDays != 0},
		{FieldSchedSkipDays, c.SchedSkipDays != 0},
	}
	if !v.known(FieldSchedStartDate, FieldSchedActiveDays, FieldSchedSkipDays) {
		return
	}
	var set []string
	for _, s := range sched {
		if s.set {
			set = append(set, s.field)
		}
	}
	if len(set) == 0 || len(set) == len(sched) {
		return
	}
	for _, s := range sched {
		if !s.set {
			v.add(s.field, "must be set together with %s: a shift schedule needs its start date, its working days and its days off.", strings.Join(set, " and "))
		}
	}
}

func (v *validation) order() {
	c := v.c
	if c.StartDatetime != "" && c.EndDatetime != "" && v.known(FieldStartDatetime, FieldEndDatetime) {
		s, err1 := time.Parse(DatetimeLayout, c.StartDatetime)
		e, err2 := time.Parse(DatetimeLayout, c.EndDatetime)
		if err1 == nil && err2 == nil && !s.Before(e) {
			v.add(FieldEndDatetime, "must be after start_datetime (%s), got %s.", c.StartDatetime, c.EndDatetime)
		}
	}
	validMday := func(d int64) bool { return d >= 1 && d <= 31 }
	if validMday(c.StartMday) && validMday(c.EndMday) && v.known(FieldStartMday, FieldEndMday) && c.StartMday >= c.EndMday {
		v.add(FieldEndMday, "must be greater than start_mday (%d), got %d: unlike days of the week, days of the month do not wrap.", c.StartMday, c.EndMday)
	}
	if c.StartTime != "" && c.EndTime != "" && v.known(FieldStartTime, FieldEndTime) {
		s, err1 := CanonicalTime(c.StartTime)
		e, err2 := CanonicalTime(c.EndTime)
		if err1 == nil && err2 == nil && s >= e {
			v.add(FieldEndTime, "must be later than start_time (%s), got %s: a time range cannot cross midnight; use two conditions instead.", c.StartTime, c.EndTime)
		}
	}
}

// exclusive: with a datetime pair the API ignores every other field, so a
// configuration that sets both says something the PBX will not do.
func (v *validation) exclusive() {
	c := v.c
	if c.StartDatetime == "" || c.EndDatetime == "" {
		return
	}
	for _, o := range c.setFields() {
		if o == FieldStartDatetime || o == FieldEndDatetime || !v.known(o) {
			continue
		}
		v.add(o, "cannot be combined with start_datetime/end_datetime: the PBX ignores every other field of a condition that has a fixed period. Put it in a separate condition.")
	}
}

func (v *validation) empty() {
	for _, f := range allFields {
		if v.unknown(f) {
			return
		}
	}
	if len(v.c.setFields()) == 0 {
		v.add("", "a condition needs at least one field (for example month, or start_dow and end_dow).")
	}
}

var allFields = []string{
	FieldStartDatetime, FieldEndDatetime, FieldStartDow, FieldEndDow, FieldStartMday, FieldEndMday, FieldMonth,
	FieldStartTime, FieldEndTime, FieldSchedStartDate, FieldSchedActiveDays, FieldSchedSkipDays,
}

// setFields lists the fields that have a value, in schema order.
func (c Condition) setFields() []string {
	set := map[string]bool{
		FieldStartDatetime: c.StartDatetime != "", FieldEndDatetime: c.EndDatetime != "",
		FieldStartDow: c.StartDow != 0, FieldEndDow: c.EndDow != 0,
		FieldStartMday: c.StartMday != 0, FieldEndMday: c.EndMday != 0,
		FieldMonth:     c.Month != 0,
		FieldStartTime: c.StartTime != "", FieldEndTime: c.EndTime != "",
		FieldSchedStartDate: c.SchedStartDate != "", FieldSchedActiveDays: c.SchedActiveDays != 0, FieldSchedSkipDays: c.SchedSkipDays != 0,
	}
	var out []string
	for _, f := range allFields {
		if set[f] {
			out = append(out, f)
		}
	}
	return out
}
