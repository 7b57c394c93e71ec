// Package dialrule holds the meaning of a Telphin outgoing-call rule list,
// independent of Terraform and of HTTP: which patterns are valid and how a
// rule rewrites a dialled number. The resource validates plans with it and
// the provider functions evaluate rule lists with it.
//
// The PBX tries the rules in order and the first whose match_exp matches
// wins; match_exp is a PCRE pattern and repl_exp refers to its groups as \1
// … \9 (vendor-apis/ipex-telphin.md, part 2). Go's regexp package is RE2,
// which rejects valid PCRE (look-arounds, back-references in the pattern),
// so patterns are compiled with github.com/dlclark/regexp2, a backtracking
// engine with Perl/.NET syntax.
package dialrule

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dlclark/regexp2"
)

// Field names, as the API and the Terraform schema spell them.
const (
	FieldMatchExp = "match_exp"
	FieldReplExp  = "repl_exp"
)

// MatchTimeout bounds one match, so a pathological pattern (catastrophic
// backtracking) fails instead of hanging a plan.
const MatchTimeout = 250 * time.Millisecond

// Rule is one rule of a list.
type Rule struct {
	MatchExp string
	ReplExp  string
}

// Compile compiles a match_exp with PCRE-like semantics.
func Compile(pattern string) (*regexp2.Regexp, error) {
	if pattern == "" {
		return nil, errors.New("must not be empty: an empty pattern matches every number")
	}
	re, err := regexp2.Compile(asciiDigits(pattern), regexp2.None)
	if err != nil {
		return nil, fmt.Errorf("is not a valid PCRE pattern: %s", strings.TrimPrefix(err.Error(), "error parsing regexp: "))
	}
	re.MatchTimeout = MatchTimeout
	return re, nil
}

// GroupCount is the number of capture groups of a compiled pattern.
func GroupCount(re *regexp2.Regexp) int { return len(re.GetGroupNumbers()) - 1 }

// BackReferences lists the group numbers repl_exp refers to (\0 … \9), in
// order of appearance. "\\" is a literal backslash.
func BackReferences(repl string) []int {
	var refs []int
	for i := 0; i < len(repl)-1; i++ {
		if repl[i] != '\\' {
			continue
		}
		next := repl[i+1]
		switch {
		case next >= '0' && next <= '9':
			refs = append(refs, int(next-'0'))
			i++
		case next == '\\':
			i++
		}
	}
	return refs
}

// CheckReplacement checks that repl_exp only refers to groups the pattern has.
func CheckReplacement(repl string, groups int) error {
	for _, n := range BackReferences(repl) {
		if n > groups {
			return fmt.Errorf("refers to group \\%d, but match_exp has %s", n, plural(groups, "capture group"))
		}
	}
	return nil
}

func plural(n int, what string) string {
	switch n {
	case 0:
		return "no " + what + "s"
	case 1:
		return "only 1 " + what
	}
	return fmt.Sprintf("only %d %ss", n, what)
}

// Problem is one reason a rule is invalid, on one field.
type Problem struct {
	Field  string
	Detail string
}

func (p Problem) String() string { return p.Field + ": " + p.Detail }

// Validate checks one rule. matchKnown/replKnown say whether the values are
// known yet (Terraform may plan with values computed during apply).
func Validate(r Rule, matchKnown, replKnown bool) []Problem {
	if !matchKnown {
		return nil
	}
	re, err := Compile(r.MatchExp)
	if err != nil {
		return []Problem{{Field: FieldMatchExp, Detail: err.Error() + "."}}
	}
	if !replKnown {
		return nil
	}
	if err := CheckReplacement(r.ReplExp, GroupCount(re)); err != nil {
		return []Problem{{Field: FieldReplExp, Detail: err.Error() + "."}}
	}
	return nil
}

// asciiDigits makes \d mean [0-9], as in PCRE; regexp2 (.NET) would also
// match other scripts' digits. Inside a character class \d becomes 0-9.
func asciiDigits(pattern string) string {
	var b strings.Builder
	inClass := false
	for i := 0; i < len(pattern); i++ {
		c := pattern[i]
		if c == '\\' && i+1 < len(pattern) {
			if pattern[i+1] == 'd' {
				if inClass {
					b.WriteString("0-9")
				} else {
					b.WriteString("[0-9]")
				}
			} else {
				b.WriteByte(c)
				b.WriteByte(pattern[i+1])
			}
			i++
			continue
		}
		switch {
		case c == '[' && !inClass:
			inClass = true
		case c == ']' && inClass:
			inClass = false
		}
		b.WriteByte(c)
	}
	return b.String()
}
