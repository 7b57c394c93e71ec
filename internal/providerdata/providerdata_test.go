package providerdata

import (
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// Environment variables used only by these tests.
const (
	envA   = "PROVIDERDATA_TEST_A"
	envURL = "PROVIDERDATA_TEST_URL"
)

// diagAt returns the first diagnostic of severity sev whose attribute path is p.
func diagAt(diags diag.Diagnostics, sev diag.Severity, p path.Path) (diag.Diagnostic, bool) {
	for _, d := range diags {
		if d.Severity() != sev {
			continue
		}
		if dp, ok := d.(diag.DiagnosticWithPath); ok && dp.Path().Equal(p) {
			return d, true
		}
	}
	return nil, false
}

func requireDiagAt(t *testing.T, diags diag.Diagnostics, sev diag.Severity, p path.Path, detailParts ...string) {
	t.Helper()
	d, ok := diagAt(diags, sev, p)
	if !ok {
		t.Fatalf("no %s diagnostic at %s; got %v", sev, p, diags)
	}
	for _, part := range detailParts {
		if !strings.Contains(d.Detail(), part) {
			t.Errorf("%s diagnostic at %s: detail %q does not mention %q", sev, p, d.Detail(), part)
		}
	}
}

func TestFrom(t *testing.T) {
	t.Run("nil is not configured yet", func(t *testing.T) {
		data, diags := From(nil)
		if data != nil {
			t.Errorf("From(nil) = %v, want nil", data)
		}
		if len(diags) != 0 {
			t.Errorf("From(nil) diagnostics = %v, want none", diags)
		}
	})
	t.Run("*Data is returned as is", func(t *testing.T) {
		in := &Data{}
		data, diags := From(in)
		if data != in {
			t.Errorf("From(%p) = %p, want the same pointer", in, data)
		}
		if len(diags) != 0 {
			t.Errorf("diagnostics = %v, want none", diags)
		}
	})
	for name, wrong := range map[string]any{
		"Data value, not pointer": Data{},
		"string":                  "odorik",
		"int":                     42,
	} {
		t.Run("wrong type "+name, func(t *testing.T) {
			data, diags := From(wrong)
			if data != nil {
				t.Errorf("From(%T) = %v, want nil", wrong, data)
			}
			if !diags.HasError() || diags.ErrorsCount() != 1 {
				t.Fatalf("From(%T) diagnostics = %v, want exactly one error", wrong, diags)
			}
			if got := diags.Errors()[0].Detail(); !strings.Contains(got, "*providerdata.Data") {
				t.Errorf("detail %q does not name the expected type", got)
			}
		})
	}
}

func TestNotConfigured(t *testing.T) {
	settings := [][2]string{{"user", "ODORIK_USER"}, {"password", "ODORIK_PASSWORD"}, {"extra_thing", "ODORIK_EXTRA"}}
	d := NotConfigured("Odorik", "odorik", settings)
	if d.Severity() != diag.SeverityError {
		t.Errorf("severity = %v, want error", d.Severity())
	}
	if d.Summary() != "Odorik is not configured" {
		t.Errorf("summary = %q", d.Summary())
	}
	detail := d.Detail()
	if !strings.Contains(detail, "odorik {") {
		t.Errorf("detail %q does not show the block", detail)
	}
	for _, s := range settings {
		if !strings.Contains(detail, s[0]+" = ") {
			t.Errorf("detail %q does not name attribute %s", detail, s[0])
		}
		if !strings.Contains(detail, s[1]) {
			t.Errorf("detail %q does not name environment variable %s", detail, s[1])
		}
	}
}

func TestSettingsString(t *testing.T) {
	tests := []struct {
		name string
		attr types.String
		env  string
		want string
	}{
		{"attribute wins over env", types.StringValue("attr"), "env", "attr"},
		{"attribute without env", types.StringValue("attr"), "", "attr"},
		{"null attribute falls back to env", types.StringNull(), "env", "env"},
		{"null attribute and no env gives default", types.StringNull(), "", "def"},
		{"empty attribute counts as unset", types.StringValue(""), "env", "env"},
		{"empty attribute and no env gives default", types.StringValue(""), "", "def"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(envA, tt.env)
			s := NewSettings("blk")
			if got := s.String("a", tt.attr, envA, "def"); got != tt.want {
				t.Errorf("String = %q, want %q", got, tt.want)
			}
			if d := s.Diagnostics(); len(d) != 0 {
				t.Errorf("diagnostics = %v, want none", d)
			}
		})
	}

	t.Run("unknown is an error even when env is set", func(t *testing.T) {
		t.Setenv(envA, "env")
		s := NewSettings("blk")
		if got := s.String("a", types.StringUnknown(), envA, "def"); got != "" {
			t.Errorf("String(unknown) = %q, want empty", got)
		}
		if n := s.Diagnostics().ErrorsCount(); n != 1 {
			t.Fatalf("errors = %d (%v), want 1", n, s.Diagnostics())
		}
		requireDiagAt(t, s.Diagnostics(), diag.SeverityError, path.Root("blk").AtName("a"), "blk.a", envA)
	})
}

