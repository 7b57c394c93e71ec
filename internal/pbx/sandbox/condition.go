package sandbox

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

var (
	datetimeFormat = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$`)
	dateFormat     = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)
	timeFormat     = regexp.MustCompile(`^([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?$`)
)

// parseCondition reads and validates conditions[i]. It returns the
// condition with times normalised to HH:MM:SS and its type set.
func parseCondition(o object, i int) (Condition, error) {
	rd := &reader{o: o, prefix: fmt.Sprintf("conditions[%d].", i)}
	var c Condition
	c.StartDatetime, _ = rd.str("start_datetime")
	c.EndDatetime, _ = rd.str("end_datetime")
	c.StartDow, _ = rd.integer("start_dow")
	c.EndDow, _ = rd.integer("end_dow")
	c.StartMday, _ = rd.integer("start_mday")
	c.EndMday, _ = rd.integer("end_mday")
	c.Month, _ = rd.integer("month")
	c.StartTime, _ = rd.str("start_time")
	c.EndTime, _ = rd.str("end_time")
	c.SchedStartDate, _ = rd.str("sched_start_date")
	c.SchedActiveDays, _ = rd.integer("sched_active_days")
	c.SchedSkipDays, _ = rd.integer("sched_skip_days")
	if rd.err != nil {
		return Condition{}, rd.err
	}
	if c == (Condition{}) {
		return Condition{}, &fieldError{field: fmt.Sprintf("conditions[%d]", i),
			msg: "condition is empty: set at least one field"}
	}
	v := &conditionCheck{rd: rd, c: &c}
	v.datetimes()
	v.days("start_dow", "end_dow", c.StartDow, c.EndDow, 7, true)
	v.days("start_mday", "end_mday", c.StartMday, c.EndMday, 31, false)
	v.inRange("month", c.Month, 1, 12)
	v.times()
	v.schedule()
	if rd.err != nil {
		return Condition{}, rd.err
	}
	c.Type = conditionType(c)
	return c, nil
}

// conditionCheck validates the fields of one condition; errors go to rd.
type conditionCheck struct {
	rd *reader
	c  *Condition
}

// pair fails when exactly one of a start/end pair is set.
func (v *conditionCheck) pair(start, end string, hasStart, hasEnd bool) bool {
	switch {
	case hasStart && !hasEnd:
		v.rd.fail(start, "is set but %s is not; they must be given together", end)
	case hasEnd && !hasStart:
		v.rd.fail(end, "is set but %s is not; they must be given together", start)
	default:
		return hasStart
	}
	return false
}

func (v *conditionCheck) datetimes() {
	c := v.c
	st, okS := v.datetime("start_datetime", c.StartDatetime)
	en, okE := v.datetime("end_datetime", c.EndDatetime)
	if v.pair("start_datetime", "end_datetime", c.StartDatetime != "", c.EndDatetime != "") &&
		okS && okE && !st.Before(en) {
		v.rd.fail("start_datetime", "must be before end_datetime")
	}
}

func (v *conditionCheck) datetime(key, s string) (time.Time, bool) {
	if s == "" {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateTime, s)
	if !datetimeFormat.MatchString(s) || err != nil {
		v.rd.fail(key, "must be a datetime formatted as YYYY-MM-DD HH:MM:SS, got %q", s)
		return time.Time{}, false
	}
	return t, true
}

// days checks a day pair in 1..maxDay; wrap allows start > end.
func (v *conditionCheck) days(startKey, endKey string, start, end, maxDay int64, wrap bool) {
	okS := v.inRange(startKey, start, 1, maxDay)
	okE := v.inRange(endKey, end, 1, maxDay)
	if v.pair(startKey, endKey, start != 0, end != 0) && okS && okE && !wrap && start >= end {
		v.rd.fail(startKey, "must be less than %s", endKey)
	}
}

// inRange checks a number that is 0 when not set.
func (v *conditionCheck) inRange(key string, n, lo, hi int64) bool {
	if n != 0 && (n < lo || n > hi) {
		v.rd.fail(key, "must be between %d and %d, got %d", lo, hi, n)
		return false
	}
	return true
}

func (v *conditionCheck) times() {
	c := v.c
	okS := v.clock("start_time", &c.StartTime)
	okE := v.clock("end_time", &c.EndTime)
	if v.pair("start_time", "end_time", c.StartTime != "", c.EndTime != "") &&
		okS && okE && c.StartTime >= c.EndTime {
		v.rd.fail("start_time", "must be before end_time")
	}
}

// clock validates HH:MM or HH:MM:SS and rewrites it as HH:MM:SS.
func (v *conditionCheck) clock(key string, s *string) bool {
	if *s == "" {
		return false
	}
	norm, ok := normalizeTime(*s)
	if !ok {
		v.rd.fail(key, "must be a time formatted as HH:MM:SS or HH:MM, got %q", *s)
		return false
	}
	*s = norm
	return true
}

func normalizeTime(s string) (string, bool) {
	m := timeFormat.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	if m[3] == "" {
		m[3] = "00"
	}
	h, _ := strconv.Atoi(m[1])
	mi, _ := strconv.Atoi(m[2])
	sec, _ := strconv.Atoi(m[3])
	if h > 23 || mi > 59 || sec > 59 {
		return "", false
	}
	return m[1] + ":" + m[2] + ":" + m[3], true
}

// schedule checks the shift-schedule triple, which is all or nothing.
func (v *conditionCheck) schedule() {
	c := v.c
	if c.SchedStartDate != "" {
		if _, err := time.Parse(time.DateOnly, c.SchedStartDate); !dateFormat.MatchString(c.SchedStartDate) || err != nil {
			v.rd.fail("sched_start_date", "must be a date formatted as YYYY-MM-DD, got %q", c.SchedStartDate)
		}
	}
	for _, f := range []struct {
		key string
		n   int64
	}{{"sched_active_days", c.SchedActiveDays}, {"sched_skip_days", c.SchedSkipDays}} {
		if f.n < 0 {
			v.rd.fail(f.key, "must be at least 1, got %d", f.n)
		}
	}
	set := map[string]bool{
		"sched_start_date":  c.SchedStartDate != "",
		"sched_active_days": c.SchedActiveDays != 0,
		"sched_skip_days":   c.SchedSkipDays != 0,
	}
	if set["sched_start_date"] || set["sched_active_days"] || set["sched_skip_days"] {
		for _, key := range []string{"sched_start_date", "sched_active_days", "sched_skip_days"} {
			if !set[key] {
				v.rd.fail(key, "is required when any of sched_start_date, sched_active_days, sched_skip_days is set")
			}
		}
	}
}
