package sms

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sms/api"
)

type subaccountsDataSource struct{ resourcekit.Base[*api.Client] }

type subaccountsModel struct {
	Subaccounts []subaccountRefModel `tfsdk:"subaccounts"`
}

type subaccountRefModel struct {
	ID       types.Int64  `tfsdk:"id"`
	Username types.String `tfsdk:"username"`
}

func (d *subaccountsDataSource) Schema(context.Context) schema.Schema {
	return schema.Schema{
		MarkdownDescription: "Every SerwerSMS.pl subaccount of the account (`subaccounts/index`): id and username. " +
			"Use it to find a template subaccount's id for `telecom_sms_subaccount.template_id`.",
		Attributes: map[string]schema.Attribute{
			"subaccounts": resourcekit.ComputedList("The subaccounts, in the API's order.", map[string]schema.Attribute{
				"id":       schema.Int64Attribute{Computed: true, MarkdownDescription: "Subaccount id."},
				"username": schema.StringAttribute{Computed: true, MarkdownDescription: "Login of the subaccount."},
			}),
		},
	}
}

func (d *subaccountsDataSource) Identify(subaccountsModel) string { return "the subaccounts" }

func (d *subaccountsDataSource) Read(ctx context.Context, m *subaccountsModel) error {
	all, err := d.Client.Subaccounts(ctx)
	if err != nil {
		return err
	}
	m.Subaccounts = make([]subaccountRefModel, 0, len(all))
	for _, s := range all {
		m.Subaccounts = append(m.Subaccounts, subaccountRefModel{ID: types.Int64Value(s.ID), Username: types.StringValue(s.Username)})
	}
	return nil
}
