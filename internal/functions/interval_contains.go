package functions

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/interval"
)

// NewIntervalContains is provider::telecom::interval_contains.
func NewIntervalContains() function.Function {
	return providerFunc[types.Dynamic, string]{name: "interval_contains", run: intervalContains, definition: function.Definition{
		Summary: "Whether an instant falls inside a PBX time interval.",
		MarkdownDescription: "Evaluates a Telphin interval the way the PBX does, in the interval's `timezone` (IANA, " +
			"daylight saving time included): the fields of one condition combine with AND, the conditions with OR. " +
			"Days of the week count from 1 = Sunday and may wrap (`start_dow = 7`, `end_dow = 1` is the weekend); " +
			"month days, times of day (to the second) and fixed `start_datetime`/`end_datetime` periods include both " +
			"ends; a fixed period decides alone; a shift schedule counts whole days from `sched_start_date`, " +
			"`sched_active_days` on and `sched_skip_days` off. The interval is checked with the same rules as " +
			"`telecom_pbx_interval`; an invalid one is an error naming the condition and field. Pass a " +
			"`telecom_pbx_interval` resource as it is: only `timezone` and `conditions` are read.",
		Parameters: []function.Parameter{
			function.DynamicParameter{
				Name:                "interval",
				MarkdownDescription: "An object with `timezone` and `conditions`, such as a `telecom_pbx_interval` resource.",
			},
			function.StringParameter{Name: "timestamp", MarkdownDescription: "An RFC 3339 instant, e.g. `2026-07-06T09:30:00+02:00` or `timestamp()`."},
		},
		Return: function.BoolReturn{},
	}}
}

func intervalContains(ivArg types.Dynamic, timestamp string) (any, *function.FuncError) {
	iv, err := readInterval(ivArg)
	if err != nil {
		return nil, funcError(0, err.Error())
	}
	t, err := time.Parse(time.RFC3339, timestamp)
	if err != nil {
		return nil, funcError(1, fmt.Sprintf("timestamp %q is not an RFC 3339 instant such as 2026-07-06T09:30:00Z", timestamp))
	}
	in, err := iv.Contains(t)
	if err != nil {
		return nil, funcError(0, err.Error())
	}
	return in, nil
}

// readInterval reads {timezone, conditions = [{…}]}; other attributes are ignored.
func readInterval(v types.Dynamic) (interval.Interval, error) {
	var iv interval.Interval
	attrs, err := attributes(v)
	if err != nil {
		return iv, fmt.Errorf("interval: %w", err)
	}
	if iv.Timezone, err = stringAttr(attrs, "timezone"); err != nil {
		return iv, err
	}
	conds, ok := attrs["conditions"]
	if !ok {
		return iv, fmt.Errorf("interval: conditions is missing")
	}
	elems, err := elements(conds)
	if err != nil {
		return iv, fmt.Errorf("conditions: %w", err)
	}
	for i, e := range elems {
		c, err := readCondition(e)
		var fe *fieldError
		switch {
		case errors.As(err, &fe):
			return iv, fmt.Errorf("conditions[%d].%s %s", i, fe.field, fe.detail)
		case err != nil:
			return iv, fmt.Errorf("conditions[%d]: %w", i, err)
		}
		iv.Conditions = append(iv.Conditions, c)
	}
	return iv, nil
}

// readCondition reads one condition object. Absent and null fields are
// unset; a name that is not a condition field is an error (a typo would
// otherwise widen the interval silently).
func readCondition(v attr.Value) (interval.Condition, error) {
	var c interval.Condition
	attrs, err := attributes(v)
	if err != nil {
		return c, err
	}
	strs := []struct {
		name string
		dst  *string
	}{
		{interval.FieldStartDatetime, &c.StartDatetime}, {interval.FieldEndDatetime, &c.EndDatetime},
		{interval.FieldStartTime, &c.StartTime}, {interval.FieldEndTime, &c.EndTime},
		{interval.FieldSchedStartDate, &c.SchedStartDate},
	}
	nums := []struct {
		name string
		dst  *int64
	}{
		{interval.FieldStartDow, &c.StartDow}, {interval.FieldEndDow, &c.EndDow},
		{interval.FieldStartMday, &c.StartMday}, {interval.FieldEndMday, &c.EndMday}, {interval.FieldMonth, &c.Month},
		{interval.FieldSchedActiveDays, &c.SchedActiveDays}, {interval.FieldSchedSkipDays, &c.SchedSkipDays},
	}
	known := map[string]bool{}
	// A field written as 0 or "" is refused, as telecom_pbx_interval
	// refuses it: to the PBX it means "not set".
	for _, f := range strs {
		known[f.name] = true
		if *f.dst, err = stringAttr(attrs, f.name); err != nil {
			return c, err
		}
		if *f.dst == "" && present(attrs, f.name) {
			return c, &fieldError{f.name, interval.ZeroProblem(f.name)}
		}
	}
	for _, f := range nums {
		known[f.name] = true
		if *f.dst, err = intAttr(attrs, f.name); err != nil {
			return c, err
		}
		if *f.dst == 0 && present(attrs, f.name) {
			return c, &fieldError{f.name, interval.ZeroProblem(f.name)}
		}
	}
	names := slices.Sorted(maps.Keys(attrs))
	for _, name := range names {
		if !known[name] {
			return c, fmt.Errorf("%q is not a condition field", name)
		}
	}
	return c, nil
}

// fieldError is a problem with one field of a condition.
type fieldError struct{ field, detail string }

func (e *fieldError) Error() string { return e.field + " " + e.detail }
