package pbx

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/identityschema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/boolplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber"
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber/numbertype"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourceid"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

var (
	_ resourcekit.Discoverable[clientSettingsModel] = &clientSettingsResource{}
	_ resourcekit.PlanModifier                      = &clientSettingsResource{}
)

// clientSettingsResource is the client's own settings: a singleton that
// exists as long as the client does. Nothing is created or deleted; only
// the attributes the configuration sets are managed and sent.
type clientSettingsResource struct{ resourcekit.Base[*api.Client] }

// Settings the configuration leaves out are read from the API and kept as
// they are in every plan: Optional, Computed, and the state's value.
func settingString(description string, validators ...validator.String) schema.StringAttribute {
	return schema.StringAttribute{
		Optional: true, Computed: true, MarkdownDescription: description + unmanagedNote, Validators: validators,
		PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
	}
}

func settingInt(description string, validators ...validator.Int64) schema.Int64Attribute {
	return schema.Int64Attribute{
		Optional: true, Computed: true, MarkdownDescription: description + unmanagedNote, Validators: validators,
		PlanModifiers: []planmodifier.Int64{int64planmodifier.UseStateForUnknown()},
	}
}

const unmanagedNote = " Left out, it is not managed: read from the PBX, never sent, never a diff."

// The PBX's ids are positive.
var positiveID = int64validator.AtLeast(1)

var (
	geoListPattern = regexp.MustCompile(`^(\*|[A-Z]{2}( [A-Z]{2})*)?$`)
	emailsPattern  = regexp.MustCompile(`^([^@\s,]+@[^@\s,]+(\s*,\s*[^@\s,]+@[^@\s,]+)*)?$`)
	httpURLPattern = regexp.MustCompile(`^(https?://[^\s/?#]+[^\s]*)?$`)
)

func (r *clientSettingsResource) Schema(context.Context) schema.Schema {
	return schema.Schema{
		MarkdownDescription: "The settings of a Telphin cloud-PBX client (`PUT /client/{client_id}/client/`) and its " +
			"default caller ID (`/client/{client_id}/ani/`). A singleton: the client always has settings, so there is " +
			"at most one of these per client, and nothing is created or deleted.\n\n" +
			"**Only what you write is managed.** An attribute set in the configuration is sent and kept as written: a " +
			"change made behind Terraform's back is planned back. An attribute left out is not managed: it is read from " +
			"the PBX into state (so other resources can use it), never sent, and never shows a diff, whatever the PBX " +
			"holds. Updates send only the managed attributes that changed (the PUT is partial). Removing an attribute " +
			"from the configuration stops managing it and leaves its value as it is.\n\n" +
			"**Destroy only forgets.** Destroying the resource, or changing `client_id`, changes nothing at the PBX: " +
			"the settings stay as they are, and the plan warns so. A dial rule list, network permission or sound they " +
			"name stays attached, and the PBX refuses to delete a dial rule list the client uses: set another " +
			"`dial_rule_id` first. Import ID: `<client_id>`.",
		Attributes: map[string]schema.Attribute{
			"id": resourcekit.IDAttribute("`<client_id>`, as written in `client_id`; also the import ID."),
			"client_id": func() schema.StringAttribute {
				a := clientIDAttribute()
				a.MarkdownDescription = "The PBX client whose settings these are: its numeric id, or `@me` for the " +
					"client the application belongs to. Defaults to the provider's `pbx.client_id`. Changing it forgets " +
					"the settings of the old client (unchanged at the PBX) and manages the new client's. The resource " +
					"identity and `terraform query` name the client by its numeric id."
				return a
			}(),
			"timezone": settingString("The client's IANA time zone, e.g. `Europe/Moscow` (the PBX's default).", ianaTimezone()),
			"hold_music": settingInt("Sound id of the music on hold. Pick it by title with the `telecom_pbx_sounds` data "+
				"source: `data.telecom_pbx_sounds.hold.sounds[0].id`.", positiveID),
			"dial_rule_id": settingInt("Outgoing-call rule list that applies to the whole client: a "+
				"`telecom_pbx_dial_rule`'s `dial_rule_id`. An extension's own list is tried first.", positiveID),
			"sip_network_permission_id": settingInt("Trusted networks the client's SIP phones may register from: a "+
				"`telecom_pbx_network_permission`'s `network_permission_id`. An extension's own group wins over it.", positiveID),
			"geo_list": settingString("Countries outgoing calls may go to: ISO 3166 codes in capitals, separated by single "+
				"spaces (`\"RU US BY\"`), or `\"*\"` for every country.",
				stringvalidator.RegexMatches(geoListPattern, `must be ISO country codes in capitals separated by single spaces, such as "RU US BY", or "*" for all`)),
			"disk_space_notify_email": settingString("Where the PBX sends disk-space warnings: an e-mail address (several "+
				"separated by commas), or `\"\"` for none.",
				stringvalidator.RegexMatches(emailsPattern, "must be an e-mail address such as pbx@example.com (several separated by commas), or empty")),
			"disk_space_notify_threshold": settingInt("Disk use, in percent (0–100), from which the PBX warns.",
				int64validator.Between(0, 100)),
			"call_interactive_url": settingString("URL the PBX asks how to route each call (call interactive), `http://` "+
				"or `https://`; `\"\"` for none.",
				stringvalidator.RegexMatches(httpURLPattern, "must be an http:// or https:// URL, or empty")),
			"call_interactive_method": settingString("HTTP method of the call interactive request: `GET` (the PBX's "+
				"default) or `POST`.", stringvalidator.OneOf("GET", "POST")),
			"call_interactive_timeout": settingInt("How long the PBX waits for the call interactive answer (the docs "+
				"give no unit; most likely seconds).", int64validator.AtLeast(0)),
			"call_interactive_out_call": schema.BoolAttribute{
				Optional: true, Computed: true,
				MarkdownDescription: "Whether outgoing calls also ask the call interactive URL (the PBX's default is " +
					"`false`)." + unmanagedNote,
				PlanModifiers: []planmodifier.Bool{boolplanmodifier.UseStateForUnknown()},
			},
			"default_caller_id": schema.StringAttribute{
				Optional: true, Computed: true, CustomType: numbertype.Type{},
				MarkdownDescription: "The number shown to people the client's extensions call outside the PBX (the " +
					"client's ANI), in international form: `+74951234567` or `0074951234567` (equal spellings). It must " +
					"be one of the client's DIDs (`telecom_pbx_dids`); the PBX refuses any other. Null when none is set." +
					unmanagedNote,
				Validators:    []validator.String{internationalNumber()},
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
		},
	}
}

// ModifyPlan fills client_id from the provider's default and, when the
// settings leave Terraform, warns that they stay as they are.
func (r *clientSettingsResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if !req.Plan.Raw.IsNull() {
		planClientID(ctx, r.Client, req, resp)
		return
	}
	var clientID types.String
	resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root("client_id"), &clientID)...)
	resp.Diagnostics.AddWarning("PBX client settings stay as they are",
		fmt.Sprintf("Destroying telecom_pbx_client_settings only removes it from the Terraform state: the settings of "+
			"client %s (time zone, hold music, dial rule list, default caller ID and the rest) stay as they are at the "+
			"PBX, and whatever they refer to stays in use.", clientID.ValueString()))
}

