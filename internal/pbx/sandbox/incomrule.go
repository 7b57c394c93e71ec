package sandbox

import (
	"cmp"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strconv"
)

// The documented enums of an incoming-call rule. group_call is the older
// name of simple_transfer: accepted, kept and answered as sent.
var (
	incomingRuleTypes = []string{
		"busy", "transfer", "simple_transfer", "group_call", "hangup", "playfile", "voicemail", "cascade",
	}
	ruleCallStatuses    = []string{"any", "no_answer", "busy"}
	ruleCallerIDActions = []string{"any", "matches", "not_matches", "anonymous"}
)

// maxTransferDst is the documented cap of transfer_dst for type transfer
// (simple_transfer is meant for more).
const maxTransferDst = 10

// The type-specific fields of a rule, and the type each belongs to.
const (
	ruleTransferDst    = "transfer_dst"
	ruleCascadeNumbers = "cascade_numbers"
	rulePlayfileSound  = "playfile_sound"
)

var (
	ruleTypeSpecific = []string{ruleTransferDst, ruleCascadeNumbers, rulePlayfileSound}
	ruleTypeField    = map[string]string{
		"transfer": ruleTransferDst, "simple_transfer": ruleTransferDst, "group_call": ruleTransferDst,
		"cascade": ruleCascadeNumbers, "playfile": rulePlayfileSound,
	}
)

// IncomingRule is an incoming-call rule of one extension. The rules of an
// extension form a chain evaluated in list order (IncomingRules). Name,
// CallerID, PlayfileSound and IntervalID are nil when unset; the arrays
// are empty (not nil) once stored, and answered as []. ExtensionID is
// stored, not answered.
type IncomingRule struct {
	ID                  int64           `json:"id"`
	ExtensionID         int64           `json:"extension_id"`
	Type                string          `json:"type"` // busy, transfer, simple_transfer (group_call), hangup, playfile, voicemail, cascade
	Name                *string         `json:"name"`
	AllowPublicTransfer bool            `json:"allow_public_transfer"`
	CallStatus          string          `json:"call_status"`      // any, no_answer, busy
	CallerIDAction      string          `json:"caller_id_action"` // any, matches, not_matches, anonymous
	CallerID            *string         `json:"caller_id"`        // a PCRE, for matches and not_matches
	TransferDst         []string        `json:"transfer_dst"`     // transfer, simple_transfer
	CascadeNumbers      []CascadeNumber `json:"cascade_numbers"`  // cascade
	PlayfileSound       *int64          `json:"playfile_sound"`   // playfile: a sound id
	IntervalID          *int64          `json:"interval_id"`      // wireRuleInterval

	pos int64 // the place in the extension's chain (lower first)
}

// CascadeNumber is one step of a cascade rule: Number joins the ringing
// Delay seconds after the call started.
type CascadeNumber struct {
	Delay  int64  `json:"delay"`
	Number string `json:"number"`
}

func (r *IncomingRule) key() *int64          { return &r.ID }
func (r *IncomingRule) extensionKey() *int64 { return &r.ExtensionID }

func (r IncomingRule) clone() IncomingRule {
	r.Name = cloneStr(r.Name)
	r.CallerID = cloneStr(r.CallerID)
	r.TransferDst = slices.Clone(r.TransferDst)
	r.CascadeNumbers = slices.Clone(r.CascadeNumbers)
	r.PlayfileSound = cloneID(r.PlayfileSound)
	r.IntervalID = cloneID(r.IntervalID)
	return r
}

// public is r without its place in the chain, as the helpers return
// rules (IncomingRules tells the order).
func (r IncomingRule) public() IncomingRule {
	r.pos = 0
	return r
}

