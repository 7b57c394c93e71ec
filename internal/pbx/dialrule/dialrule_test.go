package dialrule_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/dialrule"
)

func TestCompile(t *testing.T) {
	for _, tc := range []struct {
		name    string
		pattern string
		// For valid patterns: inputs that must match and must not match.
		match, noMatch []string
		// For invalid patterns: words the error must contain.
		errMentions []string
	}{
		{name: "vendor example", pattern: `^([0-9]{7})$`, match: []string{"1234567"}, noMatch: []string{"123456", "12345678", "abcdefg"}},
		{name: "plain digits", pattern: `^\d+$`, match: []string{"0", "89161234567"}, noMatch: []string{"", "+7916"}},
		{name: "alternation", pattern: `^(8|\+7)(\d{10})$`, match: []string{"89161234567", "+79161234567"}, noMatch: []string{"79161234567"}},

		// PCRE features Go's RE2 rejects.
		{name: "negative lookahead", pattern: `^(?!8)\d+$`, match: []string{"4951234567", "7"}, noMatch: []string{"84951234567", "8"}},
		{name: "positive lookahead", pattern: `^(?=\d{11}$)8`, match: []string{"89161234567"}, noMatch: []string{"8916123456"}},
		{name: "lookbehind", pattern: `(?<=^\+7)\d{10}$`, match: []string{"+79161234567"}, noMatch: []string{"89161234567"}},
		{name: "negative lookbehind", pattern: `(?<!\+)7\d{10}$`, match: []string{"79161234567"}, noMatch: []string{"+79161234567"}},
		{name: "backreference", pattern: `^(\d)\1$`, match: []string{"11", "99"}, noMatch: []string{"12", "1"}},
		{name: "named backreference", pattern: `^(?<d>\d)\k<d>$`, match: []string{"55"}, noMatch: []string{"56"}},
		{name: "atomic group", pattern: `(?>a+)b`, match: []string{"aaab", "ab"}, noMatch: []string{"aaa", "b"}},
		// An atomic group gives nothing back: a+ keeps every 'a', so "ab"
		// after it can never match. A backtracking (a+)ab would match.
		{name: "atomic group does not backtrack", pattern: `^(?>a+)ab$`, noMatch: []string{"aaab", "aab"}},
		{name: "non-capturing group", pattern: `^(?:00|\+)(\d+)$`, match: []string{"0049301234", "+49301234"}, noMatch: []string{"049301234"}},
		{name: "inline case-insensitive flag", pattern: `(?i)^ext(\d+)$`, match: []string{"EXT12", "ext12"}, noMatch: []string{"ex12"}},

		// Invalid patterns.
		{name: "unclosed group", pattern: `([0-9]`, errMentions: []string{"not a valid PCRE pattern", "([0-9]"}},
		{name: "leading quantifier", pattern: `*abc`, errMentions: []string{"not a valid PCRE pattern", "*abc"}},
		{name: "unbalanced close", pattern: `abc)`, errMentions: []string{"not a valid PCRE pattern"}},
		{name: "unclosed class", pattern: `[0-9`, errMentions: []string{"not a valid PCRE pattern"}},
		{name: "backreference to a missing group", pattern: `^(\d)\2$`, errMentions: []string{"not a valid PCRE pattern"}},
		{name: "empty", pattern: "", errMentions: []string{"empty"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			re, err := dialrule.Compile(tc.pattern)
			if tc.errMentions != nil {
				if err == nil {
					t.Fatalf("Compile(%q) succeeded, want an error", tc.pattern)
				}
				if re != nil {
					t.Errorf("Compile(%q) returned a regexp alongside an error", tc.pattern)
				}
				for _, w := range tc.errMentions {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("Compile(%q) error %q does not mention %q", tc.pattern, err, w)
					}
				}
				return
			}
			if err != nil {
				t.Fatalf("Compile(%q) error: %v", tc.pattern, err)
			}
			if re.MatchTimeout != dialrule.MatchTimeout {
				t.Errorf("Compile(%q).MatchTimeout = %v, want %v", tc.pattern, re.MatchTimeout, dialrule.MatchTimeout)
			}
			for _, s := range tc.match {
				if ok, err := re.MatchString(s); err != nil || !ok {
					t.Errorf("%q does not match %q (err %v), want a match", tc.pattern, s, err)
				}
			}
			for _, s := range tc.noMatch {
				if ok, err := re.MatchString(s); err != nil || ok {
					t.Errorf("%q matches %q (err %v), want no match", tc.pattern, s, err)
				}
			}
		})
	}
}

