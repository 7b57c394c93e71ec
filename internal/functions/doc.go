// Package functions holds the provider-defined functions (Terraform 1.8+):
// normalize_number, dial_rewrite and interval_contains. They are thin
// wrappers: the meaning lives in internal/phonenumber, internal/pbx/dialrule
// and internal/pbx/interval, the same code the resources validate with, so a
// function and a PBX resource can never disagree about a rule.
package functions

import "github.com/hashicorp/terraform-plugin-framework/function"

// All are the provider's functions.
func All() []func() function.Function {
	return []func() function.Function{NewNormalizeNumber, NewDialRewrite, NewIntervalContains}
}
