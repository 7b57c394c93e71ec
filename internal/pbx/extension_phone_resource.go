package pbx

import (
	"context"
	"fmt"
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
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourceid"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

var (
	_ resourcekit.Discoverable[extensionPhoneModel] = &extensionPhoneResource{}
	_ resourcekit.PlanModifier                      = &extensionPhoneResource{}
)

// conferencePINPattern: a PIN is keyed in on a phone's keypad (the PBX is
// not documented to refuse other characters; the emulator does).
var conferencePINPattern = regexp.MustCompile(`^[0-9]+$`)

// extensionPhoneResource is the SIP settings of a phone extension: a
// singleton that exists with the extension. As with the client's settings,
// only the attributes the configuration sets are managed and sent.
type extensionPhoneResource struct{ resourcekit.Base[*api.Client] }

// extensionPhoneModel is the state of a telecom_pbx_extension_phone.
type extensionPhoneModel struct {
	ID                            types.String `tfsdk:"id"`
	ClientID                      types.String `tfsdk:"client_id"`
	ExtensionID                   types.Int64  `tfsdk:"extension_id"`
	PasswordWO                    types.String `tfsdk:"password_wo"`
	PasswordWOVersion             types.Int64  `tfsdk:"password_wo_version"`
	AuthType                      types.String `tfsdk:"auth_type"`
	AllowWebRTC                   types.Bool   `tfsdk:"allow_webrtc"`
	RecordEnabled                 types.Bool   `tfsdk:"record_enabled"`
	RecordTransfer                types.Bool   `tfsdk:"record_transfer"`
	CallScreeningEnabled          types.Bool   `tfsdk:"call_screening_enabled"`
	Label                         types.String `tfsdk:"label"`
	AnnounceSoundUponIncomingCall types.Int64  `tfsdk:"announce_sound_upon_incoming_call"`
	AnnounceSoundUponOutgoingCall types.Int64  `tfsdk:"announce_sound_upon_outgoing_call"`
	ConferencePIN                 types.String `tfsdk:"conference_pin"`
	ConferenceAnnounceCallerName  types.Bool   `tfsdk:"conference_announce_caller_name"`
	ConferenceEndOnExit           types.Bool   `tfsdk:"conference_end_on_exit"`
}

// settings is what m says of the settings config manages (sets); the others
// are nil: not sent, left as they are. The password is added by the caller.
func (m extensionPhoneModel) settings(config extensionPhoneModel) api.PhoneSettings {
	return api.PhoneSettings{
		AuthType:                      managed(config.AuthType, m.AuthType.ValueStringPointer()),
		AllowWebRTC:                   managed(config.AllowWebRTC, m.AllowWebRTC.ValueBoolPointer()),
		RecordEnabled:                 managed(config.RecordEnabled, m.RecordEnabled.ValueBoolPointer()),
		RecordTransfer:                managed(config.RecordTransfer, m.RecordTransfer.ValueBoolPointer()),
		CallScreeningEnabled:          managed(config.CallScreeningEnabled, m.CallScreeningEnabled.ValueBoolPointer()),
		Label:                         managed(config.Label, m.Label.ValueStringPointer()),
		AnnounceSoundUponIncomingCall: managed(config.AnnounceSoundUponIncomingCall, m.AnnounceSoundUponIncomingCall.ValueInt64Pointer()),
		AnnounceSoundUponOutgoingCall: managed(config.AnnounceSoundUponOutgoingCall, m.AnnounceSoundUponOutgoingCall.ValueInt64Pointer()),
		ConferencePIN:                 managed(config.ConferencePIN, m.ConferencePIN.ValueStringPointer()),
		ConferenceAnnounceCallerName:  managed(config.ConferenceAnnounceCallerName, m.ConferenceAnnounceCallerName.ValueBoolPointer()),
		ConferenceEndOnExit:           managed(config.ConferenceEndOnExit, m.ConferenceEndOnExit.ValueBoolPointer()),
	}
}

// fromAPI reads every setting; the password is never read.
func (m *extensionPhoneModel) fromAPI(in api.PhoneSettings) {
	m.AuthType = types.StringPointerValue(in.AuthType)
	m.AllowWebRTC = types.BoolPointerValue(in.AllowWebRTC)
	m.RecordEnabled = types.BoolPointerValue(in.RecordEnabled)
	m.RecordTransfer = types.BoolPointerValue(in.RecordTransfer)
	m.CallScreeningEnabled = types.BoolPointerValue(in.CallScreeningEnabled)
	m.Label = types.StringPointerValue(in.Label)
	m.AnnounceSoundUponIncomingCall = positiveOrNull(in.AnnounceSoundUponIncomingCall)
	m.AnnounceSoundUponOutgoingCall = positiveOrNull(in.AnnounceSoundUponOutgoingCall)
	m.ConferencePIN = types.StringPointerValue(in.ConferencePIN)
	m.ConferenceAnnounceCallerName = types.BoolPointerValue(in.ConferenceAnnounceCallerName)
	m.ConferenceEndOnExit = types.BoolPointerValue(in.ConferenceEndOnExit)
}

// fillUnknown takes from answered what the plan could not know.
func (m *extensionPhoneModel) fillUnknown(answered extensionPhoneModel) {
	known(&m.AuthType, answered.AuthType)
	known(&m.AllowWebRTC, answered.AllowWebRTC)
	known(&m.RecordEnabled, answered.RecordEnabled)
	known(&m.RecordTransfer, answered.RecordTransfer)
	known(&m.CallScreeningEnabled, answered.CallScreeningEnabled)
	known(&m.Label, answered.Label)
	known(&m.AnnounceSoundUponIncomingCall, answered.AnnounceSoundUponIncomingCall)
	known(&m.AnnounceSoundUponOutgoingCall, answered.AnnounceSoundUponOutgoingCall)
	known(&m.ConferencePIN, answered.ConferencePIN)
	known(&m.ConferenceAnnounceCallerName, answered.ConferenceAnnounceCallerName)
	known(&m.ConferenceEndOnExit, answered.ConferenceEndOnExit)
}

func (r *extensionPhoneResource) Schema(context.Context) schema.Schema {
	setting := func(doc string) schema.BoolAttribute {
		return schema.BoolAttribute{
			Optional: true, Computed: true, MarkdownDescription: doc + unmanagedNote,
			PlanModifiers: []planmodifier.Bool{boolplanmodifier.UseStateForUnknown()},
		}
	}
	return schema.Schema{
		MarkdownDescription: "The SIP settings of a Telphin PBX phone extension (`/extension/{id}/phone/`): its SIP " +
			"password, how it authenticates, recording, call screening and its local conference. A singleton: the " +
			"settings exist with the extension, so nothing is created or deleted. Only for extensions of `type = " +
			"phone`: another type is an error at apply.\n\n" +
			"**Only what you write is managed**, as with `telecom_pbx_client_settings`: an attribute set in the " +
			"configuration is sent and kept as written; one left out is read, never sent, and never shows a diff. " +
			"Updates send only what changed.\n\n" +
			"**The SIP password is write-only.** `password_wo` is sent when the resource is created (if set) and " +
			"whenever `password_wo_version` changes: the password changes in place. Whether the API answers the " +
			"password is not documented; the provider drops it from every answer, so it is never in the state, and " +
			"never in a saved plan when it comes from an ephemeral variable.\n\n" +
			"**Destroy only forgets**: the settings stay as they are at the PBX, and the plan warns so.",
		Attributes: map[string]schema.Attribute{
			"id":        resourcekit.IDAttribute("`<client_id>/<extension_id>`; also the import ID."),
			"client_id": extensionClientIDAttribute(),
			"extension_id": schema.Int64Attribute{
				Required:            true,
				MarkdownDescription: "The phone extension (a `telecom_pbx_extension`'s `extension_id`). Changing it replaces the resource.",
				Validators:          []validator.Int64{int64validator.AtLeast(1)},
				PlanModifiers:       []planmodifier.Int64{int64planmodifier.RequiresReplace()},
			},
			"password_wo": schema.StringAttribute{
				Optional: true, WriteOnly: true, Sensitive: true,
				MarkdownDescription: "The extension's SIP registration password. Write-only (Terraform 1.11+): sent " +
					"on create and when `password_wo_version` changes, never stored.",
				Validators: []validator.String{notBlank()},
			},
			"password_wo_version": schema.Int64Attribute{
				Optional:            true,
				MarkdownDescription: "Any number; change it to send `password_wo` again: the SIP password changes in place.",
			},
			"auth_type": settingString("How SIP requests authenticate: `digest` (the password; the PBX's default), "+
				"`network` (the source address only: a trusted network, see `telecom_pbx_network_permission`) or `both`.",
				stringvalidator.OneOf(api.PhoneAuthTypes...)),
			"allow_webrtc":           setting("Whether the extension may register over WebRTC."),
			"record_enabled":         setting("Whether the extension's calls are recorded."),
			"record_transfer":        setting("Whether forwarded calls are recorded too."),
			"call_screening_enabled": setting("Whether the callee first hears who calls, and accepts with 1."),
			"label":                  settingString("The name shown on the extension's outgoing calls.", notBlank()),
			"announce_sound_upon_incoming_call": settingInt("A sound played when the extension answers an incoming "+
				"call (an id from `telecom_pbx_sounds`).", positiveID),
			"announce_sound_upon_outgoing_call": settingInt("A sound played as an announcement on the extension's "+
				"outgoing calls.", positiveID),
			"conference_pin": func() schema.StringAttribute {
				a := settingString("The PIN of the extension's local conference (`*8<extension>`).", notBlank(),
					stringvalidator.RegexMatches(conferencePINPattern, "must be digits only: callers key the PIN in on their phone"))
				a.Sensitive = true
				return a
			}(),
			"conference_announce_caller_name": setting("Whether the local conference announces who joins (the PBX's default: yes)."),
			"conference_end_on_exit":          setting("Whether the local conference ends when its owner leaves (the PBX's default: yes)."),
		},
	}
}

// ModifyPlan fills client_id; on destroy it warns that the settings stay.
func (r *extensionPhoneResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if !req.Plan.Raw.IsNull() {
		planExtensionClientID(ctx, r.Client, req, resp)
		return
	}
	var extensionID types.Int64
	resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root("extension_id"), &extensionID)...)
	resp.Diagnostics.AddWarning("SIP phone settings stay as they are",
		fmt.Sprintf("Destroying telecom_pbx_extension_phone only removes it from the Terraform state: the SIP settings "+
			"of extension %d (password, authentication, recording and the rest) stay as they are at the PBX.", extensionID.ValueInt64()))
}

