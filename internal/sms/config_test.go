package sms

import (
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/providerdata/configtest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/readcache"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sms/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

var testSettings = transport.Settings{MaxRetries: 3, RequestTimeout: 7 * time.Second, UserAgent: "ua-test"}

var allEnv = []string{EnvAPIToken, EnvUsername, EnvPassword, EnvBaseURL}

// vendor runs the checks every vendor block shares.
var vendorBlock = configtest.Vendor[ProviderModel, api.Config]{
	Block:      "sms",
	Env:        allEnv,
	EnvBaseURL: EnvBaseURL,
	Configure:  func(m *ProviderModel) (*api.Config, diag.Diagnostics) { return Configure(m, testSettings) },
	WithBaseURL: func(u types.String) *ProviderModel {
		return &ProviderModel{APIToken: configtest.Val("tok"), BaseURL: u}
	},
	BaseURL: func(c *api.Config) string { return c.BaseURL },
}

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

var requireNoDiags = configtest.RequireNoDiags

func TestConfigureNotConfigured(t *testing.T) {
	vendorBlock.CheckNotConfigured(t, map[string]*ProviderModel{
		"no block":      nil,
		"zero block":    {},
		"null values":   {APIToken: null(), Username: null(), Password: null(), BaseURL: null()},
		"empty strings": {APIToken: val(""), Username: val(""), Password: val("")},
	})
}

func TestConfigureFromBlock(t *testing.T) {
	tests := []struct {
		name string
		m    *ProviderModel
		want api.Config
	}{
		{"api_token alone", &ProviderModel{APIToken: val("tok"), Username: null(), Password: null(), BaseURL: null()},
			api.Config{APIToken: "tok", BaseURL: api.DefaultBaseURL, Transport: testSettings, ListReuse: readcache.Reuse}},
		{"username and password", &ProviderModel{APIToken: null(), Username: val("u"), Password: val("p"), BaseURL: null()},
			api.Config{Username: "u", Password: "p", BaseURL: api.DefaultBaseURL, Transport: testSettings, ListReuse: readcache.Reuse}},
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
			api.Config{APIToken: "env-tok", BaseURL: api.DefaultBaseURL, Transport: testSettings, ListReuse: readcache.Reuse}},
		{"username and password", map[string]string{EnvUsername: "env-u", EnvPassword: "env-p"},
			api.Config{Username: "env-u", Password: "env-p", BaseURL: api.DefaultBaseURL, Transport: testSettings, ListReuse: readcache.Reuse}},
		{"token and base URL", map[string]string{EnvAPIToken: "env-tok", EnvBaseURL: "https://env.example.com"},
			api.Config{APIToken: "env-tok", BaseURL: "https://env.example.com", Transport: testSettings, ListReuse: readcache.Reuse}},
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
		want := api.Config{APIToken: "tok", BaseURL: "https://attr.example.com", Transport: testSettings, ListReuse: readcache.Reuse}
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
		want := api.Config{Username: "u", Password: "p", BaseURL: api.DefaultBaseURL, Transport: testSettings, ListReuse: readcache.Reuse}
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
			want := api.Config{APIToken: "tok", BaseURL: api.DefaultBaseURL, Transport: testSettings, ListReuse: readcache.Reuse}
			if cfg == nil || *cfg != want {
				t.Fatalf("Configure = %+v, want %+v (the token, no user)", cfg, want)
			}
		})
	}
}

func TestConfigurePartial(t *testing.T) {
	vendorBlock.CheckErrors(t, []configtest.ErrorCase[ProviderModel]{
		{Name: "username without password", Model: &ProviderModel{Username: val("u")}, Attr: "password", Mentions: []string{EnvPassword}, Errors: 1},
		{Name: "password without username", Model: &ProviderModel{Password: val("p")}, Attr: "username", Mentions: []string{EnvUsername}, Errors: 1},
		{Name: "username env without password", Model: nil, Env: map[string]string{EnvUsername: "u"}, Attr: "password", Mentions: []string{EnvPassword}, Errors: 1},
		{Name: "password env without username", Model: nil, Env: map[string]string{EnvPassword: "p"}, Attr: "username", Mentions: []string{EnvUsername}, Errors: 1},
		{Name: "username with base_url", Model: &ProviderModel{Username: val("u"), BaseURL: val("https://x.example.com")}, Attr: "password", Mentions: []string{EnvPassword}, Errors: 1},
	})
}

func TestConfigureUnknown(t *testing.T) {
	vendorBlock.CheckErrors(t, []configtest.ErrorCase[ProviderModel]{
		{Name: "api_token", Model: &ProviderModel{APIToken: types.StringUnknown()}, Attr: "api_token"},
		{Name: "api_token with user", Model: &ProviderModel{APIToken: types.StringUnknown(), Username: val("u"), Password: val("p")}, Attr: "api_token"},
		{Name: "username", Model: &ProviderModel{Username: types.StringUnknown(), Password: val("p")}, Attr: "username"},
		{Name: "password", Model: &ProviderModel{Username: val("u"), Password: types.StringUnknown()}, Attr: "password"},
		{Name: "username with token", Model: &ProviderModel{APIToken: val("tok"), Username: types.StringUnknown()}, Attr: "username"},
		{Name: "base_url", Model: &ProviderModel{APIToken: val("tok"), BaseURL: types.StringUnknown()}, Attr: "base_url"},
	})
}

func TestConfigureBaseURL(t *testing.T) { vendorBlock.CheckBaseURL(t) }

func TestProviderBlock(t *testing.T) {
	b := ProviderBlock()
	configtest.CheckProviderBlock(t, b, map[string]configtest.Attr{
		"api_token": {Env: EnvAPIToken, Sensitive: true},
		"username":  {Env: EnvUsername},
		"password":  {Env: EnvPassword, Sensitive: true},
		"base_url":  {Env: EnvBaseURL},
	})
}
