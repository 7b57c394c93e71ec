package pbx

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/interval"
)

type intervalModel struct {
	apiOwner   `tfsdk:"-"`
	ID         types.String `tfsdk:"id"`
	IntervalID types.Int64  `tfsdk:"interval_id"`
	ClientID   types.String `tfsdk:"client_id"`
	Name       types.String `tfsdk:"name"`
	Timezone   types.String `tfsdk:"timezone"`
	Conditions types.List   `tfsdk:"conditions"`
}

// conditionModel is one element of conditions. Null means "not set"; the
// API answers 0 or "" for those, which read back as null.
type conditionModel struct {
	StartDatetime   types.String `tfsdk:"start_datetime"`
	EndDatetime     types.String `tfsdk:"end_datetime"`
	StartDow        types.Int64  `tfsdk:"start_dow"`
	EndDow          types.Int64  `tfsdk:"end_dow"`
	StartMday       types.Int64  `tfsdk:"start_mday"`
	EndMday         types.Int64  `tfsdk:"end_mday"`
	Month           types.Int64  `tfsdk:"month"`
	StartTime       timeOfDay    `tfsdk:"start_time"`
	EndTime         timeOfDay    `tfsdk:"end_time"`
	SchedStartDate  types.String `tfsdk:"sched_start_date"`
	SchedActiveDays types.Int64  `tfsdk:"sched_active_days"`
	SchedSkipDays   types.Int64  `tfsdk:"sched_skip_days"`
}

var conditionAttrTypes = map[string]attr.Type{
	interval.FieldStartDatetime:   types.StringType,
	interval.FieldEndDatetime:     types.StringType,
	interval.FieldStartDow:        types.Int64Type,
	interval.FieldEndDow:          types.Int64Type,
	interval.FieldStartMday:       types.Int64Type,
	interval.FieldEndMday:         types.Int64Type,
	interval.FieldMonth:           types.Int64Type,
	interval.FieldStartTime:       timeOfDayType{},
	interval.FieldEndTime:         timeOfDayType{},
	interval.FieldSchedStartDate:  types.StringType,
	interval.FieldSchedActiveDays: types.Int64Type,
	interval.FieldSchedSkipDays:   types.Int64Type,
}

var conditionObjectType = types.ObjectType{AttrTypes: conditionAttrTypes}

// semantic is the condition as package interval sees it, with a function
// that tells which fields are still unknown.
func (m conditionModel) semantic() (interval.Condition, interval.Unknown) {
	unknown := map[string]bool{}
	str := func(field string, v basetypes.StringValue) string {
		if v.IsUnknown() {
			unknown[field] = true
		}
		return v.ValueString()
	}
	num := func(field string, v types.Int64) int64 {
		if v.IsUnknown() {
			unknown[field] = true
		}
		return v.ValueInt64()
	}
	c := interval.Condition{
		StartDatetime:   str(interval.FieldStartDatetime, m.StartDatetime),
		EndDatetime:     str(interval.FieldEndDatetime, m.EndDatetime),
		StartDow:        num(interval.FieldStartDow, m.StartDow),
		EndDow:          num(interval.FieldEndDow, m.EndDow),
		StartMday:       num(interval.FieldStartMday, m.StartMday),
		EndMday:         num(interval.FieldEndMday, m.EndMday),
		Month:           num(interval.FieldMonth, m.Month),
		StartTime:       str(interval.FieldStartTime, m.StartTime.StringValue),
		EndTime:         str(interval.FieldEndTime, m.EndTime.StringValue),
		SchedStartDate:  str(interval.FieldSchedStartDate, m.SchedStartDate),
		SchedActiveDays: num(interval.FieldSchedActiveDays, m.SchedActiveDays),
		SchedSkipDays:   num(interval.FieldSchedSkipDays, m.SchedSkipDays),
	}
	return c, func(field string) bool { return unknown[field] }
}

// explicitZeros lists the fields written as 0 or "": the API cannot store
// them (0 and "" mean "not set" there), so the configuration would never
// match what is read back.
func (m conditionModel) explicitZeros() []string {
	var out []string
	for _, f := range []struct {
		name string
		zero bool
	}{
		{interval.FieldStartDatetime, isEmptyString(m.StartDatetime)},
		{interval.FieldEndDatetime, isEmptyString(m.EndDatetime)},
		{interval.FieldStartDow, isZero(m.StartDow)},
		{interval.FieldEndDow, isZero(m.EndDow)},
		{interval.FieldStartMday, isZero(m.StartMday)},
		{interval.FieldEndMday, isZero(m.EndMday)},
		{interval.FieldMonth, isZero(m.Month)},
		{interval.FieldStartTime, isEmptyString(m.StartTime.StringValue)},
		{interval.FieldEndTime, isEmptyString(m.EndTime.StringValue)},
		{interval.FieldSchedStartDate, isEmptyString(m.SchedStartDate)},
		{interval.FieldSchedActiveDays, isZero(m.SchedActiveDays)},
		{interval.FieldSchedSkipDays, isZero(m.SchedSkipDays)},
	} {
		if f.zero {
			out = append(out, f.name)
		}
	}
	return out
}

