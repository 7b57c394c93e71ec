// Package ipex is the Terraform side of IPEX VoIP numbers.
package ipex

import (
	"errors"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/providerdata"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// Environment variables of the ipex block.
const (
	EnvUsername   = "IPEX_USERNAME"
	EnvPassword   = "IPEX_PASSWORD"
	EnvBaseURL    = "IPEX_API_URL"
	EnvAuthScheme = "IPEX_AUTH_SCHEME"
)

// ProviderModel is the provider's ipex block.
type ProviderModel struct {
	Username   types.String `tfsdk:"username"`
	Password   types.String `tfsdk:"password"`
	BaseURL    types.String `tfsdk:"base_url"`
	AuthScheme types.String `tfsdk:"auth_scheme"`
}

// ProviderBlock is the ipex block of the provider schema.
func ProviderBlock() schema.SingleNestedBlock {
	scheme := providerdata.Setting("How the access token is sent in the `Authorization` header: `raw` (the token alone, as IPEX's own clients do) or `bearer` (`Bearer <token>`). Default `raw`.", EnvAuthScheme)
	scheme.Validators = []validator.String{stringvalidator.OneOf(api.AuthSchemeRaw, api.AuthSchemeBearer)}
	return schema.SingleNestedBlock{
		MarkdownDescription: "IPEX REST API credentials (an API user with the roles the resources need). Needed by the `telecom_ipex_*` resources and data sources.",
		Attributes: map[string]schema.Attribute{
			"username":    providerdata.Setting("API user name.", EnvUsername),
			"password":    providerdata.SecretSetting("API user password.", EnvPassword),
			"base_url":    providerdata.BaseURLSetting(api.DefaultBaseURL, EnvBaseURL),
			"auth_scheme": scheme,
		},
	}
}

// Configure resolves the block and its environment variables; nil when IPEX
// is not configured at all.
func Configure(m *ProviderModel, t transport.Settings) (*api.Config, diag.Diagnostics) {
	return providerdata.Resolve("ipex", m, func(in ProviderModel, s *providerdata.Settings) *api.Config {
		username := s.String("username", in.Username, EnvUsername, "")
		password := s.String("password", in.Password, EnvPassword, "")
		baseURL := s.BaseURL("base_url", in.BaseURL, EnvBaseURL, api.DefaultBaseURL)
		if s.Unconfigured(username, password) {
			return nil
		}
		cfg := &api.Config{
			Username:   username,
			Password:   password,
			BaseURL:    baseURL,
			AuthScheme: s.String("auth_scheme", in.AuthScheme, EnvAuthScheme, api.AuthSchemeRaw),
			Transport:  t,
		}
		s.OneOf("auth_scheme", cfg.AuthScheme, EnvAuthScheme, api.AuthSchemeRaw, api.AuthSchemeBearer)
		s.Require("username", username, EnvUsername)
		s.Require("password", password, EnvPassword)
		return cfg
	})
}

// vendor is how resources and data sources find the IPEX client.
var vendor = providerdata.Vendor[*api.Client]{
	Name:       "IPEX",
	Block:      "ipex",
	Settings:   [][2]string{{"username", EnvUsername}, {"password", EnvPassword}},
	Client:     func(d *providerdata.Data) *api.Client { return d.IPEX },
	IsNotFound: func(err error) bool { return errors.Is(err, api.ErrNotFound) },
}

// Resources are the ipex resources.
func Resources() []func() resource.Resource {
	return []func() resource.Resource{
		resourcekit.Register[voipNumberModel](vendor, resourcekit.Meta{TypeName: "ipex_voip_number", Noun: "IPEX VoIP number", Verbs: voipNumberVerbs, PartialListing: true}, voipNumberResource{}),
	}
}

// DataSources are the ipex data sources.
func DataSources() []func() datasource.DataSource {
	return []func() datasource.DataSource{
		resourcekit.RegisterDataSource[profilesModel](vendor, resourcekit.Meta{TypeName: "ipex_voip_profiles", Noun: "IPEX VoIP profiles"}, profilesDataSource{}),
		resourcekit.RegisterDataSource[numberDataModel](vendor, resourcekit.Meta{TypeName: "ipex_voip_number", Noun: "IPEX VoIP number"}, numberDataSource{}),
	}
}
