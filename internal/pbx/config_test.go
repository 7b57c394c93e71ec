package pbx

import (
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/providerdata/configtest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/readcache"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

var testSettings = transport.Settings{MaxRetries: 3, RequestTimeout: 7 * time.Second, UserAgent: "ua-test"}

var allEnv = []string{EnvAppID, EnvAppSecret, EnvClientID, EnvBaseURL}

// vendor runs the checks every vendor block shares.
var vendorBlock = configtest.Vendor[ProviderModel, api.Config]{
	Block:      "pbx",
	Env:        allEnv,
	EnvBaseURL: EnvBaseURL,
	Configure:  func(m *ProviderModel) (*api.Config, diag.Diagnostics) { return Configure(m, testSettings) },
	WithBaseURL: func(u types.String) *ProviderModel {
		return &ProviderModel{AppID: configtest.Val("id"), AppSecret: configtest.Val("s"), BaseURL: u}
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
		"null values":   {AppID: null(), AppSecret: null(), ClientID: null(), BaseURL: null()},
		"empty strings": {AppID: val(""), AppSecret: val("")},
	})
}

func TestConfigureFromBlock(t *testing.T) {
	clearEnv(t)
	cfg, diags := Configure(&ProviderModel{AppID: val("id"), AppSecret: val("secret"), ClientID: null(), BaseURL: null()}, testSettings)
	requireNoDiags(t, diags)
	want := api.Config{AppID: "id", AppSecret: "secret", ClientID: "@me", BaseURL: api.DefaultBaseURL, Transport: testSettings, ListReuse: readcache.Reuse}
	if cfg == nil || *cfg != want {
		t.Fatalf("Configure = %+v, want %+v", cfg, want)
	}
	if api.DefaultBaseURL != "https://apiproxy.telphin.ru" || api.DefaultClientID != "@me" {
		t.Errorf("defaults = %q, %q, want the ones in the spec", api.DefaultBaseURL, api.DefaultClientID)
	}
}

func TestConfigureFromEnvironment(t *testing.T) {
	clearEnv(t)
	t.Setenv(EnvAppID, "env-id")
	t.Setenv(EnvAppSecret, "env-secret")
	for name, m := range map[string]*ProviderModel{"no block": nil, "empty block": {}} {
		t.Run(name, func(t *testing.T) {
			cfg, diags := Configure(m, testSettings)
			requireNoDiags(t, diags)
			want := api.Config{AppID: "env-id", AppSecret: "env-secret", ClientID: "@me", BaseURL: api.DefaultBaseURL, Transport: testSettings, ListReuse: readcache.Reuse}
			if cfg == nil || *cfg != want {
				t.Fatalf("Configure = %+v, want %+v", cfg, want)
			}
		})
	}
	t.Run("every variable", func(t *testing.T) {
		t.Setenv(EnvClientID, "42")
		t.Setenv(EnvBaseURL, "https://env.example.com")
		cfg, diags := Configure(nil, testSettings)
		requireNoDiags(t, diags)
		want := api.Config{AppID: "env-id", AppSecret: "env-secret", ClientID: "42", BaseURL: "https://env.example.com", Transport: testSettings, ListReuse: readcache.Reuse}
		if cfg == nil || *cfg != want {
			t.Fatalf("Configure = %+v, want %+v", cfg, want)
		}
	})
}

