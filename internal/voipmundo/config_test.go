package voipmundo

import (
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
	"github.com/telecom-tf/terraform-provider-telecom/internal/voipmundo/api"
)

var testSettings = transport.Settings{MaxRetries: 3, RequestTimeout: 7 * time.Second, UserAgent: "ua-test"}

var allEnv = []string{EnvAPIToken, EnvAPIKey, EnvBaseURL}

// clearEnv hides whatever the developer's shell exports: an empty variable
// counts as unset.
func clearEnv(t *testing.T) {
	t.Helper()
	for _, e := range allEnv {
		t.Setenv(e, "")
	}
}

func null() types.String        { return types.StringNull() }
func val(s string) types.String { return types.StringValue(s) }

func attrPath(attr string) path.Path { return path.Root("voipmundo").AtName(attr) }

// requireErrorAt fails unless diags has an error on voipmundo.<attr> whose
// detail contains every part.
func requireErrorAt(t *testing.T, diags diag.Diagnostics, attr string, parts ...string) {
	t.Helper()
	for _, d := range diags.Errors() {
		dp, ok := d.(diag.DiagnosticWithPath)
		if !ok || !dp.Path().Equal(attrPath(attr)) {
			continue
		}
		for _, p := range parts {
			if !strings.Contains(d.Detail(), p) {
				t.Errorf("error at %s: detail %q does not mention %q", attrPath(attr), d.Detail(), p)
			}
		}
		return
	}
	t.Fatalf("no error at %s; got %v", attrPath(attr), diags)
}

func requireNoDiags(t *testing.T, diags diag.Diagnostics) {
	t.Helper()
	if len(diags) != 0 {
		t.Fatalf("diagnostics = %v, want none", diags)
	}
}

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
	want := map[string]struct {
		env       string
		sensitive bool
	}{
		"api_token": {EnvAPIToken, true},
		"api_key":   {EnvAPIKey, true},
		"base_url":  {EnvBaseURL, false},
	}
	if len(b.Attributes) != len(want) {
		t.Errorf("attributes = %v, want %d", b.Attributes, len(want))
	}
	for name, w := range want {
		a, ok := b.Attributes[name].(schema.StringAttribute)
		if !ok {
			t.Errorf("attribute %s is %T, want schema.StringAttribute", name, b.Attributes[name])
			continue
		}
		if !a.Optional || a.Required {
			t.Errorf("%s must be optional", name)
		}
		if a.Sensitive != w.sensitive {
			t.Errorf("%s sensitive = %v, want %v", name, a.Sensitive, w.sensitive)
		}
		if !strings.Contains(a.MarkdownDescription, w.env) {
			t.Errorf("%s description %q does not name %s", name, a.MarkdownDescription, w.env)
		}
	}
}
