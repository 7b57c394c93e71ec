package sms

import (
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

type subaccountModel struct {
	ID                types.String `tfsdk:"id"`
	SubaccountID      types.Int64  `tfsdk:"subaccount_id"`
	Username          types.String `tfsdk:"username"`
	PasswordWO        types.String `tfsdk:"password_wo"`
	PasswordWOVersion types.Int64  `tfsdk:"password_wo_version"`
	TemplateID        types.Int64  `tfsdk:"template_id"`
	Name              types.String `tfsdk:"name"`
	Phone             types.String `tfsdk:"phone"`
	Email             types.String `tfsdk:"email"`
	Limits            types.Object `tfsdk:"limits"`
}

// limitsModel is the limits object; null means "not managed".
type limitsModel struct {
	Eco   types.Int64 `tfsdk:"eco"`
	Full  types.Int64 `tfsdk:"full"`
	Voice types.Int64 `tfsdk:"voice"`
	MMS   types.Int64 `tfsdk:"mms"`
	HLR   types.Int64 `tfsdk:"hlr"`
}

var limitsAttrTypes = map[string]attr.Type{
	"eco": types.Int64Type, "full": types.Int64Type, "voice": types.Int64Type, "mms": types.Int64Type, "hlr": types.Int64Type,
}

// byType pairs each API message type with its value.
func (l limitsModel) byType() map[string]types.Int64 {
	return map[string]types.Int64{"eco": l.Eco, "full": l.Full, "voice": l.Voice, "mms": l.MMS, "hlr": l.HLR}
}

// fromAPI: the API answers "" for fields that were not given.
func stringFromAPI(s string) types.String {
	if s == "" {
		return types.StringNull()
	}
	return types.StringValue(s)
}
