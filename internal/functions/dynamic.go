package functions

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"
)

// The functions take dynamic arguments so that a resource's attribute (a
// list of objects with more attributes than the function needs, such as a
// rule's comment) or a whole resource object can be passed as it is. These
// helpers read such values.

// elements returns the elements of a list, tuple or set.
func elements(v attr.Value) ([]attr.Value, error) {
	switch t := underlying(v).(type) {
	case basetypes.ListValue:
		return t.Elements(), nil
	case basetypes.TupleValue:
		return t.Elements(), nil
	case basetypes.SetValue:
		return t.Elements(), nil
	}
	return nil, fmt.Errorf("expected a list, got %s", describe(v))
}

// attributes returns the attributes of an object or map.
func attributes(v attr.Value) (map[string]attr.Value, error) {
	switch t := underlying(v).(type) {
	case basetypes.ObjectValue:
		return t.Attributes(), nil
	case basetypes.MapValue:
		return t.Elements(), nil
	}
	return nil, fmt.Errorf("expected an object, got %s", describe(v))
}

func underlying(v attr.Value) attr.Value {
	if d, ok := v.(basetypes.DynamicValue); ok {
		return d.UnderlyingValue()
	}
	return v
}

// describe names a value's type as Terraform users know it.
func describe(v attr.Value) string {
	u := underlying(v)
	if u == nil || u.IsNull() {
		return "null"
	}
	if u.IsUnknown() {
		return "an unknown value"
	}
	switch u.(type) {
	case basetypes.StringValue:
		return "a string"
	case basetypes.NumberValue, basetypes.Int64Value, basetypes.Float64Value:
		return "a number"
	case basetypes.BoolValue:
		return "a bool"
	case basetypes.ListValue, basetypes.TupleValue:
		return "a list"
	case basetypes.SetValue:
		return "a set"
	case basetypes.ObjectValue:
		return "an object"
	case basetypes.MapValue:
		return "a map"
	}
	return "a value of another type"
}

// funcError blames one argument. Terraform ends the message with its own
// full stop, so ours is dropped.
func funcError(position int64, msg string) *function.FuncError {
	return function.NewArgumentFuncError(position, strings.TrimRight(msg, "."))
}

// present reports whether an attribute is given and not null.
func present(attrs map[string]attr.Value, name string) bool {
	v, ok := attrs[name]
	return ok && underlying(v) != nil && !underlying(v).IsNull()
}

// stringAttr reads an optional string attribute ("" when absent or null).
func stringAttr(attrs map[string]attr.Value, name string) (string, error) {
	v, ok := attrs[name]
	if !ok || underlying(v) == nil || underlying(v).IsNull() {
		return "", nil
	}
	s, ok := underlying(v).(basetypes.StringValue)
	if !ok {
		return "", fmt.Errorf("%s must be a string, got %s", name, describe(v))
	}
	return s.ValueString(), nil
}

// intAttr reads an optional whole-number attribute (0 when absent or null).
func intAttr(attrs map[string]attr.Value, name string) (int64, error) {
	v, ok := attrs[name]
	if !ok || underlying(v) == nil || underlying(v).IsNull() {
		return 0, nil
	}
	switch n := underlying(v).(type) {
	case basetypes.Int64Value:
		return n.ValueInt64(), nil
	case basetypes.NumberValue:
		i, acc := n.ValueBigFloat().Int64()
		if acc != big.Exact {
			return 0, fmt.Errorf("%s must be a whole number, got %s", name, n.ValueBigFloat().String())
		}
		return i, nil
	}
	return 0, fmt.Errorf("%s must be a number, got %s", name, describe(v))
}