func (r *clientSettingsResource) Identify(m clientSettingsModel) string {
	return "the settings of client " + m.ClientID.ValueString()
}

// Create sends the settings the configuration sets (one PUT) and reads the
// rest (the PUT's answer, or a GET when nothing is set); then the default
// caller id, likewise.
func (r *clientSettingsResource) Create(ctx context.Context, plan *clientSettingsModel, config clientSettingsModel) error {
	return r.write(ctx, plan, clientSettingsModel{}, config, true)
}

// Update sends only the managed settings that changed, and the default
// caller id if it changed.
func (r *clientSettingsResource) Update(ctx context.Context, plan *clientSettingsModel, state, config clientSettingsModel) error {
	return r.write(ctx, plan, state, config, false)
}

// write changes the settings from before to plan, as far as config manages
// them. On create it also reads what the plan does not know: from the
// PUT's answer, or with a GET when the configuration sets nothing.
func (r *clientSettingsResource) write(ctx context.Context, plan *clientSettingsModel, before, config clientSettingsModel, creating bool) error {
	clientID := plan.ClientID.ValueString()
	ani, err := r.writeANI(ctx, clientID, before, *plan, config, creating)
	if err != nil {
		return err
	}
	info, sent, err := r.Client.ChangeClientSettings(ctx, clientID, before.settings(config), plan.settings(config))
	if err == nil && !sent && creating {
		info, err = r.Client.ClientSettings(ctx, clientID)
	}
	if err != nil {
		return err
	}
	answered := clientSettingsModel{ClientID: plan.ClientID, DefaultCallerID: plan.DefaultCallerID}
	if sent || creating {
		answered.fromAPI(info, ani)
	}
	plan.fillUnknown(answered)
	return nil
}

