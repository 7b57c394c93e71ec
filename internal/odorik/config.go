// Package odorik is the Terraform side of Odorik.cz: call routing and
// parallel ringing on the account's public numbers, speed dials and lines.
package odorik

import (
	"errors"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/providerdata"
	"github.com/telecom-tf/terraform-provider-telecom/internal/readcache"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// Environment variables of the odorik block.
const (
	EnvUser     = "ODORIK_USER"
	EnvPassword = "ODORIK_PASSWORD"
	EnvBaseURL  = "ODORIK_API_URL"
)

// ProviderModel is the provider's odorik block.
type ProviderModel struct {
	User     types.String `tfsdk:"user"`
	Password types.String `tfsdk:"password"`
	BaseURL  types.String `tfsdk:"base_url"`
}

// ProviderBlock is the odorik block of the provider schema.
func ProviderBlock() schema.SingleNestedBlock {
	return schema.SingleNestedBlock{
		MarkdownDescription: "Odorik.cz API credentials. Needed by the `telecom_odorik_*` resources and data sources.",
		Attributes: map[string]schema.Attribute{
			"user":     providerdata.Setting("Account id (for the whole account) or a 6-digit line number (for that line's numbers only).", EnvUser),
			"password": providerdata.SecretSetting("The account's API password (account settings, \"API heslo\"), or the line's SIP password when `user` is a line.", EnvPassword),
			"base_url": providerdata.BaseURLSetting(api.DefaultBaseURL, EnvBaseURL),
		},
	}
}

// Configure resolves the block and its environment variables into the
// client's settings. It returns nil and no error when neither credential is
// set anywhere: the vendor is then "not configured" and only its resources
// complain.
func Configure(m *ProviderModel, t transport.Settings, userAgent string) (*api.Config, diag.Diagnostics) {
	return providerdata.Resolve("odorik", m, func(in ProviderModel, s *providerdata.Settings) *api.Config {
		user := s.String("user", in.User, EnvUser, "")
		password := s.String("password", in.Password, EnvPassword, "")
		baseURL := s.BaseURL("base_url", in.BaseURL, EnvBaseURL, api.DefaultBaseURL)
		if s.Unconfigured(user, password) {
			return nil
		}
		s.Require("user", user, EnvUser)
		s.Require("password", password, EnvPassword)
		return &api.Config{
			User: user, Password: password, BaseURL: baseURL,
			UserAgent: userAgent, Transport: t, ListReuse: readcache.Reuse,
		}
	})
}

// vendor is how resources and data sources find the Odorik client.
var vendor = providerdata.Vendor[*api.Client]{
	Name:       "Odorik",
	Block:      "odorik",
	Settings:   [][2]string{{"user", EnvUser}, {"password", EnvPassword}},
	Client:     func(d *providerdata.Data) *api.Client { return d.Odorik },
	IsNotFound: func(err error) bool { return errors.Is(err, api.ErrNotFound) },
}

// Resources are the odorik resources.
func Resources() []func() resource.Resource {
	return []func() resource.Resource{
		resourcekit.Register[ringingModel](vendor, resourcekit.Meta{TypeName: "odorik_ringing", Noun: "Odorik ringing"}, ringingResource{}),
		resourcekit.Register[routeModel](vendor, resourcekit.Meta{TypeName: "odorik_route", Noun: "Odorik route"}, routeResource{}),
		resourcekit.Register[speedDialModel](vendor, resourcekit.Meta{TypeName: "odorik_speed_dial", Noun: "Odorik speed dial", MutableIdentity: true}, speedDialResource{}),
	}
}

// DataSources are the odorik data sources.
func DataSources() []func() datasource.DataSource {
	return []func() datasource.DataSource{
		resourcekit.RegisterDataSource[publicNumbersModel](vendor, resourcekit.Meta{TypeName: "odorik_public_numbers", Noun: "Odorik public numbers"}, publicNumbersDataSource{}),
		resourcekit.RegisterDataSource[linesModel](vendor, resourcekit.Meta{TypeName: "odorik_lines", Noun: "Odorik lines"}, linesDataSource{}),
		resourcekit.RegisterDataSource[routesModel](vendor, resourcekit.Meta{TypeName: "odorik_routes", Noun: "Odorik routes"}, routesDataSource{}),
	}
}
