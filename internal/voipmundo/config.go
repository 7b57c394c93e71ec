// Package voipmundo is the Terraform side of VoIP Mundo Telecom (NextBilling).
package voipmundo

import (
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/providerdata"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
	"github.com/telecom-tf/terraform-provider-telecom/internal/voipmundo/api"
)

// Environment variables of the voipmundo block.
const (
	EnvAPIToken = "VOIPMUNDO_API_TOKEN"
	EnvAPIKey   = "VOIPMUNDO_API_KEY"
	EnvBaseURL  = "VOIPMUNDO_API_URL"
)

// ProviderModel is the provider's voipmundo block.
type ProviderModel struct {
	APIToken types.String `tfsdk:"api_token"`
	APIKey   types.String `tfsdk:"api_key"`
	BaseURL  types.String `tfsdk:"base_url"`
}

// ProviderBlock is the voipmundo block of the provider schema.
func ProviderBlock() schema.SingleNestedBlock {
	return schema.SingleNestedBlock{
		MarkdownDescription: "VoIP Mundo Telecom API credentials (a master, reseller or subscriber token with its key). Needed by the `telecom_voipmundo_*` data sources.",
		Attributes: map[string]schema.Attribute{
			"api_token": providerdata.SecretSetting("API token. It travels in the URL path, so the provider masks it in every log line and message.", EnvAPIToken),
			"api_key":   providerdata.SecretSetting("API key that goes with the token.", EnvAPIKey),
			"base_url":  providerdata.BaseURLSetting(api.DefaultBaseURL, EnvBaseURL),
		},
	}
}

// Configure resolves the block and its environment variables; nil when VoIP
// Mundo is not configured at all.
func Configure(m *ProviderModel, t transport.Settings) (*api.Config, diag.Diagnostics) {
	return providerdata.Resolve("voipmundo", m, func(in ProviderModel, s *providerdata.Settings) *api.Config {
		token := s.String("api_token", in.APIToken, EnvAPIToken, "")
		key := s.String("api_key", in.APIKey, EnvAPIKey, "")
		baseURL := s.BaseURL("base_url", in.BaseURL, EnvBaseURL, api.DefaultBaseURL)
		if s.Unconfigured(token, key) {
			return nil
		}
		s.Require("api_token", token, EnvAPIToken)
		s.Require("api_key", key, EnvAPIKey)
		return &api.Config{APIToken: token, APIKey: key, BaseURL: baseURL, Transport: t}
	})
}

// vendor is how data sources find the VoIP Mundo client.
var vendor = providerdata.Vendor[*api.Client]{
	Name:     "VoIP Mundo",
	Block:    "voipmundo",
	Settings: [][2]string{{"api_token", EnvAPIToken}, {"api_key", EnvAPIKey}},
	Client:   func(d *providerdata.Data) *api.Client { return d.VoIPMundo },
}

// DataSources are the voipmundo data sources.
func DataSources() []func() datasource.DataSource {
	return []func() datasource.DataSource{
		resourcekit.RegisterDataSource[types.Object](vendor, resourcekit.Meta{TypeName: "voipmundo_customer", Noun: "VoIP Mundo customer"}, customerDataSource{}),
	}
}
