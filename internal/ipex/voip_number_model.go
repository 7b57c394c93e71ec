package ipex

import (
	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex/api"
)

// voipNumberModel is the state of a telecom_ipex_voip_number.
type voipNumberModel struct {
	numberDetail
	ID                   types.String   `tfsdk:"id"`
	SIPPasswordWO        types.String   `tfsdk:"sip_password_wo"`
	SIPPasswordWOVersion types.Int64    `tfsdk:"sip_password_wo_version"`
	RequestID            types.Int64    `tfsdk:"request_id"`
	Timeouts             timeouts.Value `tfsdk:"timeouts"`
}

// numberDetail is what the number's detail (GET /v1/voip/{number}) tells:
// the resource's settings, and the data source's attributes.
type numberDetail struct {
	Number             numberValue   `tfsdk:"number"`
	CustomerID         types.Int64   `tfsdk:"customer_id"`
	ProfileID          types.Int64   `tfsdk:"profile_id"`
	TariffPlanID       types.Int64   `tfsdk:"tariff_plan_id"`
	CLIR               types.String  `tfsdk:"clir"`
	InternationalLimit types.Float64 `tfsdk:"international_limit"`
	Status             types.String  `tfsdk:"status"`
}

// toAPI is the number as the plan wants it; unknown and null values
// (settings left to IPEX) are not sent.
func (m numberDetail) toAPI() api.VoIPNumber {
	return api.VoIPNumber{
		Number: m.Number.Canonical(), CustomerID: known(m.CustomerID.ValueInt64Pointer(), m.CustomerID),
		ProfileID: known(m.ProfileID.ValueInt64Pointer(), m.ProfileID), TariffPlanID: known(m.TariffPlanID.ValueInt64Pointer(), m.TariffPlanID),
		CLIR: known(m.CLIR.ValueStringPointer(), m.CLIR), InternationalLimit: known(m.InternationalLimit.ValueFloat64Pointer(), m.InternationalLimit),
	}
}

// known is p, or nil when v is unknown.
func known[T any](p *T, v interface{ IsUnknown() bool }) *T {
	if v.IsUnknown() {
		return nil
	}
	return p
}

// fromAPI sets the settings the plan left to IPEX (unknown) from what
// IPEX answered, and takes every value IPEX sends.
func (m *numberDetail) fromAPI(got api.VoIPNumber) {
	if got.ProfileID != nil || m.ProfileID.IsUnknown() {
		m.ProfileID = types.Int64PointerValue(got.ProfileID)
	}
	if got.TariffPlanID != nil || m.TariffPlanID.IsUnknown() {
		m.TariffPlanID = types.Int64PointerValue(got.TariffPlanID)
	}
	if got.CLIR != nil || m.CLIR.IsUnknown() {
		m.CLIR = types.StringPointerValue(got.CLIR)
	}
	if got.InternationalLimit != nil || m.InternationalLimit.IsUnknown() {
		m.InternationalLimit = types.Float64PointerValue(got.InternationalLimit)
	}
	if got.CustomerID != nil {
		m.CustomerID = types.Int64Value(*got.CustomerID)
	}
	m.Status = types.StringValue(got.Status)
}
