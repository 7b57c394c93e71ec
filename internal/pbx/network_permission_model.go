package pbx

import (
	"context"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
)

// networkPermissionModel is the state of a telecom_pbx_network_permission.
type networkPermissionModel struct {
	apiOwner `tfsdk:"-"`
	objectKey
	NetworkPermissionID types.Int64  `tfsdk:"network_permission_id"`
	Name                types.String `tfsdk:"name"`
	NetworkAddresses    types.Set    `tfsdk:"network_addresses"`
	NetworkCount        types.Int64  `tfsdk:"network_count"`
}

// toAPI sends the addresses sorted: a set has no order, and the partial
// update compares what it would send before and after.
func (m networkPermissionModel) toAPI(ctx context.Context) (api.NetworkPermission, diag.Diagnostics) {
	addresses := []string{}
	diags := m.NetworkAddresses.ElementsAs(ctx, &addresses, false)
	slices.Sort(addresses)
	return api.NetworkPermission{Name: m.Name.ValueString(), NetworkAddresses: addresses}, diags
}

// fromAPI reads the addresses; one that names the same network as an
// address in state keeps the state's spelling.
func (m *networkPermissionModel) fromAPI(ctx context.Context, in api.NetworkPermission) diag.Diagnostics {
	var prior []string
	var diags diag.Diagnostics
	if !m.NetworkAddresses.IsNull() && !m.NetworkAddresses.IsUnknown() { // a listed object has no prior
		diags = m.NetworkAddresses.ElementsAs(ctx, &prior, false)
	}
	addresses := make([]string, 0, len(in.NetworkAddresses))
	for _, a := range in.NetworkAddresses {
		if i := slices.IndexFunc(prior, func(p string) bool { return sameNetwork(p, a) }); i >= 0 {
			a = prior[i]
		}
		addresses = append(addresses, a)
	}
	set, setDiags := types.SetValueFrom(ctx, types.StringType, addresses)
	diags.Append(setDiags...)
	m.Name = types.StringValue(in.Name)
	m.NetworkAddresses = set
	m.NetworkCount = types.Int64Value(in.NetworkCount)
	m.setID(in.ID)
	return diags
}

func (m *networkPermissionModel) fillUnknown(answer api.NetworkPermission) {
	if m.NetworkCount.IsUnknown() {
		m.NetworkCount = types.Int64Value(answer.NetworkCount)
	}
}

func (m *networkPermissionModel) ref() (string, int64) {
	return m.ClientID.ValueString(), m.NetworkPermissionID.ValueInt64()
}

func (m *networkPermissionModel) setID(id int64) { m.NetworkPermissionID = m.keyed(id) }

func (m *networkPermissionModel) name() string { return m.Name.ValueString() }
