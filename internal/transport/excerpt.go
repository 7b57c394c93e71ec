package transport

import (
	"strings"
	"unicode/utf8"
)

// ExcerptLimit is how many bytes of a response body Excerpt keeps.
const ExcerptLimit = 200

// Excerpt shortens a response body for an error message. Diagnostics travel
// as protobuf strings, which must be valid UTF-8, so invalid bytes are
// replaced and the cut never splits a character. Mask secrets before
// cutting, so a cut cannot leave half a secret behind.
func Excerpt(s string) string {
	s = strings.ToValidUTF8(strings.TrimSpace(s), "\uFFFD")
	if len(s) <= ExcerptLimit {
		return s
	}
	cut := ExcerptLimit
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
