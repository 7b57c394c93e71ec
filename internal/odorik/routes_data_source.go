package odorik

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber/numbertype"
)

var _ datasource.DataSourceWithConfigure = &routesDataSource{}

// NewRoutesDataSource is the telecom_odorik_routes data source.
func NewRoutesDataSource() datasource.DataSource { return &routesDataSource{} }

type routesDataSource struct {
	client *api.Client
}

type routesModel struct {
	PublicNumber numbertype.Value  `tfsdk:"public_number"`
	Routes       []routeEntryModel `tfsdk:"routes"`
}

type routeEntryModel struct {
	RouteID       types.Int64  `tfsdk:"route_id"`
	SourceNumber  types.String `tfsdk:"source_number"`
	RingingNumber types.String `tfsdk:"ringing_number"`
}

func (d *routesDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_odorik_routes"
}

func (d *routesDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
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

func (d *routesDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	client, diags := clientFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	d.client = client
}

func (d *routesDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m routesModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	routes, err := d.client.Routes(ctx, m.PublicNumber.Canonical())
	if err != nil {
		resp.Diagnostics.AddError("Error reading Odorik routes", fmt.Sprintf("Could not list the rules of %s: %s", m.PublicNumber.ValueString(), err))
		return
	}
	m.Routes = make([]routeEntryModel, 0, len(routes))
	for _, r := range routes {
		m.Routes = append(m.Routes, routeEntryModel{
			RouteID:       types.Int64Value(r.ID),
			SourceNumber:  types.StringValue(r.SourceNumber),
			RingingNumber: types.StringValue(r.RingingNumber),
		})
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
