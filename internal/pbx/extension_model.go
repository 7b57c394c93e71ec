package pbx

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber/numbertype"
)

// extensionModel is the state of a telecom_pbx_extension.
type extensionModel struct {
	apiOwner `tfsdk:"-"`
	objectKey
	ExtensionID types.Int64 `tfsdk:"extension_id"`
	extensionAttrs
	// DefaultCallerID is the extension's own caller id (its ANI), kept
	// apart from the extension's fields: it has its own endpoint.
	DefaultCallerID numbertype.Value `tfsdk:"default_caller_id"`
	// updating makes toAPI spell a string the configuration leaves out as
	// "", which an update sends to clear it (see extensionResource.Update).
	updating bool
}

// extensionAttrs are what an extension is, in the resource and in each
// element of the telecom_pbx_extensions data source.
type extensionAttrs struct {
	Name                  types.String `tfsdk:"name"`
	FullName              types.String `tfsdk:"full_name"`
	Type                  types.String `tfsdk:"type"`
	Status                types.String `tfsdk:"status"`
	Label                 types.String `tfsdk:"label"`
	CallerIDName          types.String `tfsdk:"caller_id_name"`
	MessageDID            types.String `tfsdk:"message_did"`
	ExtensionGroupID      types.Int64  `tfsdk:"extension_group_id"`
	DialRuleID            types.Int64  `tfsdk:"dial_rule_id"`
	DialRuleLimit         types.Int64  `tfsdk:"dial_rule_limit"`
	AniRFC3325            types.Bool   `tfsdk:"ani_rfc3325"`
	DIDAsTransferCallerID types.String `tfsdk:"did_as_transfer_caller_id"`
}

// extensionAttrsFromAPI reads an extension as the API answers it. The name
// is the short one (the API's is full_name); values the API answers for
// "not set" (0, "", null) read as null, ani_rfc3325 as false.
func extensionAttrsFromAPI(in api.Extension) extensionAttrs {
	limit := int64(0)
	if in.DialRuleLimit != nil {
		limit = int64(*in.DialRuleLimit)
	}
	return extensionAttrs{
		Name:                  types.StringValue(api.ShortExtensionName(in.Name)),
		FullName:              types.StringValue(in.Name),
		Type:                  types.StringValue(in.Type),
		Status:                types.StringValue(in.Status),
		Label:                 stringFromAPI(deref(in.Label)),
		CallerIDName:          stringFromAPI(deref(in.CallerIDName)),
		MessageDID:            stringFromAPI(deref(in.MessageDID)),
		ExtensionGroupID:      positiveOrNull(in.ExtensionGroupID),
		DialRuleID:            positiveOrNull(in.DialRuleID),
		DialRuleLimit:         int64FromAPI(limit),
		AniRFC3325:            types.BoolValue(in.AniRFC3325 != nil && *in.AniRFC3325),
		DIDAsTransferCallerID: stringFromAPI(in.DIDAsTransferCallerID),
	}
}

// toAPI is the extension to send. Null and unknown values are left out,
// so that a create sends only what is configured; a partial update then
// sends null for a number that was set before (Patch), and "" for a string
// (updating).
func (m extensionModel) toAPI(context.Context) (api.Extension, diag.Diagnostics) {
	var limit *api.LooseInt
	if v := m.DialRuleLimit.ValueInt64Pointer(); v != nil {
		l := api.LooseInt(*v)
		limit = &l
	}
	str := func(v types.String) *string {
		if v.IsNull() && m.updating {
			return new(string)
		}
		return v.ValueStringPointer()
	}
	return api.Extension{
		Name: m.Name.ValueString(), Type: m.Type.ValueString(), Status: m.Status.ValueString(),
		Label: str(m.Label), CallerIDName: str(m.CallerIDName), MessageDID: str(m.MessageDID),
		ExtensionGroupID: m.ExtensionGroupID.ValueInt64Pointer(), DialRuleID: m.DialRuleID.ValueInt64Pointer(),
		DialRuleLimit: limit, AniRFC3325: m.AniRFC3325.ValueBoolPointer(),
		DIDAsTransferCallerID: m.DIDAsTransferCallerID.ValueString(),
	}, nil
}

func (m *extensionModel) fromAPI(_ context.Context, in api.Extension) diag.Diagnostics {
	m.extensionAttrs = extensionAttrsFromAPI(in)
	m.setID(in.ID)
	return nil
}

// fillUnknown takes what only the API knows after a create: the full name,
// and did_as_transfer_caller_id when the configuration leaves it to the PBX.
func (m *extensionModel) fillUnknown(answer api.Extension) {
	read := extensionAttrsFromAPI(answer)
	if m.FullName.IsUnknown() {
		m.FullName = read.FullName
	}
	if m.DIDAsTransferCallerID.IsUnknown() {
		m.DIDAsTransferCallerID = read.DIDAsTransferCallerID
	}
}

func (m *extensionModel) ref() (string, int64) {
	return m.ClientID.ValueString(), m.ExtensionID.ValueInt64()
}

func (m *extensionModel) setID(id int64) { m.ExtensionID = m.keyed(id) }

func (m *extensionModel) name() string { return m.Name.ValueString() }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
