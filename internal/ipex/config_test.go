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

// vendor runs the checks every vendor block shares.
var vendorBlock = configtest.Vendor[ProviderModel, api.Config]{
	Block:      "ipex",
	Env:        allEnv,
	EnvBaseURL: EnvBaseURL,
	Configure:  func(m *ProviderModel) (*api.Config, diag.Diagnostics) { return Configure(m, testSettings) },
	WithBaseURL: func(u types.String) *ProviderModel {
		return &ProviderModel{Username: configtest.Val("u"), Password: configtest.Val("p"), BaseURL: u}
	},
	BaseURL: func(c *api.Config) string { return c.BaseURL },
}

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
	vendorBlock.CheckNotConfigured(t, map[string]*ProviderModel{
		"no block":      nil,
		"zero block":    {},
		"null values":   {Username: null(), Password: null(), BaseURL: null(), AuthScheme: null()},
		"empty strings": {Username: val(""), Password: val("")},
	})
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
	vendorBlock.CheckErrors(t, []configtest.ErrorCase[ProviderModel]{
		{Name: "username without password", Model: &ProviderModel{Username: val("u")}, Attr: "password", Mentions: []string{EnvPassword}, Errors: 1},
		{Name: "password without username", Model: &ProviderModel{Password: val("p")}, Attr: "username", Mentions: []string{EnvUsername}, Errors: 1},
		{Name: "username env without password", Model: nil, Env: map[string]string{EnvUsername: "u"}, Attr: "password", Mentions: []string{EnvPassword}, Errors: 1},
		{Name: "password env without username", Model: nil, Env: map[string]string{EnvPassword: "p"}, Attr: "username", Mentions: []string{EnvUsername}, Errors: 1},
		{Name: "block username, base_url and scheme", Model: &ProviderModel{Username: val("u"), BaseURL: val("https://x.example.com"), AuthScheme: val("bearer")}, Attr: "password", Mentions: []string{EnvPassword}, Errors: 1},
	})
}

func TestConfigureUnknown(t *testing.T) {
	vendorBlock.CheckErrors(t, []configtest.ErrorCase[ProviderModel]{
		{Name: "username", Model: &ProviderModel{Username: types.StringUnknown(), Password: val("p")}, Attr: "username"},
		{Name: "password", Model: &ProviderModel{Username: val("u"), Password: types.StringUnknown()}, Attr: "password"},
		{Name: "only unknown credential", Model: &ProviderModel{Username: types.StringUnknown()}, Attr: "username"},
		{Name: "base_url", Model: &ProviderModel{Username: val("u"), Password: val("p"), BaseURL: types.StringUnknown()}, Attr: "base_url"},
		{Name: "auth_scheme", Model: &ProviderModel{Username: val("u"), Password: val("p"), AuthScheme: types.StringUnknown()}, Attr: "auth_scheme"},
	})
}

func TestConfigureBaseURL(t *testing.T) { vendorBlock.CheckBaseURL(t) }

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
