package interval_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/interval"
)

// want is one expected problem: its exact field, and words its detail must
// contain so the user can tell what is wrong.
type want struct {
	field    string
	mentions []string
}

// Day-of-week numbers: 1 = Sunday … 7 = Saturday.
const (
	sunday    = 1
	monday    = 2
	wednesday = 4
	friday    = 6
	saturday  = 7
)

func TestConditionValidate(t *testing.T) {
	period := interval.Condition{StartDatetime: "2024-12-31 18:00:00", EndDatetime: "2025-01-02 08:00:00"}
	withPeriod := func(c interval.Condition) interval.Condition {
		c.StartDatetime, c.EndDatetime = period.StartDatetime, period.EndDatetime
		return c
	}
	shift := func(c interval.Condition) interval.Condition {
		c.SchedStartDate, c.SchedActiveDays, c.SchedSkipDays = "2024-01-01", 2, 2
		return c
	}

	for _, tc := range []struct {
		name    string
		c       interval.Condition
		unknown []string // fields the Unknown callback reports; nil callback when empty
		want    []want
	}{
		// Valid examples.
		{name: "office hours Mon-Fri 09:00-18:00", c: interval.Condition{StartDow: monday, EndDow: friday, StartTime: "09:00", EndTime: "18:00"}},
		{name: "office hours in the API's spelling", c: interval.Condition{StartDow: monday, EndDow: friday, StartTime: "09:00:00", EndTime: "18:00:00"}},
		{name: "month alone", c: interval.Condition{Month: 7}},
		{name: "month January", c: interval.Condition{Month: 1}},
		{name: "month December", c: interval.Condition{Month: 12}},
		{name: "weekend wraps Saturday to Sunday", c: interval.Condition{StartDow: saturday, EndDow: sunday}},
		{name: "every day but Monday wraps", c: interval.Condition{StartDow: 3, EndDow: 1}},
		{name: "single day of week", c: interval.Condition{StartDow: wednesday, EndDow: wednesday}},
		{name: "whole week", c: interval.Condition{StartDow: sunday, EndDow: saturday}},
		{name: "shift schedule 2 on 2 off", c: shift(interval.Condition{})},
		{name: "shift schedule 1 on 1 off", c: interval.Condition{SchedStartDate: "2024-02-29", SchedActiveDays: 1, SchedSkipDays: 1}},
		{name: "shift schedule with hours", c: shift(interval.Condition{StartTime: "08:00", EndTime: "20:00"})},
		{name: "fixed period", c: period},
		{name: "fixed period of one second", c: interval.Condition{StartDatetime: "2024-01-01 00:00:00", EndDatetime: "2024-01-01 00:00:01"}},
		{name: "days of month 1-31", c: interval.Condition{StartMday: 1, EndMday: 31}},
		{name: "Christmas", c: interval.Condition{Month: 12, StartMday: 24, EndMday: 26}},
		{name: "whole day", c: interval.Condition{StartTime: "00:00", EndTime: "23:59:59"}},
		{name: "one second of time", c: interval.Condition{StartTime: "09:00", EndTime: "09:00:01"}},
		{name: "all but datetime combined", c: shift(interval.Condition{StartDow: monday, EndDow: friday, StartMday: 1, EndMday: 15, Month: 3, StartTime: "09:00", EndTime: "18:00"})},

		// Ranges.
		{name: "start_dow 8", c: interval.Condition{StartDow: 8, EndDow: 1}, want: []want{{interval.FieldStartDow, []string{"got 8", "1", "7"}}}},
		{name: "start_dow negative", c: interval.Condition{StartDow: -1, EndDow: 3}, want: []want{{interval.FieldStartDow, []string{"got -1"}}}},
		{name: "end_dow 8", c: interval.Condition{StartDow: 1, EndDow: 8}, want: []want{{interval.FieldEndDow, []string{"got 8"}}}},
		{name: "end_dow 100", c: interval.Condition{StartDow: 1, EndDow: 100}, want: []want{{interval.FieldEndDow, []string{"got 100"}}}},
		{name: "start_mday 32", c: interval.Condition{StartMday: 32, EndMday: 33}, want: []want{
			{interval.FieldStartMday, []string{"got 32", "31"}},
			{interval.FieldEndMday, []string{"got 33", "31"}},
		}},
		{name: "start_mday negative", c: interval.Condition{StartMday: -5, EndMday: 10}, want: []want{{interval.FieldStartMday, []string{"got -5"}}}},
		{name: "end_mday 32", c: interval.Condition{StartMday: 1, EndMday: 32}, want: []want{{interval.FieldEndMday, []string{"got 32", "31"}}}},
		{name: "month 13", c: interval.Condition{Month: 13}, want: []want{{interval.FieldMonth, []string{"got 13", "12"}}}},
		{name: "month negative", c: interval.Condition{Month: -1}, want: []want{{interval.FieldMonth, []string{"got -1"}}}},
		{name: "sched_active_days negative", c: interval.Condition{SchedStartDate: "2024-01-01", SchedActiveDays: -1, SchedSkipDays: 1}, want: []want{{interval.FieldSchedActiveDays, []string{"got -1", "at least 1"}}}},
		{name: "sched_skip_days negative", c: interval.Condition{SchedStartDate: "2024-01-01", SchedActiveDays: 1, SchedSkipDays: -2}, want: []want{{interval.FieldSchedSkipDays, []string{"got -2", "at least 1"}}}},
		{name: "sched days have no upper bound", c: interval.Condition{SchedStartDate: "2024-01-01", SchedActiveDays: 365, SchedSkipDays: 1000}},
		{name: "zero is unset, not out of range", c: interval.Condition{Month: 5, StartDow: 0, EndDow: 0, StartMday: 0, EndMday: 0, SchedActiveDays: 0, SchedSkipDays: 0}},

		// Formats.
		{name: "datetime as a date only", c: interval.Condition{StartDatetime: "2024-12-31", EndDatetime: "2025-01-02 00:00:00"}, want: []want{{interval.FieldStartDatetime, []string{`"2024-12-31"`, "YYYY-MM-DD HH:MM:SS"}}}},
		{name: "datetime ISO with T", c: interval.Condition{StartDatetime: "2024-12-31 00:00:00", EndDatetime: "2025-01-02T00:00:00"}, want: []want{{interval.FieldEndDatetime, []string{`"2025-01-02T00:00:00"`}}}},
		{name: "datetime without seconds", c: interval.Condition{StartDatetime: "2024-12-31 00:00", EndDatetime: "2025-01-02 00:00:00"}, want: []want{{interval.FieldStartDatetime, []string{`"2024-12-31 00:00"`}}}},
		{name: "datetime February 30", c: interval.Condition{StartDatetime: "2024-02-30 00:00:00", EndDatetime: "2024-03-02 00:00:00"}, want: []want{{interval.FieldStartDatetime, []string{`"2024-02-30 00:00:00"`}}}},
		{name: "datetime month 13", c: interval.Condition{StartDatetime: "2024-01-01 00:00:00", EndDatetime: "2024-13-01 00:00:00"}, want: []want{{interval.FieldEndDatetime, []string{`"2024-13-01 00:00:00"`}}}},
		{name: "datetime hour 24", c: interval.Condition{StartDatetime: "2024-01-01 00:00:00", EndDatetime: "2024-01-01 24:00:00"}, want: []want{{interval.FieldEndDatetime, []string{`"2024-01-01 24:00:00"`}}}},
		{name: "datetime both garbage", c: interval.Condition{StartDatetime: "soon", EndDatetime: "later"}, want: []want{
			{interval.FieldStartDatetime, []string{`"soon"`}},
			{interval.FieldEndDatetime, []string{`"later"`}},
		}},
		{
			name: "datetime one-digit hour",
			c:    interval.Condition{StartDatetime: "2024-01-01 9:00:00", EndDatetime: "2024-01-02 10:00:00"},
			want: []want{{interval.FieldStartDatetime, []string{`"2024-01-01 9:00:00"`}}},
		},
		{
			name: "datetime fractional seconds",
			c:    interval.Condition{StartDatetime: "2024-01-01 09:00:00.5", EndDatetime: "2024-01-02 10:00:00"},
			want: []want{{interval.FieldStartDatetime, []string{`"2024-01-01 09:00:00.5"`}}},
		},
		{name: "sched_start_date with one-digit month", c: interval.Condition{SchedStartDate: "2024-1-05", SchedActiveDays: 1, SchedSkipDays: 1}, want: []want{{interval.FieldSchedStartDate, []string{`"2024-1-05"`, "YYYY-MM-DD"}}}},
		{name: "sched_start_date in European order", c: interval.Condition{SchedStartDate: "05.01.2024", SchedActiveDays: 1, SchedSkipDays: 1}, want: []want{{interval.FieldSchedStartDate, []string{`"05.01.2024"`}}}},
		{name: "sched_start_date February 30", c: interval.Condition{SchedStartDate: "2024-02-30", SchedActiveDays: 1, SchedSkipDays: 1}, want: []want{{interval.FieldSchedStartDate, []string{`"2024-02-30"`}}}},
		{name: "sched_start_date February 29 in a common year", c: interval.Condition{SchedStartDate: "2023-02-29", SchedActiveDays: 1, SchedSkipDays: 1}, want: []want{{interval.FieldSchedStartDate, []string{`"2023-02-29"`}}}},
		{name: "sched_start_date with a time", c: interval.Condition{SchedStartDate: "2024-01-05 00:00:00", SchedActiveDays: 1, SchedSkipDays: 1}, want: []want{{interval.FieldSchedStartDate, []string{`"2024-01-05 00:00:00"`}}}},
		{name: "end_time 24:00", c: interval.Condition{StartTime: "22:00", EndTime: "24:00"}, want: []want{{interval.FieldEndTime, []string{`"24:00"`, "HH:MM"}}}},
		{name: "start_time 9:00", c: interval.Condition{StartTime: "9:00", EndTime: "18:00"}, want: []want{{interval.FieldStartTime, []string{`"9:00"`, "HH:MM"}}}},
		{name: "end_time 09:60", c: interval.Condition{StartTime: "09:00", EndTime: "09:60"}, want: []want{{interval.FieldEndTime, []string{`"09:60"`}}}},
		{name: "start_time with 60 seconds", c: interval.Condition{StartTime: "09:00:60", EndTime: "18:00"}, want: []want{{interval.FieldStartTime, []string{`"09:00:60"`}}}},
		{name: "start_time 9am", c: interval.Condition{StartTime: "9am", EndTime: "18:00"}, want: []want{{interval.FieldStartTime, []string{`"9am"`}}}},
		{name: "both times invalid", c: interval.Condition{StartTime: "25:00", EndTime: "0900"}, want: []want{
			{interval.FieldStartTime, []string{`"25:00"`}},
			{interval.FieldEndTime, []string{`"0900"`}},
		}},

		// Pairs: the missing half is reported, naming the half that is set.
		{name: "start_dow alone", c: interval.Condition{StartDow: monday}, want: []want{{interval.FieldEndDow, []string{interval.FieldStartDow}}}},
		{name: "end_dow alone", c: interval.Condition{EndDow: friday}, want: []want{{interval.FieldStartDow, []string{interval.FieldEndDow}}}},
		{name: "start_mday alone", c: interval.Condition{StartMday: 1}, want: []want{{interval.FieldEndMday, []string{interval.FieldStartMday}}}},
		{name: "end_mday alone", c: interval.Condition{EndMday: 15}, want: []want{{interval.FieldStartMday, []string{interval.FieldEndMday}}}},
		{name: "start_time alone", c: interval.Condition{StartTime: "09:00"}, want: []want{{interval.FieldEndTime, []string{interval.FieldStartTime}}}},
		{name: "end_time alone", c: interval.Condition{EndTime: "18:00"}, want: []want{{interval.FieldStartTime, []string{interval.FieldEndTime}}}},
		{name: "start_datetime alone", c: interval.Condition{StartDatetime: "2024-12-31 18:00:00"}, want: []want{{interval.FieldEndDatetime, []string{interval.FieldStartDatetime}}}},
		{name: "end_datetime alone", c: interval.Condition{EndDatetime: "2025-01-02 08:00:00"}, want: []want{{interval.FieldStartDatetime, []string{interval.FieldEndDatetime}}}},
		{name: "half a pair next to a month", c: interval.Condition{Month: 3, StartTime: "09:00"}, want: []want{{interval.FieldEndTime, []string{interval.FieldStartTime}}}},
		{name: "two half pairs", c: interval.Condition{StartDow: monday, EndMday: 10}, want: []want{
			{interval.FieldEndDow, []string{interval.FieldStartDow}},
			{interval.FieldStartMday, []string{interval.FieldEndMday}},
		}},
		{name: "half a datetime pair is not exclusive", c: interval.Condition{StartDatetime: "2024-12-31 18:00:00", Month: 12}, want: []want{{interval.FieldEndDatetime, []string{interval.FieldStartDatetime}}}},

		// The three sched_* fields go together.
		{name: "sched_start_date alone", c: interval.Condition{SchedStartDate: "2024-01-01"}, want: []want{
			{interval.FieldSchedActiveDays, []string{interval.FieldSchedStartDate}},
			{interval.FieldSchedSkipDays, []string{interval.FieldSchedStartDate}},
		}},
		{name: "sched_active_days alone", c: interval.Condition{SchedActiveDays: 2}, want: []want{
			{interval.FieldSchedStartDate, []string{interval.FieldSchedActiveDays}},
			{interval.FieldSchedSkipDays, []string{interval.FieldSchedActiveDays}},
		}},
		{name: "sched_skip_days alone", c: interval.Condition{SchedSkipDays: 2}, want: []want{
			{interval.FieldSchedStartDate, []string{interval.FieldSchedSkipDays}},
			{interval.FieldSchedActiveDays, []string{interval.FieldSchedSkipDays}},
		}},
		{name: "sched without start date", c: interval.Condition{SchedActiveDays: 2, SchedSkipDays: 2}, want: []want{
			{interval.FieldSchedStartDate, []string{interval.FieldSchedActiveDays, interval.FieldSchedSkipDays}},
		}},
		{name: "sched without active days", c: interval.Condition{SchedStartDate: "2024-01-01", SchedSkipDays: 2}, want: []want{
			{interval.FieldSchedActiveDays, []string{interval.FieldSchedStartDate, interval.FieldSchedSkipDays}},
		}},
		{name: "sched without skip days", c: interval.Condition{SchedStartDate: "2024-01-01", SchedActiveDays: 2}, want: []want{
			{interval.FieldSchedSkipDays, []string{interval.FieldSchedStartDate, interval.FieldSchedActiveDays}},
		}},

		// Order: start must come before end, except for days of the week.
		{name: "datetime start equals end", c: interval.Condition{StartDatetime: "2024-12-31 18:00:00", EndDatetime: "2024-12-31 18:00:00"}, want: []want{
			{interval.FieldEndDatetime, []string{interval.FieldStartDatetime, "2024-12-31 18:00:00"}},
		}},
		{name: "datetime start after end", c: interval.Condition{StartDatetime: "2025-01-02 08:00:00", EndDatetime: "2024-12-31 18:00:00"}, want: []want{
			{interval.FieldEndDatetime, []string{interval.FieldStartDatetime, "2025-01-02 08:00:00", "2024-12-31 18:00:00"}},
		}},
		{name: "datetime one second backwards", c: interval.Condition{StartDatetime: "2024-01-01 00:00:01", EndDatetime: "2024-01-01 00:00:00"}, want: []want{
			{interval.FieldEndDatetime, []string{"2024-01-01 00:00:00"}},
		}},
		{name: "mday start equals end", c: interval.Condition{StartMday: 5, EndMday: 5}, want: []want{
			{interval.FieldEndMday, []string{interval.FieldStartMday, "5"}},
		}},
		{name: "mday does not wrap", c: interval.Condition{StartMday: 25, EndMday: 5}, want: []want{
			{interval.FieldEndMday, []string{interval.FieldStartMday, "25", "got 5"}},
		}},
		{name: "time start equals end", c: interval.Condition{StartTime: "09:00", EndTime: "09:00"}, want: []want{
			{interval.FieldEndTime, []string{interval.FieldStartTime, "09:00"}},
		}},
		{name: "time equal in different spellings", c: interval.Condition{StartTime: "09:00", EndTime: "09:00:00"}, want: []want{
			{interval.FieldEndTime, []string{interval.FieldStartTime, "09:00:00"}},
		}},
		{name: "time crossing midnight", c: interval.Condition{StartTime: "22:00", EndTime: "06:00"}, want: []want{
			{interval.FieldEndTime, []string{interval.FieldStartTime, "22:00", "06:00", "midnight"}},
		}},
		{name: "time one second backwards", c: interval.Condition{StartTime: "09:00:01", EndTime: "09:00"}, want: []want{
			{interval.FieldEndTime, []string{"09:00:01"}},
		}},

		// A fixed period excludes every other field; each one is reported.
		{name: "period and month", c: withPeriod(interval.Condition{Month: 12}), want: []want{
			{interval.FieldMonth, []string{interval.FieldStartDatetime}},
		}},
		{name: "period and days of week", c: withPeriod(interval.Condition{StartDow: monday, EndDow: friday}), want: []want{
			{interval.FieldStartDow, []string{interval.FieldStartDatetime}},
			{interval.FieldEndDow, []string{interval.FieldStartDatetime}},
		}},
		{name: "period and days of month", c: withPeriod(interval.Condition{StartMday: 1, EndMday: 2}), want: []want{
			{interval.FieldStartMday, []string{interval.FieldStartDatetime}},
			{interval.FieldEndMday, []string{interval.FieldStartDatetime}},
		}},
		{name: "period and times", c: withPeriod(interval.Condition{StartTime: "09:00", EndTime: "18:00"}), want: []want{
			{interval.FieldStartTime, []string{interval.FieldStartDatetime}},
			{interval.FieldEndTime, []string{interval.FieldStartDatetime}},
		}},
		{name: "period and shift schedule", c: withPeriod(shift(interval.Condition{})), want: []want{
			{interval.FieldSchedStartDate, []string{interval.FieldStartDatetime}},
			{interval.FieldSchedActiveDays, []string{interval.FieldStartDatetime}},
			{interval.FieldSchedSkipDays, []string{interval.FieldStartDatetime}},
		}},
		{name: "period and half a pair", c: withPeriod(interval.Condition{StartTime: "09:00"}), want: []want{
			{interval.FieldEndTime, []string{interval.FieldStartTime}},
			{interval.FieldStartTime, []string{interval.FieldStartDatetime}},
		}},

		// The empty condition.
		{name: "empty condition", c: interval.Condition{}, want: []want{{"", []string{"at least one field"}}}},

		// Several rules at once.
		{name: "problems from several rules", c: interval.Condition{Month: 13, StartTime: "25:00", StartMday: 3}, want: []want{
			{interval.FieldMonth, []string{"got 13"}},
			{interval.FieldStartTime, []string{`"25:00"`}},
			{interval.FieldEndTime, []string{interval.FieldStartTime}},
			{interval.FieldEndMday, []string{interval.FieldStartMday}},
		}},

		// Unknown fields: rules that touch them are skipped, the others run.
		{name: "unknown: empty condition with one unknown field", c: interval.Condition{}, unknown: []string{interval.FieldMonth}},
		{name: "unknown: empty condition with unknown sched_skip_days", c: interval.Condition{}, unknown: []string{interval.FieldSchedSkipDays}},
		{name: "unknown: end_dow of a pair", c: interval.Condition{StartDow: monday}, unknown: []string{interval.FieldEndDow}},
		{name: "unknown: start_time of a pair", c: interval.Condition{EndTime: "18:00"}, unknown: []string{interval.FieldStartTime}},
		{name: "unknown: end_datetime of a pair", c: interval.Condition{StartDatetime: "2024-12-31 18:00:00"}, unknown: []string{interval.FieldEndDatetime}},
		{name: "unknown: start_mday skips the order rule", c: interval.Condition{EndMday: 5}, unknown: []string{interval.FieldStartMday}},
		{name: "unknown: one sched field skips the sched rule", c: interval.Condition{SchedStartDate: "2024-01-01"}, unknown: []string{interval.FieldSchedActiveDays}},
		{name: "unknown: other field next to a period", c: period, unknown: []string{interval.FieldMonth}},
		{name: "unknown: a field with a value is not reported as excluded", c: withPeriod(interval.Condition{Month: 12}), unknown: []string{interval.FieldMonth}},
		{name: "unknown: datetime next to other fields", c: interval.Condition{EndDatetime: "2025-01-02 08:00:00", Month: 12}, unknown: []string{interval.FieldStartDatetime}},
		{name: "unknown: value of an unknown field is not range checked", c: interval.Condition{Month: 13}, unknown: []string{interval.FieldMonth}},
		{name: "unknown: value of an unknown field is not format checked", c: interval.Condition{StartTime: "whenever", EndTime: "18:00"}, unknown: []string{interval.FieldStartTime}},
		{name: "unknown: value of an unknown field is not order checked", c: interval.Condition{StartTime: "18:00", EndTime: "09:00"}, unknown: []string{interval.FieldEndTime}},
		{name: "unknown: known fields are still checked", c: interval.Condition{Month: 13, StartDow: 9}, unknown: []string{interval.FieldStartTime, interval.FieldEndTime}, want: []want{
			{interval.FieldMonth, []string{"got 13"}},
			{interval.FieldStartDow, []string{"got 9"}},
			{interval.FieldEndDow, []string{interval.FieldStartDow}},
		}},
		{name: "unknown: known pairs are still checked", c: interval.Condition{StartMday: 20, EndMday: 10, StartTime: "09:00"}, unknown: []string{interval.FieldMonth}, want: []want{
			{interval.FieldEndMday, []string{interval.FieldStartMday}},
			{interval.FieldEndTime, []string{interval.FieldStartTime}},
		}},
		{name: "unknown: period still excludes known fields", c: withPeriod(interval.Condition{StartDow: monday, EndDow: friday}), unknown: []string{interval.FieldMonth, interval.FieldStartTime}, want: []want{
			{interval.FieldStartDow, []string{interval.FieldStartDatetime}},
			{interval.FieldEndDow, []string{interval.FieldStartDatetime}},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var unknown interval.Unknown
			if len(tc.unknown) > 0 {
				unknown = func(field string) bool {
					for _, f := range tc.unknown {
						if f == field {
							return true
						}
					}
					return false
				}
			}
			got := tc.c.Validate(unknown)
			checkProblems(t, got, tc.want)

			// Validate promises a stable order.
			if again := tc.c.Validate(unknown); !reflect.DeepEqual(got, again) {
				t.Errorf("Validate is not deterministic:\nfirst  %v\nsecond %v", got, again)
			}
		})
	}
}

