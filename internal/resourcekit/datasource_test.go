package resourcekit

import (
	"context"
	"errors"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/telecom-tf/terraform-provider-telecom/internal/providerdata"
)

type listingModel struct {
	Room  types.String `tfsdk:"room"`
	Count types.Int64  `tfsdk:"count"`
}

type listing struct{ Base[*fakeClient] }

var listingMeta = Meta{TypeName: "fake_listing", Noun: "fake listing", Verbs: Verbs{Read: Verb{Do: "list", Doing: "reading"}}}

func (d *listing) Schema(context.Context) schema.Schema {
	return schema.Schema{Attributes: map[string]schema.Attribute{
		"room":  schema.StringAttribute{Required: true},
		"count": schema.Int64Attribute{Computed: true},
	}}
}

func (d *listing) Identify(m listingModel) string { return "the things in " + m.Room.ValueString() }

func (d *listing) Read(_ context.Context, m *listingModel) error {
	if d.Client.err != nil {
		return d.Client.err
	}
	m.Count = types.Int64Value(3)
	return nil
}

func readListing(t *testing.T, c *fakeClient) datasource.ReadResponse {
	t.Helper()
	ctx := context.Background()
	ds := as[datasource.DataSourceWithConfigure](t, NewDataSource(fakeVendor(c), listingMeta, &listing{}))
	var conf datasource.ConfigureResponse
	ds.Configure(ctx, datasource.ConfigureRequest{ProviderData: &providerdata.Data{Odorik: configuredMarker}}, &conf)
	requireNoErrors(t, conf.Diagnostics)
	s := (&listing{}).Schema(ctx)
	typ := s.Type().TerraformType(ctx)
	config := tftypes.NewValue(typ, map[string]tftypes.Value{
		"room": tftypes.NewValue(tftypes.String, "kitchen"), "count": tftypes.NewValue(tftypes.Number, nil),
	})
	resp := datasource.ReadResponse{State: tfsdk.State{Schema: s, Raw: tftypes.NewValue(typ, nil)}}
	ds.Read(ctx, datasource.ReadRequest{Config: tfsdk.Config{Schema: s, Raw: config}}, &resp)
	return resp
}

func TestDataSourceRead(t *testing.T) {
	resp := readListing(t, &fakeClient{})
	requireNoErrors(t, resp.Diagnostics)
	var m listingModel
	requireNoErrors(t, resp.State.Get(context.Background(), &m))
	if m.Room.ValueString() != "kitchen" || m.Count.ValueInt64() != 3 {
		t.Errorf("state = %+v, want the configuration filled in", m)
	}

	resp = readListing(t, &fakeClient{err: errors.New("HTTP 500")})
	requireError(t, resp.Diagnostics, "Error reading fake listing", "Could not list the things in kitchen: HTTP 500")
}

func TestDataSourceNotConfigured(t *testing.T) {
	ds := as[datasource.DataSourceWithConfigure](t, NewDataSource(fakeVendor(&fakeClient{}), listingMeta, &listing{}))
	var resp datasource.ConfigureResponse
	ds.Configure(context.Background(), datasource.ConfigureRequest{ProviderData: &providerdata.Data{}}, &resp)
	requireError(t, resp.Diagnostics, "Fake is not configured", "FAKE_TOKEN")
}

func TestRegisterDataSourceMakesAFreshDefinitionEachTime(t *testing.T) {
	newListing := RegisterDataSource[listingModel](fakeVendor(&fakeClient{}), listingMeta, listing{})
	first := as[*dataSource[listingModel, *fakeClient]](t, newListing())
	second := as[*dataSource[listingModel, *fakeClient]](t, newListing())
	if first.def == second.def {
		t.Fatal("two data sources share one definition")
	}
}
