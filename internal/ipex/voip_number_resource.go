package ipex

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework-validators/float64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/float64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/semanticstring"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

var (
	_ resource.ResourceWithConfigure   = &voipNumberResource{}
	_ resource.ResourceWithImportState = &voipNumberResource{}
)

// Default waits for an order, per operation.
const defaultOrderTimeout = 20 * time.Minute

// CLIR values of the legacy API [doc, for mobile numbers].
var clirValues = []string{"permanent", "temporaryAllowed", "temporaryRestricted"}

// NewVoIPNumberResource is the telecom_ipex_voip_number resource.
func NewVoIPNumberResource() resource.Resource { return &voipNumberResource{} }

type voipNumberResource struct {
	client *api.Client
}

type voipNumberModel struct {
	ID                   types.String   `tfsdk:"id"`
	Number               numberValue    `tfsdk:"number"`
	CustomerID           types.Int64    `tfsdk:"customer_id"`
	ProfileID            types.Int64    `tfsdk:"profile_id"`
	TariffPlanID         types.Int64    `tfsdk:"tariff_plan_id"`
	CLIR                 types.String   `tfsdk:"clir"`
	InternationalLimit   types.Float64  `tfsdk:"international_limit"`
	SIPPasswordWO        types.String   `tfsdk:"sip_password_wo"`
	SIPPasswordWOVersion types.Int64    `tfsdk:"sip_password_wo_version"`
	Status               types.String   `tfsdk:"status"`
	RequestID            types.Int64    `tfsdk:"request_id"`
	Timeouts             timeouts.Value `tfsdk:"timeouts"`
}

func (r *voipNumberResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_ipex_voip_number"
}

