package api

import (
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/interval"
)

// sameInterval: got (as the API answers) has the content of want (as sent).
// Times compare as times: the API answers HH:MM:SS for HH:MM.
func sameInterval(got, want Interval) bool {
	if got.Name != want.Name || got.Timezone != want.Timezone || len(got.Conditions) != len(want.Conditions) {
		return false
	}
	for i, g := range got.Conditions {
		w := want.Conditions[i]
		if !interval.SameTime(g.StartTime, w.StartTime) || !interval.SameTime(g.EndTime, w.EndTime) {
			return false
		}
		g.StartTime, g.EndTime = w.StartTime, w.EndTime
		if g != w {
			return false
		}
	}
	return true
}
