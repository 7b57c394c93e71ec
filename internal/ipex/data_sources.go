package ipex

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

type profilesDataSource struct{ resourcekit.Base[*api.Client] }

type profilesModel struct {
	Profiles []profileModel `tfsdk:"profiles"`
}

type profileModel struct {
	ID   types.Int64  `tfsdk:"id"`
	Name types.String `tfsdk:"name"`
}

func (d *profilesDataSource) Schema(context.Context) schema.Schema {
	return schema.Schema{
		MarkdownDescription: "The IPEX VoIP profiles (`GET /v1/voip/profiles`), to pick `telecom_ipex_voip_number.profile_id` from.",
		Attributes: map[string]schema.Attribute{
			"profiles": resourcekit.ComputedList("The profiles, in the API's order.", map[string]schema.Attribute{
				"id":   schema.Int64Attribute{Computed: true, MarkdownDescription: "Profile id."},
				"name": schema.StringAttribute{Computed: true, MarkdownDescription: "Profile name."},
			}),
		},
	}
}

func (d *profilesDataSource) Identify(profilesModel) string { return "the VoIP profiles" }

func (d *profilesDataSource) Read(ctx context.Context, m *profilesModel) error {
	all, err := d.Client.Profiles(ctx)
	if err != nil {
		return err
	}
	m.Profiles = make([]profileModel, 0, len(all))
	for _, p := range all {
		m.Profiles = append(m.Profiles, profileModel{ID: types.Int64Value(p.ID), Name: types.StringValue(p.Name)})
	}
	return nil
}

type numberDataSource struct{ resourcekit.Base[*api.Client] }

type numberDataModel struct {
	numberDetail
	TechnicalStatus types.String `tfsdk:"technical_status"`
}

func (d *numberDataSource) Schema(context.Context) schema.Schema {
	return schema.Schema{
		MarkdownDescription: "One IPEX VoIP number's detail (`GET /v1/voip/{number}`) and technical state (`/state`).",
		Attributes: map[string]schema.Attribute{
			"number": schema.StringAttribute{
				Required: true, CustomType: numberType{},
				MarkdownDescription: "The number: 9 digits, optionally after `+420` or `00420`.",
				Validators:          []validator.String{numberValidator{}},
			},
			"customer_id":         schema.Int64Attribute{Computed: true, MarkdownDescription: "Customer the number belongs to."},
			"profile_id":          schema.Int64Attribute{Computed: true, MarkdownDescription: "VoIP profile."},
			"tariff_plan_id":      schema.Int64Attribute{Computed: true, MarkdownDescription: "Tariff plan."},
			"clir":                schema.StringAttribute{Computed: true, MarkdownDescription: "Caller id restriction."},
			"international_limit": schema.Float64Attribute{Computed: true, MarkdownDescription: "International spending limit, CZK."},
			"status":              schema.StringAttribute{Computed: true, MarkdownDescription: "Status in the number's detail."},
			"technical_status":    schema.StringAttribute{Computed: true, MarkdownDescription: "Status from the technical state call."},
		},
	}
}

func (d *numberDataSource) Identify(m numberDataModel) string { return m.Number.ValueString() }

func (d *numberDataSource) Read(ctx context.Context, m *numberDataModel) error {
	n, err := d.Client.Number(ctx, m.Number.Canonical())
	if err != nil {
		return err
	}
	st, err := d.Client.NumberState(ctx, m.Number.Canonical())
	if err != nil {
		return resourcekit.Problem("Error reading IPEX VoIP number state", fmt.Sprintf("Could not read the state of %s: %s", m.Number.ValueString(), err))
	}
	m.fromAPI(n)
	m.TechnicalStatus = types.StringValue(st.Status)
	return nil
}
