package sandbox

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// The documented enums of a client webhook.
var (
	phoneEventTypes   = []string{"dial-in", "dial-out", "hangup", "answer", "message-in", "message-out", "voicemail"}
	phoneEventMethods = []string{"GET", "POST"}
)

// PhoneEvent is a client-wide webhook: the PBX calls URL with Method when
// an event of EventType happens on any extension of the client.
type PhoneEvent struct {
	ID        int64  `json:"id"`
	URL       string `json:"url"`
	Method    string `json:"method"`     // GET, POST
	EventType string `json:"event_type"` // dial-in, dial-out, hangup, answer, message-in, message-out, voicemail
}

func (e *PhoneEvent) key() *int64 { return &e.ID }

func (e PhoneEvent) clone() PhoneEvent { return e }

// phoneEvents serves the client's webhooks as the vendor does: the list,
// POST and DELETE of all at /phone_events/, one webhook at
// /phone_event/{id}.
func (s *Server) phoneEvents() *objectType[PhoneEvent, *PhoneEvent] {
	return &objectType[PhoneEvent, *PhoneEvent]{
		s:         s,
		path:      "phone_events",
		onePath:   "phone_event",
		of:        func(st *store) *collection[PhoneEvent, *PhoneEvent] { return &st.phoneEvents },
		parse:     parsePhoneEvent,
		deleteAll: true,
		limit:     func(l Limits) int64 { return l.EventLimit },
		limitName: "event_limit",
		counted:   func(c *call) (int, string) { return s.st.webhookCount(c) },
	}
}

// parsePhoneEvent validates a webhook body (url, event_type and method
// required on POST) into e.
func parsePhoneEvent(o object, e *PhoneEvent, required bool) error {
	return parseWebhook(o, &e.URL, &e.Method, &e.EventType, required)
}

// parseWebhook validates the body of a client or extension webhook into
// its fields; all three are required on POST.
func parseWebhook(o object, url, method, eventType *string, required bool) error {
	rd := &reader{o: o}
	if required {
		rd.need("url", "event_type", "method")
	}
	if v, ok := rd.str("url"); ok {
		if problem := checkWebhookURL(v); problem != "" {
			rd.fail("url", "%s", problem)
		}
		*url = v
	}
	rd.setEnum("event_type", eventType, phoneEventTypes...)
	rd.setEnum("method", method, phoneEventMethods...)
	return rd.err
}

// webhookCount is the number of webhooks event_limit caps: the client's
// and every extension's together.
func (st *store) webhookCount(*call) (int, string) {
	return st.phoneEvents.len() + st.extensionEvents.len(), "the client"
}

// checkWebhookURL returns the problem of a webhook URL: it must be an
// absolute http or https URL with a host.
func checkWebhookURL(v string) string {
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Sprintf("must be an absolute http or https URL, got %q", v)
	}
	return ""
}

var phoneEventsPath = regexp.MustCompile(`^` + regexp.QuoteMeta(BasePath) + `/client/[^/]+/phone_events$`)

// DeleteAllPhoneEventsCalls returns every DELETE /client/{cid}/phone_events/
// (the call that deletes all of the client's webhooks) the Kit recorded,
// oldest first, whatever it answered (also 401, 403 or a fault): a test
// asserts it is empty to prove a client never sent it.
// Kit.ResetRequests forgets them.
func (s *Server) DeleteAllPhoneEventsCalls() []sandboxkit.Request {
	var out []sandboxkit.Request
	for _, r := range s.Kit.Requests() {
		if r.Method == http.MethodDelete && phoneEventsPath.MatchString(sandboxkit.CleanPath(r.Path)) {
			out = append(out, r)
		}
	}
	return out
}
