// Package pbx is the Terraform side of the Telphin cloud PBX.
package pbx

import (
	"errors"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/providerdata"
	"github.com/telecom-tf/terraform-provider-telecom/internal/readcache"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// Environment variables of the pbx block.
const (
	EnvAppID     = "PBX_APP_ID"
	EnvAppSecret = "PBX_APP_SECRET"
	EnvClientID  = "PBX_CLIENT_ID"
	EnvBaseURL   = "PBX_API_URL"
)

// ProviderModel is the provider's pbx block.
type ProviderModel struct {
	AppID     types.String `tfsdk:"app_id"`
	AppSecret types.String `tfsdk:"app_secret"`
	ClientID  types.String `tfsdk:"client_id"`
	BaseURL   types.String `tfsdk:"base_url"`
}

// ProviderBlock is the pbx block of the provider schema.
func ProviderBlock() schema.SingleNestedBlock {
	return schema.SingleNestedBlock{
		MarkdownDescription: "Telphin cloud PBX API application (OAuth2 client credentials). Needed by the `telecom_pbx_*` resources and data sources.",
		Attributes: map[string]schema.Attribute{
			"app_id":     providerdata.Setting("Application id (OAuth2 client id) of a \"trusted\" API application.", EnvAppID),
			"app_secret": providerdata.SecretSetting("Application secret (OAuth2 client secret).", EnvAppSecret),
			"client_id":  providerdata.Setting("PBX client whose objects are managed when a resource does not set its own `client_id`. Default `"+api.DefaultClientID+"`, the client the application belongs to.", EnvClientID),
			"base_url":   providerdata.BaseURLSetting(api.DefaultBaseURL, EnvBaseURL),
		},
	}
}

// Configure resolves the block and its environment variables; nil when the
// PBX is not configured at all.
func Configure(m *ProviderModel, t transport.Settings) (*api.Config, diag.Diagnostics) {
	return providerdata.Resolve("pbx", m, func(in ProviderModel, s *providerdata.Settings) *api.Config {
		appID := s.String("app_id", in.AppID, EnvAppID, "")
		appSecret := s.String("app_secret", in.AppSecret, EnvAppSecret, "")
		baseURL := s.BaseURL("base_url", in.BaseURL, EnvBaseURL, api.DefaultBaseURL)
		if s.Unconfigured(appID, appSecret) {
			return nil
		}
		s.Require("app_id", appID, EnvAppID)
		s.Require("app_secret", appSecret, EnvAppSecret)
		return &api.Config{
			AppID: appID, AppSecret: appSecret, BaseURL: baseURL,
			ClientID:  s.String("client_id", in.ClientID, EnvClientID, api.DefaultClientID),
			Transport: t, ListReuse: readcache.Reuse,
		}
	})
}

// vendor is how resources and data sources find the PBX client. A missing
// client is an error of its own, never a vanished object.
var vendor = providerdata.Vendor[*api.Client]{
	Name:       "Telphin PBX",
	Block:      "pbx",
	Settings:   [][2]string{{"app_id", EnvAppID}, {"app_secret", EnvAppSecret}},
	Client:     func(d *providerdata.Data) *api.Client { return d.PBX },
	IsNotFound: func(err error) bool { return errors.Is(err, api.ErrNotFound) && !api.IsClientNotFound(err) },
}

// Resources are the pbx resources.
func Resources() []func() resource.Resource {
	return []func() resource.Resource{
		resourcekit.Register[dialRuleModel](vendor, resourcekit.Meta{TypeName: "pbx_dial_rule", Noun: "PBX dial rule list"}, dialRuleResource{object: dialRuleObjects}),
		resourcekit.Register[intervalModel](vendor, resourcekit.Meta{TypeName: "pbx_interval", Noun: "PBX interval"}, intervalResource{object: intervalObjects}),
		resourcekit.Register[didAssignmentModel](vendor, resourcekit.Meta{TypeName: "pbx_did_assignment", Noun: "PBX DID assignment"}, didAssignmentResource{object: didAssignmentObjects}),
		resourcekit.Register[clientSettingsModel](vendor, resourcekit.Meta{TypeName: "pbx_client_settings", Noun: "PBX client settings"}, clientSettingsResource{}),
		resourcekit.Register[extensionModel](vendor, resourcekit.Meta{TypeName: "pbx_extension", Noun: "PBX extension", PartialListing: true}, extensionResource{object: extensionObjects}),
		resourcekit.Register[extensionGroupModel](vendor, resourcekit.Meta{TypeName: "pbx_extension_group", Noun: "PBX extension group"}, extensionGroupResource{object: extensionGroupObjects}),
		resourcekit.Register[networkPermissionModel](vendor, resourcekit.Meta{TypeName: "pbx_network_permission", Noun: "PBX network permission"}, networkPermissionResource{object: networkPermissionObjects}),
		resourcekit.Register[userModel](vendor, resourcekit.Meta{TypeName: "pbx_user", Noun: "PBX portal user"}, userResource{object: userObjects}),
		resourcekit.Register[agentModel](vendor, resourcekit.Meta{TypeName: "pbx_agent", Noun: "PBX agent"}, agentResource{object: agentObjects}),
		resourcekit.Register[phoneEventModel](vendor, resourcekit.Meta{TypeName: "pbx_phone_event", Noun: "PBX phone event"}, phoneEventResource{object: phoneEventObjects}),
		resourcekit.Register[incomingRulesModel](vendor, resourcekit.Meta{TypeName: "pbx_incoming_rules", Noun: "PBX incoming-call rules"}, incomingRulesResource{}),
		resourcekit.Register[extensionPhoneModel](vendor, resourcekit.Meta{TypeName: "pbx_extension_phone", Noun: "PBX extension phone settings"}, extensionPhoneResource{}),
		resourcekit.Register[extensionEventModel](vendor, resourcekit.Meta{TypeName: "pbx_extension_event", Noun: "PBX extension webhook"}, extensionEventResource{object: extensionEventObjects}),
	}
}

// DataSources are the pbx data sources.
func DataSources() []func() datasource.DataSource {
	return []func() datasource.DataSource{
		resourcekit.RegisterDataSource[clientModel](vendor, resourcekit.Meta{TypeName: "pbx_client", Noun: "PBX client"}, clientDataSource{}),
		resourcekit.RegisterDataSource[didsModel](vendor, resourcekit.Meta{TypeName: "pbx_dids", Noun: "PBX DIDs"}, didsDataSource{}),
		resourcekit.RegisterDataSource[soundsModel](vendor, resourcekit.Meta{TypeName: "pbx_sounds", Noun: "PBX sounds"}, soundsDataSource{}),
		resourcekit.RegisterDataSource[extensionsModel](vendor, resourcekit.Meta{TypeName: "pbx_extensions", Noun: "PBX extensions"}, extensionsDataSource{}),
		resourcekit.RegisterDataSource[limitsModel](vendor, resourcekit.Meta{TypeName: "pbx_limits", Noun: "PBX limits"}, limitsDataSource{}),
	}
}
