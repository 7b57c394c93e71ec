package pbx

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/dialrule"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourceid"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

var (
	_ resourcekit.Definition[dialRuleModel, *api.Client] = &dialRuleResource{}
	_ resourcekit.PlanModifier                           = &dialRuleResource{}
	_ resourcekit.ConfigValidator                        = &dialRuleResource{}
)

// NewDialRuleResource is the telecom_pbx_dial_rule resource.
func NewDialRuleResource() resource.Resource {
	return resourcekit.NewResource(vendor, &dialRuleResource{})
}

type dialRuleResource struct {
	resourcekit.Base[*api.Client]
}

func (r *dialRuleResource) Meta() resourcekit.Meta {
	return resourcekit.Meta{TypeName: "pbx_dial_rule", Noun: "PBX dial rule list"}
}

func (r *dialRuleResource) Schema(context.Context) schema.Schema {
	return schema.Schema{
		MarkdownDescription: "A Telphin cloud-PBX outgoing-call rule list: rules that rewrite (or block) the numbers " +
			"users dial. A list takes effect once it is attached by its `dial_rule_id` to the client or to an extension.\n\n" +
			"**Order matters.** For each dialled number the PBX tries the rules in list order and applies the **first** " +
			"whose `match_exp` matches; later rules are not tried. Reordering `rules` is an in-place update (the whole " +
			"list is sent). Every pattern is checked at plan time with a PCRE-compatible engine, and every `\\N` in " +
			"`repl_exp` against the number of groups of its pattern. An empty `repl_exp` is sent as is; the vendor " +
			"suggests such rules block the call, but does not document it. Use `provider::telecom::dial_rewrite` to " +
			"check what the list does to a number before it reaches the PBX.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				Computed:            true,
				MarkdownDescription: "`<client_id>/<dial_rule_id>`; also the import ID.",
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"dial_rule_id": schema.Int64Attribute{
				Computed:            true,
				MarkdownDescription: "The PBX's id of the list: set it as the `dial_rule_id` of the client or of an extension.",
				PlanModifiers:       []planmodifier.Int64{int64planmodifier.UseStateForUnknown()},
			},
			"client_id": clientIDAttribute(),
			"name": schema.StringAttribute{
				Required:            true,
				MarkdownDescription: "Name of the rule list.",
				Validators:          []validator.String{notBlank()},
			},
			"rules": schema.ListNestedAttribute{
				Required:            true,
				MarkdownDescription: "The rules, in the order the PBX tries them; the first match wins. At least one.",
				Validators:          []validator.List{listvalidator.SizeAtLeast(1)},
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"match_exp": schema.StringAttribute{
						Required: true,
						MarkdownDescription: "PCRE pattern the dialled number must match, e.g. `^8(\\d{10})$`. Anchor it " +
							"with `^…$` unless a partial match is meant. In HCL, a backslash is written twice: `\"^8(\\\\d{10})$\"`.",
					},
					"repl_exp": schema.StringAttribute{
						Required: true,
						MarkdownDescription: "What the number becomes; `\\1` … `\\9` insert the pattern's groups, e.g. " +
							"`7\\1` (written `\"7\\\\1\"` in HCL).",
					},
					"comment": schema.StringAttribute{
						Optional:            true,
						MarkdownDescription: "Free text for people reading the rule.",
						Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
					},
				}},
			},
		},
	}
}

func (r *dialRuleResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	var rules types.List
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("rules"), &rules)...)
	if resp.Diagnostics.HasError() || rules.IsNull() || rules.IsUnknown() {
		return
	}
	for i, elem := range rules.Elements() {
		obj, ok := elem.(types.Object)
		if !ok || obj.IsNull() || obj.IsUnknown() {
			continue
		}
		var m ruleModel
		if d := obj.As(ctx, &m, basetypes.ObjectAsOptions{}); d.HasError() {
			resp.Diagnostics.Append(d...)
			continue
		}
		rule := dialrule.Rule{MatchExp: m.MatchExp.ValueString(), ReplExp: m.ReplExp.ValueString()}
		matchKnown := !m.MatchExp.IsUnknown() && !m.MatchExp.IsNull()
		replKnown := !m.ReplExp.IsUnknown() && !m.ReplExp.IsNull()
		for _, p := range dialrule.Validate(rule, matchKnown, replKnown) {
			addProblem(&resp.Diagnostics, path.Root("rules").AtListIndex(i).AtName(p.Field), "Invalid dial rule", p.Detail)
		}
	}
}

func (r *dialRuleResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	planClientID(ctx, r.Client, req, resp)
}

func (r *dialRuleResource) Identify(m dialRuleModel) string {
	if m.DialRuleID.IsNull() || m.DialRuleID.IsUnknown() {
		return fmt.Sprintf("dial rule list %q for client %s", m.Name.ValueString(), m.ClientID.ValueString())
	}
	return fmt.Sprintf("dial rule list %d of client %s", m.DialRuleID.ValueInt64(), m.ClientID.ValueString())
}

func (r *dialRuleResource) Create(ctx context.Context, plan *dialRuleModel, _ dialRuleModel) error {
	in, diags := plan.toAPI(ctx)
	if diags.HasError() {
		return resourcekit.Diagnostics(diags)
	}
	created, err := r.Client.DialRules().Create(ctx, plan.ClientID.ValueString(), in)
	if err != nil {
		return err
	}
	plan.DialRuleID = types.Int64Value(created.ID)
	plan.ID = objectID(plan.ClientID.ValueString(), created.ID)
	return nil
}

func (r *dialRuleResource) Read(ctx context.Context, state *dialRuleModel) error {
	got, err := r.Client.DialRules().Get(ctx, state.ClientID.ValueString(), state.DialRuleID.ValueInt64())
	if err != nil {
		return err
	}
	return resourcekit.Diagnostics(state.fromAPI(ctx, got))
}

func (r *dialRuleResource) Update(ctx context.Context, plan *dialRuleModel, state, _ dialRuleModel) error {
	in, diags := plan.toAPI(ctx)
	if diags.HasError() {
		return resourcekit.Diagnostics(diags)
	}
	id := state.DialRuleID.ValueInt64()
	if _, err := r.Client.DialRules().Update(ctx, plan.ClientID.ValueString(), id, in); err != nil {
		return err
	}
	plan.DialRuleID = state.DialRuleID
	plan.ID = objectID(plan.ClientID.ValueString(), id)
	return nil
}

func (r *dialRuleResource) Delete(ctx context.Context, state dialRuleModel) error {
	err := r.Client.DialRules().Delete(ctx, state.ClientID.ValueString(), state.DialRuleID.ValueInt64())
	if err != nil {
		return fmt.Errorf("%w. A list still attached to the client or to an extension cannot be deleted: detach it first", err)
	}
	return nil
}

func (r *dialRuleResource) ImportID() resourceid.Format { return objectIDFormat("dial_rule_id") }

func (r *dialRuleResource) Import(_ context.Context, parts []string) (resourcekit.Attributes, error) {
	return importObject("dial_rule_id", parts)
}
