package pbx

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
)

// dialRuleModel is the state of a telecom_pbx_dial_rule.
type dialRuleModel struct {
	apiOwner   `tfsdk:"-"`
	ID         types.String `tfsdk:"id"`
	DialRuleID types.Int64  `tfsdk:"dial_rule_id"`
	ClientID   types.String `tfsdk:"client_id"`
	Name       types.String `tfsdk:"name"`
	Rules      types.List   `tfsdk:"rules"`
}

type ruleModel struct {
	MatchExp types.String `tfsdk:"match_exp"`
	ReplExp  types.String `tfsdk:"repl_exp"`
	Comment  types.String `tfsdk:"comment"`
}

var ruleObjectType = types.ObjectType{AttrTypes: map[string]attr.Type{
	"match_exp": types.StringType,
	"repl_exp":  types.StringType,
	"comment":   types.StringType,
}}

func (m dialRuleModel) toAPI(ctx context.Context) (api.DialRuleList, diag.Diagnostics) {
	var rules []ruleModel
	diags := m.Rules.ElementsAs(ctx, &rules, false)
	out := api.DialRuleList{Name: m.Name.ValueString(), DialRules: make([]api.DialRule, 0, len(rules))}
	for _, r := range rules {
		out.DialRules = append(out.DialRules, api.DialRule{
			MatchExp: r.MatchExp.ValueString(), ReplExp: r.ReplExp.ValueString(), Comment: r.Comment.ValueString(),
		})
	}
	return out, diags
}

func (m *dialRuleModel) fromAPI(ctx context.Context, in api.DialRuleList) diag.Diagnostics {
	rules := make([]ruleModel, 0, len(in.DialRules))
	for _, r := range in.DialRules {
		rules = append(rules, ruleModel{
			MatchExp: types.StringValue(r.MatchExp), ReplExp: types.StringValue(r.ReplExp), Comment: stringFromAPI(r.Comment),
		})
	}
	list, diags := types.ListValueFrom(ctx, ruleObjectType, rules)
	m.Name = types.StringValue(in.Name)
	m.Rules = list
	m.setID(in.ID)
	return diags
}

func (m *dialRuleModel) ref() (string, int64) {
	return m.ClientID.ValueString(), m.DialRuleID.ValueInt64()
}

func (m *dialRuleModel) setID(id int64) {
	m.DialRuleID = types.Int64Value(id)
	m.ID = objectID(m.ClientID.ValueString(), id)
}

func (m *dialRuleModel) name() string { return m.Name.ValueString() }

func (m *dialRuleModel) setClientID(clientID string) { m.ClientID = types.StringValue(clientID) }
