package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// IncomingRule is one incoming-call rule of an extension
// (/extension/{extension_id}/incom_rule/, vendor notes §2.12.2). The API
// lists an extension's rules in evaluation order [inf]; a new rule is added
// at the end. Rules form a chain: the extension rings, then each rule whose
// conditions hold runs, and call_status tests how the previous leg ended.
//
// Updates are partial PUTs (only changed fields): whatever the API holds in
// fields this client does not know (a ring timeout, an enabled flag) stays
// as it is.
type IncomingRule struct {
	ID int64 `json:"id,omitempty"`
	// Type is busy, transfer, simple_transfer, hangup, playfile, voicemail
	// or cascade (an older revision calls simple_transfer group_call).
	Type                string          `json:"type"`
	Name                *string         `json:"name,omitempty"`
	AllowPublicTransfer *bool           `json:"allow_public_transfer,omitempty"`
	CallStatus          string          `json:"call_status,omitempty"`
	CallerIDAction      string          `json:"caller_id_action,omitempty"`
	CallerID            *string         `json:"caller_id,omitempty"`
	CascadeNumbers      []CascadeNumber `json:"cascade_numbers,omitempty"`
	PlayfileSound       *int64          `json:"playfile_sound,omitempty"`

	// The inferred wire names, all here so that a correction against the
	// real API is a one-line change [inf, vendor notes §2.12.2 and §2.12.8]:
	//   - transfer_dst: the name is documented, its JSON shape is not; sent
	//     as an array of strings, read from strings, numbers or one
	//     comma-separated string (NumberList);
	//   - interval_id: the link to a time interval; only its purpose is
	//     documented.
	TransferDst NumberList `json:"transfer_dst,omitempty"`
	IntervalID  *int64     `json:"interval_id,omitempty"`
}

// CascadeNumber is one step of a cascade: after Delay seconds, Number joins
// the ringing.
type CascadeNumber struct {
	Delay  int64  `json:"delay"`
	Number string `json:"number"`
}

// Incoming-rule values, as the API spells them.
var (
	IncomingRuleTypes        = []string{"busy", "transfer", "simple_transfer", "hangup", "playfile", "voicemail", "cascade"}
	IncomingRuleCallStatuses = []string{"any", "no_answer", "busy"}
	CallerIDActions          = []string{"any", "matches", "not_matches", "anonymous"}
)

// legacySimpleTransfer is simple_transfer as one revision of the API names it.
const legacySimpleTransfer = "group_call"

// CanonicalRuleType is a rule type as this client writes it: group_call,
// an older name, reads as simple_transfer.
func CanonicalRuleType(t string) string {
	if t == legacySimpleTransfer {
		return "simple_transfer"
	}
	return t
}

// MaxTransferDestinations is how many numbers a transfer rule takes.
const MaxTransferDestinations = 10

// IncomingRules is the extension's rules. The collection's owner is the
// extension's id (as a string), not the client.
func (c *Client) IncomingRules() *Collection[IncomingRule] { return collectionOf(c, incomingRuleSpec) }

var incomingRuleSpec = spec[IncomingRule]{
	kind: "incom_rule", path: "/extension/{extension_id}/incom_rule/", ownerParam: "extension_id",
	id:       func(r IncomingRule) int64 { return r.ID },
	clientID: func(IncomingRule) int64 { return 0 },
	name:     func(r IncomingRule) string { return CanonicalRuleType(r.Type) },
	same: func(got, sent IncomingRule) bool {
		got.Type, sent.Type = CanonicalRuleType(got.Type), CanonicalRuleType(sent.Type)
		return sameSentFields(sent)(got)
	},
}

// AddIncomingRule appends rule to the rules of extension (its id, as a
// string) exactly once, as Collection.Create does. existing are the ids of
// the rules the extension already has: they are never taken for the new
// rule. Rules of one extension are often identical (two "busy" rules), and
// when a POST fails in a way that may hide a success, Create looks for a
// rule with the content sent that this process has not claimed; without
// this, a POST that made nothing would take an older identical rule for
// the new one.
func (c *Client) AddIncomingRule(ctx context.Context, extension string, rule IncomingRule, existing []int64) (IncomingRule, error) {
	for _, id := range existing {
		c.claims.claim(incomingRuleSpec.claimKind(extension), id)
	}
	return c.IncomingRules().Create(ctx, extension, rule)
}

// NumberList is a list of phone numbers that the API may answer as an
// array of strings, an array of numbers or one comma-separated string; it
// is sent as an array of strings.
type NumberList []string

func (l *NumberList) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case bytes.Equal(b, []byte("null")):
		*l = nil
		return nil
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*l = nil
		for _, n := range strings.Split(s, ",") {
			if n = strings.TrimSpace(n); n != "" {
				*l = append(*l, n)
			}
		}
		return nil
	}
	var items []json.RawMessage
	if err := json.Unmarshal(b, &items); err != nil {
		return fmt.Errorf("transfer_dst %s is neither a list nor a string", b)
	}
	out := make(NumberList, 0, len(items))
	for _, item := range items {
		var s string
		if err := json.Unmarshal(item, &s); err == nil {
			out = append(out, s)
			continue
		}
		var n json.Number
		if err := json.Unmarshal(item, &n); err != nil {
			return fmt.Errorf("transfer_dst entry %s is neither a string nor a number", item)
		}
		if _, err := strconv.ParseInt(n.String(), 10, 64); err != nil {
			return fmt.Errorf("transfer_dst entry %s is not a whole number", item)
		}
		out = append(out, n.String())
	}
	*l = out
	return nil
}
