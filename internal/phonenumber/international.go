package phonenumber

import (
	"fmt"
	"strings"
)

// ToInternational turns a number as people write it into the international
// "00…" form: spaces, dashes, dots and parentheses are dropped; "+CC…" and
// "00CC…" stay international; a national number gets countryCode in front,
// without its trunk prefix "0" (as in "020 7946 0018" in the UK). SIP names
// and "*" internal numbers come back unchanged. countryCode is 1 to 3 digits,
// optionally written "+420" or "00420".
//
// Lengths are lenient (DID ranges run past E.164's 15 digits); characters
// are strict: anything else is an error that says what was wrong.
func ToInternational(number, countryCode string) (string, error) {
	if IsSIPName(number) || IsStarCode(number) {
		return number, nil
	}
	cc, err := CountryCode(countryCode)
	if err != nil {
		return "", err
	}
	digits, plus, err := stripSeparators(number)
	if err != nil {
		return "", err
	}
	var out string
	switch {
	case plus:
		out = "00" + digits
	case strings.HasPrefix(digits, "00"):
		out = digits
	case strings.HasPrefix(digits, "0"):
		out = "00" + cc + digits[1:]
	default:
		out = "00" + cc + digits
	}
	if len(out)-2 < 6 || len(out)-2 > 20 {
		return "", fmt.Errorf("number %q has %d digits once in international form (%s); expected 6 to 20", number, len(out)-2, out)
	}
	return out, nil
}

// separators people put in numbers.
const separators = " -.()\t/"

// stripSeparators returns the digits of number and whether it started with
// "+". Positions in errors count characters of number as given, from 1.
func stripSeparators(number string) (string, bool, error) {
	var b strings.Builder
	plus, started := false, false // started: a character other than leading space was seen
	pos := 0
	for _, r := range number {
		pos++
		switch {
		case r == ' ' && !started:
		case r == '+' && !started:
			plus, started = true, true
		case r >= '0' && r <= '9':
			b.WriteRune(r)
			started = true
		case strings.ContainsRune(separators, r):
			started = true
		case r == '+':
			return "", false, fmt.Errorf("number %q has a '+' that is not at the start (position %d)", number, pos)
		default:
			return "", false, fmt.Errorf("number %q has %q at position %d: only digits, a leading '+', spaces, dashes, dots, slashes and parentheses are allowed (or a SIP name, or a '*' internal number)", number, r, pos)
		}
	}
	if strings.TrimSpace(number) == "" {
		return "", false, fmt.Errorf("number is empty")
	}
	if b.Len() == 0 {
		return "", false, fmt.Errorf("number %q has no digits", number)
	}
	return b.String(), plus, nil
}

// CountryCode checks a country calling code and returns its digits
// ("+420" and "00420" give "420").
func CountryCode(cc string) (string, error) {
	c := strings.TrimSpace(cc)
	c = strings.TrimPrefix(c, "+")
	c = strings.TrimPrefix(c, "00")
	if c == "" || len(c) > 3 || !allDigits(c) || c[0] == '0' {
		return "", fmt.Errorf("country code %q must be 1 to 3 digits not starting with 0, such as 420 or +44", cc)
	}
	return c, nil
}
