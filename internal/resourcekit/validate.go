package resourcekit

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"
)

// EachKnownObject decodes every known element of a list of objects into an
// M and checks it, for validation across the attributes of one element.
// Unknown elements (and an unknown list) are left for the apply.
func EachKnownObject[M any](ctx context.Context, list types.List, diags *diag.Diagnostics, check func(i int, m M)) {
	if list.IsNull() || list.IsUnknown() {
		return
	}
	for i, elem := range list.Elements() {
		obj, ok := elem.(types.Object)
		if !ok || obj.IsNull() || obj.IsUnknown() {
			continue
		}
		var m M
		if d := obj.As(ctx, &m, basetypes.ObjectAsOptions{}); d.HasError() {
			diags.Append(d...)
			continue
		}
		check(i, m)
	}
}
