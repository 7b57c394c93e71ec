package pbx

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourceid"
)

// extensionEventModel is the state of a telecom_pbx_extension_event.
type extensionEventModel struct {
	apiOwner    `tfsdk:"-"`
	ID          types.String `tfsdk:"id"`
	ClientID    types.String `tfsdk:"client_id"`
	ExtensionID types.Int64  `tfsdk:"extension_id"`
	EventID     types.Int64  `tfsdk:"event_id"`
	webhookAttrs
}

func (m extensionEventModel) toAPI(context.Context) (api.PhoneEvent, diag.Diagnostics) {
	return m.webhook(), nil
}

func (m *extensionEventModel) fromAPI(_ context.Context, in api.PhoneEvent) diag.Diagnostics {
	m.read(in)
	return nil
}

func (m *extensionEventModel) read(in api.PhoneEvent) {
	m.webhookAttrs = webhookAttrsFromAPI(in)
	m.setID(in.ID)
}

// ref is the collection's owner, the extension, and the webhook's id.
func (m *extensionEventModel) ref() (string, int64) {
	return api.ExtensionOwner(m.ExtensionID.ValueInt64()), m.EventID.ValueInt64()
}

func (m *extensionEventModel) setID(id int64) {
	m.EventID = types.Int64Value(id)
	m.ID = types.StringValue(resourceid.Join(m.ClientID.ValueString(), api.ExtensionOwner(m.ExtensionID.ValueInt64()),
		api.ExtensionOwner(id)))
}

func (m *extensionEventModel) setClientID(clientID string) { m.ClientID = types.StringValue(clientID) }

func (m *extensionEventModel) name() string {
	return m.EventType.ValueString() + " " + m.URL.ValueString()
}
