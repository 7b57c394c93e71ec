package api

import (
	"errors"
	"fmt"
	"net/http"
)

var (
	// ErrNotFound: the public number, route or ringing does not exist.
	ErrNotFound = errors.New("not found")
	// ErrAuth: the credentials are missing, wrong, or not allowed to touch the number.
	ErrAuth = errors.New("authentication failed")
)

// Error is an error the API reported, as {"errors":["<code>"]} (with HTTP
// 200, as the vendor documents) or as an HTTP status without that body.
type Error struct {
	Code       string // the vendor's code, e.g. "nonexisting_public_number"; "" when only a status came back
	HTTPStatus int
	Body       string      // a short excerpt of an unexpected body, for the diagnostic
	Header     http.Header // of the answer: Retry-After for transport.WriteOnce

	// Explanation, when set, replaces the code's general explanation: a code
	// can mean something narrower on one call (unauthorized on speed dials).
	Explanation string
}

func (e *Error) Error() string {
	if e.Code == "" {
		if e.Body != "" {
			return fmt.Sprintf("unexpected HTTP %d from the Odorik API: %s", e.HTTPStatus, e.Body)
		}
		return fmt.Sprintf("unexpected HTTP %d from the Odorik API", e.HTTPStatus)
	}
	if e.Explanation != "" {
		return fmt.Sprintf("Odorik API error %q: %s", e.Code, e.Explanation)
	}
	if text, ok := explanations[e.Code]; ok {
		return fmt.Sprintf("Odorik API error %q: %s", e.Code, text)
	}
	return fmt.Sprintf("Odorik API error %q", e.Code)
}

// Is lets callers test with errors.Is(err, ErrNotFound) or ErrAuth.
func (e *Error) Is(target error) bool {
	switch target {
	case ErrNotFound:
		return e.Code == "nonexisting_public_number" || e.Code == "nonexisting_ringing_number"
	case ErrAuth:
		return e.Code == "authentication_required" || e.Code == "authentication_failed" || e.Code == "unauthorized"
	}
	return false
}

// explanations say, in English, what the documented codes mean and what the user can do.
var explanations = map[string]string{
	"authentication_required":    "no credentials reached the API; set odorik.user and odorik.password in the provider block or ODORIK_USER and ODORIK_PASSWORD",
	"authentication_failed":      "the user or password is wrong; check odorik.user / ODORIK_USER (the account id, or a line number) and odorik.password / ODORIK_PASSWORD (the API password from the account settings, or that line's SIP password)",
	"unauthorized":               "these credentials may not manage this public number; a line login can only manage its own numbers, so use the account id and its API password",
	"nonexisting_public_number":  "the account has no such public number or SIP name (numbers are written in international form, e.g. 00420533533533)",
	"nonexisting_ringing_number": "the public number has no such parallel-ringing target",
	"invalid_ringing_number":     "the target (ringing_number) is not a valid number, line or SIP name",
	"invalid_source_number":      "the caller number (source_number) is not valid; use \"*\" or a number in international form",
	"redirection_loop":           "the rule would send calls back to the public number itself",
	"shared_number_conflict":     "another Odorik account already routes this shared number to this target; choose another shared number or target",

	// Speed dials.
	"invalid_number":        "the speed dial's number is not one the API accepts; use a number in international form (00420…), a line as *<line> or a SIP name",
	"invalid_shortcut":      "the account has no speed dial with this shortcut, or the API does not accept it as a shortcut (a small whole number such as 9)",
	"name_too_long":         "the speed dial's name is longer than the API allows (150 characters); shorten it",
	"shortcut_already_used": "another speed dial of the account already has this shortcut; choose a free shortcut, leave shortcut out to get the lowest free one, or import the existing speed dial with terraform import telecom_odorik_speed_dial.<name> <shortcut>",
	"speed_dials_full":      "the account has no free speed-dial position left; delete a speed dial it no longer needs (terraform query with the telecom_odorik_speed_dial list resource, or the Odorik web admin, lists them)",
}

// HTTPStatusCode lets the transport tell a refused request (a vendor code with
// HTTP 200) from a failure that may be worth repeating (HTTP 429 or 5xx).
func (e *Error) HTTPStatusCode() int { return e.HTTPStatus }

// HTTPHeader lets transport.WriteOnce honour Retry-After.
func (e *Error) HTTPHeader() http.Header { return e.Header }
