package sms

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/identityschema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"

	"github.com/telecom-tf/terraform-provider-telecom/internal/resourceid"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sms/api"
)

var (
	_ resourcekit.PlanModifier                  = &subaccountResource{}
	_ resourcekit.Discoverable[subaccountModel] = &subaccountResource{}
)

type subaccountResource struct{ resourcekit.Base[*api.Client] }

// Vendor rules for the values of a subaccount.
var (
	usernamePattern = regexp.MustCompile(`^[A-Za-z0-9._@-]{3,20}$`)
	emailPattern    = regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[^@\s]+$`)
	phonePattern    = regexp.MustCompile(`^\+[1-9][0-9]{6,14}$`)
)

func (r *subaccountResource) Schema(context.Context) schema.Schema {
	limit := func(what string) schema.Int64Attribute {
		return schema.Int64Attribute{
			Optional:            true,
			MarkdownDescription: "Limit of " + what + " for the subaccount, 0 or more. Leave it out to leave that limit as it is.",
			Validators:          []validator.Int64{int64validator.AtLeast(0)},
		}
	}
	replaceString := []planmodifier.String{stringplanmodifier.RequiresReplace()}
	return schema.Schema{
		MarkdownDescription: "A SerwerSMS.pl subaccount: a separate login with its own message limits, whose " +
			"permissions and settings are copied from a template subaccount when it is created.\n\n" +
			"**The API has no edit.** Only the limits change in place (`subaccounts/limit`, one call per changed " +
			"type). Every other change, including a new password (`password_wo_version`), **replaces** the " +
			"subaccount: the old one is deleted, with its history, and a new one with a new id is created.\n\n" +
			"**What cannot be read back.** The API does not return the limits, the template or the password, so " +
			"the state keeps the configured values and changes made to them outside Terraform cannot be seen. " +
			"`name`, `phone` and `email` are read back.\n\n" +
			"**Import** by id (`terraform import telecom_sms_subaccount.x 1194`), by username " +
			"(`username:wojtek`), or (Terraform 1.12+) with an `import` block and the identity `{ subaccount_id = 1194 }`. " +
			"An imported subaccount needs neither `template_id` nor the password: both matter only when a subaccount " +
			"is created. Written after an import, `template_id` and a first `password_wo_version` are taken without " +
			"replacing the subaccount, and the configured limits are set in place on the first apply.\n\n" +
			"**Listing** (`terraform query`, Terraform 1.14+): `list \"telecom_sms_subaccount\"` lists every " +
			"subaccount (no filters) with one `subaccounts/index` request, which has only ids and usernames. " +
			"With `include_resource` (and so with `terraform query -generate-config-out`) the name, phone and " +
			"email of each subaccount come from `subaccounts/view`: **one more request per subaccount**, the only " +
			"way this API offers. The generated configuration has no `template_id`, password or limits (they cannot " +
			"be read back), and plans with the imports only.\n\n" +
			"If a create's answer is lost on the way, the provider looks the username up before adding again, and " +
			"adopts the subaccount it finds, so a retry never makes a second one.",
		Attributes: map[string]schema.Attribute{
			"id":            resourcekit.IDAttribute("The subaccount id, as a string."),
			"subaccount_id": resourcekit.AssignedID("The subaccount id."),
			"username": schema.StringAttribute{
				Required:            true,
				MarkdownDescription: "Login of the subaccount: 3 to 20 letters, digits and `.`, `_`, `@`, `-`. Changing it replaces the subaccount.",
				Validators:          []validator.String{stringvalidator.RegexMatches(usernamePattern, "must be 3 to 20 characters of letters, digits and . _ @ -")},
				PlanModifiers:       replaceString,
			},
			"password_wo": schema.StringAttribute{
				Optional:  true,
				WriteOnly: true,
				Sensitive: true,
				MarkdownDescription: "Password of the subaccount, 3 to 20 characters. Required to create the subaccount " +
					"(and so to replace it); an imported subaccount does without. Write-only (Terraform 1.11+): it is sent when the " +
					"subaccount is created and never stored in the state. Give it from an ephemeral variable or an " +
					"ephemeral resource: Terraform itself copies a literal or an ordinary variable into the saved plan. " +
					"To change it, change `password_wo_version`, which replaces the subaccount.",
				Validators: []validator.String{stringvalidator.LengthBetween(3, 20)},
			},
			"password_wo_version": schema.Int64Attribute{
				Optional: true,
				MarkdownDescription: "Any number; change it to send a new `password_wo`. The API cannot change a " +
					"password, so a new version **replaces** (deletes and recreates) the subaccount.",
				PlanModifiers: []planmodifier.Int64{replaceUnlessImported()},
			},
			"template_id": schema.Int64Attribute{
				Optional: true,
				MarkdownDescription: "Id of the existing subaccount whose permissions and settings are copied when the " +
					"subaccount is created. It must exist before: create it in the customer panel. Required to create " +
					"the subaccount (and so to replace it); an imported subaccount does without, because the API cannot " +
					"say which template was copied. Changing it to another template replaces the subaccount; writing it " +
					"after an import, or leaving it out after the create, changes nothing at SerwerSMS.",
				Validators:    []validator.Int64{int64validator.AtLeast(1)},
				PlanModifiers: []planmodifier.Int64{replaceOnNewTemplate()},
			},
			"name": schema.StringAttribute{
				Optional:            true,
				MarkdownDescription: "Name of the person or team. Changing it replaces the subaccount.",
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
				PlanModifiers:       replaceString,
			},
			"phone": schema.StringAttribute{
				Optional:            true,
				MarkdownDescription: "Phone number in international form, e.g. `+48500600700`. Changing it replaces the subaccount.",
				Validators:          []validator.String{stringvalidator.RegexMatches(phonePattern, "must be a phone number in international form, e.g. +48500600700")},
				PlanModifiers:       replaceString,
			},
			"email": schema.StringAttribute{
				Optional:            true,
				MarkdownDescription: "E-mail address. Changing it replaces the subaccount.",
				Validators:          []validator.String{stringvalidator.RegexMatches(emailPattern, "must be an e-mail address such as team@example.com")},
				PlanModifiers:       replaceString,
			},
			"limits": schema.SingleNestedAttribute{
				Optional: true,
				MarkdownDescription: "Message limits per type, changed in place. The API cannot read them back: " +
					"changes made in the customer panel are not seen.",
				Attributes: map[string]schema.Attribute{
					"eco":   limit("SMS ECO+ messages (no custom sender name)"),
					"full":  limit("SMS FULL messages (with a sender name)"),
					"voice": limit("voice messages"),
					"mms":   limit("MMS messages"),
					"hlr":   limit("HLR number lookups"),
				},
			},
		},
	}
}

