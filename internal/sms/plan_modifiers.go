package sms

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
)

// replaceUnlessImported replaces the subaccount when the value changes,
// except when the state has none: after an import the API cannot say what
// the template or the password version was, and the configured value is
// simply taken.
func replaceUnlessImported() planmodifier.Int64 {
	return int64planmodifier.RequiresReplaceIf(
		func(_ context.Context, req planmodifier.Int64Request, resp *int64planmodifier.RequiresReplaceIfFuncResponse) {
			resp.RequiresReplace = !req.StateValue.IsNull()
		},
		"Changing the value replaces the subaccount (after an import, the first value is taken as it is).",
		"Changing the value replaces the subaccount (after an import, the first value is taken as it is).",
	)
}
