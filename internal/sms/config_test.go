package sms

import (
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/providerdata/configtest"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sms/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

var testSettings = transport.Settings{MaxRetries: 3, RequestTimeout: 7 * time.Second, UserAgent: "ua-test"}

var allEnv = []string{EnvAPIToken, EnvUsername, EnvPassword, EnvBaseURL}

func clearEnv(t *testing.T) { t.Helper(); configtest.ClearEnv(t, allEnv...) }

var (
	null = configtest.Null
	val  = configtest.Val
)

func attrPath(attr string) path.Path { return path.Root("sms").AtName(attr) }

// diagAt returns the first diagnostic of severity sev on sms.<attr>.
func diagAt(diags diag.Diagnostics, sev diag.Severity, attr string) diag.Diagnostic {
	for _, d := range diags {
		if d.Severity() != sev {
			continue
		}
		if dp, ok := d.(diag.DiagnosticWithPath); ok && dp.Path().Equal(attrPath(attr)) {
			return d
		}
	}
	return nil
}

func requireErrorAt(t *testing.T, diags diag.Diagnostics, attr string, parts ...string) {
	t.Helper()
	configtest.RequireErrorAt(t, diags, "sms", attr, parts...)
}

var requireNoDiags = configtest.RequireNoDiags

func TestConfigureNotConfigured(t *testing.T) {
	for name, m := range map[string]*ProviderModel{
		"no block":      nil,
		"zero block":    {},
		"null values":   {APIToken: null(), Username: null(), Password: null(), BaseURL: null()},
		"empty strings": {APIToken: val(""), Username: val(""), Password: val("")},
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
	tests := []struct {
		name string
		m    *ProviderModel
		want api.Config
	}{
		{"api_token alone", &ProviderModel{APIToken: val("tok"), Username: null(), Password: null(), BaseURL: null()},
			api.Config{APIToken: "tok", BaseURL: api.DefaultBaseURL, Transport: testSettings}},
		{"username and password", &ProviderModel{APIToken: null(), Username: val("u"), Password: val("p"), BaseURL: null()},
			api.Config{Username: "u", Password: "p", BaseURL: api.DefaultBaseURL, Transport: testSettings}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clearEnv(t)
			cfg, diags := Configure(tt.m, testSettings)
			requireNoDiags(t, diags)
			if cfg == nil || *cfg != tt.want {
				t.Fatalf("Configure = %+v, want %+v", cfg, tt.want)
			}
		})
	}
	if api.DefaultBaseURL != "https://api2.serwersms.pl" {
		t.Errorf("default base URL = %q, want the one in the spec", api.DefaultBaseURL)
	}
}

func TestConfigureFromEnvironment(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want api.Config
	}{
		{"api_token", map[string]string{EnvAPIToken: "env-tok"},
			api.Config{APIToken: "env-tok", BaseURL: api.DefaultBaseURL, Transport: testSettings}},
		{"username and password", map[string]string{EnvUsername: "env-u", EnvPassword: "env-p"},
			api.Config{Username: "env-u", Password: "env-p", BaseURL: api.DefaultBaseURL, Transport: testSettings}},
		{"token and base URL", map[string]string{EnvAPIToken: "env-tok", EnvBaseURL: "https://env.example.com"},
			api.Config{APIToken: "env-tok", BaseURL: "https://env.example.com", Transport: testSettings}},
	}
	for _, tt := range tests {
		for name, m := range map[string]*ProviderModel{"no block": nil, "empty block": {}} {
			t.Run(tt.name+"/"+name, func(t *testing.T) {
				clearEnv(t)
				for k, v := range tt.env {
					t.Setenv(k, v)
				}
				cfg, diags := Configure(m, testSettings)
				requireNoDiags(t, diags)
				if cfg == nil || *cfg != tt.want {
					t.Fatalf("Configure = %+v, want %+v", cfg, tt.want)
				}
			})
		}
	}
}

