package pbx

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

type limitsDataSource struct{ resourcekit.Base[*api.Client] }

type limitsModel struct {
	ClientID                types.String `tfsdk:"client_id"`
	DiskQuota               types.Int64  `tfsdk:"disk_quota"`
	ApplicationLimit        types.Int64  `tfsdk:"application_limit"`
	CallsLimit              types.Int64  `tfsdk:"calls_limit"`
	DialRuleLimit           types.Int64  `tfsdk:"dial_rule_limit"`
	EventLimit              types.Int64  `tfsdk:"event_limit"`
	ExtensionAgentLimit     types.Int64  `tfsdk:"extension_agent_limit"`
	ExtensionGroupLimit     types.Int64  `tfsdk:"extension_group_limit"`
	ExtensionLimit          types.Int64  `tfsdk:"extension_limit"`
	IncomRuleLimit          types.Int64  `tfsdk:"incom_rule_limit"`
	IntervalLimit           types.Int64  `tfsdk:"interval_limit"`
	IVRContextLimit         types.Int64  `tfsdk:"ivr_context_limit"`
	IVROptionLimit          types.Int64  `tfsdk:"ivr_option_limit"`
	IVRRuleLimit            types.Int64  `tfsdk:"ivr_rule_limit"`
	NetworkPermissionLimit  types.Int64  `tfsdk:"network_permission_limit"`
	RegLimit                types.Int64  `tfsdk:"reg_limit"`
	RemoteAgentLimit        types.Int64  `tfsdk:"remote_agent_limit"`
	SoundLimit              types.Int64  `tfsdk:"sound_limit"`
	UserClientLimit         types.Int64  `tfsdk:"user_client_limit"`
	UserExtensionGroupLimit types.Int64  `tfsdk:"user_extension_group_limit"`
	UserExtensionLimit      types.Int64  `tfsdk:"user_extension_limit"`
}

// limitDocs say what each quota counts; seed 004 gives only the names.
var limitDocs = map[string]string{
	"disk_quota":                 "The disk space for recordings and sounds, in the PBX's unit (not documented).",
	"application_limit":          "How many API applications the client may have.",
	"calls_limit":                "How many simultaneous calls the client may have.",
	"dial_rule_limit":            "How many outgoing-call rule lists (`telecom_pbx_dial_rule`) the client may have.",
	"event_limit":                "How many webhooks (client-wide and per extension) the client may have.",
	"extension_agent_limit":      "How many call-centre agents that are extensions the client may have.",
	"extension_group_limit":      "How many extension groups (`telecom_pbx_extension_group`) the client may have.",
	"extension_limit":            "How many extensions (`telecom_pbx_extension`) the client may have.",
	"incom_rule_limit":           "How many incoming-call rules the client may have.",
	"interval_limit":             "How many time intervals (`telecom_pbx_interval`) the client may have.",
	"ivr_context_limit":          "How many IVR menus the client may have.",
	"ivr_option_limit":           "How many IVR menu options the client may have.",
	"ivr_rule_limit":             "How many IVR rules the client may have.",
	"network_permission_limit":   "How many trusted-network groups (`telecom_pbx_network_permission`) the client may have.",
	"reg_limit":                  "How many SIP registrations the client may have.",
	"remote_agent_limit":         "How many call-centre agents that are remote numbers the client may have.",
	"sound_limit":                "How many uploaded sounds the client may have.",
	"user_client_limit":          "How many portal users at client level the client may have.",
	"user_extension_group_limit": "How many portal users of extension groups the client may have.",
	"user_extension_limit":       "How many portal users of extensions the client may have.",
}

func (d *limitsDataSource) Schema(context.Context) schema.Schema {
	attrs := map[string]schema.Attribute{
		"client_id": schema.StringAttribute{
			Optional:            true,
			MarkdownDescription: "Which client: its numeric id or `@me`. Defaults to the provider's `pbx.client_id`.",
			Validators:          []validator.String{clientIDValidator()},
		},
	}
	for name, doc := range limitDocs {
		attrs[name] = schema.Int64Attribute{Computed: true, MarkdownDescription: doc + " Null when the PBX does not say."}
	}
	return schema.Schema{
		MarkdownDescription: "The object quotas of a Telphin cloud-PBX client (`GET /client/{client_id}/limit/`): how " +
			"many extensions, groups, rule lists, webhooks and so on it may have. A create beyond a quota fails at " +
			"apply; a `check` block or a precondition on these values says so at plan time. One request.",
		Attributes: attrs,
	}
}

func (d *limitsDataSource) Identify(m limitsModel) string {
	return "the object quotas of client " + clientOrDefault(d.Client, m.ClientID)
}

func (d *limitsDataSource) Read(ctx context.Context, m *limitsModel) error {
	l, err := d.Client.Limits(ctx, clientOrDefault(d.Client, m.ClientID))
	if err != nil {
		return err
	}
	v := types.Int64PointerValue
	*m = limitsModel{
		ClientID: m.ClientID, DiskQuota: v(l.DiskQuota), ApplicationLimit: v(l.ApplicationLimit), CallsLimit: v(l.CallsLimit),
		DialRuleLimit: v(l.DialRuleLimit), EventLimit: v(l.EventLimit), ExtensionAgentLimit: v(l.ExtensionAgentLimit),
		ExtensionGroupLimit: v(l.ExtensionGroupLimit), ExtensionLimit: v(l.ExtensionLimit), IncomRuleLimit: v(l.IncomRuleLimit),
		IntervalLimit: v(l.IntervalLimit), IVRContextLimit: v(l.IVRContextLimit), IVROptionLimit: v(l.IVROptionLimit),
		IVRRuleLimit: v(l.IVRRuleLimit), NetworkPermissionLimit: v(l.NetworkPermissionLimit), RegLimit: v(l.RegLimit),
		RemoteAgentLimit: v(l.RemoteAgentLimit), SoundLimit: v(l.SoundLimit), UserClientLimit: v(l.UserClientLimit),
		UserExtensionGroupLimit: v(l.UserExtensionGroupLimit), UserExtensionLimit: v(l.UserExtensionLimit),
	}
	return nil
}