func TestSettingsBaseURL(t *testing.T) {
	const def = "https://api.example.com/v1"
	tests := []struct {
		name    string
		attr    types.String
		env     string
		want    string
		wantErr bool
	}{
		{"default", types.StringNull(), "", def, false},
		{"https attribute", types.StringValue("https://proxy.example.com"), "", "https://proxy.example.com", false},
		{"loopback http attribute", types.StringValue("http://127.0.0.1:8080/x"), "", "http://127.0.0.1:8080/x", false},
		{"localhost http attribute", types.StringValue("http://localhost:1234"), "", "http://localhost:1234", false},
		{"ipv6 loopback http attribute", types.StringValue("http://[::1]:1234"), "", "http://[::1]:1234", false},
		{"plain http attribute refused", types.StringValue("http://example.com"), "", "http://example.com", true},
		{"plain http env refused", types.StringNull(), "http://example.com", "http://example.com", true},
		{"https env accepted", types.StringNull(), "https://env.example.com", "https://env.example.com", false},
		{"attribute wins over invalid env", types.StringValue("https://a.example.com"), "http://example.com", "https://a.example.com", false},
		{"not a URL", types.StringValue("api.example.com"), "", "api.example.com", true},
		{"query refused", types.StringValue("https://api.example.com/?a=b"), "", "https://api.example.com/?a=b", true},
		{"ftp refused", types.StringValue("ftp://api.example.com"), "", "ftp://api.example.com", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(envURL, tt.env)
			s := NewSettings("blk")
			if got := s.BaseURL("base_url", tt.attr, envURL, def); got != tt.want {
				t.Errorf("BaseURL = %q, want %q", got, tt.want)
			}
			diags := s.Diagnostics()
			if !tt.wantErr {
				if len(diags) != 0 {
					t.Errorf("diagnostics = %v, want none", diags)
				}
				return
			}
			if diags.ErrorsCount() != 1 {
				t.Fatalf("errors = %v, want exactly one", diags)
			}
			requireDiagAt(t, diags, diag.SeverityError, path.Root("blk").AtName("base_url"), "blk.base_url", envURL)
		})
	}

	t.Run("unknown", func(t *testing.T) {
		t.Setenv(envURL, "")
		s := NewSettings("blk")
		s.BaseURL("base_url", types.StringUnknown(), envURL, def)
		if _, ok := diagAt(s.Diagnostics(), diag.SeverityError, path.Root("blk").AtName("base_url")); !ok {
			t.Errorf("unknown base_url: no error at blk.base_url: %v", s.Diagnostics())
		}
	})
}

func TestSettingsRequire(t *testing.T) {
	s := NewSettings("blk")
	s.Require("present", "value", "BLK_PRESENT")
	if len(s.Diagnostics()) != 0 {
		t.Fatalf("Require with a value: diagnostics = %v, want none", s.Diagnostics())
	}
	s.Require("missing", "", "BLK_MISSING")
	diags := s.Diagnostics()
	if diags.ErrorsCount() != 1 {
		t.Fatalf("errors = %v, want exactly one", diags)
	}
	requireDiagAt(t, diags, diag.SeverityError, path.Root("blk").AtName("missing"), "blk.missing", "BLK_MISSING")
	if _, ok := diagAt(diags, diag.SeverityError, path.Root("blk").AtName("present")); ok {
		t.Errorf("error reported on the attribute that has a value: %v", diags)
	}
}

