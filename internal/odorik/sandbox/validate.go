package sandbox

import (
	"regexp"
	"strings"
)

var (
	// Digits, optionally after "+": 00420737007770, 737007770, +420737007770.
	digitsTarget = regexp.MustCompile(`^\+?[0-9]{3,20}$`)
	// Internal lines and special prefixes: *100, *754321, *08700420737007770, *0888*a*b.
	starTarget = regexp.MustCompile(`^\*[0-9A-Za-z*#+]{1,40}$`)
	// SIP names such as hejda_test1.
	sipNameTarget = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_.\-]{0,63}$`)
	// SIP addresses.
	sipURITarget = regexp.MustCompile(`^sip:[^\s@]+@[^\s@]+$`)
)

// validRinging is the light check of a ringing (target) number.
func validRinging(s string) bool {
	return digitsTarget.MatchString(s) || starTarget.MatchString(s) ||
		sipNameTarget.MatchString(s) || sipURITarget.MatchString(s)
}

// validSource accepts "*" (any caller) or anything a target may be.
func validSource(s string) bool {
	return s == "*" || validRinging(s)
}

// isLoop reports whether ringing would ring the public number itself.
func isLoop(publicNumber, ringing string) bool {
	return canonical(strings.TrimPrefix(ringing, "*087")) == canonical(publicNumber)
}

// canonical writes Czech numbers in the international 00420… form.
func canonical(s string) string {
	if rest, ok := strings.CutPrefix(s, "+"); ok {
		s = "00" + rest
	}
	if len(s) == 9 && strings.Trim(s, "0123456789") == "" {
		s = "00420" + s
	}
	return s
}
