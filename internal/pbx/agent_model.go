package pbx

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
)

// agentModel is the state of a telecom_pbx_agent.
type agentModel struct {
	apiOwner          `tfsdk:"-"`
	ID                types.String `tfsdk:"id"`
	ClientID          types.String `tfsdk:"client_id"`
	AgentID           types.Int64  `tfsdk:"agent_id"`
	Kind              types.String `tfsdk:"kind"`
	ExtensionID       types.Int64  `tfsdk:"extension_id"`
	Number            types.String `tfsdk:"number"`
	Name              types.String `tfsdk:"name"`
	Status            types.String `tfsdk:"status"`
	BusyDelayTime     types.Int64  `tfsdk:"busy_delay_time"`
	NoAnswerDelayTime types.Int64  `tfsdk:"no_answer_delay_time"`
	RejectDelayTime   types.Int64  `tfsdk:"reject_delay_time"`
	WrapUpTime        types.Int64  `tfsdk:"wrap_up_time"`
	CallTimeout       types.Int64  `tfsdk:"call_timeout"`
	AgentSoundID      types.Int64  `tfsdk:"agent_sound_id"`
}

// toAPI is the agent to send. A sound that is no longer set is sent as
// null by the partial update (a field before had and after omits).
func (m agentModel) toAPI(context.Context) (api.Agent, diag.Diagnostics) {
	return api.Agent{
		ExtensionID: m.ExtensionID.ValueInt64(), Number: m.Number.ValueString(), Name: m.Name.ValueString(),
		Status:            api.AgentStatus(m.Status.ValueString()),
		BusyDelayTime:     m.BusyDelayTime.ValueInt64Pointer(),
		NoAnswerDelayTime: m.NoAnswerDelayTime.ValueInt64Pointer(),
		RejectDelayTime:   m.RejectDelayTime.ValueInt64Pointer(),
		WrapUpTime:        m.WrapUpTime.ValueInt64Pointer(),
		CallTimeout:       m.CallTimeout.ValueInt64Pointer(),
		AgentSoundID:      m.AgentSoundID.ValueInt64Pointer(),
	}, nil
}

func (m *agentModel) fromAPI(_ context.Context, in api.Agent) diag.Diagnostics {
	m.ExtensionID = int64FromAPI(in.ExtensionID)
	m.Number = stringFromAPI(in.Number)
	m.Name = types.StringValue(in.Name)
	m.Status = types.StringValue(string(in.Status))
	m.BusyDelayTime = types.Int64PointerValue(in.BusyDelayTime)
	m.NoAnswerDelayTime = types.Int64PointerValue(in.NoAnswerDelayTime)
	m.RejectDelayTime = types.Int64PointerValue(in.RejectDelayTime)
	m.WrapUpTime = types.Int64PointerValue(in.WrapUpTime)
	m.CallTimeout = types.Int64PointerValue(in.CallTimeout)
	m.AgentSoundID = positiveOrNull(in.AgentSoundID)
	m.setID(in.ID)
	return nil
}

func (m *agentModel) ref() (string, int64) { return m.ClientID.ValueString(), m.AgentID.ValueInt64() }

func (m *agentModel) setID(id int64) {
	m.AgentID = types.Int64Value(id)
	m.ID = variantObjectID(m.ClientID.ValueString(), m.Kind.ValueString(), id)
}

func (m *agentModel) setClientID(clientID string) { m.ClientID = types.StringValue(clientID) }

func (m *agentModel) variant() string { return m.Kind.ValueString() }

func (m *agentModel) setVariant(kind string) { m.Kind = types.StringValue(kind) }

func (m *agentModel) name() string { return m.Name.ValueString() }
