// Package provider wires the vendors together: the provider schema (one
// block per vendor plus the transport knobs), Configure, and the list of every
// resource and data source. Nothing vendor-specific lives here.
package provider

import (
	"context"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/functions"
	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex"
	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sms"
	"github.com/telecom-tf/terraform-provider-telecom/internal/voipmundo"
)

var (
	_ provider.Provider                  = &telecomProvider{}
	_ provider.ProviderWithFunctions     = &telecomProvider{}
	_ provider.ProviderWithListResources = &telecomProvider{}
)

type telecomProvider struct {
	version string
}

// New returns the provider factory; version is set by the release build.
func New(version string) func() provider.Provider {
	return func() provider.Provider {
		return &telecomProvider{version: version}
	}
}

type providerModel struct {
	Odorik         *odorik.ProviderModel    `tfsdk:"odorik"`
	IPEX           *ipex.ProviderModel      `tfsdk:"ipex"`
	PBX            *pbx.ProviderModel       `tfsdk:"pbx"`
	SMS            *sms.ProviderModel       `tfsdk:"sms"`
	VoIPMundo      *voipmundo.ProviderModel `tfsdk:"voipmundo"`
	MaxRetries     types.Int64              `tfsdk:"max_retries"`
	RequestTimeout types.String             `tfsdk:"request_timeout"`
}

func (p *telecomProvider) Metadata(_ context.Context, _ provider.MetadataRequest, resp *provider.MetadataResponse) {
	resp.TypeName = "telecom"
	resp.Version = p.version
}

func (p *telecomProvider) Resources(context.Context) []func() resource.Resource {
	return slices.Concat(odorik.Resources(), ipex.Resources(), pbx.Resources(), sms.Resources())
}

// ListResources are the list resources (terraform query, Terraform 1.14+)
// of every resource that has one.
func (p *telecomProvider) ListResources(ctx context.Context) []func() list.ListResource {
	return resourcekit.ListResources(p.Resources(ctx)...)
}

func (p *telecomProvider) Functions(context.Context) []func() function.Function {
	return functions.All()
}

func (p *telecomProvider) DataSources(context.Context) []func() datasource.DataSource {
	return slices.Concat(odorik.DataSources(), ipex.DataSources(), pbx.DataSources(), sms.DataSources(), voipmundo.DataSources())
}
