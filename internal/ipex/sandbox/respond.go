package sandbox

import (
	"net/http"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// boom is the hapi/Boom error body. Validation is set only for failed
// schema validation (Joi).
type boom struct {
	StatusCode int         `json:"statusCode"`
	Error      string      `json:"error"`
	Message    string      `json:"message"`
	Validation *validation `json:"validation,omitempty"`
}

type validation struct {
	Source string   `json:"source"` // payload, params or query
	Keys   []string `json:"keys"`
}

// reply is a handler's answer.
type reply struct {
	status int
	body   any
}

func replyOf(status int, body any) reply { return reply{status: status, body: body} }

func errReply(status int, msg string) reply {
	return reply{status: status, body: boom{StatusCode: status, Error: http.StatusText(status), Message: msg}}
}

func badRequest(msg string) reply { return errReply(http.StatusBadRequest, msg) }

func notFound(msg string) reply { return errReply(http.StatusNotFound, msg) }

// invalid is a Joi validation failure of one key.
func invalid(source, key, msg string) reply {
	return reply{status: http.StatusBadRequest, body: boom{
		StatusCode: http.StatusBadRequest,
		Error:      http.StatusText(http.StatusBadRequest),
		Message:    msg,
		Validation: &validation{Source: source, Keys: []string{key}},
	}}
}

// requestIDReply is the answer of the calls that create an order.
type requestIDReply struct {
	RequestID int64 `json:"requestId"`
}

// contentType is hapi's default for JSON answers.
const contentType = "application/json; charset=utf-8"

func writeReply(w http.ResponseWriter, rp reply) {
	sandboxkit.WriteJSON(w, rp.status, contentType, rp.body,
		`{"statusCode":500,"error":"Internal Server Error","message":"An internal server error occurred"}`)
}

// isoMillis formats t as ISO-8601 UTC with milliseconds
// (2017-09-21T18:02:44.120Z), as JavaScript's Date.toISOString does.
func isoMillis(t time.Time) string {
	return t.UTC().Format("2006-01-02T15:04:05.000") + "Z"
}

// parseDate reads a date as Joi's date() accepts the common ISO forms:
// YYYY-MM-DD (midnight UTC), or a date-time with or without a zone (UTC
// when none). dateOnly reports the first form.
func parseDate(v string) (t time.Time, dateOnly bool, ok bool) {
	if t, err := time.Parse(time.DateOnly, v); err == nil {
		return t, true, true
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02T15:04"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t.UTC(), false, true
		}
	}
	return time.Time{}, false, false
}
