package dialrule

import (
	"fmt"
	"strings"

	"github.com/dlclark/regexp2"
)

// Rewrite is what the PBX does to a dialled number with a rule list: the
// rules are tried in order and the first whose match_exp matches wins; the
// part of the number it matched is replaced by repl_exp, in which \0 … \9
// stand for the match and its groups (a group that did not take part is
// empty), and "\\" is a backslash. ok is false when no rule matches. An
// invalid rule is an error that names its index, whether or not an earlier
// rule matched, as the PBX would refuse the list.
func Rewrite(rules []Rule, number string) (result string, ok bool, err error) {
	compiled := make([]*regexp2.Regexp, len(rules))
	for i, r := range rules {
		if problems := Validate(r, true, true); len(problems) > 0 {
			return "", false, fmt.Errorf("rule %d: %s %s", i, problems[0].Field, problems[0].Detail)
		}
		compiled[i], _ = Compile(r.MatchExp) // Validate compiled it already
	}
	for i, re := range compiled {
		m, err := re.FindStringMatch(number)
		if err != nil {
			return "", false, fmt.Errorf("rule %d: matching %q: %w", i, number, err)
		}
		if m == nil {
			continue
		}
		// regexp2 counts in runes, not bytes.
		runes := []rune(number)
		start, end := m.Index, m.Index+m.Length
		return string(runes[:start]) + expand(rules[i].ReplExp, m) + string(runes[end:]), true, nil
	}
	return "", false, nil
}

// expand substitutes \N in repl with group N of m.
func expand(repl string, m *regexp2.Match) string {
	var b strings.Builder
	for i := 0; i < len(repl); i++ {
		c := repl[i]
		if c != '\\' || i+1 == len(repl) {
			b.WriteByte(c)
			continue
		}
		next := repl[i+1]
		switch {
		case next >= '0' && next <= '9':
			if g := m.GroupByNumber(int(next - '0')); g != nil && len(g.Captures) > 0 {
				b.WriteString(g.String())
			}
			i++
		case next == '\\':
			b.WriteByte('\\')
			i++
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
