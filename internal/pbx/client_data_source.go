package pbx

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

type clientDataSource struct{ resourcekit.Base[*api.Client] }

type clientModel struct {
	ClientID                 types.String `tfsdk:"client_id"`
	ID                       types.Int64  `tfsdk:"id"`
	Name                     types.String `tfsdk:"name"`
	Domain                   types.String `tfsdk:"domain"`
	DomainPrefix             types.String `tfsdk:"domain_prefix"`
	Prefix                   types.String `tfsdk:"prefix"`
	CreateDate               types.String `tfsdk:"create_date"`
	Type                     types.String `tfsdk:"type"`
	Email                    types.String `tfsdk:"email"`
	Timezone                 types.String `tfsdk:"timezone"`
	Language                 types.String `tfsdk:"language"`
	ExtensionLen             types.Int64  `tfsdk:"extension_len"`
	DialRuleID               types.Int64  `tfsdk:"dial_rule_id"`
	HoldMusic                types.Int64  `tfsdk:"hold_music"`
	SIPNetworkPermissionID   types.Int64  `tfsdk:"sip_network_permission_id"`
	Presence                 types.String `tfsdk:"presence"`
	RecordStereo             types.Bool   `tfsdk:"record_stereo"`
	RecordFormat             types.String `tfsdk:"record_format"`
	RegStatusLog             types.Bool   `tfsdk:"reg_status_log"`
	CallInteractiveURL       types.String `tfsdk:"call_interactive_url"`
	CallInteractiveMethod    types.String `tfsdk:"call_interactive_method"`
	CallInteractiveTimeout   types.Int64  `tfsdk:"call_interactive_timeout"`
	CallInteractiveOutCall   types.Bool   `tfsdk:"call_interactive_out_call"`
	DiskSpaceNotifyEmail     types.String `tfsdk:"disk_space_notify_email"`
	DiskSpaceNotifyThreshold types.Int64  `tfsdk:"disk_space_notify_threshold"`
	GeoList                  types.String `tfsdk:"geo_list"`
	DidAsTransferCallerID    types.String `tfsdk:"did_as_transfer_caller_id"`
	ShortLocalCallerID       types.String `tfsdk:"short_local_caller_id"`
	JurAddress               types.String `tfsdk:"jur_address"`
	FactAddress              types.String `tfsdk:"fact_address"`
	ContactPhones            types.String `tfsdk:"contact_phones"`
	Ambassadors              types.String `tfsdk:"ambassadors"`
	ExtraParams              types.String `tfsdk:"extra_params"`
}

func (d *clientDataSource) Schema(context.Context) schema.Schema {
	str := func(desc string) schema.StringAttribute {
		return schema.StringAttribute{Computed: true, MarkdownDescription: desc}
	}
	num := func(desc string) schema.Int64Attribute {
		return schema.Int64Attribute{Computed: true, MarkdownDescription: desc}
	}
	flag := func(desc string) schema.BoolAttribute {
		return schema.BoolAttribute{Computed: true, MarkdownDescription: desc}
	}
	return schema.Schema{
		MarkdownDescription: "The settings of a Telphin cloud-PBX client (`GET /client/client_info/{client_id}/`): its " +
			"time zone, the dial rule list attached to it, the length of its extension numbers, and the rest. Useful to " +
			"give `telecom_pbx_interval` the client's own time zone, or to see which `telecom_pbx_dial_rule` is in force.",
		Attributes: map[string]schema.Attribute{
			"client_id": schema.StringAttribute{
				Optional:            true,
				MarkdownDescription: "Which client: its numeric id or `@me`. Defaults to the provider's `pbx.client_id`.",
				Validators:          []validator.String{stringvalidator.RegexMatches(clientIDPattern, "must be a numeric client id or @me")},
			},
			"id":                          num("The client's numeric id (also when `client_id` is `@me`)."),
			"name":                        str("Client name."),
			"domain":                      str("SIP domain of the client."),
			"domain_prefix":               str("Prefix of the SIP domain."),
			"prefix":                      str("Prefix of the client's extension names (`<prefix>*<extension>`)."),
			"create_date":                 str("When the client was created, `YYYY-MM-DD HH:MM:SS`."),
			"type":                        str("`J` for a legal person, `F` for a natural person."),
			"email":                       str("Contact e-mail."),
			"timezone":                    str("The client's IANA time zone (the PBX default is `Europe/Moscow`)."),
			"language":                    str("Language of the client's PBX."),
			"extension_len":               num("Digits in an extension number (2, 3 or 4); fixed when the client is created."),
			"dial_rule_id":                num("Id of the outgoing-call rule list attached to the client (a `telecom_pbx_dial_rule`); null when none."),
			"hold_music":                  num("Sound id of the music on hold."),
			"sip_network_permission_id":   num("Trusted-network group of the client's SIP devices."),
			"presence":                    str("Presence setting."),
			"record_stereo":               flag("Whether calls are recorded in stereo."),
			"record_format":               str("Recording file format, e.g. `mp3`."),
			"reg_status_log":              flag("Whether SIP registration changes are logged."),
			"call_interactive_url":        str("URL the PBX asks how to route calls (call interactive)."),
			"call_interactive_method":     str("HTTP method of the call interactive request, `GET` or `POST`."),
			"call_interactive_timeout":    num("Timeout of the call interactive request."),
			"call_interactive_out_call":   flag("Whether outgoing calls also ask the call interactive URL."),
			"disk_space_notify_email":     str("Where to send disk-space warnings."),
			"disk_space_notify_threshold": num("Disk use, in percent, that triggers a warning."),
			"geo_list":                    str("Countries calls may go to, as ISO codes separated by spaces (`*` = all)."),
			"did_as_transfer_caller_id":   str("Whether a transferred call shows the DID as caller id."),
			"short_local_caller_id":       str("Short caller id setting for internal calls."),
			"jur_address":                 str("Registered (legal) address."),
			"fact_address":                str("Actual address."),
			"contact_phones":              str("Contact phone numbers."),
			"ambassadors":                 str("Ambassadors setting, as the API returns it."),
			"extra_params":                str("Free-form extra parameters, as the API returns them."),
		},
	}
}

