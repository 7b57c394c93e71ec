package pbx

import (
	"context"
	"fmt"
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/resourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64default"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringdefault"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

var (
	_ resourcekit.Discoverable[agentModel] = &agentResource{}
	_ resourcekit.ConfigValidators         = &agentResource{}
)

// agentObjects: local and remote agents live in one collection each.
var agentObjects = object[agentModel, api.Agent, *agentModel]{
	kind: "agent", idAttr: "agent_id", partialPut: true,
	variants: &variants[api.Agent]{
		attr: "kind", values: api.AgentKinds, example: "12345/local/42",
		collection: (*api.Client).Agents,
	},
}

type agentResource struct {
	object[agentModel, api.Agent, *agentModel]
}

// agentNumberPattern: a remote agent's number, digits with an optional +.
var agentNumberPattern = regexp.MustCompile(`^\+?[0-9]{3,20}$`)

func (r *agentResource) Schema(context.Context) schema.Schema {
	// timer is a time in seconds, at least least (a call that rings for
	// no time cannot be answered: call_timeout is at least 1).
	timer := func(doc string, def, least int64) schema.Int64Attribute {
		return schema.Int64Attribute{
			Optional: true, Computed: true, Default: int64default.StaticInt64(def),
			MarkdownDescription: fmt.Sprintf("%s, in seconds, at least %d. Default `%d`, as the PBX's.", doc, least, def),
			Validators:          []validator.Int64{int64validator.AtLeast(least)},
		}
	}
	return schema.Schema{
		MarkdownDescription: "A Telphin call-centre agent: a person who answers queue calls, either on one of the " +
			"client's phone extensions (a local agent: `extension_id`) or on an outside number (a remote agent: " +
			"`number`). Set exactly one of the two. A local agent's extension cannot change (a new one replaces the " +
			"agent), a remote agent's number changes in place, and switching between local and remote replaces the " +
			"agent. Everything else changes in place.\n\n" +
			"Destroying an agent also takes it out of every queue it is in (`remove_from_queues=true`). Which queues " +
			"an agent serves is not managed here: the API's call for it is not documented.",
		Attributes: map[string]schema.Attribute{
			"id":        resourcekit.IDAttribute("`<client_id>/<kind>/<agent_id>`; also the import ID."),
			"agent_id":  resourcekit.AssignedID("The PBX's id of the agent."),
			"client_id": clientIDAttribute(),
			"kind": schema.StringAttribute{
				Computed: true,
				MarkdownDescription: "`local` (with `extension_id`) or `remote` (with `number`), as the attributes " +
					"choose it. Part of the import ID and the identity.",
			},
			"extension_id": schema.Int64Attribute{
				Optional: true,
				MarkdownDescription: "The phone extension a local agent answers on (a `telecom_pbx_extension`'s " +
					"`extension_id`). Changing it replaces the agent.",
				Validators:    []validator.Int64{int64validator.AtLeast(1)},
				PlanModifiers: []planmodifier.Int64{int64planmodifier.RequiresReplace()},
			},
			"number": schema.StringAttribute{
				Optional: true,
				MarkdownDescription: "The outside number a remote agent answers on, digits with an optional leading `+`, " +
					"as the PBX is to dial it. Changed in place.",
				Validators: []validator.String{stringvalidator.RegexMatches(agentNumberPattern,
					"must be a phone number of 3 to 20 digits, optionally with a leading +, e.g. +79161234567")},
			},
			"name": schema.StringAttribute{
				Required: true, MarkdownDescription: "The agent's name.", Validators: []validator.String{notBlank()},
			},
			"status": schema.StringAttribute{
				Optional: true, Computed: true, Default: stringdefault.StaticString("available"),
				MarkdownDescription: "`available` (takes queue calls) or `logged_out`. Default `available`, as the PBX's.",
				Validators:          []validator.String{stringvalidator.OneOf(api.AgentStatuses...)},
			},
			"busy_delay_time":      timer("How long to wait before trying the agent again after do-not-disturb", 10, 0),
			"no_answer_delay_time": timer("How long to wait before trying the agent again after a call they did not answer", 10, 0),
			"reject_delay_time":    timer("How long to wait before trying the agent again after they rejected a call", 10, 0),
			"wrap_up_time":         timer("The pause after each call before the next one", 0, 0),
			"call_timeout":         timer("How long a queue call rings the agent", 60, 1),
			"agent_sound_id": schema.Int64Attribute{
				Optional: true,
				MarkdownDescription: "A sound played to the agent when they answer a queue call: a sound id, picked by " +
					"title with the `telecom_pbx_sounds` data source. Removing it clears it.",
				Validators: []validator.Int64{int64validator.AtLeast(1)},
			},
		},
	}
}

// ConfigValidators: an agent is local or remote, never both.
func (r *agentResource) ConfigValidators(context.Context) []resource.ConfigValidator {
	return []resource.ConfigValidator{
		resourcevalidator.ExactlyOneOf(path.MatchRoot("extension_id"), path.MatchRoot("number")),
	}
}

// ModifyPlan fills client_id and plans the kind the configuration
// chooses; switching between local and remote replaces the agent.
func (r *agentResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	planClientID(ctx, r.Client, req, resp)
	if req.Plan.Raw.IsNull() {
		return
	}
	var extensionID types.Int64
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("extension_id"), &extensionID)...)
	kind := api.AgentRemote
	if !extensionID.IsNull() {
		kind = api.AgentLocal
	}
	planVariant(ctx, req, resp, "kind", kind)
}

// Create adds to the PBX's refusal of one agent too many what to do: local
// and remote agents have limits of their own.
func (r *agentResource) Create(ctx context.Context, plan *agentModel, config agentModel) error {
	limit, objects := "remote_agent_limit", "remote agents"
	if plan.variant() == api.AgentLocal {
		limit, objects = "extension_agent_limit", "local agents"
	}
	return whenLimitReached(r.object.Create(ctx, plan, config), limit, objects)
}

// Delete takes the agent out of its queues too.
func (r *agentResource) Delete(ctx context.Context, state agentModel) error {
	clientID, id := state.ref()
	return r.Client.DeleteAgent(ctx, clientID, state.variant(), id)
}

// DisplayName: "Anna Novak (local agent 42)".
func (r *agentResource) DisplayName(m agentModel) string {
	return fmt.Sprintf("%s (%s agent %d)", m.Name.ValueString(), m.Kind.ValueString(), m.AgentID.ValueInt64())
}
