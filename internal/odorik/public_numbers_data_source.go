package odorik

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

type publicNumbersDataSource struct{ resourcekit.Base[*api.Client] }

type publicNumbersModel struct {
	IncludeSIPNames      types.Bool          `tfsdk:"include_sip_names"`
	IncludeSharedNumbers types.Bool          `tfsdk:"include_shared_numbers"`
	PublicNumbers        []publicNumberModel `tfsdk:"public_numbers"`
}

type publicNumberModel struct {
	PublicNumber types.String `tfsdk:"public_number"`
	Type         types.String `tfsdk:"type"`
}

func (d *publicNumbersDataSource) Schema(context.Context) schema.Schema {
	return schema.Schema{
		MarkdownDescription: "The public numbers of the Odorik.cz account, to route with `telecom_odorik_route` and `telecom_odorik_ringing`.",
		Attributes: map[string]schema.Attribute{
			"include_sip_names": schema.BoolAttribute{
				Optional:            true,
				MarkdownDescription: "Also list the account's registered SIP names. Default `false`.",
			},
			"include_shared_numbers": schema.BoolAttribute{
				Optional:            true,
				MarkdownDescription: "Also list the shared numbers (the 533 533 4xy range) that can be used for routing. Default `false`.",
			},
			"public_numbers": schema.ListNestedAttribute{
				Computed:            true,
				MarkdownDescription: "The numbers, in the order the API lists them.",
				NestedObject: schema.NestedAttributeObject{
					Attributes: map[string]schema.Attribute{
						"public_number": schema.StringAttribute{
							Computed:            true,
							MarkdownDescription: "The number in international form (`00420…`), or a SIP name.",
						},
						"type": schema.StringAttribute{
							Computed:            true,
							MarkdownDescription: "One of `geographic`, `nomadic`, `mobile`, `sip_name`, `shared`.",
						},
					},
				},
			},
		},
	}
}

func (d *publicNumbersDataSource) Identify(publicNumbersModel) string {
	return "the account's public numbers"
}

func (d *publicNumbersDataSource) Read(ctx context.Context, m *publicNumbersModel) error {
	numbers, err := d.Client.PublicNumbers(ctx, m.IncludeSIPNames.ValueBool(), m.IncludeSharedNumbers.ValueBool())
	if err != nil {
		return err
	}
	m.PublicNumbers = make([]publicNumberModel, 0, len(numbers))
	for _, n := range numbers {
		m.PublicNumbers = append(m.PublicNumbers, publicNumberModel{
			PublicNumber: types.StringValue(n.PublicNumber),
			Type:         types.StringValue(n.Type),
		})
	}
	return nil
}
