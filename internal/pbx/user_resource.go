package pbx

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/resourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

var (
	_ resourcekit.Discoverable[userModel] = &userResource{}
	_ resourcekit.ConfigValidators        = &userResource{}
)

// userObjects: portal users live in one collection per scope.
var userObjects = object[userModel, api.User, *userModel]{
	kind: "portal user", idAttr: "user_id", partialPut: true,
	variants: &variants[api.User]{
		attr: "scope", values: api.UserScopes, example: "12345/extension/42",
		collection: (*api.Client).Users,
	},
}

type userResource struct {
	object[userModel, api.User, *userModel]
}

var (
	userLoginPattern = regexp.MustCompile(`^\S+$`)
	userEmailPattern = regexp.MustCompile(`^[^@\s,]+@[^@\s,]+\.[^@\s,]+$`)
)

func (r *userResource) Schema(context.Context) schema.Schema {
	computedSetting := func(doc string, validators ...validator.String) schema.StringAttribute {
		return schema.StringAttribute{
			Optional: true, Computed: true,
			MarkdownDescription: doc + " Left out, the PBX's value is kept and shown.",
			Validators:          validators,
			PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
		}
	}
	scopeID := func(doc string) schema.Int64Attribute {
		return schema.Int64Attribute{
			Optional: true,
			MarkdownDescription: doc + " Set at most one of `extension_id` and `extension_group_id`; setting or " +
				"removing it changes the user's scope, which replaces the user. Another id of the same kind changes " +
				"the user in place.",
			Validators: []validator.Int64{int64validator.AtLeast(1)},
		}
	}
	return schema.Schema{
		MarkdownDescription: "A login to the Telphin PBX web portal. Its scope is chosen by attribute: with " +
			"`extension_id` the user sees one extension (an extension user), with `extension_group_id` the extensions " +
			"of one group (a group user), with neither the whole client (a client user). The scope and `login` " +
			"cannot change: a new value replaces the user. Everything else changes in place; an update sends only " +
			"what changed.\n\n" +
			"**The password is write-only.** `password_wo` is sent when the user is created and whenever " +
			"`password_wo_version` changes: a new version changes the password **in place** (a PUT; the `user_id` " +
			"stays). The PBX never returns a password, and the provider never stores one: it is not in the state, " +
			"nor in a saved plan when it comes from an ephemeral variable. An imported user keeps its password until " +
			"a `password_wo_version` is written.",
		Attributes: map[string]schema.Attribute{
			"id":        resourcekit.IDAttribute("`<client_id>/<scope>/<user_id>`; also the import ID."),
			"user_id":   resourcekit.AssignedID("The PBX's id of the user."),
			"client_id": clientIDAttribute(),
			"scope": schema.StringAttribute{
				Computed: true,
				MarkdownDescription: "What the user sees, as the attributes choose it: `client`, `extension` or " +
					"`extension_group`. Part of the import ID and the identity.",
			},
			"extension_id":       scopeID("The extension an extension user sees (a `telecom_pbx_extension`'s `extension_id`)."),
			"extension_group_id": scopeID("The group whose extensions a group user sees (a `telecom_pbx_extension_group`'s `extension_group_id`)."),
			"login": schema.StringAttribute{
				Required:            true,
				MarkdownDescription: "The portal login, unique at the PBX. Changing it replaces the user.",
				Validators:          []validator.String{stringvalidator.RegexMatches(userLoginPattern, "must be a login without spaces")},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"name": schema.StringAttribute{
				Required: true, MarkdownDescription: "The user's name.", Validators: []validator.String{notBlank()},
			},
			"email": schema.StringAttribute{
				Required: true, MarkdownDescription: "The user's e-mail address.",
				Validators: []validator.String{stringvalidator.RegexMatches(userEmailPattern, "must be an e-mail address such as anna@example.com")},
			},
			"access":   computedSetting("`full` or `read_only`.", stringvalidator.OneOf(api.UserAccessTypes...)),
			"status":   computedSetting("`active` or `blocked` (a blocked user cannot log in).", stringvalidator.OneOf(api.UserStatuses...)),
			"timezone": computedSetting("The user's IANA time zone, e.g. `Europe/Moscow`.", ianaTimezone()),
			"comment": schema.StringAttribute{
				Optional:            true,
				MarkdownDescription: "A note about the user. Removing it clears it at the PBX. Leave it out rather than empty.",
				Validators:          []validator.String{notBlank()},
			},
			"password_wo": schema.StringAttribute{
				Optional: true, WriteOnly: true, Sensitive: true,
				MarkdownDescription: "The user's password. Required to create the user (and so to replace it). " +
					"Write-only (Terraform 1.11+): sent on create and when `password_wo_version` changes, never " +
					"stored. Give it from an ephemeral variable or an ephemeral resource.",
				Validators: []validator.String{notBlank()},
			},
			"password_wo_version": schema.Int64Attribute{
				Optional: true,
				MarkdownDescription: "Any number; change it to send `password_wo` again: the password changes in place. " +
					"Written for the first time after an import, it sets the configured password.",
			},
		},
	}
}

// ConfigValidators: a user has at most one scope id.
func (r *userResource) ConfigValidators(context.Context) []resource.ConfigValidator {
	return []resource.ConfigValidator{
		resourcevalidator.Conflicting(path.MatchRoot("extension_id"), path.MatchRoot("extension_group_id")),
	}
}

// ModifyPlan fills client_id, plans the scope the configuration chooses
// (another scope replaces the user), and requires password_wo when the user
// is created or its password_wo_version changes.
func (r *userResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	planClientID(ctx, r.Client, req, resp)
	if req.Plan.Raw.IsNull() {
		return
	}
	var config userModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &config)...)
	if resp.Diagnostics.HasError() {
		return
	}
	scope := api.UserScopeClient
	switch {
	case !config.ExtensionID.IsNull():
		scope = api.UserScopeExtension
	case !config.ExtensionGroupID.IsNull():
		scope = api.UserScopeExtensionGroup
	}
	planVariant(ctx, req, resp, "scope", scope)
	requirePassword(ctx, req, resp, config.PasswordWO, "portal user")
}

