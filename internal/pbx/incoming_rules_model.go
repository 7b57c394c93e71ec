package pbx

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
)

// incomingRulesModel is the state of a telecom_pbx_incoming_rules: every
// rule of one extension, in order.
type incomingRulesModel struct {
	ID          types.String `tfsdk:"id"`
	ClientID    types.String `tfsdk:"client_id"`
	ExtensionID types.Int64  `tfsdk:"extension_id"`
	Rules       types.List   `tfsdk:"rules"`
	RuleIDs     types.List   `tfsdk:"rule_ids"`

	// extensionName is the extension's short number (100), where a listing
	// told it: display names show it.
	extensionName string `tfsdk:"-"`
}

// incomingRuleModel is one element of rules.
type incomingRuleModel struct {
	Type                types.String `tfsdk:"type"`
	Name                types.String `tfsdk:"name"`
	CallStatus          types.String `tfsdk:"call_status"`
	CallerIDAction      types.String `tfsdk:"caller_id_action"`
	CallerID            types.String `tfsdk:"caller_id"`
	TransferDst         types.List   `tfsdk:"transfer_dst"`
	CascadeNumbers      types.List   `tfsdk:"cascade_numbers"`
	PlayfileSound       types.Int64  `tfsdk:"playfile_sound"`
	IntervalID          types.Int64  `tfsdk:"interval_id"`
	AllowPublicTransfer types.Bool   `tfsdk:"allow_public_transfer"`
}

// cascadeNumberModel is one step of a cascade.
type cascadeNumberModel struct {
	Delay  types.Int64  `tfsdk:"delay"`
	Number types.String `tfsdk:"number"`
}

var (
	cascadeNumberType = types.ObjectType{AttrTypes: map[string]attr.Type{"delay": types.Int64Type, "number": types.StringType}}
	incomingRuleType  = types.ObjectType{AttrTypes: map[string]attr.Type{
		"type": types.StringType, "name": types.StringType, "call_status": types.StringType,
		"caller_id_action": types.StringType, "caller_id": types.StringType,
		"transfer_dst": types.ListType{ElemType: types.StringType}, "cascade_numbers": types.ListType{ElemType: cascadeNumberType},
		"playfile_sound": types.Int64Type, "interval_id": types.Int64Type, "allow_public_transfer": types.BoolType,
	}}
)

// Defaults of a rule's fields, the API's.
const (
	ruleCallStatusDefault     = "any"
	ruleCallerIDActionDefault = "any"
)

// rules are the configured rules as the API takes them.
func (m incomingRulesModel) rules(ctx context.Context) ([]api.IncomingRule, diag.Diagnostics) {
	var rules []incomingRuleModel
	diags := m.Rules.ElementsAs(ctx, &rules, false)
	out := make([]api.IncomingRule, 0, len(rules))
	for _, r := range rules {
		in, d := r.toAPI(ctx)
		diags.Append(d...)
		out = append(out, in)
	}
	return out, diags
}

func (r incomingRuleModel) toAPI(ctx context.Context) (api.IncomingRule, diag.Diagnostics) {
	var diags diag.Diagnostics
	var dst []string
	if !r.TransferDst.IsNull() {
		diags.Append(r.TransferDst.ElementsAs(ctx, &dst, false)...)
	}
	var cascade []cascadeNumberModel
	if !r.CascadeNumbers.IsNull() {
		diags.Append(r.CascadeNumbers.ElementsAs(ctx, &cascade, false)...)
	}
	steps := make([]api.CascadeNumber, 0, len(cascade))
	for _, c := range cascade {
		steps = append(steps, api.CascadeNumber{Delay: c.Delay.ValueInt64(), Number: c.Number.ValueString()})
	}
	return api.IncomingRule{
		Type: r.Type.ValueString(), Name: r.Name.ValueStringPointer(),
		CallStatus: r.CallStatus.ValueString(), CallerIDAction: r.CallerIDAction.ValueString(),
		CallerID: r.CallerID.ValueStringPointer(), TransferDst: dst, CascadeNumbers: steps,
		PlayfileSound: r.PlayfileSound.ValueInt64Pointer(), IntervalID: r.IntervalID.ValueInt64Pointer(),
		AllowPublicTransfer: r.AllowPublicTransfer.ValueBoolPointer(),
	}, diags
}

// fromAPI reads the extension's rules, in the API's order.
func (m *incomingRulesModel) fromAPI(ctx context.Context, in []api.IncomingRule) diag.Diagnostics {
	var diags diag.Diagnostics
	rules := make([]attr.Value, 0, len(in))
	ids := make([]attr.Value, 0, len(in))
	for _, r := range in {
		obj, d := types.ObjectValueFrom(ctx, incomingRuleType.AttrTypes, incomingRuleFromAPI(r))
		diags.Append(d...)
		rules = append(rules, obj)
		ids = append(ids, types.Int64Value(r.ID))
	}
	list, d := types.ListValue(incomingRuleType, rules)
	diags.Append(d...)
	m.Rules = list
	m.RuleIDs = basetypes.NewListValueMust(types.Int64Type, ids)
	return diags
}

// incomingRuleFromAPI: values the API answers for "not set" read as null,
// the documented defaults as themselves, group_call as simple_transfer.
func incomingRuleFromAPI(r api.IncomingRule) incomingRuleModel {
	dst := types.ListNull(types.StringType)
	if len(r.TransferDst) > 0 {
		values := make([]attr.Value, 0, len(r.TransferDst))
		for _, n := range r.TransferDst {
			values = append(values, types.StringValue(n))
		}
		dst = basetypes.NewListValueMust(types.StringType, values)
	}
	cascade := types.ListNull(cascadeNumberType)
	if len(r.CascadeNumbers) > 0 {
		values := make([]attr.Value, 0, len(r.CascadeNumbers))
		for _, c := range r.CascadeNumbers {
			values = append(values, basetypes.NewObjectValueMust(cascadeNumberType.AttrTypes, map[string]attr.Value{
				"delay": types.Int64Value(c.Delay), "number": types.StringValue(c.Number),
			}))
		}
		cascade = basetypes.NewListValueMust(cascadeNumberType, values)
	}
	callStatus, action := r.CallStatus, r.CallerIDAction
	if callStatus == "" {
		callStatus = ruleCallStatusDefault
	}
	if action == "" {
		action = ruleCallerIDActionDefault
	}
	return incomingRuleModel{
		Type: types.StringValue(api.CanonicalRuleType(r.Type)), Name: stringFromAPI(deref(r.Name)),
		CallStatus: types.StringValue(callStatus), CallerIDAction: types.StringValue(action),
		CallerID: stringFromAPI(deref(r.CallerID)), TransferDst: dst, CascadeNumbers: cascade,
		PlayfileSound: positiveOrNull(r.PlayfileSound), IntervalID: positiveOrNull(r.IntervalID),
		AllowPublicTransfer: types.BoolValue(r.AllowPublicTransfer == nil || *r.AllowPublicTransfer),
	}
}

// setKey sets client_id and extension_id, and the resource id from them.
func (m *incomingRulesModel) setKey(clientID string, extensionID int64) {
	m.ClientID = types.StringValue(clientID)
	m.ExtensionID = types.Int64Value(extensionID)
	m.ID = objectID(clientID, extensionID)
}
