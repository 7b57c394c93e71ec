package pbx

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/dialrule"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

var (
	_ resourcekit.ConfigValidator = &dialRuleResource{}
)

// dialRuleObjects is where dial rule lists live at the PBX.
var dialRuleObjects = object[dialRuleModel, api.DialRuleList, *dialRuleModel]{kind: "dial rule list", idAttr: "dial_rule_id", collection: (*api.Client).DialRules}

type dialRuleResource struct {
	object[dialRuleModel, api.DialRuleList, *dialRuleModel]
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
			"id":           resourcekit.IDAttribute("`<client_id>/<dial_rule_id>`; also the import ID."),
			"dial_rule_id": resourcekit.AssignedID("The PBX's id of the list: set it as the `dial_rule_id` of the client or of an extension."),
			"client_id":    clientIDAttribute(),
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
	if resp.Diagnostics.HasError() {
		return
	}
	resourcekit.EachKnownObject(ctx, rules, &resp.Diagnostics, func(i int, m ruleModel) {
		rule := dialrule.Rule{MatchExp: m.MatchExp.ValueString(), ReplExp: m.ReplExp.ValueString()}
		matchKnown := !m.MatchExp.IsUnknown() && !m.MatchExp.IsNull()
		replKnown := !m.ReplExp.IsUnknown() && !m.ReplExp.IsNull()
		for _, p := range dialrule.Validate(rule, matchKnown, replKnown) {
			addProblem(&resp.Diagnostics, path.Root("rules").AtListIndex(i).AtName(p.Field), "Invalid dial rule", p.Detail)
		}
	})
}

func (r *dialRuleResource) Delete(ctx context.Context, state dialRuleModel) error {
	if err := r.object.Delete(ctx, state); err != nil {
		return fmt.Errorf("%w. A list still attached to the client or to an extension cannot be deleted: detach it first", err)
	}
	return nil
}
