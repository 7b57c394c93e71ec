package api

import (
	"context"
	"net/http"
)

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

const (
	dialRulesPath = "/client/{client_id}/dial_rule/"
	dialRulePath  = "/client/{client_id}/dial_rule/{id}"
)

// DialRuleLists lists every rule list of a client, afresh.
func (c *Client) DialRuleLists(ctx context.Context, clientID string) ([]DialRuleList, error) {
	return list[DialRuleList](ctx, c, dialRulesPath, map[string]string{"client_id": clientID})
}

// DialRuleList reads one rule list; ErrNotFound when it does not exist.
// Reads of one client share a listing for a few seconds (sharedReads); a
// write through this client is always seen.
func (c *Client) DialRuleList(ctx context.Context, clientID string, id int64) (DialRuleList, error) {
	return c.dialRules.read(ctx, clientID, id)
}

func (c *Client) dialRuleListByID(ctx context.Context, clientID string, id int64) (DialRuleList, error) {
	var out DialRuleList
	err := c.do(ctx, call{method: http.MethodGet, path: dialRulePath, pathParams: objectParams(clientID, id), out: &out})
	return out, err
}

// CreateDialRuleList creates a rule list, never twice: see createOnce.
func (c *Client) CreateDialRuleList(ctx context.Context, clientID string, in DialRuleList) (DialRuleList, error) {
	defer c.dialRules.lists.Writing()()
	return createOnce(ctx, c, createSpec[DialRuleList]{
		kind:     "dial_rule",
		name:     in.Name,
		clientID: clientID,
		list:     c.DialRuleLists,
		post: func(ctx context.Context) (DialRuleList, error) {
			var out DialRuleList
			err := c.do(ctx, call{method: http.MethodPost, path: dialRulesPath, pathParams: map[string]string{"client_id": clientID}, body: in, out: &out})
			return out, err
		},
		same: func(got DialRuleList) bool { return sameDialRuleList(got, in) },
		id:   func(l DialRuleList) int64 { return l.ID },
	})
}

// UpdateDialRuleList replaces the name and the whole, ordered rule list.
func (c *Client) UpdateDialRuleList(ctx context.Context, clientID string, id int64, in DialRuleList) (DialRuleList, error) {
	defer c.dialRules.lists.Writing()()
	in.ID, in.ClientID = 0, 0
	var out DialRuleList
	err := c.do(ctx, call{method: http.MethodPut, path: dialRulePath, pathParams: objectParams(clientID, id), body: in, out: &out})
	return out, err
}

// DeleteDialRuleList deletes a rule list; one that is already gone is not an error.
func (c *Client) DeleteDialRuleList(ctx context.Context, clientID string, id int64) error {
	defer c.dialRules.lists.Writing()()
	return ignoreNotFound(c.do(ctx, call{method: http.MethodDelete, path: dialRulePath, pathParams: objectParams(clientID, id)}))
}
