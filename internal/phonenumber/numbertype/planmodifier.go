package numbertype

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"

	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber"
)

// RequiresReplaceUnlessSameNumber replaces the resource when the number
// changes, but not when only its spelling changes ("00420…" to "+420…"):
// that is an in-place update that calls no API.
func RequiresReplaceUnlessSameNumber() planmodifier.String {
	return stringplanmodifier.RequiresReplaceIf(
		func(_ context.Context, req planmodifier.StringRequest, resp *stringplanmodifier.RequiresReplaceIfFuncResponse) {
			resp.RequiresReplace = !phonenumber.Equal(req.StateValue.ValueString(), req.PlanValue.ValueString())
		},
		"Changing the number replaces the resource; changing only its spelling (+420… to 00420…) does not.",
		"Changing the number replaces the resource; changing only its spelling (`+420…` to `00420…`) does not.",
	)
}
