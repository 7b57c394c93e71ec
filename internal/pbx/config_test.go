package pbx

import (
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/providerdata/configtest"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

var testSettings = transport.Settings{MaxRetries: 3, RequestTimeout: 7 * time.Second, UserAgent: "ua-test"}

var allEnv = []string{EnvAppID, EnvAppSecret, EnvClientID, EnvBaseURL}

func clearEnv(t *testing.T) { t.Helper(); configtest.ClearEnv(t, allEnv...) }

var (
	null = configtest.Null
	val  = configtest.Val
)

func requireErrorAt(t *testing.T, diags diag.Diagnostics, attr string, parts ...string) {
	t.Helper()
	configtest.RequireErrorAt(t, diags, "pbx", attr, parts...)
}

var requireNoDiags = configtest.RequireNoDiags

func TestConfigureNotConfigured(t *testing.T) {
	for name, m := range map[string]*ProviderModel{
		"no block":      nil,
		"zero block":    {},
		"null values":   {AppID: null(), AppSecret: null(), ClientID: null(), BaseURL: null()},
		"empty strings": {AppID: val(""), AppSecret: val("")},
	} {
		t.Run(name, func(t *testing.T) {
			clearEnv(t)
			cfg, diags := Configure(m, testSettings)
			if cfg != nil {
				t.Errorf("Configure = %+v, want nil", cfg)
			}
			requireNoDiags(t, diags)
		})
	}
}

func TestConfigureFromBlock(t *testing.T) {
	clearEnv(t)
	cfg, diags := Configure(&ProviderModel{AppID: val("id"), AppSecret: val("secret"), ClientID: null(), BaseURL: null()}, testSettings)
	requireNoDiags(t, diags)
	want := api.Config{AppID: "id", AppSecret: "secret", ClientID: "@me", BaseURL: api.DefaultBaseURL, Transport: testSettings}
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
			want := api.Config{AppID: "env-id", AppSecret: "env-secret", ClientID: "@me", BaseURL: api.DefaultBaseURL, Transport: testSettings}
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
		want := api.Config{AppID: "env-id", AppSecret: "env-secret", ClientID: "42", BaseURL: "https://env.example.com", Transport: testSettings}
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
	want := api.Config{AppID: "id", AppSecret: "secret", ClientID: "7", BaseURL: "https://attr.example.com", Transport: testSettings}
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
	tests := []struct {
		name    string
		m       *ProviderModel
		env     map[string]string
		missing string
		envVar  string
	}{
		{"app_id without app_secret", &ProviderModel{AppID: val("id")}, nil, "app_secret", EnvAppSecret},
		{"app_secret without app_id", &ProviderModel{AppSecret: val("s")}, nil, "app_id", EnvAppID},
		{"app_id env without app_secret", nil, map[string]string{EnvAppID: "id"}, "app_secret", EnvAppSecret},
		{"app_secret env without app_id", nil, map[string]string{EnvAppSecret: "s"}, "app_id", EnvAppID},
		{"app_id with client_id", &ProviderModel{AppID: val("id"), ClientID: val("5")}, nil, "app_secret", EnvAppSecret},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clearEnv(t)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			cfg, diags := Configure(tt.m, testSettings)
			if cfg != nil {
				t.Errorf("Configure = %+v, want nil", cfg)
			}
			if diags.ErrorsCount() != 1 {
				t.Errorf("errors = %v, want exactly one", diags)
			}
			requireErrorAt(t, diags, tt.missing, "pbx."+tt.missing, tt.envVar)
		})
	}
}

func TestConfigureUnknown(t *testing.T) {
	tests := []struct {
		name string
		m    *ProviderModel
		attr string
	}{
		{"app_id", &ProviderModel{AppID: types.StringUnknown(), AppSecret: val("s")}, "app_id"},
		{"app_secret", &ProviderModel{AppID: val("id"), AppSecret: types.StringUnknown()}, "app_secret"},
		{"only unknown credential", &ProviderModel{AppSecret: types.StringUnknown()}, "app_secret"},
		{"client_id", &ProviderModel{AppID: val("id"), AppSecret: val("s"), ClientID: types.StringUnknown()}, "client_id"},
		{"base_url", &ProviderModel{AppID: val("id"), AppSecret: val("s"), BaseURL: types.StringUnknown()}, "base_url"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clearEnv(t)
			cfg, diags := Configure(tt.m, testSettings)
			if cfg != nil {
				t.Errorf("Configure = %+v, want nil", cfg)
			}
			requireErrorAt(t, diags, tt.attr, "pbx."+tt.attr)
		})
	}
}

func TestConfigureBaseURL(t *testing.T) {
	tests := []struct {
		name    string
		attr    types.String
		env     string
		want    string
		wantErr bool
	}{
		{"plain http refused", val("http://example.com"), "", "", true},
		{"plain http env refused", null(), "http://example.com", "", true},
		{"loopback http accepted", val("http://127.0.0.1:8080/x"), "", "http://127.0.0.1:8080/x", false},
		{"https proxy accepted", val("https://proxy.example.com"), "", "https://proxy.example.com", false},
		{"loopback env accepted", null(), "http://localhost:9000", "http://localhost:9000", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clearEnv(t)
			t.Setenv(EnvBaseURL, tt.env)
			cfg, diags := Configure(&ProviderModel{AppID: val("id"), AppSecret: val("s"), BaseURL: tt.attr}, testSettings)
			if tt.wantErr {
				if cfg != nil {
					t.Errorf("Configure = %+v, want nil", cfg)
				}
				requireErrorAt(t, diags, "base_url", "pbx.base_url", EnvBaseURL)
				return
			}
			requireNoDiags(t, diags)
			if cfg == nil || cfg.BaseURL != tt.want {
				t.Fatalf("Configure = %+v, want base URL %q", cfg, tt.want)
			}
		})
	}
}

func TestProviderBlock(t *testing.T) {
	b := ProviderBlock()
	configtest.CheckProviderBlock(t, b, map[string]configtest.Attr{
		"app_id":     {Env: EnvAppID},
		"app_secret": {Env: EnvAppSecret, Sensitive: true},
		"client_id":  {Env: EnvClientID},
		"base_url":   {Env: EnvBaseURL},
	})
}
