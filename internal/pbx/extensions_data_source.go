package pbx

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

type extensionsDataSource struct{ resourcekit.Base[*api.Client] }

type extensionsModel struct {
	ClientID types.String `tfsdk:"client_id"`
	extensionFilters
	Name       types.String    `tfsdk:"name"`
	Extensions []extensionItem `tfsdk:"extensions"`
}

type extensionItem struct {
	ExtensionID types.Int64 `tfsdk:"extension_id"`
	extensionAttrs
}

// extensionFilters are the filters the PBX's listing applies, in the
// telecom_pbx_extension list resource and in this data source.
type extensionFilters struct {
	Type             types.String `tfsdk:"type"`
	Status           types.String `tfsdk:"status"`
	ExtensionGroupID types.Int64  `tfsdk:"extension_group_id"`
}

func (f extensionFilters) api() api.ExtensionFilter {
	return api.ExtensionFilter{Type: f.Type.ValueString(), Status: f.Status.ValueString(), ExtensionGroupID: f.ExtensionGroupID.ValueInt64()}
}

// extensionListConfig is the list block of telecom_pbx_extension.
type extensionListConfig struct {
	ClientID types.String `tfsdk:"client_id"`
	extensionFilters
}

// filterAttribute is one optional filter: a string (str) or a number (num).
type filterAttribute struct {
	doc string
	str []validator.String
	num []validator.Int64
}

var extensionFilterAttributes = map[string]filterAttribute{
	"type": {doc: "Only extensions of this type: `phone`, `queue`, `ivr`, `fax` or `conference`.",
		str: []validator.String{stringvalidator.OneOf(api.ExtensionTypes...)}},
	"status": {doc: "Only `active` or only `blocked` extensions.",
		str: []validator.String{stringvalidator.OneOf(api.ExtensionStatuses...)}},
	"extension_group_id": {doc: "Only the extensions of this extension group.",
		num: []validator.Int64{int64validator.AtLeast(1)}},
}

func (d *extensionsDataSource) Schema(context.Context) schema.Schema {
	item := map[string]schema.Attribute{
		"extension_id": schema.Int64Attribute{Computed: true, MarkdownDescription: "The PBX's id of the extension."},
	}
	for name, doc := range extensionDocs {
		switch name {
		case "extension_group_id", "dial_rule_id", "dial_rule_limit":
			item[name] = schema.Int64Attribute{Computed: true, MarkdownDescription: doc + " Null when not set."}
		case "ani_rfc3325":
			item[name] = schema.BoolAttribute{Computed: true, MarkdownDescription: doc}
		default:
			item[name] = schema.StringAttribute{Computed: true, MarkdownDescription: doc}
		}
	}
	attrs := map[string]schema.Attribute{
		"client_id": schema.StringAttribute{
			Optional:            true,
			MarkdownDescription: "Which client: its numeric id or `@me`. Defaults to the provider's `pbx.client_id`.",
			Validators:          []validator.String{clientIDValidator()},
		},
		"name": schema.StringAttribute{
			Optional: true,
			MarkdownDescription: "Only the extension with this number, short (`100`) or as the PBX has it (`345*100`). " +
				"Applied by the provider to the listing: the PBX documents a `name` filter but not which of the two " +
				"spellings it matches.",
			Validators: []validator.String{notBlank()},
		},
		"extensions": resourcekit.ComputedList("The extensions, in the PBX's order.", item),
	}
	for name, f := range extensionFilterAttributes {
		doc := f.doc + " Applied by the PBX."
		if f.num != nil {
			attrs[name] = schema.Int64Attribute{Optional: true, MarkdownDescription: doc, Validators: f.num}
		} else {
			attrs[name] = schema.StringAttribute{Optional: true, MarkdownDescription: doc, Validators: f.str}
		}
	}
	return schema.Schema{
		MarkdownDescription: "The extensions of a Telphin cloud-PBX client, optionally filtered: to refer to extensions " +
			"made outside Terraform (`extension_id` for a DID assignment), or to find the ones to import. The filters " +
			"combine with AND. Reading costs one request per page of the (filtered) listing.",
		Attributes: attrs,
	}
}

func (d *extensionsDataSource) Identify(m extensionsModel) string {
	return "the extensions of client " + clientOrDefault(d.Client, m.ClientID)
}

func (d *extensionsDataSource) Read(ctx context.Context, m *extensionsModel) error {
	name := m.Name.ValueString()
	m.Extensions = []extensionItem{}
	return d.Client.Extensions().WalkWhere(ctx, clientOrDefault(d.Client, m.ClientID), m.api().Query(), func(e api.Extension) bool {
		if name == "" || name == e.Name || name == api.ShortExtensionName(e.Name) {
			m.Extensions = append(m.Extensions, extensionItem{ExtensionID: types.Int64Value(e.ID), extensionAttrs: extensionAttrsFromAPI(e)})
		}
		return true
	})
}
