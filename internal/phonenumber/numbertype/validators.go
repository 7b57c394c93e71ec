package numbertype

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber"
)

// PublicNumber accepts an international number ("00420…" or "+420…") or a SIP name.
func PublicNumber() validator.String {
	return rule{
		what: `an international number such as "00420533533533" or "+420533533533", or a SIP name such as "office_main"`,
		ok:   phonenumber.IsPublicNumber,
	}
}

// CallerNumber accepts "*" (any caller) or a number of digits, optionally with a leading "+".
func CallerNumber() validator.String {
	return rule{
		what: `"*" (any caller) or a caller's number of digits such as "00420733123456" or "+420733123456"`,
		ok:   phonenumber.IsCaller,
	}
}

// Target accepts anything a call can be sent to: a number, an internal line or
// service code starting with "*" (e.g. "*754321", "*08700420733123456") or a SIP name.
func Target() validator.String {
	return rule{
		what: `a number such as "00420733123456", an internal line or code such as "*754321" or "*087733123456", or a SIP name`,
		ok:   phonenumber.IsTarget,
	}
}

type rule struct {
	what string
	ok   func(string) bool
}

func (r rule) Description(context.Context) string { return "value must be " + r.what }

func (r rule) MarkdownDescription(ctx context.Context) string { return r.Description(ctx) }

func (r rule) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	s := req.ConfigValue.ValueString()
	if r.ok(s) {
		return
	}
	resp.Diagnostics.AddAttributeError(req.Path, "Invalid number",
		fmt.Sprintf("%q is not valid here: expected %s.", s, r.what))
}
