package odorik

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/identityschema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber"
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber/numbertype"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourceid"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

// maxSpeedDialName is the vendor's limit on a speed dial's name, in characters.
const maxSpeedDialName = 150

type speedDialResource struct{ resourcekit.Base[*api.Client] }

func (r *speedDialResource) Schema(context.Context) schema.Schema {
	return schema.Schema{
		MarkdownDescription: "An account-wide speed dial of Odorik.cz: dialling the `shortcut` from any line of the " +
			"account calls `number`. Every attribute changes in place, the shortcut too (the speed dial moves, " +
			"and its `id` with it).\n\n" +
			"Speed dials need the account-wide login: the provider's `odorik.user` must be the account id and " +
			"`odorik.password` its API password, not a line number with that line's SIP password.\n\n" +
			"When `shortcut` is given and the account already has an identical speed dial there (same number " +
			"and name), creating this resource adopts it instead of failing, and destroying the resource deletes it.",
		Attributes: map[string]schema.Attribute{
			"id": resourcekit.IDAttribute("The shortcut, as a string. It changes when the shortcut does. Also the import ID."),
			"shortcut": schema.Int64Attribute{
				Optional: true,
				Computed: true,
				MarkdownDescription: "The number dialled to reach `number`, a whole number of at least 1 (e.g. `9`). Left out, " +
					"the API assigns the lowest free one, and it is kept afterwards. Changing it moves the speed dial in place; " +
					"the API answers `shortcut_already_used` if another speed dial has it.",
				Validators:    []validator.Int64{int64validator.AtLeast(1)},
				PlanModifiers: []planmodifier.Int64{int64planmodifier.UseStateForUnknown()},
			},
			"number": schema.StringAttribute{
				Required:   true,
				CustomType: numbertype.Type{},
				MarkdownDescription: "What the speed dial calls: a number in international form (`00420737007770`; " +
					"`+420737007770` is accepted and kept as written), an Odorik line as `*<line>` (e.g. `*100`, " +
					"Odorik support), a service code, or a SIP name. Changes in place.",
				Validators: []validator.String{numbertype.Target()},
			},
			"name": schema.StringAttribute{
				Optional: true,
				MarkdownDescription: fmt.Sprintf("A name for the speed dial, 1 to %d characters (characters, not bytes). "+
					"Left out, the speed dial has none. Changes in place.", maxSpeedDialName),
				Validators: []validator.String{stringvalidator.UTF8LengthBetween(1, maxSpeedDialName)},
			},
		},
	}
}

// ModifyPlan makes the id follow the shortcut: known when the shortcut is,
// a new one when the shortcut moves.
func (r *speedDialResource) ModifyPlan(ctx context.Context, _ resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if resp.Plan.Raw.IsNull() {
		return // destroy
	}
	var shortcut types.Int64
	resp.Diagnostics.Append(resp.Plan.GetAttribute(ctx, path.Root("shortcut"), &shortcut)...)
	id := types.StringUnknown()
	if !shortcut.IsUnknown() && !shortcut.IsNull() {
		id = speedDialID(shortcut.ValueInt64())
	}
	resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root("id"), id)...)
}

func (r *speedDialResource) Identify(m speedDialModel) string {
	if m.Shortcut.IsNull() || m.Shortcut.IsUnknown() {
		return "a new speed dial to " + m.Number.ValueString()
	}
	return fmt.Sprintf("speed dial %d", m.Shortcut.ValueInt64())
}

func (r *speedDialResource) Create(ctx context.Context, plan *speedDialModel, _ speedDialModel) error {
	sd, err := r.Client.CreateSpeedDial(ctx, plan.toAPI())
	if err != nil {
		return err
	}
	// Number and name stay as planned (they were sent as they are); the
	// shortcut is what the API chose.
	plan.setShortcut(sd.Shortcut)
	return nil
}

