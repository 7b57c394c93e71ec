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
