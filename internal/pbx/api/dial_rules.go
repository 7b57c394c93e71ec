package api

// DialRule is one rule of a list: a dialled number matching MatchExp (PCRE)
// is rewritten to ReplExp (\1 … \9 refer to the pattern's groups).
type DialRule struct {
	MatchExp string `json:"match_exp"`
	ReplExp  string `json:"repl_exp"`
	Comment  string `json:"comment,omitempty"`
}

// DialRuleList is an outgoing-call rule list. ID and ClientID are set by the API.
type DialRuleList struct {
	ID        int64      `json:"id,omitempty"`
	ClientID  int64      `json:"client_id,omitempty"`
	Name      string     `json:"name"`
	DialRules []DialRule `json:"dial_rules"`
}

// DialRules is the client's outgoing-call rule lists. Update replaces the
// name and the whole, ordered rule list.
func (c *Client) DialRules() *Collection[DialRuleList] { return collectionOf(c, dialRuleSpec) }

var dialRuleSpec = spec[DialRuleList]{
	kind: "dial_rule", path: "/client/{client_id}/dial_rule/",
	id:       func(l DialRuleList) int64 { return l.ID },
	clientID: func(l DialRuleList) int64 { return l.ClientID },
	name:     func(l DialRuleList) string { return l.Name },
}