func (r *voipNumberResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	positive := []validator.Int64{int64validator.AtLeast(1)}
	resp.Schema = schema.Schema{
		MarkdownDescription: "An IPEX VoIP (landline) number. Creating it, changing it and destroying it are " +
			"**orders** at IPEX: the provider places the order and waits until it is `finished` (polling " +
			"`/v1/requests/{id}`, within the `timeouts`, 20 minutes each for create, update and delete by default). An order that ends in `error` or is canceled fails the " +
			"apply with the order's message.\n\n" +
			"**Destroy deactivates the number for good.** Its technical settings are deleted, and the number may " +
			"not be available again for months. Use `prevent_destroy` on numbers in use.\n\n" +
			"`profile_id`, `tariff_plan_id`, `clir` and `international_limit` show IPEX's values when the " +
			"configuration leaves them out; removing one from the configuration leaves its value at IPEX as it is " +
			"(the API changes only the fields it is sent).\n\n" +
			"If an apply stops after the order was placed (a timeout, an interrupted run), the next apply finds the " +
			"number at IPEX and takes it over instead of ordering it again.\n\n" +
			"The REST field names of a VoIP number are not published by IPEX; the provider uses the names of the " +
			"older SOAP API in camelCase (`customerId`, `profileId`, `tariffPlanId`, `clir`, " +
			"`antifraud.internationalLimit`, `provisioningAttributes.password`).",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				Computed:            true,
				MarkdownDescription: "The number in national form (9 digits); also the import ID.",
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"number": schema.StringAttribute{
				Required:   true,
				CustomType: numberType{},
				MarkdownDescription: "The number: 9 digits, optionally after `+420` or `00420` (the spelling is kept and " +
					"does not cause a diff). Changing it replaces the resource.",
				Validators:    []validator.String{numberValidator{}},
				PlanModifiers: []planmodifier.String{replaceUnlessSameNumber()},
			},
			"customer_id": schema.Int64Attribute{
				Required:            true,
				MarkdownDescription: "IPEX customer the number belongs to. Changing it replaces the resource.",
				Validators:          positive,
				PlanModifiers:       []planmodifier.Int64{int64planmodifier.RequiresReplace()},
			},
			"profile_id": schema.Int64Attribute{
				Optional:            true,
				Computed:            true,
				PlanModifiers:       []planmodifier.Int64{int64planmodifier.UseStateForUnknown()},
				MarkdownDescription: "VoIP profile (see `telecom_ipex_voip_profiles`). IPEX may refuse to activate a number without one. Changed in place by an order.",
				Validators:          positive,
			},
			"tariff_plan_id": schema.Int64Attribute{
				Optional:            true,
				Computed:            true,
				PlanModifiers:       []planmodifier.Int64{int64planmodifier.UseStateForUnknown()},
				MarkdownDescription: "Tariff plan (from IPEX's `/v1/tariffPlans`). IPEX may refuse to activate a number without one. Changed in place by an order.",
				Validators:          positive,
			},
			"clir": schema.StringAttribute{
				Optional:            true,
				Computed:            true,
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
				MarkdownDescription: "Caller id restriction: `permanent`, `temporaryAllowed` or `temporaryRestricted`. Changed in place by an order.",
				Validators:          []validator.String{stringvalidator.OneOf(clirValues...)},
			},
			"international_limit": schema.Float64Attribute{
				Optional:            true,
				Computed:            true,
				PlanModifiers:       []planmodifier.Float64{float64planmodifier.UseStateForUnknown()},
				MarkdownDescription: "Anti-fraud spending limit for international calls, in CZK. Changed in place by an order.",
				Validators:          []validator.Float64{float64validator.AtLeast(0)},
			},
			"sip_password_wo": schema.StringAttribute{
				Optional:  true,
				WriteOnly: true,
				Sensitive: true,
				MarkdownDescription: "SIP password of the line. Write-only (Terraform 1.11+): sent to IPEX, never stored in " +
					"the state. Give it from an ephemeral variable or an ephemeral resource: Terraform itself copies a " +
					"literal or an ordinary variable into the saved plan. It is sent on create, and on update when " +
					"`sip_password_wo_version` changes.",
				Validators: []validator.String{stringvalidator.LengthAtLeast(8)},
			},
			"sip_password_wo_version": schema.Int64Attribute{
				Optional: true,
				MarkdownDescription: "Any number; change it to send `sip_password_wo` again (an in-place change order). " +
					"Requires `sip_password_wo`: a version without a password would send nothing.",
				Validators: []validator.Int64{int64validator.AlsoRequires(path.MatchRoot("sip_password_wo"))},
			},
			"status": schema.StringAttribute{
				Computed:            true,
				MarkdownDescription: "The number's status at IPEX: `prepared`, `active`, `limited`, `stopped`, ….",
			},
			"request_id": schema.Int64Attribute{
				Computed:            true,
				MarkdownDescription: "Id of the last order this resource placed (`/v1/requests/{id}`); null when the number was taken over or imported.",
			},
		},
		Blocks: map[string]schema.Block{
			"timeouts": timeouts.Block(ctx, timeouts.Opts{Create: true, Update: true, Delete: true}),
		},
	}
}

func (r *voipNumberResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	client, diags := clientFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	r.client = client
}

// settings is the number as the plan wants it; unknown and null values
// (settings left to IPEX) are not sent.
func (m voipNumberModel) settings() api.VoIPNumber {
	return api.VoIPNumber{
		Number: m.Number.Canonical(), CustomerID: known(m.CustomerID.ValueInt64Pointer(), m.CustomerID),
		ProfileID: known(m.ProfileID.ValueInt64Pointer(), m.ProfileID), TariffPlanID: known(m.TariffPlanID.ValueInt64Pointer(), m.TariffPlanID),
		CLIR: known(m.CLIR.ValueStringPointer(), m.CLIR), InternationalLimit: known(m.InternationalLimit.ValueFloat64Pointer(), m.InternationalLimit),
	}
}

// known is p, or nil when v is unknown.
func known[T any](p *T, v interface{ IsUnknown() bool }) *T {
	if v.IsUnknown() {
		return nil
	}
	return p
}

