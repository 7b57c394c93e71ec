package odorik

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber/numbertype"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourceid"
)

var (
	_ resource.ResourceWithConfigure   = &routeResource{}
	_ resource.ResourceWithImportState = &routeResource{}
)

// NewRouteResource is the telecom_odorik_route resource.
func NewRouteResource() resource.Resource { return &routeResource{} }

type routeResource struct {
	client *api.Client
}

type routeModel struct {
	ID            types.String     `tfsdk:"id"`
	PublicNumber  numbertype.Value `tfsdk:"public_number"`
	SourceNumber  numbertype.Value `tfsdk:"source_number"`
	RingingNumber numbertype.Value `tfsdk:"ringing_number"`
	RouteID       types.Int64      `tfsdk:"route_id"`
}

var routeIDForm = []string{"public_number", "route_id"}

func (r *routeResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_odorik_route"
}

func (r *routeResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "A call-routing rule on an Odorik.cz public number: calls to `public_number` from " +
			"`source_number` (or from anyone, `*`) ring `ringing_number`. A rule for a specific caller wins over " +
			"the `*` rule. The API cannot change a rule, so changing a number replaces the rule.\n\n" +
			"A parallel ringing is a rule whose `source_number` is `*`: manage those either with this resource " +
			"or with `telecom_odorik_ringing`, not both, or the two will fight over the same rule.\n\n" +
			"If an identical rule (same public number, caller and target) already exists, creating this resource " +
			"adopts it instead of adding a duplicate, and destroying the resource deletes it.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				Computed:            true,
				MarkdownDescription: "`<public_number>/<route_id>`, with the number in its `00…` form whatever its spelling in the configuration. Also the import ID.",
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"public_number": schema.StringAttribute{
				Required:   true,
				CustomType: numbertype.Type{},
				MarkdownDescription: "The public number the rule belongs to, in international form (`00420533533533`; " +
					"`+420533533533` is accepted and kept as written), or a SIP name. Changing it replaces the rule.",
				Validators:    []validator.String{numbertype.PublicNumber()},
				PlanModifiers: []planmodifier.String{numbertype.RequiresReplaceUnlessSameNumber()},
			},
			"source_number": schema.StringAttribute{
				Required:   true,
				CustomType: numbertype.Type{},
				MarkdownDescription: "The caller the rule applies to: `*` for any caller (lower priority than a " +
					"specific number), or a caller's number in international form. Changing it replaces the rule.",
				Validators:    []validator.String{numbertype.CallerNumber()},
				PlanModifiers: []planmodifier.String{numbertype.RequiresReplaceUnlessSameNumber()},
			},
			"ringing_number": schema.StringAttribute{
				Required:   true,
				CustomType: numbertype.Type{},
				MarkdownDescription: "Where the call goes: a number in international form, an Odorik line as " +
					"`*<line>` (e.g. `*754321`), a service code such as `*087<number>` (forward keeping the caller " +
					"id), or a SIP name. Changing it replaces the rule.",
				Validators:    []validator.String{numbertype.Target()},
				PlanModifiers: []planmodifier.String{numbertype.RequiresReplaceUnlessSameNumber()},
			},
			"route_id": schema.Int64Attribute{
				Computed:            true,
				MarkdownDescription: "The API's id of the rule.",
				PlanModifiers:       []planmodifier.Int64{int64planmodifier.UseStateForUnknown()},
			},
		},
	}
}

func (r *routeResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	client, diags := clientFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	r.client = client
}

func (r *routeResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan routeModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	route, err := r.client.CreateRoute(ctx, plan.PublicNumber.Canonical(), plan.SourceNumber.Canonical(), plan.RingingNumber.Canonical())
	if err != nil {
		resp.Diagnostics.AddError("Error creating Odorik route",
			fmt.Sprintf("Could not add the rule %s -> %s on %s: %s", plan.SourceNumber.ValueString(), plan.RingingNumber.ValueString(), plan.PublicNumber.ValueString(), err))
		return
	}
	plan.RouteID = types.Int64Value(route.ID)
	plan.ID = routeID(plan.PublicNumber, route.ID)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *routeResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state routeModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	route, err := r.client.Route(ctx, state.PublicNumber.Canonical(), state.RouteID.ValueInt64())
	if errors.Is(err, api.ErrNotFound) {
		resp.State.RemoveResource(ctx)
		return
	}
	if err != nil {
		resp.Diagnostics.AddError("Error reading Odorik route",
			fmt.Sprintf("Could not read rule %d of %s: %s", state.RouteID.ValueInt64(), state.PublicNumber.ValueString(), err))
		return
	}
	// Semantic equality keeps the user's spelling when these only differ in it.
	state.SourceNumber = numbertype.New(route.SourceNumber)
	state.RingingNumber = numbertype.New(route.RingingNumber)
	state.ID = routeID(state.PublicNumber, route.ID)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

// Update is reached only when a number's spelling changed ("+420…" to
// "00420…"): every real change replaces the rule. No API call is needed.
func (r *routeResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state routeModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	plan.RouteID = state.RouteID
	plan.ID = routeID(plan.PublicNumber, state.RouteID.ValueInt64())
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *routeResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state routeModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := r.client.DeleteRoute(ctx, state.PublicNumber.Canonical(), state.RouteID.ValueInt64()); err != nil {
		resp.Diagnostics.AddError("Error deleting Odorik route",
			fmt.Sprintf("Could not delete rule %d of %s: %s", state.RouteID.ValueInt64(), state.PublicNumber.ValueString(), err))
	}
}

func (r *routeResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	parts, err := resourceid.Split(req.ID, routeIDForm...)
	var id int64
	if err == nil {
		id, err = strconv.ParseInt(parts[1], 10, 64)
		if err != nil || id <= 0 {
			err = fmt.Errorf("route_id %q in %q must be a positive whole number; expected %s, e.g. 00420533533533/123", parts[1], req.ID, resourceid.Form(routeIDForm...))
		}
	}
	if err == nil {
		err = checkImportedNumber(parts[0])
	}
	if err != nil {
		resp.Diagnostics.AddError("Invalid import ID for telecom_odorik_route",
			fmt.Sprintf("%s. Expected %s, e.g. 00420533533533/123 (see the ids in the telecom_odorik_routes data source).", err, resourceid.Form(routeIDForm...)))
		return
	}
	number := numbertype.New(parts[0])
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), routeID(number, id))...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("public_number"), number)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("route_id"), id)...)
}

// routeID spells the number canonically, so the id stays the same when only
// the configuration's spelling of the number changes.
func routeID(number numbertype.Value, id int64) types.String {
	return types.StringValue(resourceid.Join(number.Canonical(), strconv.FormatInt(id, 10)))
}
