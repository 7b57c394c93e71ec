// Package sms is the Terraform side of SerwerSMS.pl subaccounts.
package sms

import (
	"errors"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/providerdata"
	"github.com/telecom-tf/terraform-provider-telecom/internal/readcache"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sms/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// Environment variables of the sms block.
const (
	EnvAPIToken = "SMS_API_TOKEN"
	EnvUsername = "SMS_USERNAME"
	EnvPassword = "SMS_PASSWORD"
	EnvBaseURL  = "SMS_API_URL"
)

// ProviderModel is the provider's sms block.
type ProviderModel struct {
	APIToken types.String `tfsdk:"api_token"`
	Username types.String `tfsdk:"username"`
	Password types.String `tfsdk:"password"`
	BaseURL  types.String `tfsdk:"base_url"`
}

// ProviderBlock is the sms block of the provider schema.
func ProviderBlock() schema.SingleNestedBlock {
	return schema.SingleNestedBlock{
		MarkdownDescription: "SerwerSMS.pl HTTPS API v2 credentials: an API token (recommended), or an API user's `username` and `password`. Needed by the `telecom_sms_*` resources and data sources.",
		Attributes: map[string]schema.Attribute{
			"api_token": providerdata.SecretSetting("API token from the customer panel (Interface settings, HTTPS API, API tokens). When set, `username` and `password` are not used.", EnvAPIToken),
			"username":  providerdata.Setting("API user name, used only when no `api_token` is set.", EnvUsername),
			"password":  providerdata.SecretSetting("API user password, used only when no `api_token` is set.", EnvPassword),
			"base_url":  providerdata.BaseURLSetting(api.DefaultBaseURL, EnvBaseURL),
		},
	}
}

// Configure resolves the block and its environment variables; nil when
// SerwerSMS is not configured at all.
func Configure(m *ProviderModel, t transport.Settings) (*api.Config, diag.Diagnostics) {
	return providerdata.Resolve("sms", m, func(in ProviderModel, s *providerdata.Settings) *api.Config {
		token := s.String("api_token", in.APIToken, EnvAPIToken, "")
		username := s.String("username", in.Username, EnvUsername, "")
		password := s.String("password", in.Password, EnvPassword, "")
		baseURL := s.BaseURL("base_url", in.BaseURL, EnvBaseURL, api.DefaultBaseURL)
		if s.Unconfigured(token, username, password) {
			return nil
		}
		cfg := &api.Config{BaseURL: baseURL, Transport: t, ListReuse: readcache.Reuse}
		if token == "" {
			cfg.Username, cfg.Password = username, password
			s.Require("username", username, EnvUsername)
			s.Require("password", password, EnvPassword)
			return cfg
		}
		cfg.APIToken = token
		if username != "" || password != "" {
			s.Warn("api_token", "Both an API token and an API user are set",
				"sms.api_token is used; sms.username and sms.password are ignored. The API accepts one way of logging in per request.")
		}
		return cfg
	})
}

// vendor is how resources and data sources find the SerwerSMS client.
var vendor = providerdata.Vendor[*api.Client]{
	Name:       "SerwerSMS",
	Block:      "sms",
	Settings:   [][2]string{{"api_token", EnvAPIToken}, {"username", EnvUsername}, {"password", EnvPassword}},
	Client:     func(d *providerdata.Data) *api.Client { return d.SMS },
	IsNotFound: func(err error) bool { return errors.Is(err, api.ErrNotFound) },
}

// Resources are the sms resources.
func Resources() []func() resource.Resource {
	return []func() resource.Resource{
		resourcekit.Register[subaccountModel](vendor, resourcekit.Meta{TypeName: "sms_subaccount", Noun: "SMS subaccount", PartialListing: true}, subaccountResource{}),
	}
}

// DataSources are the sms data sources.
func DataSources() []func() datasource.DataSource {
	return []func() datasource.DataSource{
		resourcekit.RegisterDataSource[subaccountsModel](vendor, resourcekit.Meta{TypeName: "sms_subaccounts", Noun: "SMS subaccounts"}, subaccountsDataSource{}),
	}
}