// fillFromAPI sets the settings the plan left to IPEX (unknown) from what
// IPEX answered, and takes every value IPEX sends.
func (m *voipNumberModel) fillFromAPI(got api.VoIPNumber) {
	if got.ProfileID != nil || m.ProfileID.IsUnknown() {
		m.ProfileID = types.Int64PointerValue(got.ProfileID)
	}
	if got.TariffPlanID != nil || m.TariffPlanID.IsUnknown() {
		m.TariffPlanID = types.Int64PointerValue(got.TariffPlanID)
	}
	if got.CLIR != nil || m.CLIR.IsUnknown() {
		m.CLIR = types.StringPointerValue(got.CLIR)
	}
	if got.InternationalLimit != nil || m.InternationalLimit.IsUnknown() {
		m.InternationalLimit = types.Float64PointerValue(got.InternationalLimit)
	}
	if got.CustomerID != nil {
		m.CustomerID = types.Int64Value(*got.CustomerID)
	}
	m.Status = types.StringValue(got.Status)
}

func (r *voipNumberResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan voipNumberModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	var password types.String
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("sip_password_wo"), &password)...)
	if resp.Diagnostics.HasError() {
		return
	}
	timeout, diags := plan.Timeouts.Create(ctx, defaultOrderTimeout)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	want := plan.settings()

	requestID, err := r.orderOrTakeOver(ctx, want, password.ValueString())
	if err != nil {
		resp.Diagnostics.AddError("Error creating IPEX VoIP number", fmt.Sprintf("Could not activate %s: %s", want.Number, err))
		return
	}
	got, err := r.client.Number(ctx, want.Number)
	if err != nil {
		resp.Diagnostics.AddError("Error reading IPEX VoIP number", fmt.Sprintf("%s was activated, but reading it failed: %s", want.Number, err))
		return
	}
	plan.ID = types.StringValue(want.Number)
	plan.fillFromAPI(got)
	plan.RequestID = types.Int64PointerValue(requestID)
	plan.SIPPasswordWO = types.StringNull()
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

// orderOrTakeOver activates the number, unless IPEX already has it (an
// earlier apply placed the order and stopped): then it is taken over, and
// changed by an order if its settings differ. The id of the order placed,
// if any, is returned.
func (r *voipNumberResource) orderOrTakeOver(ctx context.Context, want api.VoIPNumber, password string) (*int64, error) {
	existing, err := r.client.Number(ctx, want.Number)
	switch {
	case err == nil && existing.Status != "canceled":
		if existing.CustomerID != nil && *existing.CustomerID != *want.CustomerID {
			return nil, fmt.Errorf("IPEX already has %s for customer %d, not %d; import it or change customer_id", want.Number, *existing.CustomerID, *want.CustomerID)
		}
		if sameSettings(existing, want) && password == "" {
			return nil, nil
		}
		id, err := r.client.ChangeNumber(ctx, want, password)
		return waitIfOrdered(ctx, r.client, id, err)
	case err != nil && !errors.Is(err, api.ErrNotFound):
		return nil, err
	}
	// Never repeated blindly: a lost answer is checked by looking the
	// number up, and an order found in flight is not placed again.
	var id int64
	err = transport.WriteOnce(ctx, r.client.Config().Transport,
		func() error {
			var err error
			id, err = r.client.OrderNumber(ctx, want, password)
			return err
		},
		func() (bool, error) {
			n, err := r.client.Number(ctx, want.Number)
			if errors.Is(err, api.ErrNotFound) {
				return false, nil
			}
			return err == nil && n.Status != "canceled", err
		})
	return waitIfOrdered(ctx, r.client, id, err)
}

func waitIfOrdered(ctx context.Context, c *api.Client, id int64, err error) (*int64, error) {
	if err != nil || id == 0 {
		return nil, err
	}
	if _, err := c.WaitForOrder(ctx, id); err != nil {
		return &id, err
	}
	return &id, nil
}

