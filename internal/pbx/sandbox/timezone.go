package sandbox

import (
	"time"
	_ "time/tzdata" // same zone list on every machine
)

// validTimezone accepts IANA zone names (and "UTC"); "" and "Local" are
// rejected.
func validTimezone(tz string) bool {
	if tz == "" || tz == "Local" {
		return false
	}
	_, err := time.LoadLocation(tz)
	return err == nil
}
