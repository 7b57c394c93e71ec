package sandbox

import (
	"fmt"
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

func (l *DialRuleList) ids() (id, clientID, dealerID *int64) {
	return &l.ID, &l.ClientID, &l.DealerID
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

// parseDialRulePatch validates a dial rule list body into the changes it
// makes. With required, name and dial_rules must both be given.
func parseDialRulePatch(o object, required bool) (func(*DialRuleList), error) {
	rd := &reader{o: o}
	p := dialRulePatch{name: rd.name(required)}
	var err error
	if p.rules, err = objects(rd, "dial_rules", "rule", required, parseDialRule); err != nil {
		return nil, err
	}
	return p.apply, nil
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
