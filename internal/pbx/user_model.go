package pbx

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
)

// userModel is the state of a telecom_pbx_user.
type userModel struct {
	apiOwner `tfsdk:"-"`
	// password is password_wo from the configuration when it is to be sent
	// (create, a new password_wo_version); never part of the state.
	password string
	// updating makes toAPI send a comment left out of the configuration as
	// "", which clears it (the PBX keeps a field a PUT leaves out).
	updating bool

	ID                types.String `tfsdk:"id"`
	ClientID          types.String `tfsdk:"client_id"`
	UserID            types.Int64  `tfsdk:"user_id"`
	Scope             types.String `tfsdk:"scope"`
	ExtensionID       types.Int64  `tfsdk:"extension_id"`
	ExtensionGroupID  types.Int64  `tfsdk:"extension_group_id"`
	Login             types.String `tfsdk:"login"`
	Name              types.String `tfsdk:"name"`
	Email             types.String `tfsdk:"email"`
	Access            types.String `tfsdk:"access"`
	Status            types.String `tfsdk:"status"`
	Timezone          types.String `tfsdk:"timezone"`
	Comment           types.String `tfsdk:"comment"`
	PasswordWO        types.String `tfsdk:"password_wo"`
	PasswordWOVersion types.Int64  `tfsdk:"password_wo_version"`
}

func (m userModel) toAPI(context.Context) (api.User, diag.Diagnostics) {
	comment := m.Comment.ValueStringPointer()
	if comment == nil && m.updating {
		comment = new(string)
	}
	return api.User{
		Login: m.Login.ValueString(), Name: m.Name.ValueString(), Email: m.Email.ValueString(),
		Access: m.Access.ValueString(), Status: m.Status.ValueString(), Timezone: m.Timezone.ValueString(),
		Comment: comment, ExtensionID: m.ExtensionID.ValueInt64(), ExtensionGroupID: m.ExtensionGroupID.ValueInt64(),
		Password: m.password,
	}, nil
}

// fromAPI reads the user; the password is never answered and the
// write-only attributes stay null.
func (m *userModel) fromAPI(_ context.Context, in api.User) diag.Diagnostics {
	m.Login = types.StringValue(in.Login)
	m.Name = types.StringValue(in.Name)
	m.Email = types.StringValue(in.Email)
	m.Access = types.StringValue(in.Access)
	m.Status = types.StringValue(in.Status)
	m.Timezone = types.StringValue(in.Timezone)
	m.Comment = stringFromAPI(deref(in.Comment))
	m.ExtensionID = int64FromAPI(in.ExtensionID)
	m.ExtensionGroupID = int64FromAPI(in.ExtensionGroupID)
	m.setID(in.ID)
	return nil
}

// fillUnknown takes the settings the configuration leaves to the PBX from
// its answer.
func (m *userModel) fillUnknown(answer api.User) {
	known(&m.Access, types.StringValue(answer.Access))
	known(&m.Status, types.StringValue(answer.Status))
	known(&m.Timezone, types.StringValue(answer.Timezone))
}

func (m *userModel) ref() (string, int64) { return m.ClientID.ValueString(), m.UserID.ValueInt64() }

func (m *userModel) setID(id int64) {
	m.UserID = types.Int64Value(id)
	m.ID = variantObjectID(m.ClientID.ValueString(), m.Scope.ValueString(), id)
}

func (m *userModel) setClientID(clientID string) { m.ClientID = types.StringValue(clientID) }

func (m *userModel) variant() string { return m.Scope.ValueString() }

func (m *userModel) setVariant(scope string) { m.Scope = types.StringValue(scope) }

func (m *userModel) name() string { return m.Login.ValueString() }