func TestConfigureAttributeWinsOverEnvironment(t *testing.T) {
	clearEnv(t)
	t.Setenv(EnvAppID, "env-id")
	t.Setenv(EnvAppSecret, "env-secret")
	t.Setenv(EnvClientID, "env-client")
	t.Setenv(EnvBaseURL, "https://env.example.com")
	cfg, diags := Configure(&ProviderModel{
		AppID: val("id"), AppSecret: val("secret"), ClientID: val("7"), BaseURL: val("https://attr.example.com"),
	}, testSettings)
	requireNoDiags(t, diags)
	want := api.Config{AppID: "id", AppSecret: "secret", ClientID: "7", BaseURL: "https://attr.example.com", Transport: testSettings, ListReuse: readcache.Reuse}
	if cfg == nil || *cfg != want {
		t.Fatalf("Configure = %+v, want %+v", cfg, want)
	}

	t.Run("mixed sources", func(t *testing.T) {
		cfg, diags := Configure(&ProviderModel{AppSecret: val("secret")}, testSettings)
		requireNoDiags(t, diags)
		if cfg == nil || cfg.AppID != "env-id" || cfg.AppSecret != "secret" || cfg.ClientID != "env-client" {
			t.Fatalf("Configure = %+v, want app_id and client_id from the environment, app_secret from the block", cfg)
		}
	})
}

func TestConfigureClientID(t *testing.T) {
	tests := []struct {
		name string
		attr types.String
		env  string
		want string
	}{
		{"default", null(), "", "@me"},
		{"attribute", val("12345"), "", "12345"},
		{"environment", null(), "999", "999"},
		{"attribute wins", val("12345"), "999", "12345"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clearEnv(t)
			t.Setenv(EnvClientID, tt.env)
			cfg, diags := Configure(&ProviderModel{AppID: val("id"), AppSecret: val("s"), ClientID: tt.attr}, testSettings)
			requireNoDiags(t, diags)
			if cfg == nil || cfg.ClientID != tt.want {
				t.Fatalf("Configure = %+v, want client_id %q", cfg, tt.want)
			}
		})
	}
}

func TestConfigurePartial(t *testing.T) {
	vendorBlock.CheckErrors(t, []configtest.ErrorCase[ProviderModel]{
		{Name: "app_id without app_secret", Model: &ProviderModel{AppID: val("id")}, Attr: "app_secret", Mentions: []string{EnvAppSecret}, Errors: 1},
		{Name: "app_secret without app_id", Model: &ProviderModel{AppSecret: val("s")}, Attr: "app_id", Mentions: []string{EnvAppID}, Errors: 1},
		{Name: "app_id env without app_secret", Model: nil, Env: map[string]string{EnvAppID: "id"}, Attr: "app_secret", Mentions: []string{EnvAppSecret}, Errors: 1},
		{Name: "app_secret env without app_id", Model: nil, Env: map[string]string{EnvAppSecret: "s"}, Attr: "app_id", Mentions: []string{EnvAppID}, Errors: 1},
		{Name: "app_id with client_id", Model: &ProviderModel{AppID: val("id"), ClientID: val("5")}, Attr: "app_secret", Mentions: []string{EnvAppSecret}, Errors: 1},
	})
}

func TestConfigureUnknown(t *testing.T) {
	vendorBlock.CheckErrors(t, []configtest.ErrorCase[ProviderModel]{
		{Name: "app_id", Model: &ProviderModel{AppID: types.StringUnknown(), AppSecret: val("s")}, Attr: "app_id"},
		{Name: "app_secret", Model: &ProviderModel{AppID: val("id"), AppSecret: types.StringUnknown()}, Attr: "app_secret"},
		{Name: "only unknown credential", Model: &ProviderModel{AppSecret: types.StringUnknown()}, Attr: "app_secret"},
		{Name: "client_id", Model: &ProviderModel{AppID: val("id"), AppSecret: val("s"), ClientID: types.StringUnknown()}, Attr: "client_id"},
		{Name: "base_url", Model: &ProviderModel{AppID: val("id"), AppSecret: val("s"), BaseURL: types.StringUnknown()}, Attr: "base_url"},
	})
}

func TestConfigureBaseURL(t *testing.T) { vendorBlock.CheckBaseURL(t) }

func TestProviderBlock(t *testing.T) {
	b := ProviderBlock()
	configtest.CheckProviderBlock(t, b, map[string]configtest.Attr{
		"app_id":     {Env: EnvAppID},
		"app_secret": {Env: EnvAppSecret, Sensitive: true},
		"client_id":  {Env: EnvClientID},
		"base_url":   {Env: EnvBaseURL},
	})
}
