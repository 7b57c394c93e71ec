package pbx

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/interval"
)

// timeOfDayType is the type of start_time/end_time: "09:00" and "09:00:00"
// are semantically equal, so the user's spelling stays in state and the
// API's HH:MM:SS answer never shows a diff.
type timeOfDayType struct {
	basetypes.StringType
}

var (
	_ basetypes.StringTypable                    = timeOfDayType{}
	_ basetypes.StringValuableWithSemanticEquals = timeOfDay{}
)

func (t timeOfDayType) String() string { return "pbx.timeOfDayType" }

func (t timeOfDayType) Equal(o attr.Type) bool {
	other, ok := o.(timeOfDayType)
	return ok && t.StringType.Equal(other.StringType)
}

func (t timeOfDayType) ValueType(context.Context) attr.Value { return timeOfDay{} }

func (t timeOfDayType) ValueFromString(_ context.Context, in basetypes.StringValue) (basetypes.StringValuable, diag.Diagnostics) {
	return timeOfDay{StringValue: in}, nil
}

func (t timeOfDayType) ValueFromTerraform(ctx context.Context, in tftypes.Value) (attr.Value, error) {
	v, err := t.StringType.ValueFromTerraform(ctx, in)
	if err != nil {
		return nil, err
	}
	s, ok := v.(basetypes.StringValue)
	if !ok {
		return nil, fmt.Errorf("unexpected value type %T", v)
	}
	return timeOfDay{StringValue: s}, nil
}

// timeOfDay is a time of day as the user wrote it.
type timeOfDay struct {
	basetypes.StringValue
}

func (v timeOfDay) Type(context.Context) attr.Type { return timeOfDayType{} }

func (v timeOfDay) Equal(o attr.Value) bool {
	other, ok := o.(timeOfDay)
	return ok && v.StringValue.Equal(other.StringValue)
}

func (v timeOfDay) StringSemanticEquals(_ context.Context, o basetypes.StringValuable) (bool, diag.Diagnostics) {
	other, ok := o.(timeOfDay)
	if !ok {
		return false, nil
	}
	return interval.SameTime(v.ValueString(), other.ValueString()), nil
}

// timeOfDayFromAPI maps the API's "" (not set) to null.
func timeOfDayFromAPI(s string) timeOfDay {
	if s == "" {
		return timeOfDay{StringValue: basetypes.NewStringNull()}
	}
	return timeOfDay{StringValue: basetypes.NewStringValue(s)}
}
