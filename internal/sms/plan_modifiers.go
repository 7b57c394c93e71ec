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

// replaceOnNewTemplate replaces the subaccount when template_id changes from
// one template to another. Not when the state has none (after an import the
// API cannot say which template was copied, and the configured one is
// taken), nor when the configuration leaves it out: the template matters
// only when a subaccount is created, so forgetting it changes nothing at
// SerwerSMS (and a replacement would need it again).
func replaceOnNewTemplate() planmodifier.Int64 {
	return int64planmodifier.RequiresReplaceIf(
		func(_ context.Context, req planmodifier.Int64Request, resp *int64planmodifier.RequiresReplaceIfFuncResponse) {
			resp.RequiresReplace = !req.StateValue.IsNull() && !req.PlanValue.IsNull()
		},
		"Changing the template replaces the subaccount (after an import, the first value is taken as it is; leaving it out changes nothing).",
		"Changing the template replaces the subaccount (after an import, the first value is taken as it is; leaving it out changes nothing).",
	)
}
