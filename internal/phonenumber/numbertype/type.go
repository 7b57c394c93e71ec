// Package numbertype is the Terraform side of package phonenumber: a string
// type whose "+420…" and "00420…" spellings are semantically equal, so the
// spelling a user wrote stays in state and the API's spelling never shows a
// diff, plus the validators and plan modifier that go with it.
package numbertype

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber"
)

var (
	_ basetypes.StringTypable                    = Type{}
	_ basetypes.StringValuableWithSemanticEquals = Value{}
)

// Type is the attribute type of every phone-number-like attribute.
type Type struct {
	basetypes.StringType
}

func (t Type) String() string { return "numbertype.Type" }

func (t Type) Equal(o attr.Type) bool {
	other, ok := o.(Type)
	return ok && t.StringType.Equal(other.StringType)
}

func (t Type) ValueType(context.Context) attr.Value { return Value{} }

func (t Type) ValueFromString(_ context.Context, in basetypes.StringValue) (basetypes.StringValuable, diag.Diagnostics) {
	return Value{StringValue: in}, nil
}

func (t Type) ValueFromTerraform(ctx context.Context, in tftypes.Value) (attr.Value, error) {
	v, err := t.StringType.ValueFromTerraform(ctx, in)
	if err != nil {
		return nil, err
	}
	s, ok := v.(basetypes.StringValue)
	if !ok {
		return nil, fmt.Errorf("unexpected value type %T", v)
	}
	return Value{StringValue: s}, nil
}

// Value is a phone number as the user wrote it.
type Value struct {
	basetypes.StringValue
}

// New returns a known value.
func New(s string) Value { return Value{StringValue: basetypes.NewStringValue(s)} }

// Null returns a null value.
func Null() Value { return Value{StringValue: basetypes.NewStringNull()} }

func (v Value) Type(context.Context) attr.Type { return Type{} }

func (v Value) Equal(o attr.Value) bool {
	other, ok := o.(Value)
	return ok && v.StringValue.Equal(other.StringValue)
}

// StringSemanticEquals treats "+420…" and "00420…" as the same number.
func (v Value) StringSemanticEquals(_ context.Context, o basetypes.StringValuable) (bool, diag.Diagnostics) {
	other, ok := o.(Value)
	if !ok {
		return false, nil
	}
	return phonenumber.Equal(v.ValueString(), other.ValueString()), nil
}

// Canonical is the spelling sent to the vendor.
func (v Value) Canonical() string { return phonenumber.Normalize(v.ValueString()) }
