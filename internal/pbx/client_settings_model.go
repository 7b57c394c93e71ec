package pbx

import (
	"strconv"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber"
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber/numbertype"
)

// clientSettingsModel is the state of a telecom_pbx_client_settings.
type clientSettingsModel struct {
	apiOwner `tfsdk:"-"`
	// clientName is the client's name as the API answered it, for query
	// results; not an attribute.
	clientName string

	ID                       types.String     `tfsdk:"id"`
	ClientID                 types.String     `tfsdk:"client_id"`
	Timezone                 types.String     `tfsdk:"timezone"`
	HoldMusic                types.Int64      `tfsdk:"hold_music"`
	DialRuleID               types.Int64      `tfsdk:"dial_rule_id"`
	SIPNetworkPermissionID   types.Int64      `tfsdk:"sip_network_permission_id"`
	GeoList                  types.String     `tfsdk:"geo_list"`
	DiskSpaceNotifyEmail     types.String     `tfsdk:"disk_space_notify_email"`
	DiskSpaceNotifyThreshold types.Int64      `tfsdk:"disk_space_notify_threshold"`
	CallInteractiveURL       types.String     `tfsdk:"call_interactive_url"`
	CallInteractiveMethod    types.String     `tfsdk:"call_interactive_method"`
	CallInteractiveTimeout   types.Int64      `tfsdk:"call_interactive_timeout"`
	CallInteractiveOutCall   types.Bool       `tfsdk:"call_interactive_out_call"`
	DefaultCallerID          numbertype.Value `tfsdk:"default_caller_id"`
}

// settings is what m says of the writable fields that config manages (sets);
// the others are nil: not sent, left as they are.
func (m clientSettingsModel) settings(config clientSettingsModel) api.ClientSettings {
	return api.ClientSettings{
		Timezone:                 managed(config.Timezone, m.Timezone.ValueStringPointer()),
		HoldMusic:                managed(config.HoldMusic, m.HoldMusic.ValueInt64Pointer()),
		DialRuleID:               managed(config.DialRuleID, m.DialRuleID.ValueInt64Pointer()),
		SIPNetworkPermissionID:   managed(config.SIPNetworkPermissionID, m.SIPNetworkPermissionID.ValueInt64Pointer()),
		GeoList:                  managed(config.GeoList, m.GeoList.ValueStringPointer()),
		DiskSpaceNotifyEmail:     managed(config.DiskSpaceNotifyEmail, m.DiskSpaceNotifyEmail.ValueStringPointer()),
		DiskSpaceNotifyThreshold: managed(config.DiskSpaceNotifyThreshold, m.DiskSpaceNotifyThreshold.ValueInt64Pointer()),
		CallInteractiveURL:       managed(config.CallInteractiveURL, m.CallInteractiveURL.ValueStringPointer()),
		CallInteractiveMethod:    managed(config.CallInteractiveMethod, m.CallInteractiveMethod.ValueStringPointer()),
		CallInteractiveTimeout:   managed(config.CallInteractiveTimeout, m.CallInteractiveTimeout.ValueInt64Pointer()),
		CallInteractiveOutCall:   managed(config.CallInteractiveOutCall, m.CallInteractiveOutCall.ValueBoolPointer()),
	}
}

// managed is v when the configuration sets the attribute, else nil.
func managed[T any](config attr.Value, v *T) *T {
	if config.IsNull() {
		return nil
	}
	return v
}

// fromAPI reads every setting, and the default caller id as the PBX spells
// it (ani, "" for none), keeping the spelling of a number already in m.
func (m *clientSettingsModel) fromAPI(in api.ClientInfo, ani string) {
	m.Timezone = types.StringValue(in.Timezone)
	m.HoldMusic = positiveOrNull(in.HoldMusic)
	m.DialRuleID = positiveOrNull(in.DialRuleID)
	m.SIPNetworkPermissionID = positiveOrNull(in.SIPNetworkPermissionID)
	m.GeoList = types.StringValue(in.GeoList)
	m.DiskSpaceNotifyEmail = types.StringValue(in.DiskSpaceNotifyEmail)
	m.DiskSpaceNotifyThreshold = types.Int64PointerValue(in.DiskSpaceNotifyThreshold)
	m.CallInteractiveURL = types.StringValue(in.CallInteractiveURL)
	m.CallInteractiveMethod = types.StringValue(in.CallInteractiveMethod)
	m.CallInteractiveTimeout = types.Int64PointerValue(in.CallInteractiveTimeout)
	m.CallInteractiveOutCall = types.BoolPointerValue(in.CallInteractiveOutCall)
	m.readANI(ani)
	m.answeredBy(in)
}

// readANI takes the default caller id as the PBX spells it.
func (m *clientSettingsModel) readANI(ani string) {
	m.DefaultCallerID = callerIDFromAPI(m.DefaultCallerID, ani)
}

// callerIDFromAPI is a caller id (an ANI, "" for none) as the PBX answers
// it, in prior's spelling when prior is the same number.
func callerIDFromAPI(prior numbertype.Value, ani string) numbertype.Value {
	switch {
	case ani == "":
		return numbertype.Value{StringValue: types.StringNull()}
	case prior.IsNull() || prior.IsUnknown() || !phonenumber.Equal(prior.ValueString(), api.DIDNumber(ani)):
		return numbertype.New(api.DIDNumber(ani))
	}
	return prior
}

// answeredBy records who the API says the client is.
func (m *clientSettingsModel) answeredBy(in api.ClientInfo) {
	m.setOwner(in.ID)
	m.clientName = in.Name
	m.ID = m.ClientID
}

// fillUnknown takes from answered what the plan could not know.
func (m *clientSettingsModel) fillUnknown(answered clientSettingsModel) {
	known(&m.Timezone, answered.Timezone)
	known(&m.HoldMusic, answered.HoldMusic)
	known(&m.DialRuleID, answered.DialRuleID)
	known(&m.SIPNetworkPermissionID, answered.SIPNetworkPermissionID)
	known(&m.GeoList, answered.GeoList)
	known(&m.DiskSpaceNotifyEmail, answered.DiskSpaceNotifyEmail)
	known(&m.DiskSpaceNotifyThreshold, answered.DiskSpaceNotifyThreshold)
	known(&m.CallInteractiveURL, answered.CallInteractiveURL)
	known(&m.CallInteractiveMethod, answered.CallInteractiveMethod)
	known(&m.CallInteractiveTimeout, answered.CallInteractiveTimeout)
	known(&m.CallInteractiveOutCall, answered.CallInteractiveOutCall)
	known(&m.DefaultCallerID, answered.DefaultCallerID)
	m.apiOwner, m.clientName, m.ID = answered.apiOwner, answered.clientName, m.ClientID
}

// known replaces an unknown planned value with the answered one.
func known[T attr.Value](planned *T, answered T) {
	if (*planned).IsUnknown() {
		*planned = answered
	}
}

// numericOwner is the client's numeric id as the API answered it; "" when
// no answer said.
func (m clientSettingsModel) numericOwner() string {
	if m.owner() <= 0 {
		return ""
	}
	return strconv.FormatInt(m.owner(), 10)
}
