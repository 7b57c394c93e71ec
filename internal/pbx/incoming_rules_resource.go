package pbx

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/identityschema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringdefault"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/dialrule"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourceid"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

var (
	_ resourcekit.Discoverable[incomingRulesModel] = &incomingRulesResource{}
	_ resourcekit.PlanModifier                     = &incomingRulesResource{}
	_ resourcekit.ConfigValidator                  = &incomingRulesResource{}
)

// incomingRulesResource owns every incoming-call rule of one extension, as
// an ordered list. Rule i of the list is the extension's i-th rule: updates
// rewrite rules in place by position, add rules at the end and delete
// surplus rules from the end, so the extension never has no rules while
// they change, and the API's undocumented order call is never needed.
type incomingRulesResource struct{ resourcekit.Base[*api.Client] }

// ruleFields are the fields that belong to each rule type besides the
// common ones (name, call_status, caller_id_action, caller_id, interval_id,
// allow_public_transfer); the others are refused.
var ruleFields = map[string][]string{
	"busy": nil, "hangup": nil, "voicemail": nil,
	"transfer": {"transfer_dst"}, "simple_transfer": {"transfer_dst"},
	"playfile": {"playfile_sound"}, "cascade": {"cascade_numbers"},
}

// typeOnlyFields are the fields that belong to some rule types only.
var typeOnlyFields = []string{"transfer_dst", "playfile_sound", "cascade_numbers"}

func (r *incomingRulesResource) Schema(context.Context) schema.Schema {
	return schema.Schema{
		MarkdownDescription: "Every incoming-call rule of one Telphin PBX extension, in order. Rules form a chain: a call " +
			"to the extension rings it first; when that leg ends, each rule whose conditions hold runs in turn, and a " +
			"rule's `call_status` tests how the previous leg ended (the extension itself for the first rule, or the " +
			"previous forwarding rule).\n\n" +
			"For example, \"ring the desk phone, after 20 s also the mobile, outside office hours go to voicemail\" " +
			"is two rules: a `cascade` rule with `interval_id` set to the office hours, whose `cascade_numbers` ring " +
			"the desk (`100`) at once and the mobile from 20 s on; then a `voicemail` rule, which runs outside office " +
			"hours (the cascade rule is skipped then) and when nobody answered. The examples spell it out.\n\n" +
			"**One resource owns all rules of its extension.** Creating it takes over the rules the extension already " +
			"has: they are rewritten in place, by position. Rule *i* of `rules` is always the extension's *i*-th rule: " +
			"a change rewrites it in place (only the fields that changed are sent), added rules go at the end, and " +
			"surplus rules are deleted from the end, so there is never a moment without rules, and rule ids stay " +
			"stable where positions survive (`rule_ids`). Inserting a rule in the middle rewrites the rules after it. " +
			"A rule changed, added or deleted behind Terraform's back shows in the next plan and is put back. Destroy " +
			"deletes every rule of the extension.\n\n" +
			"**Inferred parts of the API.** The docs do not show the wire name of the interval link (`interval_id` is " +
			"assumed) nor the JSON shape of `transfer_dst` (an array of strings is sent; strings, numbers or one " +
			"comma-separated string are read), and they say only that the rules are listed, most likely, in evaluation " +
			"order. The provider keeps these guesses in one place of its API client.",
		Attributes: map[string]schema.Attribute{
			"id":        resourcekit.IDAttribute("`<client_id>/<extension_id>`; also the import ID."),
			"client_id": extensionClientIDAttribute(),
			"extension_id": schema.Int64Attribute{
				Required:            true,
				MarkdownDescription: "The extension whose rules these are (a `telecom_pbx_extension`'s `extension_id`). Changing it replaces the resource.",
				Validators:          []validator.Int64{int64validator.AtLeast(1)},
				PlanModifiers:       []planmodifier.Int64{int64planmodifier.RequiresReplace()},
			},
			"rules": schema.ListNestedAttribute{
				Required:            true,
				MarkdownDescription: "The rules, in the order the PBX tries them. At least one.",
				Validators:          []validator.List{listvalidator.SizeAtLeast(1)},
				NestedObject:        schema.NestedAttributeObject{Attributes: incomingRuleAttributes()},
			},
			"rule_ids": schema.ListAttribute{
				Computed:    true,
				ElementType: types.Int64Type,
				MarkdownDescription: "The PBX's id of each rule, in the order of `rules`. An id stays as long as its " +
					"position does.",
			},
		},
	}
}

