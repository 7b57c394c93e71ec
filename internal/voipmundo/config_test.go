package voipmundo

import (
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/providerdata/configtest"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
	"github.com/telecom-tf/terraform-provider-telecom/internal/voipmundo/api"
)

var testSettings = transport.Settings{MaxRetries: 3, RequestTimeout: 7 * time.Second, UserAgent: "ua-test"}

var allEnv = []string{EnvAPIToken, EnvAPIKey, EnvBaseURL}

// vendor runs the checks every vendor block shares.
var vendorBlock = configtest.Vendor[ProviderModel, api.Config]{
	Block:      "voipmundo",
	Env:        allEnv,
	EnvBaseURL: EnvBaseURL,
	Configure:  func(m *ProviderModel) (*api.Config, diag.Diagnostics) { return Configure(m, testSettings) },
	WithBaseURL: func(u types.String) *ProviderModel {
		return &ProviderModel{APIToken: configtest.Val("tok"), APIKey: configtest.Val("key"), BaseURL: u}
	},
	BaseURL: func(c *api.Config) string { return c.BaseURL },
}

func clearEnv(t *testing.T) { t.Helper(); configtest.ClearEnv(t, allEnv...) }

var (
	null = configtest.Null
	val  = configtest.Val
)

var requireNoDiags = configtest.RequireNoDiags

func TestConfigureNotConfigured(t *testing.T) {
	vendorBlock.CheckNotConfigured(t, map[string]*ProviderModel{
		"no block":      nil,
		"zero block":    {},
		"null values":   {APIToken: null(), APIKey: null(), BaseURL: null()},
		"empty strings": {APIToken: val(""), APIKey: val("")},
	})
}

func TestConfigureFromBlock(t *testing.T) {
	clearEnv(t)
	cfg, diags := Configure(&ProviderModel{APIToken: val("tok"), APIKey: val("key"), BaseURL: null()}, testSettings)
	requireNoDiags(t, diags)
	want := api.Config{APIToken: "tok", APIKey: "key", BaseURL: api.DefaultBaseURL, Transport: testSettings}
	if cfg == nil || *cfg != want {
		t.Fatalf("Configure = %+v, want %+v", cfg, want)
	}
	if api.DefaultBaseURL != "https://api.voipmundotelecom.com.br" {
		t.Errorf("default base URL = %q, want the one in the spec", api.DefaultBaseURL)
	}
}

func TestConfigureFromEnvironment(t *testing.T) {
	clearEnv(t)
	t.Setenv(EnvAPIToken, "env-tok")
	t.Setenv(EnvAPIKey, "env-key")
	for name, m := range map[string]*ProviderModel{"no block": nil, "empty block": {}} {
		t.Run(name, func(t *testing.T) {
			cfg, diags := Configure(m, testSettings)
			requireNoDiags(t, diags)
			want := api.Config{APIToken: "env-tok", APIKey: "env-key", BaseURL: api.DefaultBaseURL, Transport: testSettings}
			if cfg == nil || *cfg != want {
				t.Fatalf("Configure = %+v, want %+v", cfg, want)
			}
		})
	}
	t.Run("every variable", func(t *testing.T) {
		t.Setenv(EnvBaseURL, "https://env.example.com")
		cfg, diags := Configure(nil, testSettings)
		requireNoDiags(t, diags)
		want := api.Config{APIToken: "env-tok", APIKey: "env-key", BaseURL: "https://env.example.com", Transport: testSettings}
		if cfg == nil || *cfg != want {
			t.Fatalf("Configure = %+v, want %+v", cfg, want)
		}
	})
}

func TestConfigureAttributeWinsOverEnvironment(t *testing.T) {
	clearEnv(t)
	t.Setenv(EnvAPIToken, "env-tok")
	t.Setenv(EnvAPIKey, "env-key")
	t.Setenv(EnvBaseURL, "https://env.example.com")
	cfg, diags := Configure(&ProviderModel{APIToken: val("tok"), APIKey: val("key"), BaseURL: val("https://attr.example.com")}, testSettings)
	requireNoDiags(t, diags)
	want := api.Config{APIToken: "tok", APIKey: "key", BaseURL: "https://attr.example.com", Transport: testSettings}
	if cfg == nil || *cfg != want {
		t.Fatalf("Configure = %+v, want %+v", cfg, want)
	}

	t.Run("mixed sources", func(t *testing.T) {
		cfg, diags := Configure(&ProviderModel{APIKey: val("key")}, testSettings)
		requireNoDiags(t, diags)
		if cfg == nil || cfg.APIToken != "env-tok" || cfg.APIKey != "key" || cfg.BaseURL != "https://env.example.com" {
			t.Fatalf("Configure = %+v, want api_token and base_url from the environment, api_key from the block", cfg)
		}
	})
}

func TestConfigurePartial(t *testing.T) {
	vendorBlock.CheckErrors(t, []configtest.ErrorCase[ProviderModel]{
		{Name: "api_token without api_key", Model: &ProviderModel{APIToken: val("tok")}, Attr: "api_key", Mentions: []string{EnvAPIKey}, Errors: 1},
		{Name: "api_key without api_token", Model: &ProviderModel{APIKey: val("key")}, Attr: "api_token", Mentions: []string{EnvAPIToken}, Errors: 1},
		{Name: "api_token env without api_key", Model: nil, Env: map[string]string{EnvAPIToken: "tok"}, Attr: "api_key", Mentions: []string{EnvAPIKey}, Errors: 1},
		{Name: "api_key env without api_token", Model: nil, Env: map[string]string{EnvAPIKey: "key"}, Attr: "api_token", Mentions: []string{EnvAPIToken}, Errors: 1},
		{Name: "api_token with base_url", Model: &ProviderModel{APIToken: val("tok"), BaseURL: val("https://x.example.com")}, Attr: "api_key", Mentions: []string{EnvAPIKey}, Errors: 1},
	})
}

func TestConfigureUnknown(t *testing.T) {
	vendorBlock.CheckErrors(t, []configtest.ErrorCase[ProviderModel]{
		{Name: "api_token", Model: &ProviderModel{APIToken: types.StringUnknown(), APIKey: val("key")}, Attr: "api_token"},
		{Name: "api_key", Model: &ProviderModel{APIToken: val("tok"), APIKey: types.StringUnknown()}, Attr: "api_key"},
		{Name: "only unknown credential", Model: &ProviderModel{APIKey: types.StringUnknown()}, Attr: "api_key"},
		{Name: "base_url", Model: &ProviderModel{APIToken: val("tok"), APIKey: val("key"), BaseURL: types.StringUnknown()}, Attr: "base_url"},
	})
}

func TestConfigureBaseURL(t *testing.T) { vendorBlock.CheckBaseURL(t) }

func TestProviderBlock(t *testing.T) {
	b := ProviderBlock()
	configtest.CheckProviderBlock(t, b, map[string]configtest.Attr{
		"api_token": {Env: EnvAPIToken, Sensitive: true},
		"api_key":   {Env: EnvAPIKey, Sensitive: true},
		"base_url":  {Env: EnvBaseURL},
	})
}
