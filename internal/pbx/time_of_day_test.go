package pbx

import (
	"context"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"
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
		a, b := timeOfDay{StringValue: basetypes.NewStringValue(tc.a)}, timeOfDay{StringValue: basetypes.NewStringValue(tc.b)}
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

func TestTimeOfDayFromAPI(t *testing.T) {
	if v := timeOfDayFromAPI(""); !v.IsNull() {
		t.Errorf(`timeOfDayFromAPI("") = %v, want null`, v)
	}
	if v := timeOfDayFromAPI("09:00:00"); v.IsNull() || v.IsUnknown() || v.ValueString() != "09:00:00" {
		t.Errorf(`timeOfDayFromAPI("09:00:00") = %v, want "09:00:00"`, v)
	}
}
