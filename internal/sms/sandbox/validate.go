package sandbox

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// usernamePattern is the rule for a new subaccount's login: 3-20 characters
// a-z, A-Z, 0-9, ".", "_", "@", "-".
var usernamePattern = regexp.MustCompile(`^[a-zA-Z0-9._@-]{3,20}$`)

// phonePattern accepts national or international digits, optionally after
// "+".
var phonePattern = regexp.MustCompile(`^\+?[0-9]{9,15}$`)

func validUsername(s string) bool { return usernamePattern.MatchString(s) }

// validPassword: 3-20 characters, any.
func validPassword(s string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 3 && n <= 20
}

func validPhone(s string) bool { return phonePattern.MatchString(s) }

// normalizePhone writes a Polish number given as 9 digits, 48 + 9 digits or
// 0048 + 9 digits as +48 + 9 digits; other numbers are kept.
func normalizePhone(s string) string {
	digits := s
	switch {
	case len(s) == 9:
	case len(s) == 11 && strings.HasPrefix(s, "48"):
		digits = s[2:]
	case len(s) == 13 && strings.HasPrefix(s, "0048"):
		digits = s[4:]
	default:
		return s
	}
	if strings.Trim(digits, "0123456789") != "" {
		return s
	}
	return "+48" + digits
}

// parseID reads a subaccount id: a positive decimal integer.
func parseID(s string) (int64, bool) {
	id, err := strconv.ParseInt(s, 10, 64)
	return id, err == nil && id > 0
}
