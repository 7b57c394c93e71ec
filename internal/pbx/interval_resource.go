package pbx

import (
	"context"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

var (
	_ resourcekit.ConfigValidator = &intervalResource{}
)

// intervalObjects is where intervals live at the PBX.
var intervalObjects = object[intervalModel, api.Interval, *intervalModel]{kind: "interval", idAttr: "interval_id", collection: (*api.Client).Intervals}

type intervalResource struct {
	object[intervalModel, api.Interval, *intervalModel]
}

func (r *intervalResource) Schema(context.Context) schema.Schema {
	return schema.Schema{
		MarkdownDescription: "A Telphin cloud-PBX time interval: a named set of conditions on date and time, " +
			"evaluated in the interval's time zone, that other PBX rules (for example incoming-call rules) refer to.\n\n" +
			"**How conditions combine.** The fields of one condition combine with AND (`month = 7` with " +
			"`start_dow = 2`, `end_dow = 3` is Mondays and Tuesdays in July). The interval is in force when **any** " +
			"condition matches (OR between conditions). Fields other than `month` come in start/end pairs, and start " +
			"must be before end, except days of the week, which may wrap: `start_dow = 3`, `end_dow = 1` is every day " +
			"but Monday. Days of the week count from **1 = Sunday** to 7 = Saturday. A condition with " +
			"`start_datetime`/`end_datetime` is a fixed period and may have no other field (the PBX would ignore them).\n\n" +
			"The PBX answers unset fields as 0 or an empty string and times as `HH:MM:SS`; the provider reads those " +
			"back as null and as the spelling in your configuration, so they never show a diff. Changing any field " +
			"updates the interval in place (the whole condition list is sent); only a different `client_id` replaces it. " +
			"Changing only the spelling of a time (`09:00` to `09:00:00`) is an in-place update that makes no API call. " +
			"An import reads times as `HH:MM` (`HH:MM:SS` when the seconds are not zero), as the examples write them.",
		Attributes: map[string]schema.Attribute{
			"id":          resourcekit.IDAttribute("`<client_id>/<interval_id>`; also the import ID."),
			"interval_id": resourcekit.AssignedID("The PBX's id of the interval, which other PBX objects refer to."),
			"client_id":   clientIDAttribute(),
			"name": schema.StringAttribute{
				Required:            true,
				MarkdownDescription: "Name of the interval.",
				Validators:          []validator.String{notBlank()},
			},
			"timezone": schema.StringAttribute{
				Required:            true,
				MarkdownDescription: "IANA time zone the conditions are evaluated in, e.g. `Europe/Prague` or `UTC`.",
				Validators:          []validator.String{ianaTimezone()},
			},
			"conditions": schema.ListNestedAttribute{
				Required: true,
				MarkdownDescription: "When the interval is in force: any one condition matching is enough (OR). " +
					"At least one condition.",
				Validators:   []validator.List{listvalidator.SizeAtLeast(1)},
				NestedObject: schema.NestedAttributeObject{Attributes: conditionAttributes()},
			},
		},
	}
}

func conditionAttributes() map[string]schema.Attribute {
	str := func(desc string) schema.StringAttribute {
		return schema.StringAttribute{Optional: true, MarkdownDescription: desc}
	}
	num := func(desc string) schema.Int64Attribute {
		return schema.Int64Attribute{Optional: true, MarkdownDescription: desc}
	}
	tod := func(desc string) schema.StringAttribute {
		return schema.StringAttribute{Optional: true, CustomType: timeOfDayType{}, MarkdownDescription: desc}
	}
	return map[string]schema.Attribute{
		"start_datetime":    str("Start of a fixed period, `YYYY-MM-DD HH:MM:SS`. Set with `end_datetime` and no other field."),
		"end_datetime":      str("End of a fixed period, `YYYY-MM-DD HH:MM:SS`, after `start_datetime`."),
		"start_dow":         num("First day of the week, 1 = Sunday, 2 = Monday … 7 = Saturday. Set with `end_dow`."),
		"end_dow":           num("Last day of the week (1–7, 1 = Sunday). May be before `start_dow`: the range then wraps over the weekend."),
		"start_mday":        num("First day of the month, 1–31. Set with `end_mday`."),
		"end_mday":          num("Last day of the month, 1–31, greater than `start_mday`."),
		"month":             num("Month, 1 = January … 12. The only field that may stand alone."),
		"start_time":        tod("Start time of day, `HH:MM:SS` (`HH:MM` is accepted and equal). Set with `end_time`."),
		"end_time":          tod("End time of day, `HH:MM:SS` or `HH:MM`, later than `start_time` (a range cannot cross midnight: use two conditions)."),
		"sched_start_date":  str("Shift schedule: the date the first working block starts, `YYYY-MM-DD`. Set with `sched_active_days` and `sched_skip_days`."),
		"sched_active_days": num("Shift schedule: working days in each block, at least 1."),
		"sched_skip_days":   num("Shift schedule: days off after each working block, at least 1 (e.g. 1 on, 2 off)."),
	}
}

func (r *intervalResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	var conditions types.List
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("conditions"), &conditions)...)
	if resp.Diagnostics.HasError() {
		return
	}
	validateConditions(ctx, conditions, path.Root("conditions"), &resp.Diagnostics)
}

// Update makes no API call when only a time's spelling changed ("09:00" to
// "09:00:00"): the PBX already holds these values.
func (r *intervalResource) Update(ctx context.Context, plan *intervalModel, state, config intervalModel) error {
	in, diags := plan.toAPI(ctx)
	before, beforeDiags := state.toAPI(ctx)
	diags.Append(beforeDiags...)
	if diags.HasError() {
		return resourcekit.Diagnostics(diags)
	}
	if in.Name != before.Name || in.Timezone != before.Timezone || !slices.Equal(in.Conditions, before.Conditions) {
		return r.object.Update(ctx, plan, state, config)
	}
	tflog.Debug(ctx, "interval unchanged apart from the spelling of times; no API call")
	plan.setID(state.IntervalID.ValueInt64())
	return nil
}
