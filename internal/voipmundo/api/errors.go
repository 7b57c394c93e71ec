package api

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
)

// ErrNotFound: the record is not visible with these credentials (the
// platform answers error 1, "not found", for unknown and foreign ids alike).
var ErrNotFound = errors.New("not found")

// Error is a failed call: an HTTP error status, or HTTP 200 with "error": 1.
type Error struct {
	HTTPStatus int
	Reason     string // the platform's "reason", in Portuguese
	Body       string // an excerpt, when there was no reason
}

func (e *Error) Error() string {
	var b strings.Builder
	if e.HTTPStatus >= 400 {
		fmt.Fprintf(&b, "VoIP Mundo API answered HTTP %d", e.HTTPStatus)
	} else {
		b.WriteString("VoIP Mundo API answered error 1")
	}
	switch {
	case e.Reason != "":
		fmt.Fprintf(&b, " (reason %q)", e.Reason)
	case e.Body != "":
		fmt.Fprintf(&b, ", body %q", e.Body)
	}
	if x := explanations[e.HTTPStatus]; x != "" {
		b.WriteString(": " + x)
	}
	return b.String()
}

// explanations are the HTTP codes the platform documents.
var explanations = map[int]string{
	http.StatusOK:                    "the request was understood but refused; for a customer record this usually means the customer id does not exist or is not visible to these credentials.",
	http.StatusBadRequest:            "the request was incomplete.",
	http.StatusForbidden:             "access denied: the API token or key is wrong, or its user has no API access (check voipmundo.api_token / voipmundo.api_key, or VOIPMUNDO_API_TOKEN / VOIPMUNDO_API_KEY).",
	http.StatusNotFound:              "the API does not know this action; the base URL or the action name is wrong.",
	http.StatusRequestEntityTooLarge: "the request was larger than the 128 KB the API accepts.",
	http.StatusUnprocessableEntity:   "a required parameter is missing. Master and reseller tokens must name the customer: set customer_id.",
	http.StatusTooManyRequests:       "too many simultaneous requests with these credentials.",
}

// HTTPStatusCode lets transport.WriteOnce judge the error.
func (e *Error) HTTPStatusCode() int { return e.HTTPStatus }

// Is makes errors.Is(err, ErrNotFound) true for the "error": 1 reply.
func (e *Error) Is(target error) bool {
	return target == ErrNotFound && e.HTTPStatus == http.StatusOK
}
