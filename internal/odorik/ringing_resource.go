package odorik

import (
	"context"
	"errors"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber/numbertype"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourceid"
)

var (
	_ resource.ResourceWithConfigure   = &ringingResource{}
	_ resource.ResourceWithImportState = &ringingResource{}
)

// NewRingingResource is the telecom_odorik_ringing resource.
func NewRingingResource() resource.Resource { return &ringingResource{} }

type ringingResource struct {
	client *api.Client
}

type ringingModel struct {
	ID            types.String     `tfsdk:"id"`
	PublicNumber  numbertype.Value `tfsdk:"public_number"`
	RingingNumber numbertype.Value `tfsdk:"ringing_number"`
}

var ringingIDForm = []string{"public_number", "ringing_number"}

func (r *ringingResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_odorik_ringing"
}

func (r *ringingResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "One parallel-ringing target of an Odorik.cz public number: every call to `public_number` " +
			"also rings `ringing_number`. Declare one resource per target.\n\n" +
			"At Odorik a parallel ringing is a routing rule whose caller (`source_number`) is `*`, so it also shows " +
			"in the `telecom_odorik_routes` data source. Manage such a rule with this resource or with " +
			"`telecom_odorik_route`, not both. A target that is already set up is adopted on create.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				Computed:            true,
				MarkdownDescription: "`<public_number>/<ringing_number>`, with numbers in their `00…` form whatever their spelling in the configuration. Also the import ID.",
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"public_number": schema.StringAttribute{
				Required:   true,
				CustomType: numbertype.Type{},
				MarkdownDescription: "The public number, in international form (`00420533533533`; `+420533533533` is " +
					"accepted and kept as written), or a SIP name. Changing it replaces the ringing.",
				Validators:    []validator.String{numbertype.PublicNumber()},
				PlanModifiers: []planmodifier.String{numbertype.RequiresReplaceUnlessSameNumber()},
			},
			"ringing_number": schema.StringAttribute{
				Required:   true,
				CustomType: numbertype.Type{},
				MarkdownDescription: "The number that rings too: a number in international form, an Odorik line as " +
					"`*<line>`, or a SIP name. Changing it replaces the ringing.",
				Validators:    []validator.String{numbertype.Target()},
				PlanModifiers: []planmodifier.String{numbertype.RequiresReplaceUnlessSameNumber()},
			},
		},
	}
}

func (r *ringingResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	client, diags := clientFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	r.client = client
}

func (r *ringingResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan ringingModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if _, err := r.client.CreateRinging(ctx, plan.PublicNumber.Canonical(), plan.RingingNumber.Canonical()); err != nil {
		resp.Diagnostics.AddError("Error creating Odorik ringing",
			fmt.Sprintf("Could not add %s as a parallel ringing of %s: %s", plan.RingingNumber.ValueString(), plan.PublicNumber.ValueString(), err))
		return
	}
	plan.ID = ringingID(plan.PublicNumber, plan.RingingNumber)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *ringingResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state ringingModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ringing, err := r.client.Ringing(ctx, state.PublicNumber.Canonical(), state.RingingNumber.Canonical())
	if errors.Is(err, api.ErrNotFound) {
		resp.State.RemoveResource(ctx)
		return
	}
	if err != nil {
		resp.Diagnostics.AddError("Error reading Odorik ringing",
			fmt.Sprintf("Could not read the parallel ringing %s of %s: %s", state.RingingNumber.ValueString(), state.PublicNumber.ValueString(), err))
		return
	}
	state.RingingNumber = numbertype.New(ringing.RingingNumber)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

// Update is reached only when a number's spelling changed; no API call is needed.
func (r *ringingResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan ringingModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	plan.ID = ringingID(plan.PublicNumber, plan.RingingNumber)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *ringingResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state ringingModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := r.client.DeleteRinging(ctx, state.PublicNumber.Canonical(), state.RingingNumber.Canonical()); err != nil {
		resp.Diagnostics.AddError("Error deleting Odorik ringing",
			fmt.Sprintf("Could not remove the parallel ringing %s of %s: %s", state.RingingNumber.ValueString(), state.PublicNumber.ValueString(), err))
	}
}

func (r *ringingResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	parts, err := resourceid.Split(req.ID, ringingIDForm...)
	if err == nil {
		err = errors.Join(checkImportedNumber(parts[0]), checkImportedTarget(parts[1]))
	}
	if err != nil {
		resp.Diagnostics.AddError("Invalid import ID for telecom_odorik_ringing",
			fmt.Sprintf("%s. Expected %s, e.g. 00420533533533/*754321.", err, resourceid.Form(ringingIDForm...)))
		return
	}
	number, target := numbertype.New(parts[0]), numbertype.New(parts[1])
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), ringingID(number, target))...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("public_number"), number)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("ringing_number"), target)...)
}

// ringingID spells the numbers canonically, so the id stays the same when
// only the configuration's spelling changes.
func ringingID(number, target numbertype.Value) types.String {
	return types.StringValue(resourceid.Join(number.Canonical(), target.Canonical()))
}
