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

func (l *DialRuleList) key() *int64       { return &l.ID }
func (l *DialRuleList) clientKey() *int64 { return &l.ClientID }
func (l *DialRuleList) dealerKey() *int64 { return &l.DealerID }

func (l DialRuleList) clone() DialRuleList {
	l.DialRules = append([]DialRule{}, l.DialRules...)
	return l
}

// parseDialRuleList validates a dial rule list body into l. With
// required, name and dial_rules must both be given.
func parseDialRuleList(o object, l *DialRuleList, required bool) error {
	rd := &reader{o: o}
	if name := rd.name(required); name != nil {
		l.Name = *name
	}
	rules, err := objects(rd, "dial_rules", "rule", required, parseDialRule)
	if rules != nil {
		l.DialRules = rules
	}
	return err
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