func (r *speedDialResource) Read(ctx context.Context, state *speedDialModel) error {
	sd, err := r.Client.SpeedDial(ctx, state.Shortcut.ValueInt64())
	if err != nil {
		return err
	}
	// Semantic equality keeps the user's spelling of the number.
	state.fromAPI(sd)
	return nil
}

// Update sends only what changed (the API's PUT is partial): the number
// unless only its spelling changed, the name ("" clears it), the shortcut
// (which moves the speed dial).
func (r *speedDialResource) Update(ctx context.Context, plan *speedDialModel, state, _ speedDialModel) error {
	var ch api.SpeedDialChange
	if !phonenumber.Equal(plan.Number.ValueString(), state.Number.ValueString()) {
		number := plan.Number.Canonical()
		ch.Number = &number
	}
	if plan.Name.ValueString() != state.Name.ValueString() {
		name := plan.Name.ValueString()
		ch.Name = &name
	}
	if s := plan.Shortcut; !s.IsUnknown() && !s.IsNull() && s.ValueInt64() != state.Shortcut.ValueInt64() {
		shortcut := s.ValueInt64()
		ch.Shortcut = &shortcut
	}
	if ch == (api.SpeedDialChange{}) {
		plan.setShortcut(state.Shortcut.ValueInt64()) // a new spelling only: nothing to send
		return nil
	}
	sd, err := r.Client.UpdateSpeedDial(ctx, state.Shortcut.ValueInt64(), ch)
	if err != nil {
		return err
	}
	plan.setShortcut(sd.Shortcut)
	return nil
}

func (r *speedDialResource) Delete(ctx context.Context, state speedDialModel) error {
	return r.Client.DeleteSpeedDial(ctx, state.Shortcut.ValueInt64())
}

func (r *speedDialResource) ImportID() resourceid.Format {
	return resourceid.Format{
		Parts:   []string{"shortcut"},
		Example: "9",
		Hint:    "terraform query with the telecom_odorik_speed_dial list resource, or the Odorik web admin, lists the shortcuts",
	}
}

func (r *speedDialResource) Import(_ context.Context, parts []string) (resourcekit.Attributes, error) {
	shortcut, err := resourceid.PositiveInt("shortcut", parts[0])
	if err != nil {
		return nil, err
	}
	return resourcekit.Attributes{"id": speedDialID(shortcut), "shortcut": shortcut}, nil
}

func (r *speedDialResource) IdentitySchema() identityschema.Schema {
	return identityschema.Schema{Attributes: map[string]identityschema.Attribute{
		"shortcut": identityschema.Int64Attribute{RequiredForImport: true, Description: "The speed dial's shortcut."},
	}}
}

func (r *speedDialResource) Identity(_ context.Context, m speedDialModel) (resourcekit.Attributes, error) {
	return resourcekit.Attributes{"shortcut": m.Shortcut.ValueInt64()}, nil
}

func (r *speedDialResource) ListSchema() listschema.Schema {
	return listschema.Schema{
		MarkdownDescription: "Lists every account-wide speed dial; there are no filters. The listing is one request " +
			"and gives every attribute. Needs the account's API password, like the resource.",
	}
}

func (r *speedDialResource) List(ctx context.Context, _ tfsdk.Config, yield func(speedDialModel) bool) error {
	all, err := r.Client.SpeedDials(ctx)
	if err != nil {
		return err
	}
	for _, sd := range all {
		var m speedDialModel
		m.fromAPI(sd)
		if !yield(m) {
			return nil
		}
	}
	return nil
}

func (r *speedDialResource) DisplayName(m speedDialModel) string {
	if m.Name.IsNull() {
		return fmt.Sprintf("%d: %s", m.Shortcut.ValueInt64(), m.Number.ValueString())
	}
	return fmt.Sprintf("%d: %s (%s)", m.Shortcut.ValueInt64(), m.Name.ValueString(), m.Number.ValueString())
}
