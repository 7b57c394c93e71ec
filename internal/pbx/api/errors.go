package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/go-resty/resty/v2"

	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// Sentinels for errors.Is.
var (
	// ErrNotFound: the API answered 404 (the object, or the client, does not exist).
	ErrNotFound = errors.New("not found")
	// ErrRateLimited: the hourly request quota is used up (429).
	ErrRateLimited = errors.New("rate limited")
)

// Error is an error answer of the API: {"message": "...", "status": "..."}
// with an HTTP status of 400 or more. Status is optional; it tells apart
// errors with the same HTTP code (client_not_found, access_denied, …).
type Error struct {
	HTTPStatus int
	Message    string
	Status     string
	Body       string      // an excerpt, when the body was not the JSON error shape
	Header     http.Header // of the answer: Retry-After for transport.WriteOnce
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("Telphin API answered HTTP ")
	fmt.Fprintf(&b, "%d", e.HTTPStatus)
	if e.Status != "" {
		b.WriteString(" " + e.Status)
	}
	switch {
	case e.Message != "":
		fmt.Fprintf(&b, ": %q", e.Message)
	case e.Body != "":
		fmt.Fprintf(&b, ", body %q", e.Body)
	}
	if x := e.explanation(); x != "" {
		b.WriteString(". " + x)
	}
	return b.String()
}

// explanation says in plain words what the documented codes mean.
func (e *Error) explanation() string {
	switch e.Status {
	case "client_not_found":
		return "The client_id does not exist or is not visible to this application."
	case "access_denied":
		return "This application may not access that object."
	case "user_blocked":
		return "The user the application belongs to is blocked."
	case "user_access_type_deny", "app_access_type_deny":
		return "This kind of application or user may not call this endpoint; a \"trusted\" application is needed."
	case "rate_limit_exceeded":
		return "The client's hourly request quota is used up."
	}
	switch e.HTTPStatus {
	case http.StatusBadRequest:
		return "The PBX rejected the values sent."
	case http.StatusUnauthorized:
		return "The access token was refused even after fetching a new one."
	case http.StatusForbidden:
		return "The application lacks the permission for this call."
	case http.StatusConflict:
		return "The object conflicts with another one or is still in use."
	}
	return ""
}

// HTTPStatusCode lets transport.WriteOnce judge the error.
func (e *Error) HTTPStatusCode() int { return e.HTTPStatus }

// HTTPHeader lets transport.WriteOnce honour Retry-After.
func (e *Error) HTTPHeader() http.Header { return e.Header }

// Is makes errors.Is(err, ErrNotFound) and ErrRateLimited work.
func (e *Error) Is(target error) bool {
	switch target {
	case ErrNotFound:
		return e.HTTPStatus == http.StatusNotFound
	case ErrRateLimited:
		return e.HTTPStatus == http.StatusTooManyRequests
	}
	return false
}

// IsClientNotFound tells a missing client (a configuration mistake) from a
// missing object (drift).
func IsClientNotFound(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.HTTPStatus == http.StatusNotFound && e.Status == "client_not_found"
}

// RateLimitError is a 429 that was not retried because the quota resets
// later than the provider is willing to wait.
type RateLimitError struct {
	API     *Error
	Limit   string    // X-RateLimit-Limit, as sent
	ResetAt time.Time // zero when the API did not say
}

func (e *RateLimitError) Error() string {
	msg := "Telphin API answered HTTP 429"
	if e.API.Status != "" {
		msg += " " + e.API.Status
	}
	if e.API.Message != "" {
		msg += fmt.Sprintf(": %q", e.API.Message)
	}
	msg += ". The client's hourly request quota"
	if e.Limit != "" {
		msg += " (" + e.Limit + " requests per hour)"
	}
	msg += " is used up"
	if e.ResetAt.IsZero() {
		return msg + "; the API did not say when it resets. Try again later."
	}
	return fmt.Sprintf("%s; the quota resets in %s, at %s. Run Terraform again after that.",
		msg, time.Until(e.ResetAt).Round(time.Second), e.ResetAt.UTC().Format(time.RFC3339))
}

func (e *RateLimitError) Unwrap() error { return e.API }

// AuthError: the token endpoint refused the application's credentials.
type AuthError struct{ Cause *Error }

func (e *AuthError) Error() string {
	answer := fmt.Sprintf("HTTP %d", e.Cause.HTTPStatus)
	if e.Cause.Status != "" {
		answer += " " + e.Cause.Status
	}
	if e.Cause.Message != "" {
		answer += fmt.Sprintf(" %q", e.Cause.Message)
	}
	return "the Telphin API refused the application credentials (pbx.app_id / pbx.app_secret, or PBX_APP_ID / PBX_APP_SECRET) with " +
		answer + ". Check them, and that the application is a \"trusted\" (client credentials) application."
}

func (e *AuthError) Unwrap() error { return e.Cause }

type errorBody struct {
	Message string `json:"message"`
	Status  string `json:"status"`
}

// parseError reads an error answer; a body that is not the JSON error shape
// (a proxy's HTML page, say) is kept as an excerpt.
func parseError(resp *resty.Response) *Error {
	e := &Error{HTTPStatus: resp.StatusCode(), Header: resp.Header()}
	var body errorBody
	if json.Unmarshal(resp.Body(), &body) == nil && (body.Message != "" || body.Status != "") {
		e.Message, e.Status = body.Message, body.Status
	} else {
		e.Body = transport.Excerpt(strings.TrimSpace(string(resp.Body())))
	}
	return e
}

// responseError is the error for an answer with status >= 400: a
// *RateLimitError for 429 (the transport already waited as long as it
// may), an *Error otherwise.
func responseError(resp *resty.Response) error {
	e := parseError(resp)
	if e.HTTPStatus != http.StatusTooManyRequests {
		return e
	}
	rl := &RateLimitError{API: e, Limit: resp.Header().Get(headerLimit)}
	if d, ok := serverWait(resp.StatusCode(), resp.Header(), time.Now()); ok {
		rl.ResetAt = time.Now().Add(d)
	}
	return rl
}
