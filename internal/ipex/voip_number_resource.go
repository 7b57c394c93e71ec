package ipex

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework-validators/float64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource/identityschema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/float64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourceid"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/semanticstring"
)

// Default waits for an order, per operation.
const defaultOrderTimeout = 20 * time.Minute

// CLIR values of the legacy API [doc, for mobile numbers].
var clirValues = []string{"permanent", "temporaryAllowed", "temporaryRestricted"}

// voipNumberVerbs: creating, changing and destroying a number are orders.
var voipNumberVerbs = resourcekit.Verbs{
	Create: resourcekit.Verb{Do: "activate", Doing: "creating"},
	Update: resourcekit.Verb{Do: "change", Doing: "changing"},
	Delete: resourcekit.Verb{Do: "deactivate", Doing: "deactivating"},
}

type voipNumberResource struct{ resourcekit.Base[*api.Client] }

var (
	_ resourcekit.Discoverable[voipNumberModel] = &voipNumberResource{}
)

func (r *voipNumberResource) Schema(ctx context.Context) schema.Schema {
	positive := []validator.Int64{int64validator.AtLeast(1)}
	return schema.Schema{
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
			"**Import** by the number (`terraform import telecom_ipex_voip_number.x 601123456`) or, on Terraform " +
			"1.12+, with an `import` block and the identity `{ number = \"601123456\" }`. Everything but the SIP " +
			"password is read back, so an imported number plans empty without `sip_password_wo` and its version.\n\n" +
			"**Listing** (`terraform query`, Terraform 1.14+): `list \"telecom_ipex_voip_number\"`, optionally for one " +
			"`customer_id`, lists the numbers that are not deactivated. IPEX has no call that lists VoIP numbers, so " +
			"the listing is one request to its list of numbers (`GET /v1/services`), whose item format IPEX does " +
			"not publish: the provider **infers** it (`number`, `serviceType` = `voip`, `customerId`, `status`) and " +
			"skips what it cannot read. With `include_resource` (and so with `terraform query " +
			"-generate-config-out`) each number's detail is read: one more request per number.\n\n" +
			"The REST field names of a VoIP number are not published by IPEX; the provider uses the names of the " +
			"older SOAP API in camelCase (`customerId`, `profileId`, `tariffPlanId`, `clir`, " +
			"`antifraud.internationalLimit`, `provisioningAttributes.password`).",
		Attributes: map[string]schema.Attribute{
			"id": resourcekit.IDAttribute("The number in national form (9 digits); also the import ID."),
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

func (r *voipNumberResource) Identify(m voipNumberModel) string { return m.Number.Canonical() }

func (r *voipNumberResource) Create(ctx context.Context, plan *voipNumberModel, config voipNumberModel) error {
	timeout, diags := plan.Timeouts.Create(ctx, defaultOrderTimeout)
	if diags.HasError() {
		return resourcekit.Diagnostics(diags)
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	want := plan.toAPI()
	requestID, err := r.orderOrTakeOver(ctx, want, config.SIPPasswordWO.ValueString())
	if err != nil {
		return err
	}
	got, err := r.Client.Number(ctx, want.Number)
	if err != nil {
		return resourcekit.Problem("Error reading IPEX VoIP number", fmt.Sprintf("%s was activated, but reading it failed: %s", want.Number, err))
	}
	plan.ID = types.StringValue(want.Number)
	plan.fromAPI(got)
	plan.RequestID = types.Int64PointerValue(requestID)
	return nil
}

// orderOrTakeOver activates the number, unless IPEX already has it (an
// earlier apply placed the order and stopped): then it is taken over, and
// changed by an order if its settings differ. The id of the order placed,
// if any, is returned.
func (r *voipNumberResource) orderOrTakeOver(ctx context.Context, want api.VoIPNumber, password string) (*int64, error) {
	existing, err := r.Client.Number(ctx, want.Number)
	switch {
	case err == nil && existing.Status != "canceled":
		if existing.CustomerID != nil && *existing.CustomerID != *want.CustomerID {
			return nil, fmt.Errorf("IPEX already has %s for customer %d, not %d; import it or change customer_id", want.Number, *existing.CustomerID, *want.CustomerID)
		}
		if sameSettings(existing, want) && password == "" {
			return nil, nil
		}
		id, err := r.Client.ChangeNumber(ctx, want, password)
		return waitIfOrdered(ctx, r.Client, id, err)
	case err != nil && !errors.Is(err, api.ErrNotFound):
		return nil, err
	}
	id, err := r.Client.ActivateNumber(ctx, want, password)
	return waitIfOrdered(ctx, r.Client, id, err)
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

func (r *voipNumberResource) Read(ctx context.Context, state *voipNumberModel) error {
	got, err := r.Client.Number(ctx, state.Number.Canonical())
	if err != nil {
		return err
	}
	if got.Status == "canceled" {
		return resourcekit.ErrGone // deactivated: not ours any more
	}
	// The field names are inferred: only values IPEX actually sends replace
	// the state's, so a name that turns out wrong cannot cause a diff.
	state.fromAPI(got)
	state.ID = types.StringValue(state.Number.Canonical())
	return nil
}

func (r *voipNumberResource) Update(ctx context.Context, plan *voipNumberModel, state, config voipNumberModel) error {
	timeout, diags := plan.Timeouts.Update(ctx, defaultOrderTimeout)
	if diags.HasError() {
		return resourcekit.Diagnostics(diags)
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	// The password goes along only when its version changed.
	sendPassword := ""
	if !plan.SIPPasswordWOVersion.Equal(state.SIPPasswordWOVersion) {
		sendPassword = config.SIPPasswordWO.ValueString()
	}
	want := plan.toAPI()
	plan.RequestID = state.RequestID
	if !sameSettings(state.toAPI(), want) || sendPassword != "" {
		id, err := r.Client.ChangeNumber(ctx, want, sendPassword)
		ordered, err := waitIfOrdered(ctx, r.Client, id, err)
		if err != nil {
			return err
		}
		if ordered != nil {
			plan.RequestID = types.Int64Value(*ordered)
		}
	}
	got, err := r.Client.Number(ctx, want.Number)
	if err != nil {
		return resourcekit.Problem("Error reading IPEX VoIP number", fmt.Sprintf("%s was changed, but reading it failed: %s", want.Number, err))
	}
	plan.ID = state.ID
	plan.fromAPI(got)
	return nil
}

func (r *voipNumberResource) Delete(ctx context.Context, state voipNumberModel) error {
	timeout, diags := state.Timeouts.Delete(ctx, defaultOrderTimeout)
	if diags.HasError() {
		return resourcekit.Diagnostics(diags)
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	number := state.Number.Canonical()
	id, err := r.Client.DeactivateNumber(ctx, number)
	if errors.Is(err, api.ErrNotFound) {
		return nil // already gone
	}
	if _, err := waitIfOrdered(ctx, r.Client, id, err); err != nil {
		// Refused because it is already canceled (deactivated outside this
		// run, or in a destroy without refresh)? Then it is gone anyway.
		if n, lookErr := r.Client.Number(ctx, number); errors.Is(lookErr, api.ErrNotFound) || (lookErr == nil && n.Status == "canceled") {
			return nil
		}
		return err
	}
	return nil
}

func (r *voipNumberResource) ImportID() resourceid.Format {
	return resourceid.Format{Parts: []string{"number"}, Expected: "the number: 9 digits, optionally after +420 or 00420, e.g. 601123456"}
}

func (r *voipNumberResource) Import(_ context.Context, parts []string) (resourcekit.Attributes, error) {
	if !nationalPattern.MatchString(national(parts[0])) {
		return nil, resourceid.Invalidf("%q is not a number", parts[0])
	}
	return resourcekit.Attributes{"number": semanticstring.New[numberSpelling](parts[0]), "id": national(parts[0])}, nil
}

// Identity, import by identity and the list resource (resourcekit.Discoverable).

func (r *voipNumberResource) IdentitySchema() identityschema.Schema {
	return identityschema.Schema{Attributes: map[string]identityschema.Attribute{
		"number": identityschema.StringAttribute{RequiredForImport: true, Description: "The number in national form: 9 digits."},
	}}
}

func (r *voipNumberResource) Identity(_ context.Context, m voipNumberModel) (resourcekit.Attributes, error) {
	return resourcekit.Attributes{"number": m.Number.Canonical()}, nil
}

// voipNumberFilter is the list block's configuration.
type voipNumberFilter struct {
	CustomerID types.Int64 `tfsdk:"customer_id"`
}

func (r *voipNumberResource) ListSchema() listschema.Schema {
	return listschema.Schema{
		MarkdownDescription: "Lists the VoIP numbers the API user sees, of one customer or of all, except " +
			"deactivated (`canceled`) ones. IPEX has no call that lists VoIP numbers: the listing is one request to " +
			"the list of numbers, `GET /v1/services`, whose item format IPEX does not publish. The provider reads " +
			"the number from `number`, the kind of service from `serviceType` (`voip`; other kinds such as mobile " +
			"numbers are left out) and the owner from `customerId`: these names are inferred, so if IPEX names " +
			"them otherwise, numbers may be missing from the results or, without a service type, listed although " +
			"they are not VoIP numbers. With `include_resource` (and so with `terraform query " +
			"-generate-config-out`) each number's settings are read from its detail, `GET /v1/voip/{number}`: one " +
			"more request per number (IPEX documents no rate limit), and a listed number the detail does not know " +
			"is left out.",
		Attributes: map[string]listschema.Attribute{
			"customer_id": listschema.Int64Attribute{
				Optional:            true,
				MarkdownDescription: "Only the numbers of this IPEX customer. Every customer the API user sees when left out.",
				Validators:          []validator.Int64{int64validator.AtLeast(1)},
			},
		},
	}
}

// List yields the VoIP numbers of the list of numbers, as far as it tells:
// the number, its customer and status. Complete reads the rest.
func (r *voipNumberResource) List(ctx context.Context, config tfsdk.Config, yield func(voipNumberModel) bool) error {
	var filter voipNumberFilter
	if diags := config.Get(ctx, &filter); diags.HasError() {
		return resourcekit.Diagnostics(diags)
	}
	listed, err := r.Client.VoIPNumbers(ctx)
	if err != nil {
		return err
	}
	for _, n := range listed {
		if n.Status == "canceled" {
			continue // deactivated: Read treats it as gone
		}
		if !filter.CustomerID.IsNull() && (n.CustomerID == nil || *n.CustomerID != filter.CustomerID.ValueInt64()) {
			continue // filtered here: no customer filter of the list is documented
		}
		m := voipNumberModel{
			numberDetail: numberDetail{
				Number: semanticstring.New[numberSpelling](n.Number), CustomerID: types.Int64PointerValue(n.CustomerID),
				ProfileID: types.Int64Null(), TariffPlanID: types.Int64Null(), CLIR: types.StringNull(),
				InternationalLimit: types.Float64Null(), Status: types.StringValue(n.Status),
			},
			ID: types.StringValue(n.Number), SIPPasswordWO: types.StringNull(), SIPPasswordWOVersion: types.Int64Null(),
			RequestID: types.Int64Null(), Timeouts: timeouts.Value{Object: types.ObjectNull(timeoutsAttrTypes)},
		}
		if n.Status == "" {
			m.Status = types.StringNull()
		}
		if !yield(m) {
			return nil
		}
	}
	return nil
}

// timeoutsAttrTypes are the attributes of the timeouts block.
var timeoutsAttrTypes = map[string]attr.Type{"create": types.StringType, "update": types.StringType, "delete": types.StringType}

func (r *voipNumberResource) DisplayName(m voipNumberModel) string {
	var about []string
	if !m.CustomerID.IsNull() {
		about = append(about, fmt.Sprintf("customer %d", m.CustomerID.ValueInt64()))
	}
	if m.Status.ValueString() != "" {
		about = append(about, m.Status.ValueString())
	}
	if len(about) == 0 {
		return m.Number.Canonical() + " (VoIP number)"
	}
	return m.Number.Canonical() + " (VoIP number, " + strings.Join(about, ", ") + ")"
}
