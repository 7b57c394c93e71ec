package pbx

import (
	"context"
	"fmt"
	"strconv"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/telecom-tf/terraform-provider-telecom/internal/resourceid"
)

// importObject reads an import ID <client_id>/<object id> into client_id,
// idAttr and id; Read fills in the rest.
func importObject(ctx context.Context, typeName, idAttr string, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	form := []string{"client_id", idAttr}
	parts, err := resourceid.Split(req.ID, form...)
	var id int64
	if err == nil && !clientIDPattern.MatchString(parts[0]) {
		err = fmt.Errorf("client_id %q in %q must be a numeric client id or @me", parts[0], req.ID)
	}
	if err == nil {
		id, err = strconv.ParseInt(parts[1], 10, 64)
		if err != nil || id <= 0 {
			err = fmt.Errorf("%s %q in %q must be a positive whole number", idAttr, parts[1], req.ID)
		}
	}
	if err != nil {
		resp.Diagnostics.AddError("Invalid import ID for "+typeName,
			fmt.Sprintf("%s. Expected %s, e.g. @me/42 or 12345/42.", err, resourceid.Form(form...)))
		return
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), objectID(parts[0], id))...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("client_id"), parts[0])...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root(idAttr), id)...)
}
