package ipex

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// The API names a number by its national form, 9 digits [code]; users also
// write the Czech country prefix, which is the same number.
var nationalPattern = regexp.MustCompile(`^[0-9]{9}$`)

// national strips "+420" or "00420" and spaces.
func national(s string) string {
	s = strings.ReplaceAll(s, " ", "")
	for _, prefix := range []string{"+420", "00420"} {
		if rest, ok := strings.CutPrefix(s, prefix); ok {
			return rest
		}
	}
	return s
}

// numberType: "+420601123456", "00420601123456" and "601123456" are
// semantically equal, so the user's spelling stays in state without a diff.
type numberType struct{ basetypes.StringType }

var (
	_ basetypes.StringTypable                    = numberType{}
	_ basetypes.StringValuableWithSemanticEquals = numberValue{}
)

func (t numberType) String() string { return "ipex.numberType" }

func (t numberType) Equal(o attr.Type) bool {
	other, ok := o.(numberType)
	return ok && t.StringType.Equal(other.StringType)
}

func (t numberType) ValueType(context.Context) attr.Value { return numberValue{} }

func (t numberType) ValueFromString(_ context.Context, in basetypes.StringValue) (basetypes.StringValuable, diag.Diagnostics) {
	return numberValue{StringValue: in}, nil
}

func (t numberType) ValueFromTerraform(ctx context.Context, in tftypes.Value) (attr.Value, error) {
	v, err := t.StringType.ValueFromTerraform(ctx, in)
	if err != nil {
		return nil, err
	}
	s, ok := v.(basetypes.StringValue)
	if !ok {
		return nil, fmt.Errorf("unexpected value type %T", v)
	}
	return numberValue{StringValue: s}, nil
}

// numberValue is a number as the user wrote it.
type numberValue struct{ basetypes.StringValue }

func newNumber(s string) numberValue { return numberValue{StringValue: basetypes.NewStringValue(s)} }

func (v numberValue) Type(context.Context) attr.Type { return numberType{} }

func (v numberValue) Equal(o attr.Value) bool {
	other, ok := o.(numberValue)
	return ok && v.StringValue.Equal(other.StringValue)
}

func (v numberValue) StringSemanticEquals(_ context.Context, o basetypes.StringValuable) (bool, diag.Diagnostics) {
	other, ok := o.(numberValue)
	return ok && national(v.ValueString()) == national(other.ValueString()), nil
}

// National is the form the API uses.
func (v numberValue) National() string { return national(v.ValueString()) }

// numberValidator accepts 9 national digits, optionally after +420 or 00420.
type numberValidator struct{}

func (numberValidator) Description(context.Context) string {
	return "a Czech number: 9 digits, optionally after +420 or 00420"
}
func (v numberValidator) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (numberValidator) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if !nationalPattern.MatchString(national(req.ConfigValue.ValueString())) {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid VoIP number",
			fmt.Sprintf("%q must be a Czech number: 9 digits, optionally after +420 or 00420 (e.g. 601123456 or +420601123456).", req.ConfigValue.ValueString()))
	}
}

// replaceUnlessSameNumber replaces the resource when the number really
// changes, not when only its spelling does.
func replaceUnlessSameNumber() planmodifier.String {
	return stringplanmodifier.RequiresReplaceIf(
		func(_ context.Context, req planmodifier.StringRequest, resp *stringplanmodifier.RequiresReplaceIfFuncResponse) {
			resp.RequiresReplace = national(req.StateValue.ValueString()) != national(req.PlanValue.ValueString())
		},
		"A different number replaces the resource; a different spelling of the same number does not.",
		"A different number replaces the resource; a different spelling of the same number does not.",
	)
}
