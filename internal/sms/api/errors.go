package api

import (
	"errors"
	"fmt"
	"net/http"
)

// ErrNotFound: the subaccount id does not exist (code 1004, or
// {"success":false} from limit/delete, which the API answers for unknown ids).
var ErrNotFound = errors.New("not found")

// Error is a failed call: an {"error":{…}} answer (Code set), a bare
// {"success":false} (NotPerformed), or an HTTP error status (Body set).
type Error struct {
	Action       string // e.g. "subaccounts/add"
	Code         int
	Type         string
	Message      string      // in the account's language (Polish or English)
	HTTPStatus   int         // 200 for business errors
	NotPerformed bool        // {"success":false}: the operation was not performed
	Body         string      // an excerpt of a non-200 answer without an error object
	Header       http.Header // of the answer: Retry-After for transport.WriteOnce
}

func (e *Error) Error() string {
	if e.Code == 0 && !e.NotPerformed {
		return fmt.Sprintf("SerwerSMS %s answered HTTP %d, body %q", e.Action, e.HTTPStatus, e.Body)
	}
	if e.NotPerformed {
		return fmt.Sprintf("SerwerSMS %s answered {\"success\":false}: the operation was not performed (for limit and delete this means the subaccount id does not exist)", e.Action)
	}
	msg := fmt.Sprintf("SerwerSMS %s failed with error %d", e.Action, e.Code)
	if e.Type != "" {
		msg += " " + e.Type
	}
	if e.Message != "" {
		msg += fmt.Sprintf(" (%q)", e.Message)
	}
	if x := explanations[e.Code]; x != "" {
		msg += ": " + x
	}
	return msg
}

// explanations are the documented codes in plain English.
var explanations = map[int]string{
	1000: "no action was given; this is a bug in the provider.",
	1001: "the API token, or the API user's username and password, were refused (check sms.api_token, or sms.username / sms.password, or SMS_API_TOKEN / SMS_USERNAME / SMS_PASSWORD).",
	1002: "this user may not use the HTTPS API; allow it in the Customer Panel (Interface settings, HTTPS API).",
	1003: "requests from this IP address are not allowed; add it to the API's IP allow-list in the Customer Panel.",
	1004: "no subaccount has this id.",
	1005: "the account lacks the permission for this action.",
	1006: "a parameter has an invalid format.",
	1007: "the account is not fully active yet.",
	2000: "required parameters are missing.",
	2001: "the phone number is invalid; write it in international form, e.g. +48500600700.",
	4500: "the template subaccount (template_id) does not exist; create it in the Customer Panel first: subaccounts created through the API copy its permissions.",
	4502: "the subaccount could not be created with this username: it is taken or not allowed. Pick another username, or import the existing subaccount.",
}

// HTTPStatusCode lets transport.WriteOnce judge the error (business errors
// are HTTP 200: a definite answer, not a failure in transit).
func (e *Error) HTTPStatusCode() int { return e.HTTPStatus }

// HTTPHeader lets transport.WriteOnce honour Retry-After.
func (e *Error) HTTPHeader() http.Header { return e.Header }

// Is makes errors.Is(err, ErrNotFound) true for code 1004 and for the bare
// success:false of the calls that take an id.
func (e *Error) Is(target error) bool {
	return target == ErrNotFound && (e.Code == 1004 || (e.NotPerformed && (e.Action == actionLimit || e.Action == actionDelete)))
}

// UnreadableReplyError is an answer with HTTP 200 whose body cannot be read.
// The server may have acted on the request, so transport.WriteOnce treats it
// like a gateway failure (HTTPStatusCode 502) and checks before repeating.
type UnreadableReplyError struct {
	Action string
	Cause  error
	Body   string
}

func (e *UnreadableReplyError) Error() string {
	return fmt.Sprintf("SerwerSMS %s sent a reply that is not the expected JSON: %v; body starts with %q", e.Action, e.Cause, e.Body)
}

func (e *UnreadableReplyError) Unwrap() error { return e.Cause }

// HTTPStatusCode: see the type's comment.
func (e *UnreadableReplyError) HTTPStatusCode() int { return 502 }
