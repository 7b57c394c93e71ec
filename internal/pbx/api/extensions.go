package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Extension is an internal number of a client: a phone, a queue, an IVR, a
// fax or a conference (GET/POST /client/{cid}/extension/, seed 004). ID,
// ClientID, Domain and CreateDate are set by the API. Fields left at their
// zero value (nil pointers) are not sent.
type Extension struct {
	ID       int64 `json:"id,omitempty"`
	ClientID int64 `json:"client_id,omitempty"`
	// Name is sent short ("100"); the API answers it with the client's
	// prefix ("345*100"). See ShortExtensionName.
	Name string `json:"name"`
	// Type is phone, queue, ivr, fax or conference. Only sent on create.
	Type string `json:"type"`
	// Status is active or blocked; the API's default is blocked.
	Status string `json:"status,omitempty"`
	// Label, CallerIDName and MessageDID are nil when not sent; "" clears
	// them (the API answers "" or null for unset).
	Label                 *string   `json:"label,omitempty"`
	CallerIDName          *string   `json:"caller_id_name,omitempty"`
	MessageDID            *string   `json:"message_did,omitempty"`
	ExtensionGroupID      *int64    `json:"extension_group_id,omitempty"`
	DialRuleID            *int64    `json:"dial_rule_id,omitempty"`
	DialRuleLimit         *LooseInt `json:"dial_rule_limit,omitempty"`
	AniRFC3325            *bool     `json:"ani_rfc3325,omitempty"`
	DIDAsTransferCallerID string    `json:"did_as_transfer_caller_id,omitempty"`
	// Read-only.
	Domain     string `json:"domain,omitempty"`
	CreateDate string `json:"create_date,omitempty"`
}

// Extension types and statuses, as the API spells them.
var (
	ExtensionTypes    = []string{"phone", "queue", "ivr", "fax", "conference"}
	ExtensionStatuses = []string{"active", "blocked"}
	// DIDAsTransferCallerIDValues are the documented values of
	// did_as_transfer_caller_id ("None" is a value, not a null).
	DIDAsTransferCallerIDValues = []string{"None", "default", "from", "diversion"}
)

// Extensions is the client's extensions. Their PUT is partial (name and
// type cannot change): use Patch.
func (c *Client) Extensions() *Collection[Extension] { return collectionOf(c, extensionSpec) }

var extensionSpec = spec[Extension]{
	kind: "extension", path: "/client/{client_id}/extension/",
	id:       func(e Extension) int64 { return e.ID },
	clientID: func(e Extension) int64 { return e.ClientID },
	name:     func(e Extension) string { return ShortExtensionName(e.Name) },
	// The API answers the name with the client's prefix.
	same: func(got, sent Extension) bool {
		got.Name = ShortExtensionName(got.Name)
		sent.Name = ShortExtensionName(sent.Name)
		return sameSentFields(sent)(got)
	},
}

// ShortExtensionName is an extension's name without the client's prefix:
// "100" for "345*100" (and for "100").
func ShortExtensionName(name string) string {
	return name[strings.LastIndex(name, "*")+1:]
}

// ExtensionFilter selects extensions with the listing's documented query
// parameters; zero fields select everything.
type ExtensionFilter struct {
	Type             string
	Status           string
	ExtensionGroupID int64
}

// Query is the filter as the listing's query parameters.
func (f ExtensionFilter) Query() Filter {
	q := Filter{}
	if f.Type != "" {
		q["type"] = f.Type
	}
	if f.Status != "" {
		q["status"] = f.Status
	}
	if f.ExtensionGroupID != 0 {
		q["extension_group_id"] = strconv.FormatInt(f.ExtensionGroupID, 10)
	}
	return q
}

// LooseInt is an integer the API may answer as a number, a numeric string
// or an empty string: seed 004 documents dial_rule_limit as an integer, an
// SDK reads it as a string or null. It is sent as a number; "" reads as 0.
type LooseInt int64

func (n *LooseInt) UnmarshalJSON(b []byte) error {
	s := string(bytes.Trim(b, `"`))
	if s == "" || s == "null" {
		*n = 0
		return nil
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return fmt.Errorf("%s is not an integer", b)
	}
	*n = LooseInt(v)
	return nil
}

func (n LooseInt) MarshalJSON() ([]byte, error) { return json.Marshal(int64(n)) }
