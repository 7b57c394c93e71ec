package pbx

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

type soundsDataSource struct{ resourcekit.Base[*api.Client] }

type soundsModel struct {
	ClientID types.String `tfsdk:"client_id"`
	Title    types.String `tfsdk:"title"`
	OwnOnly  types.Bool   `tfsdk:"own_only"`
	Sounds   []soundItem  `tfsdk:"sounds"`
}

type soundItem struct {
	ID       types.Int64  `tfsdk:"id"`
	Title    types.String `tfsdk:"title"`
	Filename types.String `tfsdk:"filename"`
}

func (d *soundsDataSource) Schema(context.Context) schema.Schema {
	return schema.Schema{
		MarkdownDescription: "The sounds a Telphin cloud-PBX client may play: its own uploads and those its dealer " +
			"shares. Pick one by title for `telecom_pbx_client_settings.hold_music`: `sounds[0].id` of the sounds " +
			"titled so. Reading costs one request per page of the (filtered) listing.",
		Attributes: map[string]schema.Attribute{
			"client_id": schema.StringAttribute{
				Optional:            true,
				MarkdownDescription: "Which client: its numeric id or `@me`. Defaults to the provider's `pbx.client_id`.",
				Validators:          []validator.String{clientIDValidator()},
			},
			"title": schema.StringAttribute{
				Optional:            true,
				MarkdownDescription: "Only the sounds with exactly this title (letter case counts).",
				Validators:          []validator.String{notBlank()},
			},
			"own_only": schema.BoolAttribute{
				Optional:            true,
				MarkdownDescription: "Only the client's own sounds, not those its dealer shares. Default `false`.",
			},
			"sounds": resourcekit.ComputedList("The sounds, in the PBX's order; empty when none matches.", map[string]schema.Attribute{
				"id":       schema.Int64Attribute{Computed: true, MarkdownDescription: "The sound's id (`hold_music`)."},
				"title":    schema.StringAttribute{Computed: true, MarkdownDescription: "The sound's title."},
				"filename": schema.StringAttribute{Computed: true, MarkdownDescription: "The file name it was uploaded as."},
			}),
		},
	}
}

func (d *soundsDataSource) Identify(m soundsModel) string {
	return "the sounds of client " + clientOrDefault(d.Client, m.ClientID)
}

func (d *soundsDataSource) Read(ctx context.Context, m *soundsModel) error {
	all, err := d.Client.FindSounds(ctx, clientOrDefault(d.Client, m.ClientID), m.Title.ValueString(), m.OwnOnly.ValueBool())
	if err != nil {
		return err
	}
	m.Sounds = make([]soundItem, 0, len(all))
	for _, s := range all {
		m.Sounds = append(m.Sounds, soundItem{ID: types.Int64Value(s.ID), Title: types.StringValue(s.Title), Filename: types.StringValue(s.Filename)})
	}
	return nil
}