func TestConfigureAttributeWinsOverEnvironment(t *testing.T) {
	t.Run("token", func(t *testing.T) {
		clearEnv(t)
		t.Setenv(EnvAPIToken, "env-tok")
		t.Setenv(EnvBaseURL, "https://env.example.com")
		cfg, diags := Configure(&ProviderModel{APIToken: val("tok"), BaseURL: val("https://attr.example.com")}, testSettings)
		requireNoDiags(t, diags)
		want := api.Config{APIToken: "tok", BaseURL: "https://attr.example.com", Transport: testSettings}
		if cfg == nil || *cfg != want {
			t.Fatalf("Configure = %+v, want %+v", cfg, want)
		}
	})
	t.Run("user", func(t *testing.T) {
		clearEnv(t)
		t.Setenv(EnvUsername, "env-u")
		t.Setenv(EnvPassword, "env-p")
		cfg, diags := Configure(&ProviderModel{Username: val("u"), Password: val("p")}, testSettings)
		requireNoDiags(t, diags)
		want := api.Config{Username: "u", Password: "p", BaseURL: api.DefaultBaseURL, Transport: testSettings}
		if cfg == nil || *cfg != want {
			t.Fatalf("Configure = %+v, want %+v", cfg, want)
		}
	})
}

func TestConfigureTokenAndUserWarns(t *testing.T) {
	tests := []struct {
		name string
		m    *ProviderModel
		env  map[string]string
	}{
		{"all in block", &ProviderModel{APIToken: val("tok"), Username: val("u"), Password: val("p")}, nil},
		{"token and username only", &ProviderModel{APIToken: val("tok"), Username: val("u")}, nil},
		{"token and password only", &ProviderModel{APIToken: val("tok"), Password: val("p")}, nil},
		{"token in block, user in environment", &ProviderModel{APIToken: val("tok")}, map[string]string{EnvUsername: "u", EnvPassword: "p"}},
		{"all in environment", nil, map[string]string{EnvAPIToken: "tok", EnvUsername: "u", EnvPassword: "p"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clearEnv(t)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			cfg, diags := Configure(tt.m, testSettings)
			if diags.HasError() {
				t.Fatalf("errors = %v, want only a warning", diags)
			}
			if diags.WarningsCount() != 1 || diagAt(diags, diag.SeverityWarning, "api_token") == nil {
				t.Errorf("diagnostics = %v, want one warning on sms.api_token", diags)
			}
			want := api.Config{APIToken: "tok", BaseURL: api.DefaultBaseURL, Transport: testSettings}
			if cfg == nil || *cfg != want {
				t.Fatalf("Configure = %+v, want %+v (the token, no user)", cfg, want)
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
		{"username without password", &ProviderModel{Username: val("u")}, nil, "password", EnvPassword},
		{"password without username", &ProviderModel{Password: val("p")}, nil, "username", EnvUsername},
		{"username env without password", nil, map[string]string{EnvUsername: "u"}, "password", EnvPassword},
		{"password env without username", nil, map[string]string{EnvPassword: "p"}, "username", EnvUsername},
		{"username with base_url", &ProviderModel{Username: val("u"), BaseURL: val("https://x.example.com")}, nil, "password", EnvPassword},
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
			requireErrorAt(t, diags, tt.missing, "sms."+tt.missing, tt.envVar)
		})
	}
}

func TestConfigureUnknown(t *testing.T) {
	tests := []struct {
		name string
		m    *ProviderModel
		attr string
	}{
		{"api_token", &ProviderModel{APIToken: types.StringUnknown()}, "api_token"},
		{"api_token with user", &ProviderModel{APIToken: types.StringUnknown(), Username: val("u"), Password: val("p")}, "api_token"},
		{"username", &ProviderModel{Username: types.StringUnknown(), Password: val("p")}, "username"},
		{"password", &ProviderModel{Username: val("u"), Password: types.StringUnknown()}, "password"},
		{"username with token", &ProviderModel{APIToken: val("tok"), Username: types.StringUnknown()}, "username"},
		{"base_url", &ProviderModel{APIToken: val("tok"), BaseURL: types.StringUnknown()}, "base_url"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clearEnv(t)
			cfg, diags := Configure(tt.m, testSettings)
			if cfg != nil {
				t.Errorf("Configure = %+v, want nil", cfg)
			}
			requireErrorAt(t, diags, tt.attr, "sms."+tt.attr)
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
			cfg, diags := Configure(&ProviderModel{APIToken: val("tok"), BaseURL: tt.attr}, testSettings)
			if tt.wantErr {
				if cfg != nil {
					t.Errorf("Configure = %+v, want nil", cfg)
				}
				requireErrorAt(t, diags, "base_url", "sms.base_url", EnvBaseURL)
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
		"username":  {Env: EnvUsername},
		"password":  {Env: EnvPassword, Sensitive: true},
		"base_url":  {Env: EnvBaseURL},
	})
}