// ModifyPlan requires password_wo and template_id when the subaccount is
// created (a replacement is planned as a create too): the schema cannot
// require them, because an imported subaccount is managed without them (the
// API reads neither back), and so is the configuration terraform query
// generates.
func (r *subaccountResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	creating := req.State.Raw.IsNull() && !req.Plan.Raw.IsNull()
	if !creating {
		return
	}
	var password types.String // write-only: only in the configuration
	var template types.Int64
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("password_wo"), &password)...)
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("template_id"), &template)...)
	if password.IsNull() {
		resp.Diagnostics.AddAttributeError(path.Root("password_wo"), "Missing password for a new SMS subaccount",
			"password_wo is required to create a subaccount (or to replace one): the API takes a password only then. "+
				"An imported subaccount needs no password_wo.")
	}
	if template.IsNull() {
		resp.Diagnostics.AddAttributeError(path.Root("template_id"), "Missing template for a new SMS subaccount",
			"template_id is required to create a subaccount (or to replace one): the API copies the new subaccount's "+
				"permissions and settings from that existing subaccount. An imported subaccount needs no template_id.")
	}
}

func (r *subaccountResource) Identify(m subaccountModel) string {
	if m.SubaccountID.IsNull() || m.SubaccountID.IsUnknown() {
		return fmt.Sprintf("subaccount %q", m.Username.ValueString())
	}
	return fmt.Sprintf("subaccount %d", m.SubaccountID.ValueInt64())
}

func (r *subaccountResource) Create(ctx context.Context, plan *subaccountModel, config subaccountModel) error {
	id, err := r.Client.CreateSubaccount(ctx, api.NewSubaccount{
		Username: plan.Username.ValueString(), Password: config.PasswordWO.ValueString(), TemplateID: plan.TemplateID.ValueInt64(),
		Name: plan.Name.ValueString(), Phone: plan.Phone.ValueString(), Email: plan.Email.ValueString(),
	})
	if err != nil {
		return err
	}
	plan.SubaccountID = types.Int64Value(id)
	plan.ID = types.StringValue(strconv.FormatInt(id, 10))
	// Limits are set after the create: a failure leaves the subaccount in
	// state (tainted) rather than orphaned.
	diags, err := r.setLimits(ctx, id, types.ObjectNull(limitsAttrTypes), plan.Limits)
	if err != nil {
		return resourcekit.AfterCreate(resourcekit.Problem("Error setting SMS subaccount limits",
			fmt.Sprintf("Subaccount %d was created, but its limits could not be set: %s", id, err)))
	}
	return resourcekit.AfterCreate(resourcekit.Diagnostics(diags))
}

// setLimits sends one limit call per type whose planned value differs from
// the prior one. A type left out of the plan is left as it is. Limits that
// cannot be decoded are diagnostics, and nothing is sent; a failed call is
// the error.
func (r *subaccountResource) setLimits(ctx context.Context, id int64, prior, planned types.Object) (diag.Diagnostics, error) {
	var before, after limitsModel
	var diags diag.Diagnostics
	if !prior.IsNull() && !prior.IsUnknown() {
		diags.Append(prior.As(ctx, &before, basetypes.ObjectAsOptions{})...)
	}
	if planned.IsNull() || planned.IsUnknown() {
		return diags, nil
	}
	diags.Append(planned.As(ctx, &after, basetypes.ObjectAsOptions{})...)
	if diags.HasError() {
		return diags, nil
	}
	old := before.byType()
	for _, t := range api.LimitTypes {
		v := after.byType()[t]
		if v.IsNull() || v.Equal(old[t]) {
			continue
		}
		if err := r.Client.SetLimit(ctx, id, t, v.ValueInt64()); err != nil {
			return diags, fmt.Errorf("%s: %w", t, err)
		}
	}
	return diags, nil
}

