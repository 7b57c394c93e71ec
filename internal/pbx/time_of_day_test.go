package pbx

import (
	"context"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

func TestTimeOfDaySemanticEquals(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"09:00", "09:00:00", true},
		{"09:00:00", "09:00", true},
		{"09:00", "09:00", true},
		{"09:00", "09:01", false},
		{"09:00", "09:00:01", false},
		{"9:00", "9:00", true}, // invalid spellings compare literally
		{"9:00", "09:00", false},
		{"24:00", "00:00:00", false},
	} {
		a, b := timeOfDay{basetypes.NewStringValue(tc.a)}, timeOfDay{basetypes.NewStringValue(tc.b)}
		got, diags := a.StringSemanticEquals(ctx, b)
		if diags.HasError() {
			t.Errorf("%q vs %q: diagnostics %v", tc.a, tc.b, diags)
		}
		if got != tc.want {
			t.Errorf("StringSemanticEquals(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}

	// A plain string is not a time of day, even with the same text.
	if got, _ := timeOfDayFromAPI("09:00:00").StringSemanticEquals(ctx, basetypes.NewStringValue("09:00:00")); got {
		t.Error("timeOfDay is semantically equal to a plain StringValue, want false")
	}
}

func TestTimeOfDayValueFromTerraform(t *testing.T) {
	ctx := context.Background()
	for _, in := range []tftypes.Value{
		tftypes.NewValue(tftypes.String, "09:00"),
		tftypes.NewValue(tftypes.String, "09:00:00"),
		tftypes.NewValue(tftypes.String, nil),
		tftypes.NewValue(tftypes.String, tftypes.UnknownValue),
	} {
		v, err := timeOfDayType{}.ValueFromTerraform(ctx, in)
		if err != nil {
			t.Fatalf("ValueFromTerraform(%v) error: %v", in, err)
		}
		tod, ok := v.(timeOfDay)
		if !ok {
			t.Fatalf("ValueFromTerraform(%v) = %T, want timeOfDay", in, v)
		}
		if !tod.Type(ctx).Equal(timeOfDayType{}) {
			t.Errorf("%v: Type() = %v, want timeOfDayType", in, tod.Type(ctx))
		}
		out, err := tod.ToTerraformValue(ctx)
		if err != nil {
			t.Fatalf("ToTerraformValue error: %v", err)
		}
		if !out.Equal(in) {
			t.Errorf("round trip of %v gave %v", in, out)
		}
	}
	if _, err := (timeOfDayType{}).ValueFromTerraform(ctx, tftypes.NewValue(tftypes.Number, 9)); err == nil {
		t.Error("ValueFromTerraform(number) succeeded, want an error")
	}
}

func TestTimeOfDayEqual(t *testing.T) {
	nine := timeOfDayFromAPI("09:00")
	if !nine.Equal(timeOfDayFromAPI("09:00")) {
		t.Error(`"09:00" is not Equal to "09:00"`)
	}
	// Equal is exact: the spelling the user wrote is kept.
	if nine.Equal(timeOfDayFromAPI("09:00:00")) {
		t.Error(`"09:00" is Equal to "09:00:00", want the spellings distinguished`)
	}
	if nine.Equal(basetypes.NewStringValue("09:00")) {
		t.Error("timeOfDay is Equal to a plain StringValue, want false")
	}
	if (timeOfDayType{}).Equal(basetypes.StringType{}) {
		t.Error("timeOfDayType is Equal to StringType, want false")
	}
}

func TestTimeOfDayFromAPI(t *testing.T) {
	if v := timeOfDayFromAPI(""); !v.IsNull() {
		t.Errorf(`timeOfDayFromAPI("") = %v, want null`, v)
	}
	if v := timeOfDayFromAPI("09:00:00"); v.IsNull() || v.IsUnknown() || v.ValueString() != "09:00:00" {
		t.Errorf(`timeOfDayFromAPI("09:00:00") = %v, want "09:00:00"`, v)
	}
}
