package pbx

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber"
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber/numbertype"
)

// didAssignmentModel is the state of a telecom_pbx_did_assignment.
type didAssignmentModel struct {
	apiOwner           `tfsdk:"-"`
	ID                 types.String     `tfsdk:"id"`
	DIDID              types.Int64      `tfsdk:"did_id"`
	ClientID           types.String     `tfsdk:"client_id"`
	Number             numbertype.Value `tfsdk:"number"`
	ExtensionID        types.Int64      `tfsdk:"extension_id"`
	MessageExtensionID types.Int64      `tfsdk:"message_extension_id"`
}

// toAPI is the assignment only: a DID's PUT changes nothing else.
func (m didAssignmentModel) toAPI(context.Context) (api.DID, diag.Diagnostics) {
	return api.DID{ExtensionID: m.ExtensionID.ValueInt64Pointer(), MessageExtensionID: m.MessageExtensionID.ValueInt64Pointer()}, nil
}

// fromAPI keeps the number as the user spelled it (+7… or 007…); without
// a spelling (import, query) it is read as 00 and the digits.
func (m *didAssignmentModel) fromAPI(_ context.Context, in api.DID) diag.Diagnostics {
	if number := api.DIDNumber(in.Name); m.Number.IsNull() || m.Number.IsUnknown() || !phonenumber.Equal(m.Number.ValueString(), number) {
		m.Number = numbertype.New(number)
	}
	m.ExtensionID = positiveOrNull(in.ExtensionID)
	m.MessageExtensionID = positiveOrNull(in.MessageExtensionID)
	m.setID(in.ID)
	return nil
}

func (m *didAssignmentModel) ref() (string, int64) {
	return m.ClientID.ValueString(), m.DIDID.ValueInt64()
}

func (m *didAssignmentModel) setID(id int64) {
	m.DIDID = types.Int64Value(id)
	m.ID = objectID(m.ClientID.ValueString(), id)
}

func (m *didAssignmentModel) setClientID(clientID string) { m.ClientID = types.StringValue(clientID) }

func (m *didAssignmentModel) name() string { return m.Number.ValueString() }
