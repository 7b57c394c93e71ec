// Package configtest holds the assertions the vendors' provider-block tests
// share: every vendor block is resolved by the same rules, so the tests check
// diagnostics the same way.
package configtest

import (
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// ClearEnv hides whatever the developer's shell exports: an empty variable
// counts as unset. Tests that call it cannot run in parallel.
func ClearEnv(t *testing.T, envs ...string) {
	t.Helper()
	for _, e := range envs {
		t.Setenv(e, "")
	}
}

// Null and Val build attribute values.
func Null() types.String { return types.StringNull() }

// Val is a known attribute value.
func Val(s string) types.String { return types.StringValue(s) }

// RequireErrorAt fails unless diags has an error on block.attr whose detail
// contains every part.
func RequireErrorAt(t *testing.T, diags diag.Diagnostics, block, attr string, parts ...string) {
	t.Helper()
	want := path.Root(block).AtName(attr)
	for _, d := range diags.Errors() {
		dp, ok := d.(diag.DiagnosticWithPath)
		if !ok || !dp.Path().Equal(want) {
			continue
		}
		for _, p := range parts {
			if !strings.Contains(d.Detail(), p) {
				t.Errorf("error at %s: detail %q does not mention %q", want, d.Detail(), p)
			}
		}
		return
	}
	t.Fatalf("no error at %s; got %v", want, diags)
}

// RequireNoDiags fails on any diagnostic, warnings included.
func RequireNoDiags(t *testing.T, diags diag.Diagnostics) {
	t.Helper()
	if len(diags) != 0 {
		t.Fatalf("diagnostics = %v, want none", diags)
	}
}

// Attr is what a vendor block attribute must look like: which environment
// variable its description names, and whether it is a secret.
type Attr struct {
	Env       string
	Sensitive bool
}

// CheckProviderBlock asserts that the block has exactly these attributes,
// all optional strings, secrets Sensitive, each naming its variable.
func CheckProviderBlock(t *testing.T, b schema.SingleNestedBlock, want map[string]Attr) {
	t.Helper()
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
		if a.Sensitive != w.Sensitive {
			t.Errorf("%s sensitive = %v, want %v", name, a.Sensitive, w.Sensitive)
		}
		if !strings.Contains(a.MarkdownDescription, w.Env) {
			t.Errorf("%s description %q does not name %s", name, a.MarkdownDescription, w.Env)
		}
	}
}

// Vendor describes one vendor block for the checks every vendor shares. M is
// the block's model, C what Configure resolves it into.
type Vendor[M, C any] struct {
	Block      string   // "odorik"
	Env        []string // every environment variable of the block
	EnvBaseURL string
	// Configure resolves a model (nil: no block written) with test settings.
	Configure func(*M) (*C, diag.Diagnostics)
	// WithBaseURL returns a model with complete credentials and this base_url.
	WithBaseURL func(types.String) *M
	// BaseURL reads the resolved base URL; nil when C does not expose it.
	BaseURL func(*C) string
}

// ErrorCase is a configuration Configure must refuse.
type ErrorCase[M any] struct {
	Name     string
	Model    *M
	Env      map[string]string
	Attr     string   // the attribute the error must be on
	Mentions []string // besides "<block>.<attr>", what the detail must name
	Errors   int      // exact number of errors; 0 does not count them
}

// CheckErrors runs each case with a clean environment: Configure must
// resolve nothing and report an error on the case's attribute.
func (v Vendor[M, C]) CheckErrors(t *testing.T, cases []ErrorCase[M]) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			ClearEnv(t, v.Env...)
			for k, val := range c.Env {
				t.Setenv(k, val)
			}
			got, diags := v.Configure(c.Model)
			if got != nil {
				t.Error("Configure resolved a configuration, want nil")
			}
			if c.Errors > 0 && diags.ErrorsCount() != c.Errors {
				t.Errorf("%d errors, want %d: %v", diags.ErrorsCount(), c.Errors, diags)
			}
			RequireErrorAt(t, diags, v.Block, c.Attr, append([]string{v.Block + "." + c.Attr}, c.Mentions...)...)
		})
	}
}

// CheckBaseURL proves the block applies the HTTPS-or-loopback rule to
// base_url and its environment variable, with or without credentials.
func (v Vendor[M, C]) CheckBaseURL(t *testing.T) {
	t.Helper()
	cases := []struct {
		name string
		attr types.String
		env  string
		want string // "" = refused
	}{
		{"plain http refused", Val("http://example.com"), "", ""},
		{"plain http env refused", Null(), "http://example.com", ""},
		{"loopback http accepted", Val("http://127.0.0.1:8080/x"), "", "http://127.0.0.1:8080/x"},
		{"https proxy accepted", Val("https://proxy.example.com"), "", "https://proxy.example.com"},
		{"loopback env accepted", Null(), "http://localhost:9000", "http://localhost:9000"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ClearEnv(t, v.Env...)
			t.Setenv(v.EnvBaseURL, c.env)
			got, diags := v.Configure(v.WithBaseURL(c.attr))
			if c.want == "" {
				if got != nil {
					t.Error("Configure resolved a configuration, want nil")
				}
				RequireErrorAt(t, diags, v.Block, "base_url", v.Block+".base_url", v.EnvBaseURL, "must use https")
				return
			}
			RequireNoDiags(t, diags)
			if got == nil {
				t.Fatal("Configure resolved nothing")
			}
			if v.BaseURL != nil && v.BaseURL(got) != c.want {
				t.Errorf("base URL = %q, want %q", v.BaseURL(got), c.want)
			}
		})
	}
	t.Run("refused without credentials", func(t *testing.T) {
		ClearEnv(t, v.Env...)
		t.Setenv(v.EnvBaseURL, "http://example.com")
		got, diags := v.Configure(nil)
		if got != nil {
			t.Error("Configure resolved a configuration, want nil")
		}
		RequireErrorAt(t, diags, v.Block, "base_url", v.EnvBaseURL)
	})
}

// CheckNotConfigured runs each model with a clean environment: with no
// credential anywhere the vendor is simply not configured, no error.
func (v Vendor[M, C]) CheckNotConfigured(t *testing.T, models map[string]*M) {
	t.Helper()
	for name, m := range models {
		t.Run(name, func(t *testing.T) {
			ClearEnv(t, v.Env...)
			got, diags := v.Configure(m)
			if got != nil {
				t.Error("Configure resolved a configuration, want nil")
			}
			RequireNoDiags(t, diags)
		})
	}
}
