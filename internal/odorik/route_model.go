package odorik

import (
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber/numbertype"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourceid"
)

// routeModel is the state of a telecom_odorik_route.
type routeModel struct {
	ID            types.String     `tfsdk:"id"`
	PublicNumber  numbertype.Value `tfsdk:"public_number"`
	SourceNumber  numbertype.Value `tfsdk:"source_number"`
	RingingNumber numbertype.Value `tfsdk:"ringing_number"`
	RouteID       types.Int64      `tfsdk:"route_id"`
}

// routeID spells the number canonically, so the id stays the same when only
// the configuration's spelling of the number changes.
func routeID(number numbertype.Value, id int64) types.String {
	return types.StringValue(resourceid.JoinInt(number.Canonical(), id))
}