func (d *clientDataSource) Identify(m clientModel) string {
	return "the settings of client " + d.clientID(m)
}

// clientID is the configured client, or the provider's.
func (d *clientDataSource) clientID(m clientModel) string {
	if m.ClientID.IsNull() {
		return d.Client.DefaultClientID()
	}
	return m.ClientID.ValueString()
}

func (d *clientDataSource) Read(ctx context.Context, m *clientModel) error {
	clientID := d.clientID(*m)
	c, err := d.Client.ClientInfo(ctx, clientID)
	if err != nil {
		return err
	}
	*m = clientModel{
		ClientID: types.StringValue(clientID), ID: types.Int64Value(c.ID), Name: types.StringValue(c.Name),
		Domain: types.StringValue(c.Domain), DomainPrefix: types.StringValue(c.DomainPrefix), Prefix: types.StringValue(c.Prefix),
		CreateDate: types.StringValue(c.CreateDate), Type: types.StringValue(c.Type), Email: types.StringValue(c.Email),
		Timezone: types.StringValue(c.Timezone), Language: types.StringValue(c.Language),
		ExtensionLen: types.Int64PointerValue(c.ExtensionLen), DialRuleID: positiveOrNull(c.DialRuleID),
		HoldMusic: types.Int64PointerValue(c.HoldMusic), SIPNetworkPermissionID: types.Int64PointerValue(c.SIPNetworkPermissionID),
		Presence: types.StringValue(c.Presence), RecordStereo: types.BoolPointerValue(c.RecordStereo),
		RecordFormat: types.StringValue(c.RecordFormat), RegStatusLog: types.BoolPointerValue(c.RegStatusLog),
		CallInteractiveURL: types.StringValue(c.CallInteractiveURL), CallInteractiveMethod: types.StringValue(c.CallInteractiveMethod),
		CallInteractiveTimeout: types.Int64PointerValue(c.CallInteractiveTimeout), CallInteractiveOutCall: types.BoolPointerValue(c.CallInteractiveOutCall),
		DiskSpaceNotifyEmail: types.StringValue(c.DiskSpaceNotifyEmail), DiskSpaceNotifyThreshold: types.Int64PointerValue(c.DiskSpaceNotifyThreshold),
		GeoList: types.StringValue(c.GeoList), DidAsTransferCallerID: types.StringValue(c.DidAsTransferCallerID),
		ShortLocalCallerID: types.StringValue(c.ShortLocalCallerID), JurAddress: types.StringValue(c.JurAddress),
		FactAddress: types.StringValue(c.FactAddress), ContactPhones: types.StringValue(c.ContactPhones),
		Ambassadors: types.StringValue(c.Ambassadors), ExtraParams: types.StringPointerValue(c.ExtraParams),
	}
	return nil
}

// positiveOrNull: an id of 0 means "none".
func positiveOrNull(p *int64) types.Int64 {
	if p == nil || *p <= 0 {
		return types.Int64Null()
	}
	return types.Int64Value(*p)
}
