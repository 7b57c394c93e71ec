package sms

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sms/api"
)

var _ datasource.DataSourceWithConfigure = &subaccountsDataSource{}

// NewSubaccountsDataSource is the telecom_sms_subaccounts data source.
func NewSubaccountsDataSource() datasource.DataSource { return &subaccountsDataSource{} }

type subaccountsDataSource struct {
	client *api.Client
}

type subaccountsModel struct {
	Subaccounts []subaccountRefModel `tfsdk:"subaccounts"`
}

type subaccountRefModel struct {
	ID       types.Int64  `tfsdk:"id"`
	Username types.String `tfsdk:"username"`
}

func (d *subaccountsDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_sms_subaccounts"
}

func (d *subaccountsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Every SerwerSMS.pl subaccount of the account (`subaccounts/index`): id and username. " +
			"Use it to find a template subaccount's id for `telecom_sms_subaccount.template_id`.",
		Attributes: map[string]schema.Attribute{
			"subaccounts": schema.ListNestedAttribute{
				Computed:            true,
				MarkdownDescription: "The subaccounts, in the API's order.",
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"id":       schema.Int64Attribute{Computed: true, MarkdownDescription: "Subaccount id."},
					"username": schema.StringAttribute{Computed: true, MarkdownDescription: "Login of the subaccount."},
				}},
			},
		},
	}
}

func (d *subaccountsDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	client, diags := clientFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	d.client = client
}

func (d *subaccountsDataSource) Read(ctx context.Context, _ datasource.ReadRequest, resp *datasource.ReadResponse) {
	all, err := d.client.Subaccounts(ctx)
	if err != nil {
		resp.Diagnostics.AddError("Error listing SMS subaccounts", fmt.Sprintf("Could not list the subaccounts: %s", err))
		return
	}
	m := subaccountsModel{Subaccounts: make([]subaccountRefModel, 0, len(all))}
	for _, s := range all {
		m.Subaccounts = append(m.Subaccounts, subaccountRefModel{ID: types.Int64Value(s.ID), Username: types.StringValue(s.Username)})
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
