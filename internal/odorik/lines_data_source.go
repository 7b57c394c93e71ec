package odorik

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

type linesDataSource struct{ resourcekit.Base[*api.Client] }

type linesModel struct {
	Lines []lineModel `tfsdk:"lines"`
}

// lineModel is one line. It has no field for the SIP password, which the
// API answers in clear: api.Line drops it while reading the answer.
type lineModel struct {
	ID                    types.String `tfsdk:"id"`
	Name                  types.String `tfsdk:"name"`
	CallerID              types.String `tfsdk:"caller_id"`
	PublicNumber          types.String `tfsdk:"public_number"`
	ActiveVoicemail       types.Bool   `tfsdk:"active_voicemail"`
	ActiveCallRecording   types.Bool   `tfsdk:"active_call_recording"`
	ActiveMissedCallEmail types.Bool   `tfsdk:"active_missed_call_email"`
	ActiveFlags           types.Map    `tfsdk:"active_flags"`
}

func (d *linesDataSource) Schema(context.Context) schema.Schema {
	flag := func(what string) schema.BoolAttribute {
		return schema.BoolAttribute{
			Computed:            true,
			MarkdownDescription: "Whether " + what + " is on. Null when the API does not answer this flag.",
		}
	}
	return schema.Schema{
		MarkdownDescription: "The lines of the Odorik.cz account, with their settings. With a line login (`odorik.user` " +
			"a line number) only that line is listed.\n\n" +
			"The API also answers each line's SIP password in clear: this data source drops it, so it reaches " +
			"neither the state, nor the plan, nor the logs.",
		Attributes: map[string]schema.Attribute{
			"lines": resourcekit.ComputedList("The lines, in the order the API lists them.", map[string]schema.Attribute{
				"id": schema.StringAttribute{
					Computed:            true,
					MarkdownDescription: "The line number in the Odorik network (6 digits, e.g. `790766`); another line dials it as `*<id>`, the way `ringing_number` and `number` take it.",
				},
				"name": schema.StringAttribute{Computed: true, MarkdownDescription: "The line's name; `\"\"` when it has none."},
				"caller_id": schema.StringAttribute{
					Computed:            true,
					MarkdownDescription: "The number shown to the people the line calls, in international form (`00420…`); `\"\"` when none is set.",
				},
				"public_number": schema.StringAttribute{
					Computed:            true,
					MarkdownDescription: "The public number that rings the line, in international form; `\"\"` when it has none.",
				},
				"active_voicemail":         flag("the line's voicemail"),
				"active_call_recording":    flag("call recording"),
				"active_missed_call_email": flag("the e-mail about missed calls"),
				"active_flags": schema.MapAttribute{
					Computed:    true,
					ElementType: types.BoolType,
					MarkdownDescription: "Every on/off setting (`active_*`) the API answered for the line, by its name, " +
						"including any this provider has no attribute for. The API's flag names and types are not documented: " +
						"`true`/`false`, `\"true\"`/`\"false\"`, `1`/`0` are read, other values are left out.",
				},
			}),
		},
	}
}

func (d *linesDataSource) Identify(linesModel) string {
	return "the account's lines"
}

func (d *linesDataSource) Read(ctx context.Context, m *linesModel) error {
	lines, err := d.Client.Lines(ctx)
	if err != nil {
		return err
	}
	m.Lines = make([]lineModel, 0, len(lines))
	for _, l := range lines {
		flags := make(map[string]attr.Value, len(l.Flags))
		for name, on := range l.Flags {
			flags[name] = types.BoolValue(on)
		}
		all, diags := types.MapValue(types.BoolType, flags)
		if diags.HasError() {
			return resourcekit.Diagnostics(diags)
		}
		m.Lines = append(m.Lines, lineModel{
			ID:                    types.StringValue(l.ID),
			Name:                  types.StringValue(l.Name),
			CallerID:              types.StringValue(l.CallerID),
			PublicNumber:          types.StringValue(l.PublicNumber),
			ActiveVoicemail:       flagValue(l.Flags, "voicemail"),
			ActiveCallRecording:   flagValue(l.Flags, "call_recording"),
			ActiveMissedCallEmail: flagValue(l.Flags, "missed_call_email"),
			ActiveFlags:           all,
		})
	}
	return nil
}

// flagValue is the flag active_<name>; null when the API did not answer it.
func flagValue(flags map[string]bool, name string) types.Bool {
	on, ok := flags[api.FlagPrefix+name]
	if !ok {
		return types.BoolNull()
	}
	return types.BoolValue(on)
}
