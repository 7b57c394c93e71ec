package sandbox

import (
	"regexp"
	"strings"

	"github.com/dlclark/regexp2"
)

// compilePCRE checks a match_exp with regexp2, a backtracking (Perl/.NET
// style) engine, so look-arounds, backreferences, atomic and named groups
// compile as in PCRE. Two PCRE-only spellings are first rewritten into
// equivalents regexp2 understands: possessive quantifiers (a++, a*+, a?+,
// a{2}+) and \Q…\E quoting. Other PCRE-only constructs (recursion (?R),
// \K, \R, \h, branch reset (?|…)) are rejected, which is a known
// difference from the vendor.
func compilePCRE(expr string) error {
	_, err := regexp2.Compile(pcreToRegexp2(expr), regexp2.None)
	return err
}

// pcreToRegexp2 rewrites possessive quantifiers as greedy ones (same
// validity) and \Q…\E as escaped literals.
func pcreToRegexp2(expr string) string {
	var b strings.Builder
	inClass := false
	for i := 0; i < len(expr); i++ {
		ch := expr[i]
		switch {
		case ch == '\\' && i+1 < len(expr) && expr[i+1] == 'Q':
			end := strings.Index(expr[i+2:], `\E`)
			lit := expr[i+2:]
			if end >= 0 {
				lit = expr[i+2 : i+2+end]
			}
			b.WriteString(regexp.QuoteMeta(lit))
			if end < 0 {
				return b.String()
			}
			i += 2 + end + 1 // skip \E
		case ch == '\\' && i+1 < len(expr):
			b.WriteString(expr[i : i+2])
			i++
		case inClass:
			inClass = ch != ']'
			b.WriteByte(ch)
		case ch == '[':
			inClass = true
			b.WriteByte(ch)
			// A ] right after [ or [^ is a literal.
			if strings.HasPrefix(expr[i+1:], "^]") {
				b.WriteString("^]")
				i += 2
			} else if strings.HasPrefix(expr[i+1:], "]") {
				b.WriteByte(']')
				i++
			}
		case (ch == '+' || ch == '*' || ch == '?' || ch == '}') && i+1 < len(expr) && expr[i+1] == '+' &&
			(ch != '?' || i == 0 || expr[i-1] != '('):
			b.WriteByte(ch)
			i++ // drop the possessive +
		default:
			b.WriteByte(ch)
		}
	}
	return b.String()
}
