package pbx

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

type didsDataSource struct{ resourcekit.Base[*api.Client] }

type didsModel struct {
	ClientID types.String `tfsdk:"client_id"`
	DIDs     []didItem    `tfsdk:"dids"`
}

type didItem struct {
	DIDID              types.Int64  `tfsdk:"did_id"`
	Number             types.String `tfsdk:"number"`
	Name               types.String `tfsdk:"name"`
	Comment            types.String `tfsdk:"comment"`
	ExtensionID        types.Int64  `tfsdk:"extension_id"`
	MessageExtensionID types.Int64  `tfsdk:"message_extension_id"`
	AllowMessage       types.Bool   `tfsdk:"allow_message"`
}

func (d *didsDataSource) Schema(context.Context) schema.Schema {
	computed := func(doc string) schema.Int64Attribute {
		return schema.Int64Attribute{Computed: true, MarkdownDescription: doc}
	}
	text := func(doc string) schema.StringAttribute {
		return schema.StringAttribute{Computed: true, MarkdownDescription: doc}
	}
	return schema.Schema{
		MarkdownDescription: "The incoming numbers (DIDs) a Telphin cloud-PBX client has, and where each rings. DIDs " +
			"are bought outside the API; route one with `telecom_pbx_did_assignment` (its `number` takes this data " +
			"source's `number` as it is). Reading costs one request per page of the listing.",
		Attributes: map[string]schema.Attribute{
			"client_id": schema.StringAttribute{
				Optional:            true,
				MarkdownDescription: "Which client: its numeric id or `@me`. Defaults to the provider's `pbx.client_id`.",
				Validators:          []validator.String{clientIDValidator()},
			},
			"dids": resourcekit.ComputedList("The DIDs, in the PBX's order.", map[string]schema.Attribute{
				"did_id":               computed("The PBX's id of the DID (`telecom_pbx_did_assignment.did_id`)."),
				"number":               text("The number in international form, `00` and the digits (`0078121234567`)."),
				"name":                 text("The number as the PBX names it: the digits with the country code, no prefix (`78121234567`)."),
				"comment":              text("The PBX's comment on the DID; empty when none."),
				"extension_id":         computed("Extension calls to the number ring; null when the DID is not assigned."),
				"message_extension_id": computed("Extension text messages to the number go to; null when none."),
				"allow_message":        schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether the DID takes text messages."},
			}),
		},
	}
}

func (d *didsDataSource) Identify(m didsModel) string {
	return "the DIDs of client " + clientOrDefault(d.Client, m.ClientID)
}

func (d *didsDataSource) Read(ctx context.Context, m *didsModel) error {
	all, err := d.Client.DIDs().List(ctx, clientOrDefault(d.Client, m.ClientID))
	if err != nil {
		return err
	}
	m.DIDs = make([]didItem, 0, len(all))
	for _, did := range all {
		m.DIDs = append(m.DIDs, didItem{
			DIDID: types.Int64Value(did.ID), Number: types.StringValue(api.DIDNumber(did.Name)), Name: types.StringValue(did.Name),
			Comment: types.StringValue(did.Comment), ExtensionID: positiveOrNull(did.ExtensionID),
			MessageExtensionID: positiveOrNull(did.MessageExtensionID), AllowMessage: types.BoolValue(did.AllowMessage != nil && *did.AllowMessage),
		})
	}
	return nil
}
