package ipex

import (
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/providerdata/configtest"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

var testSettings = transport.Settings{MaxRetries: 3, RequestTimeout: 7 * time.Second, UserAgent: "ua-test"}

var allEnv = []string{EnvUsername, EnvPassword, EnvBaseURL, EnvAuthScheme}

func clearEnv(t *testing.T) { t.Helper(); configtest.ClearEnv(t, allEnv...) }

var (
	null = configtest.Null
	val  = configtest.Val
)

func requireErrorAt(t *testing.T, diags diag.Diagnostics, attr string, parts ...string) {
	t.Helper()
	configtest.RequireErrorAt(t, diags, "ipex", attr, parts...)
}

var requireNoDiags = configtest.RequireNoDiags

func TestConfigureNotConfigured(t *testing.T) {
	for name, m := range map[string]*ProviderModel{
		"no block":      nil,
		"zero block":    {},
		"null values":   {Username: null(), Password: null(), BaseURL: null(), AuthScheme: null()},
		"empty strings": {Username: val(""), Password: val("")},
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
	cfg, diags := Configure(&ProviderModel{Username: val("u"), Password: val("p"), BaseURL: null(), AuthScheme: null()}, testSettings)
	requireNoDiags(t, diags)
	want := api.Config{Username: "u", Password: "p", BaseURL: api.DefaultBaseURL, AuthScheme: api.AuthSchemeRaw, Transport: testSettings}
	if cfg == nil || *cfg != want {
		t.Fatalf("Configure = %+v, want %+v", cfg, want)
	}
	if api.DefaultBaseURL != "https://restapi.ipex.cz" {
		t.Errorf("default base URL = %q, want the one in the spec", api.DefaultBaseURL)
	}
}

func TestConfigureFromEnvironment(t *testing.T) {
	clearEnv(t)
	t.Setenv(EnvUsername, "env-user")
	t.Setenv(EnvPassword, "env-pass")
	for name, m := range map[string]*ProviderModel{"no block": nil, "empty block": {}} {
		t.Run(name, func(t *testing.T) {
			cfg, diags := Configure(m, testSettings)
			requireNoDiags(t, diags)
			want := api.Config{Username: "env-user", Password: "env-pass", BaseURL: api.DefaultBaseURL, AuthScheme: "raw", Transport: testSettings}
			if cfg == nil || *cfg != want {
				t.Fatalf("Configure = %+v, want %+v", cfg, want)
			}
		})
	}
	t.Run("every variable", func(t *testing.T) {
		t.Setenv(EnvBaseURL, "https://env.example.com")
		t.Setenv(EnvAuthScheme, "bearer")
		cfg, diags := Configure(nil, testSettings)
		requireNoDiags(t, diags)
		want := api.Config{Username: "env-user", Password: "env-pass", BaseURL: "https://env.example.com", AuthScheme: "bearer", Transport: testSettings}
		if cfg == nil || *cfg != want {
			t.Fatalf("Configure = %+v, want %+v", cfg, want)
		}
	})
}

func TestConfigureAttributeWinsOverEnvironment(t *testing.T) {
	clearEnv(t)
	t.Setenv(EnvUsername, "env-user")
	t.Setenv(EnvPassword, "env-pass")
	t.Setenv(EnvBaseURL, "https://env.example.com")
	t.Setenv(EnvAuthScheme, "raw")
	cfg, diags := Configure(&ProviderModel{
		Username: val("u"), Password: val("p"), BaseURL: val("https://attr.example.com"), AuthScheme: val("bearer"),
	}, testSettings)
	requireNoDiags(t, diags)
	want := api.Config{Username: "u", Password: "p", BaseURL: "https://attr.example.com", AuthScheme: "bearer", Transport: testSettings}
	if cfg == nil || *cfg != want {
		t.Fatalf("Configure = %+v, want %+v", cfg, want)
	}

	t.Run("mixed sources", func(t *testing.T) {
		cfg, diags := Configure(&ProviderModel{Username: val("u")}, testSettings)
		requireNoDiags(t, diags)
		if cfg == nil || cfg.Username != "u" || cfg.Password != "env-pass" {
			t.Fatalf("Configure = %+v, want username from the block and password from %s", cfg, EnvPassword)
		}
	})
}

func TestConfigurePartial(t *testing.T) {
	tests := []struct {
		name    string
		m       *ProviderModel
		env     map[string]string
		missing string
		env2    string
	}{
		{"username without password", &ProviderModel{Username: val("u")}, nil, "password", EnvPassword},
		{"password without username", &ProviderModel{Password: val("p")}, nil, "username", EnvUsername},
		{"username env without password", nil, map[string]string{EnvUsername: "u"}, "password", EnvPassword},
		{"password env without username", nil, map[string]string{EnvPassword: "p"}, "username", EnvUsername},
		{"block username, base_url and scheme", &ProviderModel{Username: val("u"), BaseURL: val("https://x.example.com"), AuthScheme: val("bearer")}, nil, "password", EnvPassword},
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
			requireErrorAt(t, diags, tt.missing, "ipex."+tt.missing, tt.env2)
		})
	}
}

