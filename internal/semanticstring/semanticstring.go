// Package semanticstring is the framework plumbing, written once, for string
// attributes that have several spellings of one value: a phone number as
// "+420…" or "00420…", a time of day as "09:00" or "09:00:00". Such a type
// keeps the spelling the user wrote in state, and an API that answers with
// another spelling shows no diff.
//
// A type is a Rule, usually an empty struct, that gives a value's canonical
// spelling; two values are semantically equal when their canonical
// spellings are. A package names its instantiation with aliases:
//
//	type numberSpelling struct{}
//	func (numberSpelling) Canonical(s string) string { … }
//	func (numberSpelling) TypeName() string          { return "vendor.numberType" }
//
//	type numberType = semanticstring.Type[numberSpelling]
//	type numberValue = semanticstring.Value[numberSpelling]
package semanticstring

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// Rule makes one semantic string type. Its zero value is used, so a Rule is
// an empty struct.
type Rule interface {
	// Canonical is the spelling values are compared by (and usually the one
	// the API is sent). Null and unknown values are compared by the
	// canonical form of "".
	Canonical(s string) string
	// TypeName names the type in the framework's error messages, as the
	// package that defines it calls it, e.g. "pbx.timeOfDayType".
	TypeName() string
}

// Type is the attribute type (schema CustomType) of a Rule's values.
type Type[R Rule] struct {
	basetypes.StringType
}

// Value is a value as the user (or the API, when there is nothing to keep)
// spelled it.
type Value[R Rule] struct {
	basetypes.StringValue
}

// The framework's interfaces, checked for every Rule.
var (
	_ basetypes.StringTypable                    = Type[Rule]{}
	_ basetypes.StringValuableWithSemanticEquals = Value[Rule]{}
)

// New returns a known value spelled s.
func New[R Rule](s string) Value[R] { return Value[R]{StringValue: basetypes.NewStringValue(s)} }

// Null returns a null value.
func Null[R Rule]() Value[R] { return Value[R]{StringValue: basetypes.NewStringNull()} }

func (t Type[R]) String() string {
	var rule R
	return rule.TypeName()
}

func (t Type[R]) Equal(o attr.Type) bool {
	other, ok := o.(Type[R])
	return ok && t.StringType.Equal(other.StringType)
}

func (t Type[R]) ValueType(context.Context) attr.Value { return Value[R]{} }

func (t Type[R]) ValueFromString(_ context.Context, in basetypes.StringValue) (basetypes.StringValuable, diag.Diagnostics) {
	return Value[R]{StringValue: in}, nil
}

func (t Type[R]) ValueFromTerraform(ctx context.Context, in tftypes.Value) (attr.Value, error) {
	v, err := t.StringType.ValueFromTerraform(ctx, in)
	if err != nil {
		return nil, err
	}
	s, ok := v.(basetypes.StringValue)
	if !ok {
		return nil, fmt.Errorf("unexpected value type %T", v)
	}
	return Value[R]{StringValue: s}, nil
}

func (v Value[R]) Type(context.Context) attr.Type { return Type[R]{} }

// Equal is exact: it tells spellings apart, so the user's spelling is kept.
func (v Value[R]) Equal(o attr.Value) bool {
	other, ok := o.(Value[R])
	return ok && v.StringValue.Equal(other.StringValue)
}

// StringSemanticEquals reports whether two values of the same Rule have the
// same canonical spelling; a value of any other type is never equal.
func (v Value[R]) StringSemanticEquals(_ context.Context, o basetypes.StringValuable) (bool, diag.Diagnostics) {
	other, ok := o.(Value[R])
	return ok && v.Canonical() == other.Canonical(), nil
}

// Canonical is the value in the Rule's canonical spelling.
func (v Value[R]) Canonical() string {
	var rule R
	return rule.Canonical(v.ValueString())
}