// sameSettings: every setting the plan names has the planned value.
func sameSettings(got, want api.VoIPNumber) bool {
	eqI := func(a, b *int64) bool { return b == nil || (a != nil && *a == *b) }
	eqS := func(a, b *string) bool { return b == nil || (a != nil && *a == *b) }
	eqF := func(a, b *float64) bool { return b == nil || (a != nil && *a == *b) }
	return eqI(got.ProfileID, want.ProfileID) && eqI(got.TariffPlanID, want.TariffPlanID) && eqS(got.CLIR, want.CLIR) &&
		eqF(got.InternationalLimit, want.InternationalLimit)
}

func (r *voipNumberResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state voipNumberModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	got, err := r.client.Number(ctx, state.Number.Canonical())
	if errors.Is(err, api.ErrNotFound) || (err == nil && got.Status == "canceled") {
		resp.State.RemoveResource(ctx) // gone, or deactivated: not ours any more
		return
	}
	if err != nil {
		resp.Diagnostics.AddError("Error reading IPEX VoIP number", fmt.Sprintf("Could not read %s: %s", state.Number.ValueString(), err))
		return
	}
	// The field names are inferred: only values IPEX actually sends replace
	// the state's, so a name that turns out wrong cannot cause a diff.
	state.fillFromAPI(got)
	state.ID = types.StringValue(state.Number.Canonical())
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *voipNumberResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state voipNumberModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	var password types.String
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("sip_password_wo"), &password)...)
	if resp.Diagnostics.HasError() {
		return
	}
	timeout, diags := plan.Timeouts.Update(ctx, defaultOrderTimeout)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	// The password goes along only when its version changed.
	sendPassword := ""
	if !plan.SIPPasswordWOVersion.Equal(state.SIPPasswordWOVersion) {
		sendPassword = password.ValueString()
	}
	want := plan.settings()
	plan.RequestID = state.RequestID
	if !sameSettings(state.settings(), want) || sendPassword != "" {
		id, err := r.client.ChangeNumber(ctx, want, sendPassword)
		ordered, err := waitIfOrdered(ctx, r.client, id, err)
		if err != nil {
			resp.Diagnostics.AddError("Error changing IPEX VoIP number", fmt.Sprintf("Could not change %s: %s", want.Number, err))
			return
		}
		if ordered != nil {
			plan.RequestID = types.Int64Value(*ordered)
		}
	}
	got, err := r.client.Number(ctx, want.Number)
	if err != nil {
		resp.Diagnostics.AddError("Error reading IPEX VoIP number", fmt.Sprintf("%s was changed, but reading it failed: %s", want.Number, err))
		return
	}
	plan.ID = state.ID
	plan.fillFromAPI(got)
	plan.SIPPasswordWO = types.StringNull()
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *voipNumberResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state voipNumberModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	timeout, diags := state.Timeouts.Delete(ctx, defaultOrderTimeout)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	number := state.Number.Canonical()
	id, err := r.client.DeactivateNumber(ctx, number)
	if errors.Is(err, api.ErrNotFound) {
		return // already gone
	}
	if _, err := waitIfOrdered(ctx, r.client, id, err); err != nil {
		// Refused because it is already canceled (deactivated outside this
		// run, or in a destroy without refresh)? Then it is gone anyway.
		if n, lookErr := r.client.Number(ctx, number); errors.Is(lookErr, api.ErrNotFound) || (lookErr == nil && n.Status == "canceled") {
			return
		}
		resp.Diagnostics.AddError("Error deactivating IPEX VoIP number", fmt.Sprintf("Could not deactivate %s: %s", number, err))
	}
}

func (r *voipNumberResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	if !nationalPattern.MatchString(national(req.ID)) {
		resp.Diagnostics.AddError("Invalid import ID for telecom_ipex_voip_number",
			fmt.Sprintf("%q is not a number. Expected the number: 9 digits, optionally after +420 or 00420, e.g. 601123456.", req.ID))
		return
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("number"), semanticstring.New[numberSpelling](req.ID))...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), national(req.ID))...)
}
