package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/go-resty/resty/v2"

	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// ErrNotFound: the API answered 404.
var ErrNotFound = errors.New("not found")

// Error is a hapi/Boom error answer: {"statusCode","error","message"}.
type Error struct {
	Method, Path string
	StatusCode   int
	ErrorText    string // "Bad Request", "Forbidden", …
	Message      string
	Body         string      // an excerpt, when the body was not the hapi shape
	Header       http.Header // of the answer: Retry-After for transport.WriteOnce
}

func (e *Error) Error() string {
	msg := fmt.Sprintf("IPEX API %s %s answered %d", e.Method, e.Path, e.StatusCode)
	if e.ErrorText != "" {
		msg += " " + e.ErrorText
	}
	switch {
	case e.Message != "":
		msg += fmt.Sprintf(": %q", e.Message)
	case e.Body != "":
		msg += fmt.Sprintf(", body %q", e.Body)
	}
	if x := e.explanation(); x != "" {
		msg += ". " + x
	}
	return msg
}

// explanation says what to do about the statuses that need the user.
func (e *Error) explanation() string {
	switch e.StatusCode {
	case http.StatusUnauthorized:
		return "The login was refused; check ipex.username and ipex.password (IPEX_USERNAME, IPEX_PASSWORD), and ipex.auth_scheme if the API expects \"Bearer\"."
	case http.StatusForbidden:
		return "The API user lacks the role for this call: reading VoIP numbers is open to every role, but creating, " +
			"changing and deactivating them needs superadmin, admin, podpora (support) or realizace (provisioning); " +
			"fakturace (billing) is not enough. Ask IPEX to add the role to the API user."
	}
	return ""
}

// HTTPStatusCode lets transport.WriteOnce judge the error.
func (e *Error) HTTPStatusCode() int { return e.StatusCode }

// HTTPHeader lets transport.WriteOnce honour Retry-After.
func (e *Error) HTTPHeader() http.Header { return e.Header }

// Is makes errors.Is(err, ErrNotFound) work.
func (e *Error) Is(target error) bool {
	return target == ErrNotFound && e.StatusCode == http.StatusNotFound
}

type hapiBody struct {
	StatusCode int    `json:"statusCode"`
	Error      string `json:"error"`
	Message    string `json:"message"`
}

func parseError(resp *resty.Response) *Error {
	e := &Error{Method: resp.Request.Method, Path: resp.Request.URL, StatusCode: resp.StatusCode(), Header: resp.Header()}
	if i := strings.Index(e.Path, "/v1/"); i >= 0 {
		e.Path = e.Path[i:] // the path only: the base URL is noise here
	}
	var b hapiBody
	if json.Unmarshal(resp.Body(), &b) == nil && (b.Error != "" || b.Message != "") {
		e.ErrorText, e.Message = b.Error, b.Message
	} else {
		e.Body = transport.Excerpt(string(resp.Body()))
	}
	return e
}

// OrderError is an order that ended in error or was canceled.
type OrderError struct {
	Order Order
}

func (e *OrderError) Error() string {
	msg := fmt.Sprintf("IPEX order %d (%s for %s) ended with status %q", e.Order.ID, e.Order.Type, e.Order.Identifier, e.Order.Status)
	if e.Order.Message != "" {
		msg += fmt.Sprintf(": %q", e.Order.Message)
	}
	return msg
}