// writeANI sets the default caller id when the configuration manages it and
// it changed (any PUT on create). It returns the default as the PBX spells
// it when it asked, "" when the plan knows it already.
func (r *clientSettingsResource) writeANI(ctx context.Context, clientID string, before, plan, config clientSettingsModel, creating bool) (string, error) {
	number := plan.DefaultCallerID.ValueString()
	switch {
	case config.DefaultCallerID.IsNull() && creating:
		return r.Client.ClientANI(ctx, clientID)
	case config.DefaultCallerID.IsNull():
		return "", nil // not managed: the plan keeps the state's
	case !creating && phonenumber.Equal(before.DefaultCallerID.ValueString(), number):
		return "", nil // the same number, at most spelled otherwise
	}
	ani, err := r.Client.SetClientANI(ctx, clientID, number)
	return ani, callerIDError(err, number)
}

// callerIDError adds advice to the API's refusal (400) of a default caller
// id: it must be one of the client's DIDs.
func callerIDError(err error, number string) error {
	var refused *api.Error
	if errors.As(err, &refused) && refused.HTTPStatus == http.StatusBadRequest {
		return fmt.Errorf("%w. default_caller_id %s must be one of the client's DIDs; %s", err, number, didsHint)
	}
	return err
}

// Read reads the settings and the default caller id: two requests.
func (r *clientSettingsResource) Read(ctx context.Context, state *clientSettingsModel) error {
	clientID := state.ClientID.ValueString()
	info, err := r.Client.ClientSettings(ctx, clientID)
	if err != nil {
		return err
	}
	ani, err := r.Client.ClientANI(ctx, clientID)
	if err != nil {
		return err
	}
	state.fromAPI(info, ani)
	return nil
}

// Delete forgets the settings: nothing is sent (ModifyPlan warned).
func (r *clientSettingsResource) Delete(context.Context, clientSettingsModel) error { return nil }

func (r *clientSettingsResource) ImportID() resourceid.Format {
	return resourceid.Format{Parts: []string{"client_id"}, Example: "@me or 12345"}
}

func (r *clientSettingsResource) Import(_ context.Context, parts []string) (resourcekit.Attributes, error) {
	if !clientIDPattern.MatchString(parts[0]) {
		return nil, resourceid.Invalidf("client_id %q must be a numeric client id or @me", parts[0])
	}
	return resourcekit.Attributes{"id": parts[0], "client_id": parts[0]}, nil
}

func (r *clientSettingsResource) IdentitySchema() identityschema.Schema {
	return identityschema.Schema{Attributes: map[string]identityschema.Attribute{
		"client_id": identityschema.StringAttribute{
			RequiredForImport: true,
			Description:       "The PBX client's numeric id (never @me).",
		},
	}}
}

// Identity is the numeric id the API answered with the settings; only
// without an answer is @me resolved (once per provider process).
func (r *clientSettingsResource) Identity(ctx context.Context, m clientSettingsModel) (resourcekit.Attributes, error) {
	if numeric := m.numericOwner(); numeric != "" {
		return resourcekit.Attributes{"client_id": numeric}, nil
	}
	numeric, err := r.Client.NumericClientID(ctx, m.ClientID.ValueString())
	if err != nil {
		return nil, fmt.Errorf("could not resolve client %s to its numeric id: %w", m.ClientID.ValueString(), err)
	}
	return resourcekit.Attributes{"client_id": numeric}, nil
}

func (r *clientSettingsResource) ListSchema() listschema.Schema {
	return listschema.Schema{
		MarkdownDescription: "Lists the settings of one PBX client: a single result (two API requests: the settings " +
			"and the default caller ID). It names the client by its numeric id, in its identity and in `client_id`. " +
			"Generated configuration sets every setting, so it manages them all: delete the lines of the settings " +
			"Terraform should leave alone.",
		Attributes: map[string]listschema.Attribute{
			"client_id": listschema.StringAttribute{
				Optional: true,
				MarkdownDescription: "The PBX client: its numeric id, or `@me` for the client the application belongs " +
					"to. Defaults to the provider's `pbx.client_id`.",
				Validators: []validator.String{clientIDValidator()},
			},
		},
	}
}

// List yields the one client's settings as an import by its numeric id
// reads them.
func (r *clientSettingsResource) List(ctx context.Context, config tfsdk.Config, yield func(clientSettingsModel) bool) error {
	var configured types.String
	if diags := config.GetAttribute(ctx, path.Root("client_id"), &configured); diags.HasError() {
		return resourcekit.Diagnostics(diags)
	}
	var m clientSettingsModel
	m.ClientID = types.StringValue(r.Client.DefaultClientID())
	if configured.ValueString() != "" {
		m.ClientID = configured
	}
	if err := r.Read(ctx, &m); err != nil {
		return err
	}
	m.ClientID = types.StringValue(m.numericOwner())
	m.ID = m.ClientID
	yield(m)
	return nil
}

// DisplayName: "Sandbox Trading LLC (client 12345)".
func (r *clientSettingsResource) DisplayName(m clientSettingsModel) string {
	return fmt.Sprintf("%s (client %s)", m.clientName, m.ClientID.ValueString())
}
