package interval_test

import (
	"strings"
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/interval"
)

// Days of the week as the PBX numbers them.
const (
	dowSun int64 = 1
	dowMon int64 = 2
	dowTue int64 = 3
	dowWed int64 = 4
	dowThu int64 = 5
	dowFri int64 = 6
	dowSat int64 = 7
)

// Calendar used below (2026): Mar 8 Sun (US DST starts), Mar 29 Sun (EU DST
// starts), Jul 5 Sun, Jul 6 Mon, Oct 25 Sun (EU DST ends), Nov 1 Sun (US DST
// ends).

func TestIntervalContains(t *testing.T) {
	in := func(tz string, cs ...interval.Condition) interval.Interval {
		return interval.Interval{Timezone: tz, Conditions: cs}
	}
	const (
		prague  = "Europe/Prague"
		newYork = "America/New_York"
		utc     = "UTC"
	)
	workweek := interval.Condition{StartDow: dowMon, EndDow: dowFri}
	officeHours := interval.Condition{StartDow: dowMon, EndDow: dowFri, StartTime: "09:00:00", EndTime: "17:00:00"}
	weekendWrap := interval.Condition{StartDow: dowSat, EndDow: dowSun}
	notMonday := interval.Condition{StartDow: dowTue, EndDow: dowSun}
	endOfMonth := interval.Condition{StartMday: 28, EndMday: 31}
	nineToFive := interval.Condition{StartTime: "09:00:00", EndTime: "17:00:00"}
	christmas := interval.Condition{StartDatetime: "2026-12-24 12:00:00", EndDatetime: "2026-12-26 23:59:59"}
	twoOnOneOff := interval.Condition{SchedStartDate: "2026-07-01", SchedActiveDays: 2, SchedSkipDays: 1}

	for _, tc := range []struct {
		name string
		iv   interval.Interval
		at   string // RFC 3339
		want bool
		// errMentions non-nil: an error is expected and must contain these.
		errMentions []string
	}{
		// Month.
		{name: "month matches", iv: in(utc, interval.Condition{Month: 7}), at: "2026-07-15T12:00:00Z", want: true},
		{name: "month does not match", iv: in(utc, interval.Condition{Month: 7}), at: "2026-08-15T12:00:00Z", want: false},
		{name: "month in the interval's zone: July in Prague, June in UTC", iv: in(prague, interval.Condition{Month: 7}), at: "2026-06-30T22:30:00Z", want: true},
		{name: "month in UTC zone for the same instant", iv: in(utc, interval.Condition{Month: 7}), at: "2026-06-30T22:30:00Z", want: false},
		{name: "December", iv: in(utc, interval.Condition{Month: 12}), at: "2026-12-31T23:59:59Z", want: true},

		// Day of week, 1 = Sunday.
		{name: "workweek on Monday", iv: in(utc, workweek), at: "2026-07-06T10:00:00Z", want: true},
		{name: "workweek on Friday", iv: in(utc, workweek), at: "2026-07-03T10:00:00Z", want: true},
		{name: "workweek on Saturday", iv: in(utc, workweek), at: "2026-07-04T10:00:00Z", want: false},
		{name: "workweek on Sunday", iv: in(utc, workweek), at: "2026-07-05T10:00:00Z", want: false},
		{name: "Sunday is 1", iv: in(utc, interval.Condition{StartDow: dowSun, EndDow: dowSun}), at: "2026-07-05T10:00:00Z", want: true},
		{name: "single day Wednesday, on Thursday", iv: in(utc, interval.Condition{StartDow: dowWed, EndDow: dowWed}), at: "2026-07-02T10:00:00Z", want: false},
		{name: "single day Thursday", iv: in(utc, interval.Condition{StartDow: dowThu, EndDow: dowThu}), at: "2026-07-02T10:00:00Z", want: true},
		{name: "wrap 7→1 on Saturday", iv: in(utc, weekendWrap), at: "2026-07-04T10:00:00Z", want: true},
		{name: "wrap 7→1 on Sunday", iv: in(utc, weekendWrap), at: "2026-07-05T10:00:00Z", want: true},
		{name: "wrap 7→1 on Monday", iv: in(utc, weekendWrap), at: "2026-07-06T10:00:00Z", want: false},
		{name: "wrap 7→1 on Friday", iv: in(utc, weekendWrap), at: "2026-07-03T10:00:00Z", want: false},
		{name: "wrap 3→1 on Tuesday", iv: in(utc, notMonday), at: "2026-07-07T10:00:00Z", want: true},
		{name: "wrap 3→1 on Saturday", iv: in(utc, notMonday), at: "2026-07-04T10:00:00Z", want: true},
		{name: "wrap 3→1 on Sunday", iv: in(utc, notMonday), at: "2026-07-05T10:00:00Z", want: true},
		{name: "wrap 3→1 on Monday", iv: in(utc, notMonday), at: "2026-07-06T10:00:00Z", want: false},
		{name: "day of week in the zone: Sunday 22:30 UTC is Monday in Prague", iv: in(prague, workweek), at: "2026-07-05T22:30:00Z", want: true},
		{name: "day of week in the zone: Monday 02:00 UTC is Sunday in New York", iv: in(newYork, workweek), at: "2026-07-06T02:00:00Z", want: false},

		// Day of month, inclusive.
		{name: "mday 28-31 on Feb 27", iv: in(utc, endOfMonth), at: "2026-02-27T12:00:00Z", want: false},
		{name: "mday 28-31 on Feb 28", iv: in(utc, endOfMonth), at: "2026-02-28T12:00:00Z", want: true},
		{name: "mday 28-31 on Mar 1 after a short February", iv: in(utc, endOfMonth), at: "2026-03-01T00:00:00Z", want: false},
		{name: "mday 28-31 on Feb 29 of a leap year", iv: in(utc, endOfMonth), at: "2028-02-29T12:00:00Z", want: true},
		{name: "mday 28-31 on Jan 31", iv: in(utc, endOfMonth), at: "2026-01-31T23:59:59Z", want: true},
		{name: "mday 30-31 never in February", iv: in(utc, interval.Condition{StartMday: 30, EndMday: 31}), at: "2028-02-29T12:00:00Z", want: false},
		{name: "mday 30-31 on Mar 30", iv: in(utc, interval.Condition{StartMday: 30, EndMday: 31}), at: "2026-03-30T12:00:00Z", want: true},
		{name: "mday 1-15, last second of the 15th", iv: in(prague, interval.Condition{StartMday: 1, EndMday: 15}), at: "2026-07-15T23:59:59+02:00", want: true},
		{name: "mday 1-15, first second of the 16th", iv: in(prague, interval.Condition{StartMday: 1, EndMday: 15}), at: "2026-07-16T00:00:00+02:00", want: false},
		{name: "mday in the zone: Feb 28 23:30 UTC is Mar 1 in Prague", iv: in(prague, endOfMonth), at: "2026-02-28T23:30:00Z", want: false},

		// Time of day, inclusive to the second.
		{name: "time at start", iv: in(utc, nineToFive), at: "2026-07-06T09:00:00Z", want: true},
		{name: "time one second before start", iv: in(utc, nineToFive), at: "2026-07-06T08:59:59Z", want: false},
		{name: "time at end", iv: in(utc, nineToFive), at: "2026-07-06T17:00:00Z", want: true},
		{name: "time within the end second", iv: in(utc, nineToFive), at: "2026-07-06T17:00:00.999Z", want: true},
		{name: "time one second after end", iv: in(utc, nineToFive), at: "2026-07-06T17:00:01Z", want: false},
		{name: "HH:MM end means HH:MM:00", iv: in(utc, interval.Condition{StartTime: "09:00", EndTime: "17:30"}), at: "2026-07-06T17:30:01Z", want: false},
		{name: "HH:MM end inclusive", iv: in(utc, interval.Condition{StartTime: "09:00", EndTime: "17:30"}), at: "2026-07-06T17:30:00Z", want: true},
		{name: "end of day 23:59:59", iv: in(utc, interval.Condition{StartTime: "18:00:00", EndTime: "23:59:59"}), at: "2026-07-06T23:59:59Z", want: true},
		{name: "start of day 00:00:00", iv: in(utc, interval.Condition{StartTime: "00:00:00", EndTime: "08:00:00"}), at: "2026-07-06T00:00:00Z", want: true},
		{name: "time in the zone, instant with a positive offset", iv: in(prague, nineToFive), at: "2026-07-06T09:30:00+02:00", want: true},
		{name: "time in the zone, instant with a negative offset", iv: in(prague, nineToFive), at: "2026-07-06T09:30:00-04:00", want: true},        // 15:30 in Prague
		{name: "time in the zone, instant with a negative offset, late", iv: in(prague, nineToFive), at: "2026-07-06T11:30:00-04:00", want: false}, // 17:30 in Prague
		{name: "time in the zone, UTC instant 07:30 is 09:30 CEST", iv: in(prague, nineToFive), at: "2026-07-06T07:30:00Z", want: true},
		{name: "time in the zone, UTC instant 07:30 is 08:30 CET in winter", iv: in(prague, nineToFive), at: "2026-01-05T07:30:00Z", want: false},

		// AND inside a condition.
		{name: "office hours on Monday", iv: in(utc, officeHours), at: "2026-07-06T10:00:00Z", want: true},
		{name: "office hours on Saturday: day fails", iv: in(utc, officeHours), at: "2026-07-04T10:00:00Z", want: false},
		{name: "office hours on Monday evening: time fails", iv: in(utc, officeHours), at: "2026-07-06T18:00:00Z", want: false},
		{name: "month and mday both needed", iv: in(utc, interval.Condition{Month: 12, StartMday: 24, EndMday: 26}), at: "2026-11-25T12:00:00Z", want: false},
		{name: "month and mday both match", iv: in(utc, interval.Condition{Month: 12, StartMday: 24, EndMday: 26}), at: "2026-12-25T12:00:00Z", want: true},

		// OR between conditions.
		{name: "OR: second condition matches", iv: in(utc, officeHours, interval.Condition{StartDow: dowSat, EndDow: dowSat, StartTime: "09:00", EndTime: "12:00"}), at: "2026-07-04T10:00:00Z", want: true},
		{name: "OR: first condition matches", iv: in(utc, officeHours, interval.Condition{StartDow: dowSat, EndDow: dowSat, StartTime: "09:00", EndTime: "12:00"}), at: "2026-07-06T10:00:00Z", want: true},
		{name: "OR: neither matches", iv: in(utc, officeHours, interval.Condition{StartDow: dowSat, EndDow: dowSat, StartTime: "09:00", EndTime: "12:00"}), at: "2026-07-04T13:00:00Z", want: false},
		{name: "OR: time range split at midnight", iv: in(utc, interval.Condition{StartTime: "22:00", EndTime: "23:59:59"}, interval.Condition{StartTime: "00:00", EndTime: "06:00"}), at: "2026-07-06T03:00:00Z", want: true},

		// DST in Prague: 2026-03-29 02:00 CET → 03:00 CEST.
		{name: "Prague spring: 01:59:59 CET is in 01:00-01:59:59", iv: in(prague, interval.Condition{StartTime: "01:00", EndTime: "01:59:59"}), at: "2026-03-29T00:59:59Z", want: true},
		{name: "Prague spring: the skipped hour 02:00-02:59:59 never happens (before)", iv: in(prague, interval.Condition{StartTime: "02:00", EndTime: "02:59:59"}), at: "2026-03-29T00:59:59Z", want: false},
		{name: "Prague spring: the skipped hour 02:00-02:59:59 never happens (after)", iv: in(prague, interval.Condition{StartTime: "02:00", EndTime: "02:59:59"}), at: "2026-03-29T01:00:00Z", want: false},
		{name: "Prague spring: 01:00 UTC is 03:00 CEST", iv: in(prague, interval.Condition{StartTime: "03:00", EndTime: "04:00"}), at: "2026-03-29T01:00:00Z", want: true},
		{name: "Prague the day before: 01:00 UTC is 02:00 CET", iv: in(prague, interval.Condition{StartTime: "03:00", EndTime: "04:00"}), at: "2026-03-28T01:00:00Z", want: false},
		// DST in Prague: 2026-10-25 03:00 CEST → 02:00 CET; 02:xx happens twice.
		{name: "Prague autumn: first 02:30 (CEST)", iv: in(prague, interval.Condition{StartTime: "02:00", EndTime: "02:59:59"}), at: "2026-10-25T00:30:00Z", want: true},
		{name: "Prague autumn: second 02:30 (CET)", iv: in(prague, interval.Condition{StartTime: "02:00", EndTime: "02:59:59"}), at: "2026-10-25T01:30:00Z", want: true},
		{name: "Prague autumn: 03:00 CET", iv: in(prague, interval.Condition{StartTime: "02:00", EndTime: "02:59:59"}), at: "2026-10-25T02:00:00Z", want: false},
		{name: "Prague autumn: same instant given with CEST offset", iv: in(prague, interval.Condition{StartTime: "02:00", EndTime: "02:59:59"}), at: "2026-10-25T02:30:00+02:00", want: true},

		// DST in New York: 2026-03-08 02:00 EST → 03:00 EDT; 2026-11-01 02:00 EDT → 01:00 EST.
		{name: "New York: 13:00 UTC on Monday after the change is 09:00 EDT", iv: in(newYork, officeHours), at: "2026-03-09T13:00:00Z", want: true},
		{name: "New York: 13:00 UTC on Friday before the change is 08:00 EST", iv: in(newYork, officeHours), at: "2026-03-06T13:00:00Z", want: false},
		{name: "New York: 14:00 UTC on Friday before the change is 09:00 EST", iv: in(newYork, officeHours), at: "2026-03-06T14:00:00Z", want: true},
		{name: "New York autumn: first 01:30 (EDT)", iv: in(newYork, interval.Condition{StartTime: "01:00", EndTime: "01:59:59"}), at: "2026-11-01T05:30:00Z", want: true},
		{name: "New York autumn: second 01:30 (EST)", iv: in(newYork, interval.Condition{StartTime: "01:00", EndTime: "01:59:59"}), at: "2026-11-01T06:30:00Z", want: true},
		{name: "New York autumn: 02:00 EST", iv: in(newYork, interval.Condition{StartTime: "01:00", EndTime: "01:59:59"}), at: "2026-11-01T07:00:00Z", want: false},

		// Fixed datetime periods, inclusive, in the zone.
		{name: "period: one second before start", iv: in(prague, christmas), at: "2026-12-24T10:59:59Z", want: false},
		{name: "period: at start", iv: in(prague, christmas), at: "2026-12-24T11:00:00Z", want: true},
		{name: "period: at start given with an offset", iv: in(prague, christmas), at: "2026-12-24T12:00:00+01:00", want: true},
		{name: "period: at end", iv: in(prague, christmas), at: "2026-12-26T22:59:59Z", want: true},
		{name: "period: within the end second", iv: in(prague, christmas), at: "2026-12-26T22:59:59.5Z", want: true},
		{name: "period: one second after end", iv: in(prague, christmas), at: "2026-12-26T23:00:00Z", want: false},
		{name: "period: same wall clock in UTC zone differs", iv: in(utc, christmas), at: "2026-12-24T11:30:00Z", want: false},
		{name: "period across autumn DST: start in CEST", iv: in(prague, interval.Condition{StartDatetime: "2026-10-24 12:00:00", EndDatetime: "2026-10-25 12:00:00"}), at: "2026-10-24T10:00:00Z", want: true},
		{name: "period across autumn DST: before start in CEST", iv: in(prague, interval.Condition{StartDatetime: "2026-10-24 12:00:00", EndDatetime: "2026-10-25 12:00:00"}), at: "2026-10-24T09:59:59Z", want: false},
		{name: "period across autumn DST: end in CET", iv: in(prague, interval.Condition{StartDatetime: "2026-10-24 12:00:00", EndDatetime: "2026-10-25 12:00:00"}), at: "2026-10-25T11:00:00Z", want: true},
		{name: "period across autumn DST: after end in CET", iv: in(prague, interval.Condition{StartDatetime: "2026-10-24 12:00:00", EndDatetime: "2026-10-25 12:00:00"}), at: "2026-10-25T11:00:01Z", want: false},
		{name: "period across New York spring DST: end in EDT", iv: in(newYork, interval.Condition{StartDatetime: "2026-03-07 00:00:00", EndDatetime: "2026-03-08 12:00:00"}), at: "2026-03-08T16:00:00Z", want: true},
		{name: "period across New York spring DST: after end in EDT", iv: in(newYork, interval.Condition{StartDatetime: "2026-03-07 00:00:00", EndDatetime: "2026-03-08 12:00:00"}), at: "2026-03-08T16:00:01Z", want: false},
		// A period that starts at a wall-clock time the spring change skips
		// (02:30 does not exist on 2026-03-29 in Prague) has started once the
		// clock shows 03:15 CEST, and one that ends then has ended.
		{name: "period starting in the skipped hour has started at 03:15 CEST", iv: in(prague, interval.Condition{StartDatetime: "2026-03-29 02:30:00", EndDatetime: "2026-03-29 05:00:00"}), at: "2026-03-29T01:15:00Z", want: true},
		{name: "period ending in the skipped hour has ended at 03:15 CEST", iv: in(prague, interval.Condition{StartDatetime: "2026-03-29 00:00:00", EndDatetime: "2026-03-29 02:30:00"}), at: "2026-03-29T01:15:00Z", want: false},

		// Shift schedules: whole days from the start date.
		{name: "shift: day 0 on", iv: in(utc, twoOnOneOff), at: "2026-07-01T00:00:00Z", want: true},
		{name: "shift: day 1 on", iv: in(utc, twoOnOneOff), at: "2026-07-02T23:59:59Z", want: true},
		{name: "shift: day 2 off", iv: in(utc, twoOnOneOff), at: "2026-07-03T12:00:00Z", want: false},
		{name: "shift: day 3 on again", iv: in(utc, twoOnOneOff), at: "2026-07-04T12:00:00Z", want: true},
		{name: "shift: day before start", iv: in(utc, twoOnOneOff), at: "2026-06-30T23:59:59Z", want: false},
		{name: "shift: long before start (a day that would be on in the cycle)", iv: in(utc, twoOnOneOff), at: "2026-06-28T12:00:00Z", want: false},
		{name: "shift: a year later, day 364 on", iv: in(utc, twoOnOneOff), at: "2027-06-30T12:00:00Z", want: true},
		{name: "shift: a year later, day 365 off", iv: in(utc, twoOnOneOff), at: "2027-07-01T12:00:00Z", want: false},
		{name: "shift: start date is local, 22:00 UTC the day before is day 0 in Prague", iv: in(prague, twoOnOneOff), at: "2026-06-30T22:00:00Z", want: true},
		{name: "shift: start date is local, 21:59:59 UTC the day before is before start in Prague", iv: in(prague, twoOnOneOff), at: "2026-06-30T21:59:59Z", want: false},
		{name: "shift across Prague spring DST: Mar 29 is day 2, off", iv: in(prague, interval.Condition{SchedStartDate: "2026-03-27", SchedActiveDays: 2, SchedSkipDays: 1}), at: "2026-03-29T21:59:59Z", want: false},
		{name: "shift across Prague spring DST: 00:30 CEST Mar 30 is day 3, on", iv: in(prague, interval.Condition{SchedStartDate: "2026-03-27", SchedActiveDays: 2, SchedSkipDays: 1}), at: "2026-03-29T22:30:00Z", want: true},
		{name: "shift across Prague autumn DST: 23:59:59 CET Oct 25 is day 1, off", iv: in(prague, interval.Condition{SchedStartDate: "2026-10-24", SchedActiveDays: 1, SchedSkipDays: 1}), at: "2026-10-25T22:59:59Z", want: false},
		{name: "shift across Prague autumn DST: 00:30 CET Oct 26 is day 2, on", iv: in(prague, interval.Condition{SchedStartDate: "2026-10-24", SchedActiveDays: 1, SchedSkipDays: 1}), at: "2026-10-25T23:30:00Z", want: true},
		{name: "shift across New York spring DST: 00:30 EDT Mar 9 is day 2, on", iv: in(newYork, interval.Condition{SchedStartDate: "2026-03-07", SchedActiveDays: 1, SchedSkipDays: 1}), at: "2026-03-09T04:30:00Z", want: true},
		{name: "shift across New York spring DST: 23:59:59 EDT Mar 8 is day 1, off", iv: in(newYork, interval.Condition{SchedStartDate: "2026-03-07", SchedActiveDays: 1, SchedSkipDays: 1}), at: "2026-03-09T03:59:59Z", want: false},
		{name: "shift AND day of week", iv: in(utc, interval.Condition{SchedStartDate: "2026-07-01", SchedActiveDays: 2, SchedSkipDays: 1, StartDow: dowSat, EndDow: dowSun}), at: "2026-07-02T12:00:00Z", want: false},

		// Errors.
		{name: "empty timezone", iv: in("", workweek), at: "2026-07-06T10:00:00Z", errMentions: []string{"timezone", "IANA"}},
		{name: "Local timezone", iv: in("Local", workweek), at: "2026-07-06T10:00:00Z", errMentions: []string{"timezone", `"Local"`}},
		{name: "unknown timezone", iv: in("Mars/Olympus_Mons", workweek), at: "2026-07-06T10:00:00Z", errMentions: []string{"timezone", "Mars/Olympus_Mons", "not an IANA time zone"}},
		{name: "UTC offset is not a zone name", iv: in("+02:00", workweek), at: "2026-07-06T10:00:00Z", errMentions: []string{"timezone", "+02:00"}},
		{name: "no conditions", iv: in(utc), at: "2026-07-06T10:00:00Z", errMentions: []string{"conditions", "at least one condition"}},
		{name: "empty condition", iv: in(utc, workweek, interval.Condition{}), at: "2026-07-06T10:00:00Z", errMentions: []string{"conditions[1]", "at least one field"}},
		{name: "end_dow out of range in the second condition", iv: in(utc, workweek, interval.Condition{StartDow: dowMon, EndDow: 8}), at: "2026-07-06T10:00:00Z", errMentions: []string{"conditions[1].end_dow", "1 to 7", "8"}},
		{name: "negative start_dow", iv: in(utc, interval.Condition{StartDow: -1, EndDow: dowFri}), at: "2026-07-06T10:00:00Z", errMentions: []string{"conditions[0].start_dow"}},
		{name: "start_dow without end_dow", iv: in(utc, interval.Condition{StartDow: dowMon}), at: "2026-07-06T10:00:00Z", errMentions: []string{"conditions[0].end_dow", "together"}},
		{name: "month 13", iv: in(utc, interval.Condition{Month: 13}), at: "2026-07-06T10:00:00Z", errMentions: []string{"conditions[0].month", "13"}},
		{name: "end_mday 32", iv: in(utc, interval.Condition{StartMday: 28, EndMday: 32}), at: "2026-07-06T10:00:00Z", errMentions: []string{"conditions[0].end_mday", "32"}},
		{name: "mday range does not wrap", iv: in(utc, interval.Condition{StartMday: 28, EndMday: 3}), at: "2026-07-06T10:00:00Z", errMentions: []string{"conditions[0].end_mday", "do not wrap"}},
		{name: "end_time before start_time", iv: in(utc, interval.Condition{StartTime: "17:00", EndTime: "09:00"}), at: "2026-07-06T10:00:00Z", errMentions: []string{"conditions[0].end_time", "midnight"}},
		{name: "start_time with one-digit hour", iv: in(utc, interval.Condition{StartTime: "9:00", EndTime: "17:00"}), at: "2026-07-06T10:00:00Z", errMentions: []string{"conditions[0].start_time", "HH:MM"}},
		{name: "end_time 24:00", iv: in(utc, interval.Condition{StartTime: "09:00", EndTime: "24:00"}), at: "2026-07-06T10:00:00Z", errMentions: []string{"conditions[0].end_time", "24:00"}},
		{name: "start_datetime in RFC 3339 form", iv: in(utc, interval.Condition{StartDatetime: "2026-12-24T12:00:00", EndDatetime: "2026-12-26 23:59:59"}), at: "2026-07-06T10:00:00Z", errMentions: []string{"conditions[0].start_datetime", "YYYY-MM-DD HH:MM:SS"}},
		{name: "end_datetime before start_datetime", iv: in(utc, interval.Condition{StartDatetime: "2026-12-26 00:00:00", EndDatetime: "2026-12-24 00:00:00"}), at: "2026-07-06T10:00:00Z", errMentions: []string{"conditions[0].end_datetime", "after start_datetime"}},
		{name: "datetime period combined with month", iv: in(utc, interval.Condition{StartDatetime: "2026-12-24 12:00:00", EndDatetime: "2026-12-26 23:59:59", Month: 12}), at: "2026-12-25T10:00:00Z", errMentions: []string{"conditions[0].month", "cannot be combined"}},
		{name: "shift without days off", iv: in(utc, interval.Condition{SchedStartDate: "2026-07-01", SchedActiveDays: 2}), at: "2026-07-06T10:00:00Z", errMentions: []string{"conditions[0].sched_skip_days", "together"}},
		{name: "shift with an impossible start date", iv: in(utc, interval.Condition{SchedStartDate: "2026-02-30", SchedActiveDays: 2, SchedSkipDays: 1}), at: "2026-07-06T10:00:00Z", errMentions: []string{"conditions[0].sched_start_date", "2026-02-30"}},
		{name: "shift with negative working days", iv: in(utc, interval.Condition{SchedStartDate: "2026-07-01", SchedActiveDays: -2, SchedSkipDays: 1}), at: "2026-07-06T10:00:00Z", errMentions: []string{"conditions[0].sched_active_days"}},
		{name: "invalid later condition is an error although the first matches", iv: in(utc, workweek, interval.Condition{Month: 0, StartMday: 40, EndMday: 41}), at: "2026-07-06T10:00:00Z", errMentions: []string{"conditions[1].start_mday"}},
		{name: "bad timezone is reported before bad conditions", iv: in("Nowhere/Town", interval.Condition{Month: 13}), at: "2026-07-06T10:00:00Z", errMentions: []string{"timezone", "Nowhere/Town"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			at, err := time.Parse(time.RFC3339Nano, tc.at)
			if err != nil {
				t.Fatalf("bad test instant %q: %v", tc.at, err)
			}
			got, err := tc.iv.Contains(at)
			if tc.errMentions != nil {
				if err == nil {
					t.Fatalf("Contains(%s) = %v, want an error", tc.at, got)
				}
				if got {
					t.Errorf("Contains(%s) returned true alongside an error", tc.at)
				}
				for _, w := range tc.errMentions {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("Contains(%s) error %q does not mention %q", tc.at, err, w)
					}
				}
				return
			}
			if err != nil {
				t.Fatalf("Contains(%s) failed: %v", tc.at, err)
			}
			if got != tc.want {
				t.Errorf("Contains(%s) = %v, want %v", tc.at, got, tc.want)
			}
		})
	}
}

// The answer depends on the instant, not on the zone the caller's time.Time
// happens to carry.
func TestIntervalContainsIgnoresCallerLocation(t *testing.T) {
	iv := interval.Interval{Timezone: "Europe/Prague", Conditions: []interval.Condition{{StartTime: "09:00", EndTime: "17:00"}}}
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Fatal(err)
	}
	for _, at := range []time.Time{
		time.Date(2026, 7, 6, 7, 30, 0, 0, time.UTC), // 09:30 CEST
		time.Date(2026, 7, 6, 16, 30, 0, 0, tokyo),   // 09:30 CEST
		time.Date(2026, 7, 6, 7, 30, 0, 0, time.FixedZone("", 0)),
	} {
		got, err := iv.Contains(at)
		if err != nil || !got {
			t.Errorf("Contains(%s) = %v, %v; want true", at, got, err)
		}
	}
	for _, at := range []time.Time{
		time.Date(2026, 7, 6, 9, 30, 0, 0, tokyo), // 02:30 CEST
		time.Date(2026, 7, 6, 15, 30, 0, 0, time.UTC),
	} {
		got, err := iv.Contains(at)
		if err != nil || got {
			t.Errorf("Contains(%s) = %v, %v; want false", at, got, err)
		}
	}
}