func (r *userResource) Create(ctx context.Context, plan *userModel, config userModel) error {
	plan.password = config.PasswordWO.ValueString()
	return loginTaken(r.object.Create(ctx, plan, config), plan.Login.ValueString())
}

// loginTaken adds advice to a 409 answer to a create: the PBX refuses a
// login that any portal user has, whatever its scope.
func loginTaken(err error, login string) error {
	var apiErr *api.Error
	if errors.As(err, &apiErr) && apiErr.HTTPStatus == http.StatusConflict {
		return fmt.Errorf("%w. A login is unique over all portal users of the PBX, of every scope: choose another "+
			"login than %q, or bring the existing user under Terraform with an import (ID <client_id>/<scope>/<user_id>, "+
			"the scope being client, extension or extension_group)", err, login)
	}
	return err
}

// Update sends the changed attributes, and the password when its version
// changed.
func (r *userResource) Update(ctx context.Context, plan *userModel, state, config userModel) error {
	if !plan.PasswordWOVersion.Equal(state.PasswordWOVersion) {
		plan.password = config.PasswordWO.ValueString()
	}
	plan.updating, state.updating = true, true
	return r.object.Update(ctx, plan, state, config)
}

// DisplayName: "anna (Anna Novak, extension user 42)", "sales (Sales desk,
// extension group user 43)".
func (r *userResource) DisplayName(m userModel) string {
	scope := strings.ReplaceAll(m.Scope.ValueString(), "_", " ")
	return fmt.Sprintf("%s (%s, %s user %d)", m.Login.ValueString(), m.Name.ValueString(), scope, m.UserID.ValueInt64())
}

// planVariant plans the variant attribute of an object with variants as
// the configuration chooses it; another variant than the state's replaces
// the object.
func planVariant(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse, attr, variant string) {
	planned := types.StringValue(variant)
	resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root(attr), planned)...)
	if req.State.Raw.IsNull() {
		return
	}
	var prior types.String
	resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root(attr), &prior)...)
	if !prior.IsNull() && !prior.Equal(planned) {
		resp.RequiresReplace = append(resp.RequiresReplace, path.Root(attr))
	}
}

// requirePassword: a write-only password_wo is required when the object is
// created (a replacement too) and when password_wo_version changes; the
// schema cannot require it, since an imported object is managed without.
func requirePassword(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse, password types.String, noun string) {
	if !password.IsNull() || password.IsUnknown() {
		return
	}
	if req.State.Raw.IsNull() {
		resp.Diagnostics.AddAttributeError(path.Root("password_wo"), "Missing password for a new "+noun,
			"password_wo is required to create a "+noun+" (or to replace one). An imported "+noun+" needs none until "+
				"password_wo_version is written.")
		return
	}
	var planned, prior types.Int64
	resp.Diagnostics.Append(resp.Plan.GetAttribute(ctx, path.Root("password_wo_version"), &planned)...)
	resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root("password_wo_version"), &prior)...)
	if !planned.IsNull() && !planned.Equal(prior) {
		resp.Diagnostics.AddAttributeError(path.Root("password_wo"), "Missing password for a new password_wo_version",
			fmt.Sprintf("password_wo_version changed to %s, which sends password_wo, but password_wo is not set.", planned))
	}
}
