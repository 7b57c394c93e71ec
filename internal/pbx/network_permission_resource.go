package pbx

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/setvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

var _ resourcekit.Discoverable[networkPermissionModel] = &networkPermissionResource{}

// networkPermissionObjects is where trusted-network groups live at the PBX.
var networkPermissionObjects = object[networkPermissionModel, api.NetworkPermission, *networkPermissionModel]{
	kind: "network permission", idAttr: "network_permission_id", collection: (*api.Client).NetworkPermissions, partialPut: true,
}

type networkPermissionResource struct {
	object[networkPermissionModel, api.NetworkPermission, *networkPermissionModel]
}

func (r *networkPermissionResource) Schema(context.Context) schema.Schema {
	return schema.Schema{
		MarkdownDescription: "A Telphin cloud-PBX trusted-network group: the IPv4 networks from which SIP devices may " +
			"register. It applies to extensions whose SIP authentication is `network` or `both`, through the client's " +
			"`sip_network_permission_id` or an extension's own (the extension's wins). Both attributes change in " +
			"place; a change of the networks sends the whole list. A group still set as a `sip_network_permission_id` " +
			"cannot be deleted; to switch to another group and delete this one in one apply, give it " +
			"`lifecycle { create_before_destroy = true }` (in an apply before that one).",
		Attributes: objectAttributes("network_permission_id", "The PBX's id of the group: set it as a `sip_network_permission_id`.",
			map[string]schema.Attribute{
				"name": schema.StringAttribute{
					Required:            true,
					MarkdownDescription: "Name of the group. Changed in place.",
					Validators:          []validator.String{notBlank()},
				},
				"network_addresses": schema.SetAttribute{
					Required:    true,
					ElementType: types.StringType,
					MarkdownDescription: "The trusted networks, each an IPv4 address with its prefix length: `192.0.2.0/24`, " +
						"or `198.51.100.7/32` for one host. At least one. Checked at plan time.",
					Validators: []validator.Set{
						setvalidator.SizeAtLeast(1),
						setvalidator.ValueStringsAre(ipv4Network()),
					},
				},
				"network_count": schema.Int64Attribute{
					Computed:            true,
					MarkdownDescription: "The PBX's `network_count` of the group (\"network permission count\"), as it answers it.",
				},
			}),
	}
}

func (r *networkPermissionResource) Delete(ctx context.Context, state networkPermissionModel) error {
	return whenInUse(r.object.Delete(ctx, state), "A group still set as a sip_network_permission_id cannot be deleted: "+
		"set another one there first")
}