func (r *extensionPhoneResource) Identify(m extensionPhoneModel) string {
	return fmt.Sprintf("the SIP settings of extension %d", m.ExtensionID.ValueInt64())
}

// Create checks that the extension is a phone, then sends the settings the
// configuration sets (and the password) and reads the rest.
func (r *extensionPhoneResource) Create(ctx context.Context, plan *extensionPhoneModel, config extensionPhoneModel) error {
	e, err := r.Client.Extensions().Get(ctx, plan.ClientID.ValueString(), plan.ExtensionID.ValueInt64())
	if err != nil {
		return err
	}
	if e.Type != "phone" {
		return fmt.Errorf("extension %d (%s) is a %s extension: SIP phone settings exist only for extensions of type = phone",
			e.ID, e.Name, e.Type)
	}
	plan.ID = objectID(plan.ClientID.ValueString(), plan.ExtensionID.ValueInt64())
	return r.write(ctx, plan, extensionPhoneModel{}, config, true)
}

// Update sends the managed settings that changed, and the password when its
// version changed.
func (r *extensionPhoneResource) Update(ctx context.Context, plan *extensionPhoneModel, state, config extensionPhoneModel) error {
	plan.ID = objectID(plan.ClientID.ValueString(), plan.ExtensionID.ValueInt64())
	return r.write(ctx, plan, state, config, !plan.PasswordWOVersion.Equal(state.PasswordWOVersion))
}

