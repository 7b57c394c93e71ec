package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber"
)

// DID is an external number of the client (GET /client/{client_id}/did/).
// DIDs are bought outside the API: a client can only route one (PUT
// extension_id and message_extension_id on /did/{did_id}), never create or
// delete it. Only the assignment is ever sent: every other field is
// omitted when empty, and toAPI-style values leave them empty.
type DID struct {
	ID       int64 `json:"id,omitempty"`
	ClientID int64 `json:"client_id,omitempty"`
	// Name is the number as the PBX spells it: international digits
	// without a prefix, e.g. 78121234567 (the docs' ANI example) [inf].
	Name       string          `json:"name,omitempty"`
	Comment    string          `json:"comment,omitempty"`
	CreateDate string          `json:"create_date,omitempty"`
	Domain     json.RawMessage `json:"domain,omitempty"` // an object whose fields the docs do not give
	// AllowMessage: whether the DID takes text messages [inf: not described].
	AllowMessage *bool `json:"allow_message,omitempty"`
	// ExtensionID is where calls to the DID ring; nil (or 0) when nowhere.
	ExtensionID *int64 `json:"extension_id"`
	// MessageExtensionID is where messages to the DID go; nil (or 0) when nowhere.
	MessageExtensionID *int64 `json:"message_extension_id"`
}

// Assignment is d with only what a PUT changes: where it rings and where
// its messages go.
func (d DID) Assignment() DID {
	return DID{ExtensionID: d.ExtensionID, MessageExtensionID: d.MessageExtensionID}
}

// Assigned reports whether the DID rings or delivers messages anywhere.
func (d DID) Assigned() bool { return positive(d.ExtensionID) || positive(d.MessageExtensionID) }

func positive(p *int64) bool { return p != nil && *p > 0 }

// DIDs is the client's DIDs: shared reads (a refresh of N assignments is
// one listing per page) and partial PUTs (Patch). Never call Create or
// Delete on it: the API has neither for DIDs; Unassign is the delete.
func (c *Client) DIDs() *Collection[DID] { return collectionOf(c, didSpec) }

var didSpec = spec[DID]{
	kind: "did", path: "/client/{client_id}/did/",
	id:       func(d DID) int64 { return d.ID },
	clientID: func(d DID) int64 { return d.ClientID },
	name:     func(d DID) string { return d.Name },
}

// DIDName is how the PBX spells a number in a DID's name: the digits of its
// international form without "+" or "00" (+78121234567 -> 78121234567).
func DIDName(number string) string {
	return strings.TrimPrefix(phonenumber.Normalize(number), "00")
}

// DIDNumber is a DID's name in the provider's spelling, "00" and the
// international digits (78121234567 -> 0078121234567). A name already
// written with "+" or "00" is normalized the same way; anything else (not
// a number) is returned as it is.
func DIDNumber(name string) string {
	n := phonenumber.Normalize(name)
	if !strings.HasPrefix(n, "0") && phonenumber.IsDigits(n) {
		return "00" + n
	}
	return n
}

// DIDNotOwnedError: the client has no DID with that number. It is a
// not-found error (errors.Is(err, ErrNotFound)).
type DIDNotOwnedError struct {
	ClientID string
	Number   string // as the caller wrote it
}

func (e *DIDNotOwnedError) Error() string {
	return fmt.Sprintf("client %s has no DID %s (the PBX would list it with the name %s)", e.ClientID, e.Number, DIDName(e.Number))
}

// Is makes errors.Is(err, ErrNotFound) true.
func (e *DIDNotOwnedError) Is(target error) bool { return target == ErrNotFound }

// FindDID finds the client's DID with the number (any spelling: +7…, 007…).
// It asks the listing for the name in the docs' spelling, so it costs one
// request. Only when that finds nothing is the whole listing read (a page a
// request), in case the PBX spells names otherwise or ignores the filter:
// the extra requests are spent on the error path only.
func (c *Client) FindDID(ctx context.Context, clientID, number string) (DID, error) {
	want := DIDNumber(number)
	dids := c.DIDs()
	var found DID
	var ok bool
	match := func(d DID) bool {
		if DIDNumber(d.Name) == want {
			found, ok = d, true
		}
		return !ok
	}
	if err := dids.WalkWhere(ctx, clientID, Filter{"name": DIDName(number)}, match); err != nil || ok {
		return found, err
	}
	if err := dids.Walk(ctx, clientID, match); err != nil || ok {
		return found, err
	}
	return DID{}, &DIDNotOwnedError{ClientID: clientID, Number: number}
}

// UnassignDID routes the DID nowhere: extension_id and message_extension_id
// are sent as null. The number stays the client's. A DID that is gone is
// ErrNotFound.
func (c *Client) UnassignDID(ctx context.Context, clientID string, id int64) (DID, error) {
	dids := c.DIDs()
	defer dids.lists.Writing()()
	null := json.RawMessage("null")
	return dids.put(ctx, clientID, id, jsonObject{{name: "extension_id", value: null}, {name: "message_extension_id", value: null}})
}

// IsDIDNotOwned tells a number the client does not have.
func IsDIDNotOwned(err error) bool {
	var e *DIDNotOwnedError
	return errors.As(err, &e)
}
