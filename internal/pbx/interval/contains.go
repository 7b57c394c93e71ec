package interval

import (
	"fmt"
	"time"
)

// Interval is what an interval is to the PBX: a time zone and conditions.
type Interval struct {
	Timezone   string
	Conditions []Condition
}

// Contains reports whether the instant t falls inside the interval, with
// the Telphin semantics: t is taken in the interval's time zone (so DST
// shifts follow the zone's rules); a condition matches when every field it
// sets matches (AND); the interval matches when any condition does (OR).
//
// Per field: month equal; day of week 1 = Sunday … 7 = Saturday, start to
// end inclusive, wrapping when start > end; day of month start to end
// inclusive; time of day start to end inclusive, to the second; a
// start_datetime/end_datetime pair, inclusive, decides alone (the PBX
// ignores the other fields then); a shift schedule counts whole days from
// sched_start_date: sched_active_days on, then sched_skip_days off, again
// and again, and nothing before the start date.
//
// An invalid interval is an error naming the condition and field.
func (iv Interval) Contains(t time.Time) (bool, error) {
	loc, err := LoadTimezone(iv.Timezone)
	if err != nil {
		return false, fmt.Errorf("timezone: %w", err)
	}
	if len(iv.Conditions) == 0 {
		return false, fmt.Errorf("conditions: an interval needs at least one condition")
	}
	for i, c := range iv.Conditions {
		if problems := c.Validate(nil); len(problems) > 0 {
			p := problems[0]
			where := fmt.Sprintf("conditions[%d]", i)
			if p.Field != "" {
				where += "." + p.Field
			}
			return false, fmt.Errorf("%s %s", where, p.Detail)
		}
	}
	local := t.In(loc)
	for _, c := range iv.Conditions {
		if c.matches(local, loc) {
			return true, nil
		}
	}
	return false, nil
}

// matches evaluates one valid condition at local (a time in loc).
func (c Condition) matches(local time.Time, loc *time.Location) bool {
	if c.StartDatetime != "" {
		// Wall-clock comparison, like times of day: the fixed-width layout
		// sorts like time, and a bound in the hour skipped by a DST change
		// (02:30 on a spring-forward night) keeps its clock meaning.
		now := local.Format(DatetimeLayout)
		return now >= c.StartDatetime && now <= c.EndDatetime
	}
	if c.Month != 0 && int64(local.Month()) != c.Month {
		return false
	}
	if c.StartDow != 0 {
		dow := int64(local.Weekday()) + 1 // time.Sunday is 0; the PBX's Sunday is 1
		if c.StartDow <= c.EndDow {
			if dow < c.StartDow || dow > c.EndDow {
				return false
			}
		} else if dow < c.StartDow && dow > c.EndDow {
			return false
		}
	}
	if c.StartMday != 0 && (int64(local.Day()) < c.StartMday || int64(local.Day()) > c.EndMday) {
		return false
	}
	if c.StartTime != "" {
		now := local.Format(TimeLayout)
		start, _ := CanonicalTime(c.StartTime)
		end, _ := CanonicalTime(c.EndTime)
		if now < start || now > end {
			return false
		}
	}
	if c.SchedStartDate != "" {
		first, _ := time.ParseInLocation(DateLayout, c.SchedStartDate, loc)
		today := time.Date(local.Year(), local.Month(), local.Day(), 0, 0, 0, 0, loc)
		days := calendarDays(first, today)
		if days < 0 || days%(c.SchedActiveDays+c.SchedSkipDays) >= c.SchedActiveDays {
			return false
		}
	}
	return true
}

// calendarDays counts calendar days from a to b (midnights in one zone),
// correct across DST changes, where a day is 23 or 25 hours long.
func calendarDays(a, b time.Time) int64 {
	ua := time.Date(a.Year(), a.Month(), a.Day(), 0, 0, 0, 0, time.UTC)
	ub := time.Date(b.Year(), b.Month(), b.Day(), 0, 0, 0, 0, time.UTC)
	return int64(ub.Sub(ua) / (24 * time.Hour))
}