func incomingRuleAttributes() map[string]schema.Attribute {
	onlyFor := func(types string) string { return " Only for `type = " + types + "`." }
	return map[string]schema.Attribute{
		"type": schema.StringAttribute{
			Required: true,
			MarkdownDescription: "What the rule does: `busy` (answer busy), `transfer` (forward to `transfer_dst`), " +
				"`simple_transfer` (forward to `transfer_dst` skipping the destinations' own rules), `hangup` (reject), " +
				"`playfile` (play `playfile_sound`), `voicemail`, `cascade` (add `cascade_numbers` to the ringing over time).",
			Validators: []validator.String{stringvalidator.OneOf(api.IncomingRuleTypes...)},
		},
		"name": schema.StringAttribute{
			Optional: true, MarkdownDescription: "A label for people reading the rules.",
			Validators: []validator.String{notBlank()},
		},
		"call_status": schema.StringAttribute{
			Optional: true, Computed: true, Default: stringdefault.StaticString(ruleCallStatusDefault),
			MarkdownDescription: "Run only when the previous leg ended so: `any` (default), `no_answer` (not answered " +
				"in time, or failed other than busy), `busy`.",
			Validators: []validator.String{stringvalidator.OneOf(api.IncomingRuleCallStatuses...)},
		},
		"caller_id_action": schema.StringAttribute{
			Optional: true, Computed: true, Default: stringdefault.StaticString(ruleCallerIDActionDefault),
			MarkdownDescription: "Test of the caller: `any` (default), `matches` or `not_matches` (`caller_id`), " +
				"`anonymous` (the caller hides their number).",
			Validators: []validator.String{stringvalidator.OneOf(api.CallerIDActions...)},
		},
		"caller_id": schema.StringAttribute{
			Optional: true,
			MarkdownDescription: "A PCRE pattern tested against the caller's number, e.g. `^(\\\\+|)7812` for " +
				"Saint Petersburg numbers; checked at plan time like dial rules. Required for `caller_id_action = " +
				"matches` and `not_matches`, refused otherwise.",
		},
		"transfer_dst": schema.ListAttribute{
			Optional: true, ElementType: types.StringType,
			MarkdownDescription: "Where to forward: 1 to 10 numbers, extensions (`100`) or outside numbers." +
				onlyFor("transfer` and `simple_transfer"),
			Validators: []validator.List{
				listvalidator.SizeBetween(1, api.MaxTransferDestinations),
				listvalidator.ValueStringsAre(notBlank()),
			},
		},
		"cascade_numbers": schema.ListNestedAttribute{
			Optional: true,
			MarkdownDescription: "The numbers that join the ringing, each `delay` seconds after the call began " +
				"(the smallest delay starts at once; the ones before keep ringing)." + onlyFor("cascade"),
			Validators: []validator.List{listvalidator.SizeAtLeast(1)},
			NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
				"delay": schema.Int64Attribute{
					Required: true, MarkdownDescription: "Seconds from the start of the call, at least 0.",
					Validators: []validator.Int64{int64validator.AtLeast(0)},
				},
				"number": schema.StringAttribute{
					Required: true, MarkdownDescription: "An extension or outside number.",
					Validators: []validator.String{notBlank()},
				},
			}},
		},
		"playfile_sound": schema.Int64Attribute{
			Optional:            true,
			MarkdownDescription: "The sound to play (an id from `telecom_pbx_sounds`)." + onlyFor("playfile"),
			Validators:          []validator.Int64{int64validator.AtLeast(1)},
		},
		"interval_id": schema.Int64Attribute{
			Optional: true,
			MarkdownDescription: "Apply the rule only while this `telecom_pbx_interval` is in force (its " +
				"`interval_id`); without it, always.",
			Validators: []validator.Int64{int64validator.AtLeast(1)},
		},
		"allow_public_transfer": schema.BoolAttribute{
			Optional: true, Computed: true, Default: booldefault.StaticBool(true),
			MarkdownDescription: "When the rule forwards to an outside number, whether that party may transfer the " +
				"call on. Default `true`.",
		},
	}
}

// ValidateConfig refuses, per rule, the fields that do not belong to its
// type and a missing required one, and checks caller_id as a PCRE pattern.
func (r *incomingRulesResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	var rules types.List
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("rules"), &rules)...)
	if resp.Diagnostics.HasError() {
		return
	}
	resourcekit.EachKnownObject(ctx, rules, &resp.Diagnostics, func(i int, m incomingRuleModel) {
		at := path.Root("rules").AtListIndex(i)
		for _, p := range ruleProblems(m) {
			addProblem(&resp.Diagnostics, at.AtName(p.field), "Invalid incoming-call rule", p.detail)
		}
	})
}

