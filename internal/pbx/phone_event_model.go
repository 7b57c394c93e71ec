package pbx

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
)

// phoneEventModel is the state of a telecom_pbx_phone_event.
type phoneEventModel struct {
	apiOwner `tfsdk:"-"`
	objectKey
	PhoneEventID types.Int64 `tfsdk:"phone_event_id"`
	webhookAttrs
}

func (m phoneEventModel) toAPI(context.Context) (api.PhoneEvent, diag.Diagnostics) {
	return m.webhook(), nil
}

func (m *phoneEventModel) fromAPI(_ context.Context, in api.PhoneEvent) diag.Diagnostics {
	m.webhookAttrs = webhookAttrsFromAPI(in)
	m.setID(in.ID)
	return nil
}

func (m *phoneEventModel) ref() (string, int64) {
	return m.ClientID.ValueString(), m.PhoneEventID.ValueInt64()
}

func (m *phoneEventModel) setID(id int64) { m.PhoneEventID = m.keyed(id) }
