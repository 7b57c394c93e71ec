package semanticstring_test

import (
	"context"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/telecom-tf/terraform-provider-telecom/internal/semanticstring"
)

// clock is a rule for the tests: "09:00" is "09:00:00".
type clock struct{}

func (clock) Canonical(s string) string {
	if len(s) == len("09:00") {
		return s + ":00"
	}
	return s
}

func (clock) TypeName() string { return "test.clockType" }

// shout is a second rule, to tell types apart: case does not matter.
type shout struct{}

func (shout) Canonical(s string) string { return strings.ToUpper(s) }
func (shout) TypeName() string          { return "test.shoutType" }

type (
	clockType  = semanticstring.Type[clock]
	clockValue = semanticstring.Value[clock]
)

func newClock(s string) clockValue { return semanticstring.New[clock](s) }

// semanticallyEqual is a.StringSemanticEquals(b), which never has diagnostics.
func semanticallyEqual(t *testing.T, a clockValue, b basetypes.StringValuable) bool {
	t.Helper()
	got, diags := a.StringSemanticEquals(context.Background(), b)
	if diags.HasError() {
		t.Errorf("%v vs %v: diagnostics %v", a, b, diags)
	}
	return got
}

func TestSemanticEquals(t *testing.T) {
	if !semanticallyEqual(t, newClock("09:00"), newClock("09:00:00")) || !semanticallyEqual(t, newClock("09:00:00"), newClock("09:00")) {
		t.Error(`"09:00" and "09:00:00" are not semantically equal both ways`)
	}
	if !semanticallyEqual(t, newClock("09:00"), newClock("09:00")) {
		t.Error(`"09:00" is not semantically equal to itself`)
	}
	if semanticallyEqual(t, newClock("09:00"), newClock("09:01")) {
		t.Error(`"09:00" and "09:01" are semantically equal`)
	}
	// Neither a plain string nor a value of another rule is equal, even
	// with the same text.
	if semanticallyEqual(t, newClock("09:00:00"), basetypes.NewStringValue("09:00:00")) {
		t.Error("a value is semantically equal to a plain StringValue, want false")
	}
	if semanticallyEqual(t, newClock("09:00"), semanticstring.New[shout]("09:00")) {
		t.Error("values of two rules are semantically equal, want false")
	}
	if got, _ := semanticstring.New[shout]("abc").StringSemanticEquals(context.Background(), semanticstring.New[shout]("ABC")); !got {
		t.Error(`shout: "abc" is not semantically equal to "ABC"`)
	}
}

func TestCanonical(t *testing.T) {
	if got := newClock("09:00").Canonical(); got != "09:00:00" {
		t.Errorf(`Canonical of "09:00" = %q, want "09:00:00"`, got)
	}
	if got := semanticstring.Null[clock]().Canonical(); got != "" {
		t.Errorf(`Canonical of null = %q, want the canonical form of "" ("")`, got)
	}
}

func TestValueFromTerraform(t *testing.T) {
	ctx := context.Background()
	for _, in := range []tftypes.Value{
		tftypes.NewValue(tftypes.String, "09:00"),
		tftypes.NewValue(tftypes.String, "09:00:00"),
		tftypes.NewValue(tftypes.String, nil),
		tftypes.NewValue(tftypes.String, tftypes.UnknownValue),
	} {
		v, err := clockType{}.ValueFromTerraform(ctx, in)
		if err != nil {
			t.Fatalf("ValueFromTerraform(%v) error: %v", in, err)
		}
		cv, ok := v.(clockValue)
		if !ok {
			t.Fatalf("ValueFromTerraform(%v) = %T, want clockValue", in, v)
		}
		if !cv.Type(ctx).Equal(clockType{}) {
			t.Errorf("%v: Type() = %v, want clockType", in, cv.Type(ctx))
		}
		out, err := cv.ToTerraformValue(ctx)
		if err != nil {
			t.Fatalf("ToTerraformValue error: %v", err)
		}
		if !out.Equal(in) {
			t.Errorf("round trip of %v gave %v", in, out)
		}
	}
	if _, err := (clockType{}).ValueFromTerraform(ctx, tftypes.NewValue(tftypes.Number, 9)); err == nil {
		t.Error("ValueFromTerraform(number) succeeded, want an error")
	}
}

func TestValueFromString(t *testing.T) {
	v, diags := clockType{}.ValueFromString(context.Background(), basetypes.NewStringValue("09:00"))
	if diags.HasError() {
		t.Fatal(diags)
	}
	if got, ok := v.(clockValue); !ok || !got.Equal(newClock("09:00")) {
		t.Errorf(`ValueFromString("09:00") = %v, want the clockValue "09:00"`, v)
	}
}

func TestEqual(t *testing.T) {
	nine := newClock("09:00")
	if !nine.Equal(newClock("09:00")) {
		t.Error(`"09:00" is not Equal to "09:00"`)
	}
	// Equal is exact: the spelling the user wrote is kept.
	if nine.Equal(newClock("09:00:00")) {
		t.Error(`"09:00" is Equal to "09:00:00", want the spellings distinguished`)
	}
	if nine.Equal(basetypes.NewStringValue("09:00")) {
		t.Error("a value is Equal to a plain StringValue, want false")
	}
	if nine.Equal(semanticstring.New[shout]("09:00")) {
		t.Error("values of two rules are Equal, want false")
	}
	if !semanticstring.Null[clock]().Equal(clockValue{StringValue: basetypes.NewStringNull()}) {
		t.Error("Null is not a null value")
	}
	if (clockType{}).Equal(basetypes.StringType{}) {
		t.Error("clockType is Equal to StringType, want false")
	}
	if (clockType{}).Equal(semanticstring.Type[shout]{}) {
		t.Error("the types of two rules are Equal, want false")
	}
}

// The framework names the type in its error messages.
func TestTypeName(t *testing.T) {
	if got := (clockType{}).String(); got != "test.clockType" {
		t.Errorf("String() = %q, want the rule's TypeName", got)
	}
}