func (r *extensionPhoneResource) write(ctx context.Context, plan *extensionPhoneModel, before, config extensionPhoneModel, sendPassword bool) error {
	extensionID := plan.ExtensionID.ValueInt64()
	after := plan.settings(config)
	if sendPassword && !config.PasswordWO.IsNull() {
		after.Password = config.PasswordWO.ValueStringPointer()
	}
	answer, sent, err := r.Client.ChangePhoneSettings(ctx, extensionID, before.settings(config), after)
	if err == nil && !sent {
		answer, err = r.Client.PhoneSettings(ctx, extensionID)
	}
	if err != nil {
		return err
	}
	var answered extensionPhoneModel
	answered.fromAPI(answer)
	plan.fillUnknown(answered)
	return nil
}

func (r *extensionPhoneResource) Read(ctx context.Context, state *extensionPhoneModel) error {
	settings, err := r.Client.PhoneSettings(ctx, state.ExtensionID.ValueInt64())
	if err != nil {
		return err
	}
	state.fromAPI(settings)
	return nil
}

// Delete forgets the settings: nothing is sent (ModifyPlan warned).
func (r *extensionPhoneResource) Delete(context.Context, extensionPhoneModel) error { return nil }

func (r *extensionPhoneResource) ImportID() resourceid.Format { return objectIDFormat("extension_id") }

func (r *extensionPhoneResource) Import(_ context.Context, parts []string) (resourcekit.Attributes, error) {
	return importObject("extension_id", parts)
}

func (r *extensionPhoneResource) IdentitySchema() identityschema.Schema {
	return extensionIdentitySchema()
}

func (r *extensionPhoneResource) Identity(ctx context.Context, m extensionPhoneModel) (resourcekit.Attributes, error) {
	return extensionIdentity(ctx, r.Client, m.ClientID.ValueString(), m.ExtensionID.ValueInt64())
}

func (r *extensionPhoneResource) ListSchema() listschema.Schema {
	s := extensionListSchema("the SIP settings of each phone extension of a client (one request for the extensions, " +
		"then one per phone extension)")
	s.MarkdownDescription += " Generated configuration sets every setting, so it manages them all: delete the lines " +
		"of the settings Terraform should leave alone."
	return s
}

// List yields the settings of each phone extension of the client, or of
// the configured extension when it is a phone.
func (r *extensionPhoneResource) List(ctx context.Context, config tfsdk.Config, yield func(extensionPhoneModel) bool) error {
	return eachListedExtension(ctx, r.Client, config, func(clientID string, e api.Extension) (bool, error) {
		if e.Type != "phone" {
			return true, nil
		}
		m := extensionPhoneModel{ClientID: types.StringValue(clientID), ExtensionID: types.Int64Value(e.ID), ID: objectID(clientID, e.ID)}
		if err := r.Read(ctx, &m); err != nil {
			return false, err
		}
		return yield(m), nil
	})
}

// DisplayName: "extension 372850 (digest)".
func (r *extensionPhoneResource) DisplayName(m extensionPhoneModel) string {
	return fmt.Sprintf("extension %d (%s)", m.ExtensionID.ValueInt64(), m.AuthType.ValueString())
}