func cloneStr(p *string) *string {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

// incomingRules serves the rules of an extension at
// /extension/{eid}/incom_rule/: the list in evaluation order, POST
// appending at the end, GET, partial PUT and DELETE of one.
// incom_rule_limit caps them for the client (or per extension,
// WithIncomingRuleLimitPerExtension).
func (s *Server) incomingRules() *objectType[IncomingRule, *IncomingRule] {
	return &objectType[IncomingRule, *IncomingRule]{
		s:      s,
		path:   "incom_rule",
		nested: true,
		of:     func(st *store) *collection[IncomingRule, *IncomingRule] { return &st.incomingRules },
		parse:  s.parseIncomingRule,
		view:   incomingRuleView,
		order:  func(a, b *IncomingRule) int { return cmp.Compare(a.pos, b.pos) },
		fill: func(r *IncomingRule) {
			if r.TransferDst == nil {
				r.TransferDst = []string{}
			}
			if r.CascadeNumbers == nil {
				r.CascadeNumbers = []CascadeNumber{}
			}
			if r.pos == 0 {
				if old, ok := s.st.incomingRules.get(r.ID); ok && old.ExtensionID == r.ExtensionID {
					r.pos = old.pos
				} else {
					r.pos = s.st.nextRulePos()
				}
			}
		},
		limit:     func(l Limits) int64 { return l.IncomRuleLimit },
		limitName: "incom_rule_limit",
		counted: func(c *call) (int, string) {
			st := &s.st
			if !s.cfg.incomRuleLimitPerExtension {
				return st.incomingRules.len(), "the client"
			}
			e, _ := st.extensions.get(c.ext)
			return len(st.rulesOf(c.ext)), "extension " + e.Name
		},
	}
}

// incomingRuleView is the API's answer for a rule: without extension_id,
// the interval link under its wire name, arrays never null (also for a
// rule a helper stored with nil ones).
func incomingRuleView(r *IncomingRule) any {
	dst, steps := r.TransferDst, r.CascadeNumbers
	if dst == nil {
		dst = []string{}
	}
	if steps == nil {
		steps = []CascadeNumber{}
	}
	return map[string]any{
		"id": r.ID, "type": r.Type, "name": r.Name, "allow_public_transfer": r.AllowPublicTransfer,
		"call_status": r.CallStatus, "caller_id_action": r.CallerIDAction, "caller_id": r.CallerID,
		ruleTransferDst: dst, ruleCascadeNumbers: steps, rulePlayfileSound: r.PlayfileSound,
		wireRuleInterval: r.IntervalID,
	}
}

// ruleNumber is a destination of a rule: an external number (digits, a
// leading + allowed) or an internal one, short (100) or full (345*100).
var ruleNumber = regexp.MustCompile(`^(\+?[0-9]{2,20}|[0-9]{1,10}\*[0-9]{1,10})$`)

func checkRuleNumber(v string) string {
	if !ruleNumber.MatchString(v) {
		return fmt.Sprintf("must be a phone number (digits, a leading + allowed) or an extension (100 or 345*100), got %q", v)
	}
	return ""
}

// parseIncomingRule validates a rule body into r (whose ExtensionID is
// set). The fields are read first; then the whole rule must fit its type:
// the type's own field is required, the other types' fields may not carry
// a value in the body (null and [] are accepted, so a GET answer sent back
// is a valid PUT body) and are cleared when a PUT changes the type; the
// same holds for caller_id and caller_id_action.
func (s *Server) parseIncomingRule(o object, r *IncomingRule, required bool) error {
	rd := &reader{o: o}
	st := &s.st
	if required {
		rd.need("type")
		r.AllowPublicTransfer, r.CallStatus, r.CallerIDAction = true, "any", "any"
	}
	rd.setEnum("type", &r.Type, incomingRuleTypes...)
	if rd.isNull("name") {
		r.Name = nil
	} else if v, ok := rd.str("name"); ok {
		r.Name = &v
	}
	rd.setBool("allow_public_transfer", &r.AllowPublicTransfer)
	rd.setEnum("call_status", &r.CallStatus, ruleCallStatuses...)
	rd.setEnum("caller_id_action", &r.CallerIDAction, ruleCallerIDActions...)
	callerGiven := false
	if rd.isNull("caller_id") {
		r.CallerID = nil
	} else if v, ok := rd.str("caller_id"); ok {
		r.CallerID, callerGiven = nil, v != ""
		if callerGiven {
			if err := compilePCRE(v); err != nil {
				rd.fail("caller_id", "is not a valid PCRE pattern: %v", err)
			}
			r.CallerID = &v
		}
	}
	given := map[string]bool{}
	if rd.isNull(ruleTransferDst) {
		r.TransferDst = nil
	} else if v, ok := rd.strs(ruleTransferDst, checkRuleNumber); ok {
		r.TransferDst, given[ruleTransferDst] = v, len(v) > 0
	}
	if rd.isNull(ruleCascadeNumbers) {
		r.CascadeNumbers = nil
	} else if v, ok := readCascade(rd); ok {
		r.CascadeNumbers, given[ruleCascadeNumbers] = v, len(v) > 0
	}
	r.PlayfileSound = rd.ref(rulePlayfileSound, "sound", st.sounds.has, r.PlayfileSound)
	if _, ok := rd.raw(rulePlayfileSound); ok && r.PlayfileSound != nil {
		given[rulePlayfileSound] = true
	}
	r.IntervalID = rd.ref(wireRuleInterval, "interval", st.intervals.has, r.IntervalID)
	if rd.err != nil {
		return rd.err
	}
	s.checkRuleType(rd, r, given)
	switch {
	case r.CallerIDAction == "matches" || r.CallerIDAction == "not_matches":
		if r.CallerID == nil {
			rd.fail("caller_id", "is required when caller_id_action is %s (a PCRE the caller number is tested with)", r.CallerIDAction)
		}
	case callerGiven:
		rd.fail("caller_id", "does not belong to caller_id_action %s (only matches and not_matches take a pattern)", r.CallerIDAction)
	default:
		r.CallerID = nil
	}
	return rd.err
}

// checkRuleType checks that r has what its type needs and nothing another
// type needs (given: the type-specific fields the body gave a value).
func (s *Server) checkRuleType(rd *reader, r *IncomingRule, given map[string]bool) {
	own := ruleTypeField[r.Type]
	for _, key := range ruleTypeSpecific {
		if key == own {
			continue
		}
		if given[key] {
			rd.fail(key, "does not belong to a rule of type %s", r.Type)
		}
		switch key {
		case ruleTransferDst:
			r.TransferDst = nil
		case ruleCascadeNumbers:
			r.CascadeNumbers = nil
		case rulePlayfileSound:
			r.PlayfileSound = nil
		}
	}
	switch r.Type {
	case "transfer":
		switch n := len(r.TransferDst); {
		case n == 0:
			rd.fail(ruleTransferDst, "is required for a rule of type transfer (1 to %d numbers)", maxTransferDst)
		case n > maxTransferDst:
			rd.fail(ruleTransferDst, "takes at most %d numbers for a rule of type transfer, got %d (simple_transfer takes more)",
				maxTransferDst, n)
		}
	case "simple_transfer", "group_call":
		if len(r.TransferDst) == 0 {
			rd.fail(ruleTransferDst, "is required for a rule of type %s (at least one number)", r.Type)
		}
	case "cascade":
		if len(r.CascadeNumbers) == 0 {
			rd.fail(ruleCascadeNumbers, "is required for a rule of type cascade (at least one {delay, number})")
		}
	case "playfile":
		if r.PlayfileSound == nil {
			rd.fail(rulePlayfileSound, "is required for a rule of type playfile (a sound id)")
		}
	case "voicemail":
		if e, _ := s.st.extensions.get(r.ExtensionID); e.Type != "phone" {
			rd.fail("type", "voicemail rules need an extension of type phone; extension %s is of type %s", e.Name, e.Type)
		}
	}
}

// readCascade reads cascade_numbers: an array (possibly empty) of
// {delay: integer >= 0, number: a rule number}, both required.
func readCascade(rd *reader) ([]CascadeNumber, bool) {
	items, ok := rd.array(ruleCascadeNumbers)
	if !ok {
		return nil, false
	}
	out := make([]CascadeNumber, 0, len(items))
	for i, item := range items {
		o, ok := rd.element(ruleCascadeNumbers, i, item)
		if !ok {
			return nil, false
		}
		step := &reader{o: o, prefix: fmt.Sprintf("%s[%d].", ruleCascadeNumbers, i)}
		step.need("delay", "number")
		var c CascadeNumber
		step.setCount("delay", &c.Delay)
		if v, ok := step.str("number"); ok {
			if problem := checkRuleNumber(v); problem != "" {
				step.fail("number", "%s", problem)
			}
			c.Number = v
		}
		if step.err != nil {
			rd.err = cmp.Or(rd.err, step.err)
			return nil, false
		}
		out = append(out, c)
	}
	return out, true
}

// rulesOf returns the rules of extension ext in evaluation order.
func (st *store) rulesOf(ext int64) []IncomingRule {
	rules := slices.DeleteFunc(st.incomingRules.all(), func(r IncomingRule) bool { return r.ExtensionID != ext })
	slices.SortStableFunc(rules, func(a, b IncomingRule) int { return cmp.Compare(a.pos, b.pos) })
	return rules
}

// nextRulePos is a position after every rule's.
func (st *store) nextRulePos() int64 {
	var last int64
	for _, r := range st.incomingRules.byID {
		last = max(last, r.pos)
	}
	return last + 1
}

// setRuleOrder stores rules (of one extension) in the order given.
func (st *store) setRuleOrder(rules []IncomingRule) {
	pos := st.nextRulePos()
	for i := range rules {
		rules[i].pos = pos + int64(i)
		st.incomingRules.put(rules[i])
	}
}

// orderIncomingRules serves PUT /extension/{eid}/incom_rule/order/: the
// body lists every rule id of the extension once, in the new evaluation
// order; the answer is the reordered list.
func (s *Server) orderIncomingRules(c *call) reply {
	st := &s.st
	rd := &reader{o: c.body}
	rd.need(wireRuleOrder)
	items, _ := rd.array(wireRuleOrder)
	if rd.err != nil {
		return validationFailed(rd.err)
	}
	current := st.rulesOf(c.ext)
	byID := map[int64]IncomingRule{}
	for _, r := range current {
		byID[r.ID] = r
	}
	e, _ := st.extensions.get(c.ext)
	ordered := make([]IncomingRule, 0, len(items))
	for i, item := range items {
		key := fmt.Sprintf("%s[%d]", wireRuleOrder, i)
		id, err := strconv.ParseInt(string(item), 10, 64)
		r, ok := byID[id]
		switch {
		case err != nil:
			rd.fail(key, "must be an integer")
		case !ok && slices.ContainsFunc(ordered, func(x IncomingRule) bool { return x.ID == id }):
			rd.fail(key, "rule %d is listed twice", id)
		case !ok:
			rd.fail(key, "rule %d is not a rule of extension %s", id, e.Name)
		}
		if rd.err != nil {
			return validationFailed(rd.err)
		}
		delete(byID, id)
		ordered = append(ordered, r)
	}
	if len(byID) > 0 {
		missing := make([]int64, 0, len(byID))
		for _, r := range current {
			if _, left := byID[r.ID]; left {
				missing = append(missing, r.ID)
			}
		}
		rd.fail(wireRuleOrder, "must list every rule of extension %s; missing %s", e.Name, joinIDs(missing))
		return validationFailed(rd.err)
	}
	st.setRuleOrder(ordered)
	out := make([]any, 0, len(ordered))
	for _, r := range st.rulesOf(c.ext) {
		out = append(out, incomingRuleView(&r))
	}
	return replyOf(http.StatusOK, out)
}

// WithIncomingRuleLimitPerExtension makes incom_rule_limit cap the rules
// of each extension instead of all the client's rules (the default; the
// docs do not say which).
func WithIncomingRuleLimitPerExtension() Option {
	return func(c *config) { c.incomRuleLimitPerExtension = true }
}
