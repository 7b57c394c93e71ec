package odorik

import (
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber/numbertype"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourceid"
)

// ringingModel is the state of a telecom_odorik_ringing.
type ringingModel struct {
	ID            types.String     `tfsdk:"id"`
	PublicNumber  numbertype.Value `tfsdk:"public_number"`
	RingingNumber numbertype.Value `tfsdk:"ringing_number"`
}

// ringingID spells the numbers canonically, so the id stays the same when
// only the configuration's spelling changes.
func ringingID(number, target numbertype.Value) types.String {
	return types.StringValue(resourceid.Join(number.Canonical(), target.Canonical()))
}
