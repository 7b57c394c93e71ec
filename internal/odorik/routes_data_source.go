package odorik

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber/numbertype"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

type routesDataSource struct{ resourcekit.Base[*api.Client] }

type routesModel struct {
	PublicNumber numbertype.Value  `tfsdk:"public_number"`
	Routes       []routeEntryModel `tfsdk:"routes"`
}

type routeEntryModel struct {
	RouteID       types.Int64  `tfsdk:"route_id"`
	SourceNumber  types.String `tfsdk:"source_number"`
	RingingNumber types.String `tfsdk:"ringing_number"`
}

func (d *routesDataSource) Schema(context.Context) schema.Schema {
	return schema.Schema{
		MarkdownDescription: "Every routing rule of one Odorik.cz public number, parallel ringings included " +
			"(they are the rules whose `source_number` is `*`). Useful to find a `route_id` to import.",
		Attributes: map[string]schema.Attribute{
			"public_number": schema.StringAttribute{
				Required:            true,
				CustomType:          numbertype.Type{},
				MarkdownDescription: "The public number in international form (`00420…` or `+420…`), or a SIP name.",
				Validators:          []validator.String{numbertype.PublicNumber()},
			},
			"routes": schema.ListNestedAttribute{
				Computed:            true,
				MarkdownDescription: "The rules, in the order the API lists them.",
				NestedObject: schema.NestedAttributeObject{
					Attributes: map[string]schema.Attribute{
						"route_id":       schema.Int64Attribute{Computed: true, MarkdownDescription: "The rule's id (import a rule as `<public_number>/<route_id>`)."},
						"source_number":  schema.StringAttribute{Computed: true, MarkdownDescription: "The caller the rule applies to, `*` for any."},
						"ringing_number": schema.StringAttribute{Computed: true, MarkdownDescription: "Where the call goes."},
					},
				},
			},
		},
	}
}

func (d *routesDataSource) Identify(m routesModel) string {
	return "the rules of " + m.PublicNumber.ValueString()
}

func (d *routesDataSource) Read(ctx context.Context, m *routesModel) error {
	routes, err := d.Client.Routes(ctx, m.PublicNumber.Canonical())
	if err != nil {
		return err
	}
	m.Routes = make([]routeEntryModel, 0, len(routes))
	for _, r := range routes {
		m.Routes = append(m.Routes, routeEntryModel{
			RouteID:       types.Int64Value(r.ID),
			SourceNumber:  types.StringValue(r.SourceNumber),
			RingingNumber: types.StringValue(r.RingingNumber),
		})
	}
	return nil
}
