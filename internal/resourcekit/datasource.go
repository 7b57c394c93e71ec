package resourcekit

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"

	"github.com/telecom-tf/terraform-provider-telecom/internal/providerdata"
)

// DataSourceDefinition is what a data source brings besides its names
// (Meta): its schema and the read. Read fills the model, which comes from the configuration; an
// error is reported as "Error reading <noun>" with "Could not read
// <Identify(model)>: <error>".
type DataSourceDefinition[M any, C comparable] interface {
	clientHolder[C]
	Schema(ctx context.Context) schema.Schema
	Identify(m M) string
	Read(ctx context.Context, m *M) error
}

// NewDataSource wraps a definition into a framework data source.
func NewDataSource[M any, C comparable](vendor providerdata.Vendor[C], meta Meta, def DataSourceDefinition[M, C]) datasource.DataSource {
	return &dataSource[M, C]{binding: binding[C]{meta, vendor, def}, def: def}
}

// dataSourceDefinitionOf is a pointer to a data source definition value D.
type dataSourceDefinitionOf[D, M any, C comparable] interface {
	*D
	DataSourceDefinition[M, C]
}

// RegisterDataSource is how a vendor lists a data source; see Register.
func RegisterDataSource[M any, C comparable, D any, PD dataSourceDefinitionOf[D, M, C]](vendor providerdata.Vendor[C], meta Meta, prototype D) func() datasource.DataSource {
	newDef := fresh(prototype)
	return func() datasource.DataSource { return NewDataSource[M, C](vendor, meta, PD(newDef())) }
}

type dataSource[M any, C comparable] struct {
	binding[C]
	def DataSourceDefinition[M, C]
}

var (
	_ datasource.DataSourceWithConfigure        = &dataSource[struct{}, *int]{}
	_ datasource.DataSourceWithValidateConfig   = &dataSource[struct{}, *int]{}
	_ datasource.DataSourceWithConfigValidators = &dataSource[struct{}, *int]{}
)

func (d *dataSource[M, C]) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = d.typeName(req.ProviderTypeName)
}

func (d *dataSource[M, C]) Schema(ctx context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = d.def.Schema(ctx)
}

func (d *dataSource[M, C]) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	resp.Diagnostics.Append(d.configure(req.ProviderData)...)
}

func (d *dataSource[M, C]) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m M
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ident := d.def.Identify(m)
	if err := d.def.Read(ctx, &m); err != nil {
		report(&resp.Diagnostics, d.meta.Noun, d.meta.Verbs.Read.or(defaultVerbs.Read), ident, err)
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

// A data source definition may also implement these, with the framework's
// signatures; the driver passes the calls through.
type (
	// DataSourceConfigValidator checks the configuration as a whole.
	DataSourceConfigValidator interface {
		ValidateConfig(context.Context, datasource.ValidateConfigRequest, *datasource.ValidateConfigResponse)
	}
	// DataSourceConfigValidators are declarative checks across attributes.
	DataSourceConfigValidators interface {
		ConfigValidators(context.Context) []datasource.ConfigValidator
	}
)

func (d *dataSource[M, C]) ValidateConfig(ctx context.Context, req datasource.ValidateConfigRequest, resp *datasource.ValidateConfigResponse) {
	if v, ok := d.def.(DataSourceConfigValidator); ok {
		v.ValidateConfig(ctx, req, resp)
	}
}

func (d *dataSource[M, C]) ConfigValidators(ctx context.Context) []datasource.ConfigValidator {
	if v, ok := d.def.(DataSourceConfigValidators); ok {
		return v.ConfigValidators(ctx)
	}
	return nil
}
