// Package phonenumber knows how telephone numbers and number-like targets are
// written at the vendors: international numbers as "00<cc>…" or "+<cc>…",
// internal lines and special codes prefixed with "*", and SIP names. It has no
// Terraform imports so that API clients can use it too; the framework type with
// semantic equality lives in the numbertype subpackage.
package phonenumber

import "strings"

// Normalize returns the canonical spelling used for comparisons and for
// vendor URLs: a leading "+" becomes "00". Anything else is returned unchanged,
// because SIP names and "*" targets have no other spelling.
func Normalize(s string) string {
	if strings.HasPrefix(s, "+") {
		return "00" + s[1:]
	}
	return s
}

// Equal reports whether two spellings denote the same number.
func Equal(a, b string) bool {
	return Normalize(a) == Normalize(b)
}

// IsInternational reports whether s is "+<digits>" or "00<digits>" with a
// plausible length. Lengths are lenient: DID ranges and extensions make real
// numbers longer than E.164's 15 digits.
func IsInternational(s string) bool {
	n := Normalize(s)
	if !strings.HasPrefix(n, "00") {
		return false
	}
	digits := n[2:]
	return len(digits) >= 6 && len(digits) <= 20 && allDigits(digits)
}

// IsDigits reports whether s is a plain number, optionally with a leading "+".
func IsDigits(s string) bool {
	s = strings.TrimPrefix(s, "+")
	return s != "" && len(s) <= 22 && allDigits(s)
}

// IsSIPName reports whether s looks like a SIP name: it starts with a letter
// and has only letters, digits, '_', '.' and '-'.
func IsSIPName(s string) bool {
	if s == "" || len(s) > 64 || !isLetter(s[0]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isLetter(c) && !isDigit(c) && c != '_' && c != '.' && c != '-' {
			return false
		}
	}
	return true
}

// IsStarCode reports whether s is an internal line or service code such as
// "*754321", "*100" or "*08700420737007770", including multi-part codes like
// "*0888*1*2" that some operators use for call distribution.
func IsStarCode(s string) bool {
	if len(s) < 2 || len(s) > 40 || s[0] != '*' {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !isDigit(c) && !isLetter(c) && c != '*' && c != '#' && c != '+' {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

// IsPublicNumber: what a vendor's public number can be, an international
// number or a SIP name.
func IsPublicNumber(s string) bool { return IsInternational(s) || IsSIPName(s) }

// IsCaller: "*" (any caller) or a caller's number.
func IsCaller(s string) bool { return s == "*" || IsDigits(s) }

// IsTarget: anything a call can be sent to, a number, an internal line or
// service code, or a SIP name.
func IsTarget(s string) bool { return IsDigits(s) || IsStarCode(s) || IsSIPName(s) }