// A pathological pattern must fail within the timeout, not hang the plan.
func TestCompileCatastrophicBacktrackingTimesOut(t *testing.T) {
	re, err := dialrule.Compile(`^(\d+)+$`)
	if err != nil {
		t.Fatalf("Compile error: %v", err)
	}
	type result struct {
		ok  bool
		err error
	}
	done := make(chan result, 1)
	go func() {
		// 2^40 ways to split the digits: without a timeout this never ends.
		ok, err := re.MatchString(strings.Repeat("1", 40) + "x")
		done <- result{ok, err}
	}()
	select {
	case r := <-done:
		if r.err == nil {
			t.Fatalf("MatchString returned %v without an error, want a timeout", r.ok)
		}
	case <-time.After(20 * dialrule.MatchTimeout):
		t.Fatalf("MatchString still running after %v, want it to stop after about %v", 20*dialrule.MatchTimeout, dialrule.MatchTimeout)
	}
}

func TestGroupCount(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    int
	}{
		{`^\d+$`, 0},
		{`^([0-9]{7})$`, 1},
		{`^(\d)(\d)$`, 2},
		{`^(8|\+7)(\d{3})(\d{7})$`, 3},
		{`(a(b(c)))`, 3},
		{`(?:\d)(\d)`, 1},
		{`(?:00|\+)(?:\d)`, 0},
		{`(?<area>\d{3})-(?<num>\d{4})`, 2},
		{`(?<a>\d)(\d)`, 2},
		{`(?'a'\d)`, 1},
		{`^(?!8)(\d+)$`, 1},
		{`(?=(\d))`, 1},
		{`(?>a+)b`, 0},
		{`\(\d\)`, 0},
		{`[(]\d[)]`, 0},
	} {
		t.Run(tc.pattern, func(t *testing.T) {
			re, err := dialrule.Compile(tc.pattern)
			if err != nil {
				t.Fatalf("Compile(%q) error: %v", tc.pattern, err)
			}
			if got := dialrule.GroupCount(re); got != tc.want {
				t.Errorf("GroupCount(%q) = %d, want %d", tc.pattern, got, tc.want)
			}
		})
	}
}