func TestConfigureUnknown(t *testing.T) {
	tests := []struct {
		name string
		m    *ProviderModel
		attr string
	}{
		{"username", &ProviderModel{Username: types.StringUnknown(), Password: val("p")}, "username"},
		{"password", &ProviderModel{Username: val("u"), Password: types.StringUnknown()}, "password"},
		{"only unknown credential", &ProviderModel{Username: types.StringUnknown()}, "username"},
		{"base_url", &ProviderModel{Username: val("u"), Password: val("p"), BaseURL: types.StringUnknown()}, "base_url"},
		{"auth_scheme", &ProviderModel{Username: val("u"), Password: val("p"), AuthScheme: types.StringUnknown()}, "auth_scheme"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clearEnv(t)
			cfg, diags := Configure(tt.m, testSettings)
			if cfg != nil {
				t.Errorf("Configure = %+v, want nil", cfg)
			}
			requireErrorAt(t, diags, tt.attr, "ipex."+tt.attr)
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
			cfg, diags := Configure(&ProviderModel{Username: val("u"), Password: val("p"), BaseURL: tt.attr}, testSettings)
			if tt.wantErr {
				if cfg != nil {
					t.Errorf("Configure = %+v, want nil", cfg)
				}
				requireErrorAt(t, diags, "base_url", "ipex.base_url", EnvBaseURL)
				return
			}
			requireNoDiags(t, diags)
			if cfg == nil || cfg.BaseURL != tt.want {
				t.Fatalf("Configure = %+v, want base URL %q", cfg, tt.want)
			}
		})
	}
}

func TestConfigureAuthScheme(t *testing.T) {
	tests := []struct {
		name    string
		attr    types.String
		env     string
		want    string
		wantErr bool
	}{
		{"default raw", null(), "", "raw", false},
		{"bearer attribute", val("bearer"), "", "bearer", false},
		{"raw attribute", val("raw"), "bearer", "raw", false},
		{"bearer env", null(), "bearer", "bearer", false},
		{"invalid env", null(), "Bearer", "", true},
		{"invalid env basic", null(), "basic", "", true},
		{"invalid attribute", val("token"), "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clearEnv(t)
			t.Setenv(EnvAuthScheme, tt.env)
			cfg, diags := Configure(&ProviderModel{Username: val("u"), Password: val("p"), AuthScheme: tt.attr}, testSettings)
			if tt.wantErr {
				if cfg != nil {
					t.Errorf("Configure = %+v, want nil", cfg)
				}
				requireErrorAt(t, diags, "auth_scheme", "ipex.auth_scheme", EnvAuthScheme, "raw", "bearer")
				return
			}
			requireNoDiags(t, diags)
			if cfg == nil || cfg.AuthScheme != tt.want {
				t.Fatalf("Configure = %+v, want auth scheme %q", cfg, tt.want)
			}
		})
	}
}

func TestProviderBlock(t *testing.T) {
	b := ProviderBlock()
	configtest.CheckProviderBlock(t, b, map[string]configtest.Attr{
		"username":    {Env: EnvUsername},
		"password":    {Env: EnvPassword, Sensitive: true},
		"base_url":    {Env: EnvBaseURL},
		"auth_scheme": {Env: EnvAuthScheme},
	})
	if a, ok := b.Attributes["auth_scheme"].(schema.StringAttribute); !ok || len(a.Validators) == 0 {
		t.Error("auth_scheme has no validator; a wrong value in HCL would only fail at configure")
	}
}