func TestSettingsOneOf(t *testing.T) {
	for _, ok := range []string{"raw", "bearer"} {
		s := NewSettings("blk")
		s.OneOf("scheme", ok, "BLK_SCHEME", "raw", "bearer")
		if len(s.Diagnostics()) != 0 {
			t.Errorf("OneOf(%q) diagnostics = %v, want none", ok, s.Diagnostics())
		}
	}
	for _, bad := range []string{"Bearer", "basic", ""} {
		s := NewSettings("blk")
		s.OneOf("scheme", bad, "BLK_SCHEME", "raw", "bearer")
		diags := s.Diagnostics()
		if diags.ErrorsCount() != 1 {
			t.Fatalf("OneOf(%q) errors = %v, want exactly one", bad, diags)
		}
		requireDiagAt(t, diags, diag.SeverityError, path.Root("blk").AtName("scheme"),
			"blk.scheme", "BLK_SCHEME", `"`+bad+`"`, "raw", "bearer")
	}
}

func TestSettingsWarn(t *testing.T) {
	s := NewSettings("blk")
	s.Warn("a", "Careful", "something odd")
	diags := s.Diagnostics()
	if diags.HasError() {
		t.Fatalf("Warn produced an error: %v", diags)
	}
	if diags.WarningsCount() != 1 {
		t.Fatalf("warnings = %v, want exactly one", diags)
	}
	requireDiagAt(t, diags, diag.SeverityWarning, path.Root("blk").AtName("a"), "something odd")
	if got := diags.Warnings()[0].Summary(); got != "Careful" {
		t.Errorf("summary = %q, want %q", got, "Careful")
	}
}

func TestSettingsDiagnosticsAccumulate(t *testing.T) {
	t.Setenv(envURL, "")
	s := NewSettings("blk")
	s.Require("a", "", "A")
	s.Require("b", "", "B")
	s.BaseURL("base_url", types.StringValue("http://example.com"), envURL, "")
	if n := s.Diagnostics().ErrorsCount(); n != 3 {
		t.Errorf("errors = %d (%v), want 3", n, s.Diagnostics())
	}
}

func TestAnySet(t *testing.T) {
	tests := []struct {
		in   []string
		want bool
	}{
		{nil, false},
		{[]string{}, false},
		{[]string{""}, false},
		{[]string{"", "", ""}, false},
		{[]string{"x"}, true},
		{[]string{"", "x"}, true},
		{[]string{"x", ""}, true},
		{[]string{" "}, true},
	}
	for _, tt := range tests {
		if got := AnySet(tt.in...); got != tt.want {
			t.Errorf("AnySet(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestSchemaSettings(t *testing.T) {
	plain := Setting("Some setting.", "SOME_ENV")
	if !plain.Optional || plain.Required || plain.Sensitive {
		t.Errorf("Setting = %+v, want optional, not sensitive", plain)
	}
	if !strings.Contains(plain.MarkdownDescription, "Some setting.") || !strings.Contains(plain.MarkdownDescription, "`SOME_ENV`") {
		t.Errorf("Setting description %q does not contain the text and the env var", plain.MarkdownDescription)
	}

	secret := SecretSetting("A secret.", "SECRET_ENV")
	if !secret.Optional || !secret.Sensitive {
		t.Errorf("SecretSetting = %+v, want optional and sensitive", secret)
	}
	if !strings.Contains(secret.MarkdownDescription, "`SECRET_ENV`") {
		t.Errorf("SecretSetting description %q does not name the env var", secret.MarkdownDescription)
	}

	u := BaseURLSetting("https://api.example.com", "URL_ENV")
	if !u.Optional || u.Sensitive {
		t.Errorf("BaseURLSetting = %+v, want optional, not sensitive", u)
	}
	for _, part := range []string{"https://api.example.com", "`URL_ENV`", "HTTPS", "loopback"} {
		if !strings.Contains(u.MarkdownDescription, part) {
			t.Errorf("BaseURLSetting description %q does not mention %q", u.MarkdownDescription, part)
		}
	}
}