// checkProblems matches got against want one to one, in any order.
func checkProblems(t *testing.T, got []interval.Problem, want []want) {
	t.Helper()
	used := make([]bool, len(got))
	for _, w := range want {
		found := false
		for i, p := range got {
			if used[i] || p.Field != w.field || !mentionsAll(p.Detail, w.mentions) {
				continue
			}
			used[i], found = true, true
			break
		}
		if !found {
			t.Errorf("missing problem on field %q mentioning %q", w.field, w.mentions)
		}
	}
	for i, p := range got {
		if !used[i] {
			t.Errorf("unexpected problem %q", p)
		}
		if p.Detail == "" {
			t.Errorf("problem on %q has an empty detail", p.Field)
		}
	}
}

func mentionsAll(s string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

func TestConditionValidateNilUnknownMeansAllKnown(t *testing.T) {
	for _, c := range []interval.Condition{
		{},
		{StartDow: monday},
		{Month: 13},
		{StartDatetime: "2024-12-31 18:00:00", EndDatetime: "2025-01-02 08:00:00", Month: 1},
	} {
		withNil := c.Validate(nil)
		allKnown := c.Validate(func(string) bool { return false })
		if len(withNil) == 0 {
			t.Errorf("Validate(nil) of %+v found no problem", c)
		}
		if !reflect.DeepEqual(withNil, allKnown) {
			t.Errorf("%+v: Validate(nil) = %v, Validate(all known) = %v", c, withNil, allKnown)
		}
	}
}

func TestConditionValidateEverythingUnknown(t *testing.T) {
	all := func(string) bool { return true }
	for _, c := range []interval.Condition{
		{},
		{Month: 13},
		{StartDow: 9},
		{StartTime: "25:00", EndTime: "nope"},
		{SchedStartDate: "2024-01-01"},
		{StartMday: 20, EndMday: 10},
	} {
		if got := c.Validate(all); len(got) != 0 {
			t.Errorf("%+v with every field unknown: got problems %v, want none", c, got)
		}
	}
}

func TestProblemString(t *testing.T) {
	for _, tc := range []struct {
		p    interval.Problem
		want string
	}{
		{interval.Problem{Field: "month", Detail: "must be a month."}, "month: must be a month."},
		{interval.Problem{Field: "", Detail: "needs a field."}, ": needs a field."},
	} {
		if got := tc.p.String(); got != tc.want {
			t.Errorf("%#v.String() = %q, want %q", tc.p, got, tc.want)
		}
	}
}
