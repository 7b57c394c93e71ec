package ipex

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/telecom-tf/terraform-provider-telecom/internal/semanticstring"
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

// numberSpelling is the rule of numberType: "+420601123456",
// "00420601123456" and "601123456" are the same number, so the user's
// spelling stays in state without a diff.
type numberSpelling struct{}

// Canonical is the national form, the one the API uses.
func (numberSpelling) Canonical(s string) string { return national(s) }

func (numberSpelling) TypeName() string { return "ipex.numberType" }

type (
	numberType = semanticstring.Type[numberSpelling]
	// numberValue is a number as the user wrote it.
	numberValue = semanticstring.Value[numberSpelling]
)

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
