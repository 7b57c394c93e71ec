package numbertype

import (
	"context"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// objectWith is a non-null resource object, so the modifier sees an update
// rather than a create or destroy.
func objectWith(n string) tftypes.Value {
	typ := tftypes.Object{AttributeTypes: map[string]tftypes.Type{"n": tftypes.String}}
	return tftypes.NewValue(typ, map[string]tftypes.Value{"n": tftypes.NewValue(tftypes.String, n)})
}

func TestSemanticEquality(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		a, b string
		want bool
	}{
		{"+420533533533", "00420533533533", true},
		{"00420533533533", "00420533533533", true},
		{"00420533533533", "00420533533534", false},
		{"*100", "*100", true},
		{"hejda_test1", "hejda_test2", false},
	}
	for _, c := range cases {
		got, diags := New(c.a).StringSemanticEquals(ctx, New(c.b))
		if diags.HasError() {
			t.Fatal(diags)
		}
		if got != c.want {
			t.Errorf("%q ~ %q = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	if New("x").Canonical() != "x" || New("+4201").Canonical() != "004201" {
		t.Error("Canonical must turn a leading + into 00 and keep the rest")
	}
}

func TestValidators(t *testing.T) {
	cases := []struct {
		name string
		v    validator.String
		in   string
		ok   bool
	}{
		{"public international", PublicNumber(), "00420533533533", true},
		{"public plus", PublicNumber(), "+420533533533", true},
		{"public sip", PublicNumber(), "hejda_test1", true},
		{"public empty", PublicNumber(), "", false},
		{"public letters in number", PublicNumber(), "00420abc533", false},
		{"public national", PublicNumber(), "533533533", false},
		{"public star", PublicNumber(), "*100", false},
		{"caller any", CallerNumber(), "*", true},
		{"caller number", CallerNumber(), "00420733123456", true},
		{"caller sip", CallerNumber(), "office", false},
		{"caller empty", CallerNumber(), "", false},
		{"target line", Target(), "*754321", true},
		{"target keep caller id", Target(), "*08700420737007770", true},
		{"target number", Target(), "+420733123456", true},
		{"target sip", Target(), "office_main", true},
		{"target space", Target(), "733 123 456", false},
		{"target letters", Target(), "0042x", false},
		{"target empty", Target(), "", false},
	}
	for _, c := range cases {
		resp := &validator.StringResponse{}
		c.v.ValidateString(context.Background(), validator.StringRequest{
			Path: path.Root("n"), ConfigValue: types.StringValue(c.in),
		}, resp)
		if resp.Diagnostics.HasError() == c.ok {
			t.Errorf("%s: %q accepted=%v, want %v (%v)", c.name, c.in, !resp.Diagnostics.HasError(), c.ok, resp.Diagnostics)
		}
	}
}

func TestRequiresReplaceUnlessSameNumber(t *testing.T) {
	cases := []struct {
		state, plan string
		replace     bool
	}{
		{"00420533533533", "+420533533533", false},
		{"00420533533533", "00420533533534", true},
	}
	for _, c := range cases {
		resp := &planmodifier.StringResponse{PlanValue: types.StringValue(c.plan)}
		RequiresReplaceUnlessSameNumber().PlanModifyString(context.Background(), planmodifier.StringRequest{
			State:       tfsdk.State{Raw: objectWith(c.state)},
			Plan:        tfsdk.Plan{Raw: objectWith(c.plan)},
			StateValue:  types.StringValue(c.state),
			PlanValue:   types.StringValue(c.plan),
			ConfigValue: types.StringValue(c.plan),
		}, resp)
		if resp.RequiresReplace != c.replace {
			t.Errorf("%s -> %s: replace=%v, want %v", c.state, c.plan, resp.RequiresReplace, c.replace)
		}
	}
}
