package api

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
)

// The list of numbers, GET /v1/services ("Seznam čísel" in the roles
// table), is the only listing of a customer's numbers IPEX has; there is no
// "list VoIP numbers" call. Its items are not documented. This is the one
// place that knows their wire names; each is tagged:
//   - [code] a production integration reads paymentType, status, customerId,
//     customerExternId and customerName from the items of
//     GET /v1/services?number=<number> (customerId compared as a string);
//   - [inferred] chosen here: the number under "number" (the name of that
//     filter), and the kind of service under "serviceType", or else "type",
//     with "voip" for a VoIP number (the API's section name, /v1/voip).
//
// Whatever the real names turn out to be, listing degrades instead of
// failing: unknown keys are ignored, a number or a customer id may come as a
// string or a JSON number, an item without a recognisable 9-digit Czech
// number is skipped, and an item without a service type is kept as a
// possible VoIP number (the resource reads its detail before it becomes a
// resource object, and drops it when /v1/voip does not know it).
type serviceWire struct {
	Number      flexString `json:"number"`      // [inferred]
	ServiceType string     `json:"serviceType"` // [inferred]
	Type        string     `json:"type"`        // [inferred] the other likely name of serviceType
	CustomerID  flexString `json:"customerId"`  // [code]
	Status      string     `json:"status"`      // [code]: active, canceled, …
}

// voipServiceType is serviceType of a VoIP number [inferred].
const voipServiceType = "voip"

// ListedNumber is one VoIP number as the list of numbers shows it. Number
// is the national form; CustomerID is nil and Status "" when the item did
// not tell; TypeKnown is false when the item did not say it is a VoIP
// number (it did not say otherwise either).
type ListedNumber struct {
	Number     string
	CustomerID *int64
	Status     string
	TypeKnown  bool
}

// VoIPNumbers lists the VoIP numbers of every customer the API user sees
// (canceled ones included, with their status): one GET /v1/services, whose
// items of another kind (mobile numbers, trunks) are left out. IPEX
// documents no paging.
func (c *Client) VoIPNumbers(ctx context.Context) ([]ListedNumber, error) {
	var items []json.RawMessage
	if err := c.do(ctx, http.MethodGet, "/v1/services", nil, nil, &items); err != nil {
		return nil, err
	}
	var out []ListedNumber
	for _, raw := range items {
		var w serviceWire
		if json.Unmarshal(raw, &w) != nil {
			continue // not an object, or a known key of an unexpected type
		}
		if n, ok := w.listed(); ok {
			out = append(out, n)
		}
	}
	return out, nil
}

// listed is the item as a VoIP number; false when it is another kind of
// service or has no number this provider can manage.
func (w serviceWire) listed() (ListedNumber, bool) {
	kind := w.ServiceType
	if kind == "" {
		kind = w.Type
	}
	if kind != "" && !strings.EqualFold(kind, voipServiceType) {
		return ListedNumber{}, false
	}
	number, ok := nationalNumber(string(w.Number))
	if !ok {
		return ListedNumber{}, false
	}
	n := ListedNumber{Number: number, Status: w.Status, TypeKnown: kind != ""}
	if id, err := strconv.ParseInt(string(w.CustomerID), 10, 64); err == nil {
		n.CustomerID = &id
	}
	return n, true
}

// nationalNumber is the 9-digit national form of a Czech number written
// with or without +420, 00420 or 420.
func nationalNumber(s string) (string, bool) {
	s = strings.ReplaceAll(s, " ", "")
	for _, prefix := range []string{"+420", "00420", "420"} {
		if rest, ok := strings.CutPrefix(s, prefix); ok && len(rest) == 9 {
			s = rest
			break
		}
	}
	if len(s) != 9 || strings.Trim(s, "0123456789") != "" {
		return "", false
	}
	return s, true
}

// flexString takes a JSON string or number as its text; null and other
// types leave it empty.
type flexString string

func (f *flexString) UnmarshalJSON(data []byte) error {
	var s string
	switch {
	case json.Unmarshal(data, &s) == nil:
		*f = flexString(s)
	case len(data) > 0 && (data[0] == '-' || (data[0] >= '0' && data[0] <= '9')):
		*f = flexString(bytes.TrimSpace(data))
	}
	return nil
}