func isZero(v types.Int64) bool { return !v.IsNull() && !v.IsUnknown() && v.ValueInt64() == 0 }

func isEmptyString(v basetypes.StringValue) bool {
	return !v.IsNull() && !v.IsUnknown() && v.ValueString() == ""
}

// wire is the condition as sent: times in the API's HH:MM:SS spelling.
func (m conditionModel) wire() api.Condition {
	c, _ := m.semantic()
	return api.Condition{
		StartDatetime: c.StartDatetime, EndDatetime: c.EndDatetime,
		StartDow: c.StartDow, EndDow: c.EndDow,
		StartMday: c.StartMday, EndMday: c.EndMday,
		Month:     c.Month,
		StartTime: m.StartTime.Canonical(), EndTime: m.EndTime.Canonical(),
		SchedStartDate: c.SchedStartDate, SchedActiveDays: c.SchedActiveDays, SchedSkipDays: c.SchedSkipDays,
	}
}

// conditionFromAPI is the condition as the API answered it. Times read back
// as HH:MM when their seconds are zero; where state or the plan holds
// another spelling of the same time, semantic equality keeps that one.
func conditionFromAPI(c api.Condition) conditionModel {
	return conditionModel{
		StartDatetime: stringFromAPI(c.StartDatetime), EndDatetime: stringFromAPI(c.EndDatetime),
		StartDow: int64FromAPI(c.StartDow), EndDow: int64FromAPI(c.EndDow),
		StartMday: int64FromAPI(c.StartMday), EndMday: int64FromAPI(c.EndMday),
		Month:     int64FromAPI(c.Month),
		StartTime: timeOfDayFromAPI(interval.ReadBackTime(c.StartTime)), EndTime: timeOfDayFromAPI(interval.ReadBackTime(c.EndTime)),
		SchedStartDate:  stringFromAPI(c.SchedStartDate),
		SchedActiveDays: int64FromAPI(c.SchedActiveDays), SchedSkipDays: int64FromAPI(c.SchedSkipDays),
	}
}

// The API answers 0 and "" for unset fields; no valid value is 0 or "".
func stringFromAPI(s string) types.String {
	if s == "" {
		return types.StringNull()
	}
	return types.StringValue(s)
}

func int64FromAPI(n int64) types.Int64 {
	if n == 0 {
		return types.Int64Null()
	}
	return types.Int64Value(n)
}

// toAPI is the interval to send.
func (m intervalModel) toAPI(ctx context.Context) (api.Interval, diag.Diagnostics) {
	var conds []conditionModel
	diags := m.Conditions.ElementsAs(ctx, &conds, false)
	out := api.Interval{Name: m.Name.ValueString(), Timezone: m.Timezone.ValueString(), Conditions: make([]api.Condition, 0, len(conds))}
	for _, c := range conds {
		out.Conditions = append(out.Conditions, c.wire())
	}
	return out, diags
}

// fromAPI copies what the API answered into the model.
func (m *intervalModel) fromAPI(ctx context.Context, in api.Interval) diag.Diagnostics {
	conds := make([]conditionModel, 0, len(in.Conditions))
	for _, c := range in.Conditions {
		conds = append(conds, conditionFromAPI(c))
	}
	list, diags := types.ListValueFrom(ctx, conditionObjectType, conds)
	m.Name = types.StringValue(in.Name)
	m.Timezone = types.StringValue(in.Timezone)
	m.Conditions = list
	m.setID(in.ID)
	return diags
}

func (m *intervalModel) ref() (string, int64) {
	return m.ClientID.ValueString(), m.IntervalID.ValueInt64()
}

func (m *intervalModel) setID(id int64) {
	m.IntervalID = types.Int64Value(id)
	m.ID = objectID(m.ClientID.ValueString(), id)
}

func (m *intervalModel) name() string { return m.Name.ValueString() }

func (m *intervalModel) setClientID(clientID string) { m.ClientID = types.StringValue(clientID) }
