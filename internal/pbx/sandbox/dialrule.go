package sandbox

import (
	"fmt"
	"strings"
)

// DialRuleList is a named, ordered list of outgoing-call rules.
type DialRuleList struct {
	ID        int64      `json:"id"`
	ClientID  int64      `json:"client_id"`
	DealerID  int64      `json:"dealer_id"`
	Name      string     `json:"name"`
	DialRules []DialRule `json:"dial_rules"`
}

// DialRule is one rule: a PCRE the dialled number is matched against and
// its replacement (with \1-style backreferences).
type DialRule struct {
	MatchExp string `json:"match_exp"`
	ReplExp  string `json:"repl_exp"`
	Comment  string `json:"comment"` // "" when not set
}

func (l DialRuleList) clone() DialRuleList {
	l.DialRules = append([]DialRule{}, l.DialRules...)
	return l
}

// dialRulePatch is a validated dial rule list body; nil fields were not
// given.
type dialRulePatch struct {
	name  *string
	rules []DialRule
}

// parseDialRulePatch validates a dial rule list body. With required, name
// and dial_rules must both be given.
func parseDialRulePatch(o object, required bool) (dialRulePatch, error) {
	rd := &reader{o: o}
	var p dialRulePatch
	if name, ok := rd.str("name"); ok {
		if strings.TrimSpace(name) == "" {
			rd.fail("name", "must not be empty")
		}
		p.name = &name
	} else if required {
		rd.fail("name", "is required")
	}
	items, ok := rd.array("dial_rules")
	switch {
	case ok && len(items) == 0:
		rd.fail("dial_rules", "must contain at least one rule")
	case !ok && required:
		rd.fail("dial_rules", "is required")
	}
	if rd.err != nil {
		return p, rd.err
	}
	if ok {
		p.rules = make([]DialRule, 0, len(items))
		for i, item := range items {
			ro, ok := rd.element("dial_rules", i, item)
			if !ok {
				return p, rd.err
			}
			rule, err := parseDialRule(ro, i)
			if err != nil {
				return p, err
			}
			p.rules = append(p.rules, rule)
		}
	}
	return p, nil
}

// parseDialRule reads dial_rules[i]: match_exp (required, non-empty, a
// valid PCRE), repl_exp (required, may be empty), comment (optional).
func parseDialRule(o object, i int) (DialRule, error) {
	rd := &reader{o: o, prefix: fmt.Sprintf("dial_rules[%d].", i)}
	var r DialRule
	var ok bool
	if r.MatchExp, ok = rd.str("match_exp"); !ok {
		rd.fail("match_exp", "is required")
	} else if r.MatchExp == "" {
		rd.fail("match_exp", "must not be empty")
	} else if err := compilePCRE(r.MatchExp); err != nil {
		rd.fail("match_exp", "is not a valid PCRE pattern: %v", err)
	}
	if r.ReplExp, ok = rd.str("repl_exp"); !ok {
		rd.fail("repl_exp", "is required")
	}
	r.Comment, _ = rd.str("comment")
	return r, rd.err
}

func (p dialRulePatch) apply(l *DialRuleList) {
	if p.name != nil {
		l.Name = *p.name
	}
	if p.rules != nil {
		l.DialRules = p.rules
	}
}
