package interval

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// timePattern accepts HH:MM and HH:MM:SS with two digits each; the API
// answers with HH:MM:SS, and the two spellings are the same time.
var timePattern = regexp.MustCompile(`^([01][0-9]|2[0-3]):([0-5][0-9])(:([0-5][0-9]))?$`)

// CanonicalTime returns a time of day as HH:MM:SS, the API's spelling.
func CanonicalTime(s string) (string, error) {
	m := timePattern.FindStringSubmatch(s)
	if m == nil {
		return "", fmt.Errorf("must be a time of day as HH:MM:SS or HH:MM (24-hour clock), got %q", s)
	}
	sec := m[4]
	if sec == "" {
		sec = "00"
	}
	return m[1] + ":" + m[2] + ":" + sec, nil
}

// ReadBackTime is how a time the API answered is shown when there is no
// spelling of the user's to keep (an import, a data source): HH:MM when the
// seconds are zero, as the examples and the docs write times, so that an
// imported configuration plans no change; HH:MM:SS otherwise. Anything that
// is not a time comes back unchanged.
func ReadBackTime(s string) string {
	c, err := CanonicalTime(s)
	if err != nil {
		return s
	}
	if hhmm, ok := strings.CutSuffix(c, ":00"); ok {
		return hhmm
	}
	return c
}

// SameTime reports whether two spellings name the same time of day.
func SameTime(a, b string) bool {
	ca, errA := CanonicalTime(a)
	cb, errB := CanonicalTime(b)
	if errA != nil || errB != nil {
		return a == b
	}
	return ca == cb
}

func checkTime(s string) error {
	_, err := CanonicalTime(s)
	return err
}

// Exact shapes: time.Parse alone would also take one-digit hours and
// fractional seconds, which the API does not document.
var (
	datetimePattern = regexp.MustCompile(`^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$`)
	datePattern     = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
)

func checkDatetime(s string) error {
	if _, err := time.Parse(DatetimeLayout, s); err != nil || !datetimePattern.MatchString(s) {
		return fmt.Errorf("must be a date and time as YYYY-MM-DD HH:MM:SS, got %q", s)
	}
	return nil
}

func checkDate(s string) error {
	if _, err := time.Parse(DateLayout, s); err != nil || !datePattern.MatchString(s) {
		return fmt.Errorf("must be a date as YYYY-MM-DD, got %q", s)
	}
	return nil
}

// LoadTimezone resolves an IANA time zone name such as "Europe/Prague". The
// host's local zone ("Local", or "") is refused: the PBX cannot know it.
func LoadTimezone(name string) (*time.Location, error) {
	if name == "" || name == "Local" {
		return nil, fmt.Errorf("must be an IANA time zone name such as Europe/Prague or UTC, got %q", name)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("%q is not an IANA time zone name (such as Europe/Prague or UTC)", name)
	}
	return loc, nil
}