func (r *subaccountResource) Read(ctx context.Context, state *subaccountModel) error {
	got, err := r.Client.Subaccount(ctx, state.SubaccountID.ValueInt64())
	if err != nil {
		return err
	}
	// Limits, template and password cannot be read: they stay as they are.
	state.Username = types.StringValue(got.Username)
	state.Name = stringFromAPI(got.Name)
	state.Phone = stringFromAPI(got.Phone)
	state.Email = stringFromAPI(got.Email)
	state.ID = types.StringValue(strconv.FormatInt(state.SubaccountID.ValueInt64(), 10))
	return nil
}

// Update only ever changes limits (everything else replaces), or takes the
// template and password version written after an import.
func (r *subaccountResource) Update(ctx context.Context, plan *subaccountModel, state, _ subaccountModel) error {
	id := state.SubaccountID.ValueInt64()
	diags, err := r.setLimits(ctx, id, state.Limits, plan.Limits)
	if err != nil {
		return resourcekit.Problem("Error setting SMS subaccount limits", fmt.Sprintf("Could not set the limits of subaccount %d: %s", id, err))
	}
	plan.SubaccountID, plan.ID = state.SubaccountID, state.ID
	return resourcekit.Diagnostics(diags)
}

func (r *subaccountResource) Delete(ctx context.Context, state subaccountModel) error {
	return r.Client.DeleteSubaccount(ctx, state.SubaccountID.ValueInt64())
}

func (r *subaccountResource) ImportID() resourceid.Format {
	return resourceid.Format{
		Parts:    []string{"subaccount_id"},
		Expected: "the numeric subaccount id (e.g. 1194) or username:<name> (e.g. username:wojtek)",
	}
}

// Import takes the numeric id, or username:<name>, which is looked up.
func (r *subaccountResource) Import(ctx context.Context, parts []string) (resourcekit.Attributes, error) {
	var id int64
	if name, ok := strings.CutPrefix(parts[0], "username:"); ok {
		found, err := r.Client.SubaccountByUsername(ctx, name)
		if err != nil {
			return nil, err
		}
		id = found.ID
	} else if n, err := strconv.ParseInt(parts[0], 10, 64); err == nil && n > 0 {
		id = n
	} else {
		return nil, resourceid.Invalidf("%q is neither a subaccount id nor username:<name>", parts[0])
	}
	return resourcekit.Attributes{"subaccount_id": id, "id": strconv.FormatInt(id, 10)}, nil
}

// Identity, import by identity and the list resource (resourcekit.Discoverable).

func (r *subaccountResource) IdentitySchema() identityschema.Schema {
	return identityschema.Schema{Attributes: map[string]identityschema.Attribute{
		"subaccount_id": identityschema.Int64Attribute{RequiredForImport: true, Description: "The subaccount id."},
	}}
}

func (r *subaccountResource) Identity(_ context.Context, m subaccountModel) (resourcekit.Attributes, error) {
	return resourcekit.Attributes{"subaccount_id": m.SubaccountID.ValueInt64()}, nil
}

func (r *subaccountResource) ListSchema() listschema.Schema {
	return listschema.Schema{
		MarkdownDescription: "Lists every subaccount of the account; there are no filters. The listing is one " +
			"`subaccounts/index` request, which gives ids and usernames. With `include_resource` (and so with " +
			"`terraform query -generate-config-out`) each subaccount's name, phone and email are read with " +
			"`subaccounts/view`: one more request per subaccount, the only way this API offers. `template_id`, the " +
			"password and the limits cannot be read back and stay out of the results.",
	}
}

// List yields every subaccount from the index: id and username. The rest a
// resource object has, Complete reads.
func (r *subaccountResource) List(ctx context.Context, _ tfsdk.Config, yield func(subaccountModel) bool) error {
	all, err := r.Client.Subaccounts(ctx)
	if err != nil {
		return err
	}
	for _, s := range all {
		m := subaccountModel{
			ID: types.StringValue(strconv.FormatInt(s.ID, 10)), SubaccountID: types.Int64Value(s.ID),
			Username: types.StringValue(s.Username), Limits: types.ObjectNull(limitsAttrTypes),
		}
		if !yield(m) {
			return nil
		}
	}
	return nil
}

func (r *subaccountResource) DisplayName(m subaccountModel) string {
	return fmt.Sprintf("%s (subaccount %d)", m.Username.ValueString(), m.SubaccountID.ValueInt64())
}
