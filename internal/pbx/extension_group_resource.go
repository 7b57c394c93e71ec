package pbx

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

var _ resourcekit.Discoverable[extensionGroupModel] = &extensionGroupResource{}

// extensionGroupObjects is where extension groups live at the PBX.
var extensionGroupObjects = object[extensionGroupModel, api.ExtensionGroup, *extensionGroupModel]{
	kind: "extension group", idAttr: "extension_group_id", collection: (*api.Client).ExtensionGroups, partialPut: true,
}

type extensionGroupResource struct {
	object[extensionGroupModel, api.ExtensionGroup, *extensionGroupModel]
}

func (r *extensionGroupResource) Schema(context.Context) schema.Schema {
	return schema.Schema{
		MarkdownDescription: "A Telphin cloud-PBX extension group: a named set of extensions. An extension joins it " +
			"with `extension_group_id`; portal users of the group see its extensions. Renaming changes the group in " +
			"place. A group that extensions still belong to cannot be deleted. Terraform deletes the extensions of " +
			"a group before the group; but to move extensions to another group and delete the old group in one apply, " +
			"give the groups `lifecycle { create_before_destroy = true }` (in an apply before that one): without it " +
			"Terraform deletes the old group before it updates the extensions, and the PBX refuses.",
		Attributes: objectAttributes("extension_group_id", "The PBX's id of the group: set it as an extension's `extension_group_id`.",
			map[string]schema.Attribute{
				"name": schema.StringAttribute{
					Required:            true,
					MarkdownDescription: "Name of the group. Changed in place.",
					Validators:          []validator.String{notBlank()},
				},
			}),
	}
}

func (r *extensionGroupResource) Delete(ctx context.Context, state extensionGroupModel) error {
	return whenInUse(r.object.Delete(ctx, state), "A group that extensions still belong to cannot be deleted: move them out first")
}
