package pbx

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
)

// extensionGroupModel is the state of a telecom_pbx_extension_group.
type extensionGroupModel struct {
	apiOwner `tfsdk:"-"`
	objectKey
	ExtensionGroupID types.Int64  `tfsdk:"extension_group_id"`
	Name             types.String `tfsdk:"name"`
}

func (m extensionGroupModel) toAPI(context.Context) (api.ExtensionGroup, diag.Diagnostics) {
	return api.ExtensionGroup{Name: m.Name.ValueString()}, nil
}

func (m *extensionGroupModel) fromAPI(_ context.Context, in api.ExtensionGroup) diag.Diagnostics {
	m.Name = types.StringValue(in.Name)
	m.setID(in.ID)
	return nil
}

func (m *extensionGroupModel) ref() (string, int64) {
	return m.ClientID.ValueString(), m.ExtensionGroupID.ValueInt64()
}

func (m *extensionGroupModel) setID(id int64) { m.ExtensionGroupID = m.keyed(id) }

func (m *extensionGroupModel) name() string { return m.Name.ValueString() }