func TestBackReferences(t *testing.T) {
	for _, tc := range []struct {
		name string
		repl string
		want []int
	}{
		{"empty", ``, nil},
		{"no references", `+74951234567`, nil},
		{"vendor example", `8812\1`, []int{1}},
		{"whole match", `\0`, []int{0}},
		{"nine", `\9`, []int{9}},
		{"several in order", `\1\2\3`, []int{1, 2, 3}},
		{"order of appearance", `\2-\1`, []int{2, 1}},
		{"repeated", `\1\1`, []int{1, 1}},
		{"single digit only", `\10`, []int{1}},
		{"escaped backslash then 1", `\\1`, nil},
		{"escaped backslash then reference", `\\\1`, []int{1}},
		{"two escaped backslashes", `\\\\`, nil},
		{"trailing backslash", `8812\`, nil},
		{"reference then trailing backslash", `\1\`, []int{1}},
		{"backslash alone", `\`, nil},
		{"other escape", `\n\1`, []int{1}},
		{"backslash before a letter then digit", `\a1`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := dialrule.BackReferences(tc.repl); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("BackReferences(%q) = %v, want %v", tc.repl, got, tc.want)
			}
		})
	}
}

func TestCheckReplacement(t *testing.T) {
	for _, tc := range []struct {
		name        string
		repl        string
		groups      int
		errMentions []string // nil: no error wanted
	}{
		{name: "no references, no groups", repl: `88122345678`, groups: 0},
		{name: "empty", repl: ``, groups: 3},
		{name: "reference to the only group", repl: `8812\1`, groups: 1},
		{name: "references to all groups", repl: `\1\2\3`, groups: 3},
		{name: "fewer references than groups", repl: `\2`, groups: 5},
		{name: "whole match without groups", repl: `\0`, groups: 0},
		{name: "whole match with groups", repl: `+7\0`, groups: 2},
		{name: "escaped backslash is not a reference", repl: `\\2`, groups: 0},
		{name: "\\2 with one group", repl: `\2`, groups: 1, errMentions: []string{`\2`, "1 capture group"}},
		{name: "\\1 with no groups", repl: `8812\1`, groups: 0, errMentions: []string{`\1`, "no capture groups"}},
		{name: "\\3 with two groups", repl: `\1\2\3`, groups: 2, errMentions: []string{`\3`, "2 capture groups"}},
		{name: "\\9 with eight groups", repl: `\9`, groups: 8, errMentions: []string{`\9`, "8 capture groups"}},
		{name: "first bad reference is named", repl: `\1\5\7`, groups: 3, errMentions: []string{`\5`, "3 capture groups"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := dialrule.CheckReplacement(tc.repl, tc.groups)
			if tc.errMentions == nil {
				if err != nil {
					t.Errorf("CheckReplacement(%q, %d) error: %v", tc.repl, tc.groups, err)
				}
				return
			}
			if err == nil {
				t.Fatalf("CheckReplacement(%q, %d) succeeded, want an error", tc.repl, tc.groups)
			}
			for _, w := range tc.errMentions {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("CheckReplacement(%q, %d) error %q does not mention %q", tc.repl, tc.groups, err, w)
				}
			}
		})
	}
}

func TestValidate(t *testing.T) {
	type want struct {
		field    string
		mentions []string
	}
	for _, tc := range []struct {
		name                  string
		rule                  dialrule.Rule
		matchKnown, replKnown bool
		want                  []want
	}{
		{name: "vendor example", rule: dialrule.Rule{MatchExp: `^([0-9]{7})$`, ReplExp: `8812\1`}, matchKnown: true, replKnown: true},
		{name: "lookahead with whole match", rule: dialrule.Rule{MatchExp: `^(?!8)\d+$`, ReplExp: `8\0`}, matchKnown: true, replKnown: true},
		{name: "empty replacement", rule: dialrule.Rule{MatchExp: `^(\d+)$`, ReplExp: ``}, matchKnown: true, replKnown: true},
		{name: "named groups count", rule: dialrule.Rule{MatchExp: `^(?<a>\d{3})(?<b>\d+)$`, ReplExp: `\1\2`}, matchKnown: true, replKnown: true},
		{name: "non-capturing group does not count", rule: dialrule.Rule{MatchExp: `^(?:8)(\d+)$`, ReplExp: `\2`}, matchKnown: true, replKnown: true,
			want: []want{{dialrule.FieldReplExp, []string{`\2`, "1 capture group"}}}},
		{name: "invalid match_exp", rule: dialrule.Rule{MatchExp: `([0-9]`, ReplExp: `\1`}, matchKnown: true, replKnown: true,
			want: []want{{dialrule.FieldMatchExp, []string{"not a valid PCRE pattern"}}}},
		{name: "invalid match_exp hides the replacement check", rule: dialrule.Rule{MatchExp: `*abc`, ReplExp: `\5`}, matchKnown: true, replKnown: true,
			want: []want{{dialrule.FieldMatchExp, []string{"not a valid PCRE pattern"}}}},
		{name: "empty match_exp", rule: dialrule.Rule{MatchExp: ``, ReplExp: `123`}, matchKnown: true, replKnown: true,
			want: []want{{dialrule.FieldMatchExp, []string{"empty"}}}},
		{name: "replacement refers to a missing group", rule: dialrule.Rule{MatchExp: `^([0-9]{7})$`, ReplExp: `8812\2`}, matchKnown: true, replKnown: true,
			want: []want{{dialrule.FieldReplExp, []string{`\2`, "1 capture group"}}}},

		// Unknown values skip the checks that need them.
		{name: "match_exp unknown", rule: dialrule.Rule{MatchExp: ``, ReplExp: `\9`}, matchKnown: false, replKnown: true},
		{name: "match_exp unknown with a bad value", rule: dialrule.Rule{MatchExp: `([0-9]`}, matchKnown: false, replKnown: true},
		{name: "both unknown", rule: dialrule.Rule{}, matchKnown: false, replKnown: false},
		{name: "repl_exp unknown", rule: dialrule.Rule{MatchExp: `^\d+$`, ReplExp: `\3`}, matchKnown: true, replKnown: false},
		{name: "repl_exp unknown, match_exp still checked", rule: dialrule.Rule{MatchExp: `([0-9]`}, matchKnown: true, replKnown: false,
			want: []want{{dialrule.FieldMatchExp, []string{"not a valid PCRE pattern"}}}},
		{name: "repl_exp unknown, empty match_exp still checked", rule: dialrule.Rule{}, matchKnown: true, replKnown: false,
			want: []want{{dialrule.FieldMatchExp, []string{"empty"}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := dialrule.Validate(tc.rule, tc.matchKnown, tc.replKnown)
			if len(got) != len(tc.want) {
				t.Fatalf("Validate(%+v, %v, %v) = %v, want %d problem(s)", tc.rule, tc.matchKnown, tc.replKnown, got, len(tc.want))
			}
			for i, w := range tc.want {
				if got[i].Field != w.field {
					t.Errorf("problem %d on field %q, want %q (%v)", i, got[i].Field, w.field, got[i])
				}
				for _, m := range w.mentions {
					if !strings.Contains(got[i].Detail, m) {
						t.Errorf("problem %d detail %q does not mention %q", i, got[i].Detail, m)
					}
				}
			}
		})
	}
}

func TestProblemString(t *testing.T) {
	p := dialrule.Problem{Field: dialrule.FieldReplExp, Detail: "refers to group \\2."}
	if got, want := p.String(), "repl_exp: refers to group \\2."; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}
