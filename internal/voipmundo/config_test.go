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

func clearEnv(t *testing.T) { t.Helper(); configtest.ClearEnv(t, allEnv...) }

var (
	null = configtest.Null
	val  = configtest.Val
)

func requireErrorAt(t *testing.T, diags diag.Diagnostics, attr string, parts ...string) {
	t.Helper()
	configtest.RequireErrorAt(t, diags, "voipmundo", attr, parts...)
}

var requireNoDiags = configtest.RequireNoDiags

func TestConfigureNotConfigured(t *testing.T) {
	for name, m := range map[string]*ProviderModel{
		"no block":      nil,
		"zero block":    {},
		"null values":   {APIToken: null(), APIKey: null(), BaseURL: null()},
		"empty strings": {APIToken: val(""), APIKey: val("")},
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
	tests := []struct {
		name    string
		m       *ProviderModel
		env     map[string]string
		missing string
		envVar  string
	}{
		{"api_token without api_key", &ProviderModel{APIToken: val("tok")}, nil, "api_key", EnvAPIKey},
		{"api_key without api_token", &ProviderModel{APIKey: val("key")}, nil, "api_token", EnvAPIToken},
		{"api_token env without api_key", nil, map[string]string{EnvAPIToken: "tok"}, "api_key", EnvAPIKey},
		{"api_key env without api_token", nil, map[string]string{EnvAPIKey: "key"}, "api_token", EnvAPIToken},
		{"api_token with base_url", &ProviderModel{APIToken: val("tok"), BaseURL: val("https://x.example.com")}, nil, "api_key", EnvAPIKey},
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
			requireErrorAt(t, diags, tt.missing, "voipmundo."+tt.missing, tt.envVar)
		})
	}
}

func TestConfigureUnknown(t *testing.T) {
	tests := []struct {
		name string
		m    *ProviderModel
		attr string
	}{
		{"api_token", &ProviderModel{APIToken: types.StringUnknown(), APIKey: val("key")}, "api_token"},
		{"api_key", &ProviderModel{APIToken: val("tok"), APIKey: types.StringUnknown()}, "api_key"},
		{"only unknown credential", &ProviderModel{APIKey: types.StringUnknown()}, "api_key"},
		{"base_url", &ProviderModel{APIToken: val("tok"), APIKey: val("key"), BaseURL: types.StringUnknown()}, "base_url"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clearEnv(t)
			cfg, diags := Configure(tt.m, testSettings)
			if cfg != nil {
				t.Errorf("Configure = %+v, want nil", cfg)
			}
			requireErrorAt(t, diags, tt.attr, "voipmundo."+tt.attr)
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
			cfg, diags := Configure(&ProviderModel{APIToken: val("tok"), APIKey: val("key"), BaseURL: tt.attr}, testSettings)
			if tt.wantErr {
				if cfg != nil {
					t.Errorf("Configure = %+v, want nil", cfg)
				}
				requireErrorAt(t, diags, "base_url", "voipmundo.base_url", EnvBaseURL)
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
		"api_token": {Env: EnvAPIToken, Sensitive: true},
		"api_key":   {Env: EnvAPIKey, Sensitive: true},
		"base_url":  {Env: EnvBaseURL},
	})
}
