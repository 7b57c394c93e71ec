package pbx

import (
	"context"
	"errors"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
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
)

var (
	_ resource.ResourceWithConfigure      = &dialRuleResource{}
	_ resource.ResourceWithImportState    = &dialRuleResource{}
	_ resource.ResourceWithModifyPlan     = &dialRuleResource{}
	_ resource.ResourceWithValidateConfig = &dialRuleResource{}
)

// NewDialRuleResource is the telecom_pbx_dial_rule resource.
func NewDialRuleResource() resource.Resource { return &dialRuleResource{} }

type dialRuleResource struct {
	client *api.Client
}

type dialRuleModel struct {
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

func (r *dialRuleResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_pbx_dial_rule"
}

func (r *dialRuleResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = schema.Schema{
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

func (r *dialRuleResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	client, diags := clientFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	r.client = client
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
	planClientID(ctx, r.client, req, resp)
}

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
	m.DialRuleID = types.Int64Value(in.ID)
	m.ID = objectID(m.ClientID.ValueString(), in.ID)
	return diags
}

func (r *dialRuleResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan dialRuleModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	in, diags := plan.toAPI(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	created, err := r.client.DialRules().Create(ctx, plan.ClientID.ValueString(), in)
	if err != nil {
		resp.Diagnostics.AddError("Error creating PBX dial rule list",
			fmt.Sprintf("Could not create dial rule list %q for client %s: %s", in.Name, plan.ClientID.ValueString(), err))
		return
	}
	plan.DialRuleID = types.Int64Value(created.ID)
	plan.ID = objectID(plan.ClientID.ValueString(), created.ID)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *dialRuleResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state dialRuleModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	got, err := r.client.DialRules().Get(ctx, state.ClientID.ValueString(), state.DialRuleID.ValueInt64())
	if errors.Is(err, api.ErrNotFound) && !api.IsClientNotFound(err) {
		resp.State.RemoveResource(ctx)
		return
	}
	if err != nil {
		resp.Diagnostics.AddError("Error reading PBX dial rule list",
			fmt.Sprintf("Could not read dial rule list %d of client %s: %s", state.DialRuleID.ValueInt64(), state.ClientID.ValueString(), err))
		return
	}
	resp.Diagnostics.Append(state.fromAPI(ctx, got)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *dialRuleResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state dialRuleModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	in, diags := plan.toAPI(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := state.DialRuleID.ValueInt64()
	if _, err := r.client.DialRules().Update(ctx, plan.ClientID.ValueString(), id, in); err != nil {
		resp.Diagnostics.AddError("Error updating PBX dial rule list",
			fmt.Sprintf("Could not update dial rule list %d of client %s: %s", id, plan.ClientID.ValueString(), err))
		return
	}
	plan.DialRuleID = state.DialRuleID
	plan.ID = objectID(plan.ClientID.ValueString(), id)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *dialRuleResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state dialRuleModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := r.client.DialRules().Delete(ctx, state.ClientID.ValueString(), state.DialRuleID.ValueInt64()); err != nil {
		resp.Diagnostics.AddError("Error deleting PBX dial rule list",
			fmt.Sprintf("Could not delete dial rule list %d of client %s: %s. A list still attached to the client or to an extension cannot be deleted: detach it first.",
				state.DialRuleID.ValueInt64(), state.ClientID.ValueString(), err))
	}
}

func (r *dialRuleResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	importObject(ctx, "telecom_pbx_dial_rule", "dial_rule_id", req, resp)
}
