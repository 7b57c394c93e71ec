package odorik

import (
	"strconv"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber/numbertype"
)

// speedDialModel is the state of a telecom_odorik_speed_dial.
type speedDialModel struct {
	ID       types.String     `tfsdk:"id"`
	Shortcut types.Int64      `tfsdk:"shortcut"`
	Number   numbertype.Value `tfsdk:"number"`
	Name     types.String     `tfsdk:"name"`
}

// toAPI is the speed dial to create; a shortcut not yet known (left to the
// API) is 0.
func (m speedDialModel) toAPI() api.SpeedDial {
	sd := api.SpeedDial{Number: m.Number.Canonical(), Name: m.Name.ValueString()}
	if !m.Shortcut.IsUnknown() {
		sd.Shortcut = m.Shortcut.ValueInt64()
	}
	return sd
}

// fromAPI takes everything the API answered. A speed dial without a name
// has the name "" at the API and none (null) here, as in a configuration
// that leaves it out.
func (m *speedDialModel) fromAPI(sd api.SpeedDial) {
	m.setShortcut(sd.Shortcut)
	m.Number = numbertype.New(sd.Number)
	m.Name = types.StringNull()
	if sd.Name != "" {
		m.Name = types.StringValue(sd.Name)
	}
}

// setShortcut sets the shortcut and the id that follows it.
func (m *speedDialModel) setShortcut(shortcut int64) {
	m.Shortcut = types.Int64Value(shortcut)
	m.ID = speedDialID(shortcut)
}

func speedDialID(shortcut int64) types.String {
	return types.StringValue(strconv.FormatInt(shortcut, 10))
}
