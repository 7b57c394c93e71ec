package pbx

import (
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/interval"
	"github.com/telecom-tf/terraform-provider-telecom/internal/semanticstring"
)

// timeOfDaySpelling is the rule of start_time/end_time: "09:00" and
// "09:00:00" are the same time, so the user's spelling stays in state and
// the API's HH:MM:SS answer never shows a diff.
type timeOfDaySpelling struct{}

// Canonical is the API's HH:MM:SS; what is not a time (validation refuses
// it) is compared as written.
func (timeOfDaySpelling) Canonical(s string) string {
	if c, err := interval.CanonicalTime(s); err == nil {
		return c
	}
	return s
}

func (timeOfDaySpelling) TypeName() string { return "pbx.timeOfDayType" }

type (
	timeOfDayType = semanticstring.Type[timeOfDaySpelling]
	// timeOfDay is a time of day as the user wrote it.
	timeOfDay = semanticstring.Value[timeOfDaySpelling]
)

// timeOfDayFromAPI maps the API's "" (not set) to null.
func timeOfDayFromAPI(s string) timeOfDay {
	if s == "" {
		return semanticstring.Null[timeOfDaySpelling]()
	}
	return semanticstring.New[timeOfDaySpelling](s)
}