type ruleProblem struct{ field, detail string }

// ruleProblems are what is wrong with one rule; unknown values are not
// judged.
func ruleProblems(m incomingRuleModel) []ruleProblem {
	var out []ruleProblem
	set := map[string]attr.Value{"transfer_dst": m.TransferDst, "playfile_sound": m.PlayfileSound, "cascade_numbers": m.CascadeNumbers}
	// An unknown type has its own error (OneOf); its fields are not judged.
	if own, known := ruleFields[m.Type.ValueString()]; known {
		typ := m.Type.ValueString()
		for _, field := range typeOnlyFields {
			v := set[field]
			switch belongs := slices.Contains(own, field); {
			case !belongs && !v.IsNull():
				out = append(out, ruleProblem{field, fmt.Sprintf("does not belong to a %q rule: remove it (it is for %s rules).",
					typ, strings.Join(typesWith(field), " and "))})
			case belongs && v.IsNull():
				out = append(out, ruleProblem{field, fmt.Sprintf("is required for a %q rule.", typ)})
			}
		}
	}
	if !m.CallerIDAction.IsUnknown() {
		// Left out, caller_id_action is its default.
		action := cmp.Or(m.CallerIDAction.ValueString(), ruleCallerIDActionDefault)
		needsPattern := action == "matches" || action == "not_matches"
		switch {
		case needsPattern && m.CallerID.IsNull():
			out = append(out, ruleProblem{"caller_id", fmt.Sprintf("is required with caller_id_action = %q: the pattern the caller's number is tested against.", action)})
		case !needsPattern && !m.CallerID.IsNull() && !m.CallerID.IsUnknown():
			out = append(out, ruleProblem{"caller_id", fmt.Sprintf("is used only with caller_id_action = \"matches\" or \"not_matches\", not %q: remove it or set caller_id_action.", action)})
		}
	}
	if !m.CallerID.IsNull() && !m.CallerID.IsUnknown() {
		if _, err := dialrule.Compile(m.CallerID.ValueString()); err != nil {
			out = append(out, ruleProblem{"caller_id", err.Error() + "."})
		}
	}
	return out
}

// typesWith are the rule types a type-only field belongs to.
func typesWith(field string) []string {
	var out []string
	for _, t := range api.IncomingRuleTypes {
		if slices.Contains(ruleFields[t], field) {
			out = append(out, strconv.Quote(t))
		}
	}
	return out
}

// ModifyPlan fills client_id and plans rule_ids: ids stay by position, so
// they are known when no rule is added.
func (r *incomingRulesResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	planExtensionClientID(ctx, r.Client, req, resp)
	if req.Plan.Raw.IsNull() || req.State.Raw.IsNull() {
		return
	}
	var rules, prior types.List
	var priorExtension, extension types.Int64
	resp.Diagnostics.Append(resp.Plan.GetAttribute(ctx, path.Root("rules"), &rules)...)
	resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root("rule_ids"), &prior)...)
	resp.Diagnostics.Append(resp.Plan.GetAttribute(ctx, path.Root("extension_id"), &extension)...)
	resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root("extension_id"), &priorExtension)...)
	if resp.Diagnostics.HasError() || rules.IsUnknown() || prior.IsNull() || !extension.Equal(priorExtension) {
		return
	}
	if ids := prior.Elements(); len(rules.Elements()) <= len(ids) {
		resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root("rule_ids"),
			types.ListValueMust(types.Int64Type, ids[:len(rules.Elements())]))...)
	}
}

func (r *incomingRulesResource) Identify(m incomingRulesModel) string {
	return fmt.Sprintf("the incoming-call rules of extension %d", m.ExtensionID.ValueInt64())
}

func (r *incomingRulesResource) Create(ctx context.Context, plan *incomingRulesModel, _ incomingRulesModel) error {
	return r.write(ctx, plan)
}

func (r *incomingRulesResource) Update(ctx context.Context, plan *incomingRulesModel, _, _ incomingRulesModel) error {
	return r.write(ctx, plan)
}

// write makes the extension's rules those of plan, by position: rewrite
// the rules both have (only what differs), add the new ones at the end,
// then delete the surplus from the end.
func (r *incomingRulesResource) write(ctx context.Context, plan *incomingRulesModel) error {
	want, diags := plan.rules(ctx)
	if diags.HasError() {
		return resourcekit.Diagnostics(diags)
	}
	owner := api.ExtensionOwner(plan.ExtensionID.ValueInt64())
	rules := r.Client.IncomingRules()
	current, err := rules.List(ctx, owner)
	if err != nil {
		return err
	}
	ids := make([]attr.Value, 0, len(want))
	held := make([]int64, 0, len(current))
	for _, rule := range current {
		held = append(held, rule.ID)
	}
	for i, rule := range want {
		if i < len(current) {
			// The older name of simple_transfer is not a change.
			before := current[i]
			before.Type = api.CanonicalRuleType(before.Type)
			if _, err := rules.Patch(ctx, owner, current[i].ID, before, rule); err != nil {
				return fmt.Errorf("rewriting rule %d (id %d): %w", i+1, current[i].ID, err)
			}
			ids = append(ids, types.Int64Value(current[i].ID))
			continue
		}
		created, err := r.Client.AddIncomingRule(ctx, owner, rule, held)
		if err != nil {
			return fmt.Errorf("adding rule %d: %w", i+1, whenLimitReached(err, "incom_rule_limit", "incoming-call rules"))
		}
		ids = append(ids, types.Int64Value(created.ID))
	}
	for j := len(current) - 1; j >= len(want); j-- {
		if err := rules.Delete(ctx, owner, current[j].ID); err != nil {
			return fmt.Errorf("deleting surplus rule %d (id %d): %w", j+1, current[j].ID, err)
		}
	}
	plan.RuleIDs = types.ListValueMust(types.Int64Type, ids)
	plan.ID = objectID(plan.ClientID.ValueString(), plan.ExtensionID.ValueInt64())
	return nil
}

func (r *incomingRulesResource) Read(ctx context.Context, state *incomingRulesModel) error {
	current, err := r.Client.IncomingRules().List(ctx, api.ExtensionOwner(state.ExtensionID.ValueInt64()))
	if err != nil {
		return err
	}
	return resourcekit.Diagnostics(state.fromAPI(ctx, current))
}

// Delete deletes every rule of the extension, from the last.
func (r *incomingRulesResource) Delete(ctx context.Context, state incomingRulesModel) error {
	owner := api.ExtensionOwner(state.ExtensionID.ValueInt64())
	rules := r.Client.IncomingRules()
	current, err := rules.List(ctx, owner)
	if err != nil {
		return err
	}
	for j := len(current) - 1; j >= 0; j-- {
		if err := rules.Delete(ctx, owner, current[j].ID); err != nil {
			return err
		}
	}
	return nil
}

func (r *incomingRulesResource) ImportID() resourceid.Format { return objectIDFormat("extension_id") }

func (r *incomingRulesResource) Import(_ context.Context, parts []string) (resourcekit.Attributes, error) {
	return importObject("extension_id", parts)
}

func (r *incomingRulesResource) IdentitySchema() identityschema.Schema {
	return extensionIdentitySchema()
}

func (r *incomingRulesResource) Identity(ctx context.Context, m incomingRulesModel) (resourcekit.Attributes, error) {
	return extensionIdentity(ctx, r.Client, m.ClientID.ValueString(), m.ExtensionID.ValueInt64())
}

func (r *incomingRulesResource) ListSchema() listschema.Schema {
	return extensionListSchema("the incoming-call rules of each extension that has rules: one result per extension " +
		"(one request for the extensions, then one per extension)")
}

// List yields the rules of each extension of the client that has any, or
// of the configured extension.
func (r *incomingRulesResource) List(ctx context.Context, config tfsdk.Config, yield func(incomingRulesModel) bool) error {
	return eachListedExtension(ctx, r.Client, config, func(clientID string, e api.Extension) (bool, error) {
		var m incomingRulesModel
		m.setKey(clientID, e.ID)
		m.extensionName = api.ShortExtensionName(e.Name)
		if err := r.Read(ctx, &m); err != nil {
			return false, err
		}
		if len(m.Rules.Elements()) == 0 {
			return true, nil
		}
		return yield(m), nil
	})
}

// DisplayName: "100: 3 incoming-call rules (extension 372850)": the number
// people dial, and the id the configuration needs.
func (r *incomingRulesResource) DisplayName(m incomingRulesModel) string {
	rules := fmt.Sprintf("%d incoming-call rules", len(m.Rules.Elements()))
	if len(m.Rules.Elements()) == 1 {
		rules = "1 incoming-call rule"
	}
	if m.extensionName == "" {
		return fmt.Sprintf("extension %d: %s", m.ExtensionID.ValueInt64(), rules)
	}
	return fmt.Sprintf("%s: %s (extension %d)", m.extensionName, rules, m.ExtensionID.ValueInt64())
}
