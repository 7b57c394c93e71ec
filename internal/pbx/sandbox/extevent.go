package sandbox

import (
	"net/http"
	"regexp"
	"strconv"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// ExtensionEvent is a webhook of one extension: the PBX calls URL with
// Method when an event of EventType happens on the extension. The fields
// are a client webhook's (PhoneEvent); ExtensionID is stored, not
// answered.
type ExtensionEvent struct {
	ID          int64  `json:"id"`
	ExtensionID int64  `json:"extension_id"`
	URL         string `json:"url"`
	Method      string `json:"method"`     // GET, POST
	EventType   string `json:"event_type"` // dial-in, dial-out, hangup, answer, message-in, message-out, voicemail
}

func (e *ExtensionEvent) key() *int64          { return &e.ID }
func (e *ExtensionEvent) extensionKey() *int64 { return &e.ExtensionID }

func (e ExtensionEvent) clone() ExtensionEvent { return e }

// extensionEvents serves the webhooks of an extension: list, POST and
// DELETE of all at /extension/{eid}/event/, one at
// /extension/{eid}/event/{id}. They count against event_limit together
// with the client's webhooks.
func (s *Server) extensionEvents() *objectType[ExtensionEvent, *ExtensionEvent] {
	return &objectType[ExtensionEvent, *ExtensionEvent]{
		s:      s,
		path:   "event",
		nested: true,
		of:     func(st *store) *collection[ExtensionEvent, *ExtensionEvent] { return &st.extensionEvents },
		parse: func(o object, e *ExtensionEvent, required bool) error {
			return parseWebhook(o, &e.URL, &e.Method, &e.EventType, required)
		},
		view: func(e *ExtensionEvent) any {
			return PhoneEvent{ID: e.ID, URL: e.URL, Method: e.Method, EventType: e.EventType}
		},
		deleteAll: true,
		limit:     func(l Limits) int64 { return l.EventLimit },
		limitName: "event_limit",
		counted:   func(c *call) (int, string) { return s.st.webhookCount(c) },
	}
}

var extensionEventsPath = regexp.MustCompile(`^` + regexp.QuoteMeta(BasePath) + `(?:/client/[^/]+)?/extension/([^/]+)/event$`)

// DeleteAllExtensionEventsCalls returns every DELETE /extension/{eid}/event/
// (and /client/{cid}/extension/{eid}/event/: the call that deletes all of
// an extension's webhooks) the Kit recorded for extension eid (0: for any
// extension, also ids that are not numbers), oldest first, whatever it
// answered: a test asserts it is empty to prove a client never sent it.
// Kit.ResetRequests forgets them.
func (s *Server) DeleteAllExtensionEventsCalls(eid int64) []sandboxkit.Request {
	var out []sandboxkit.Request
	for _, r := range s.Kit.Requests() {
		m := extensionEventsPath.FindStringSubmatch(sandboxkit.CleanPath(r.Path))
		if r.Method != http.MethodDelete || m == nil {
			continue
		}
		if eid == 0 || m[1] == strconv.FormatInt(eid, 10) {
			out = append(out, r)
		}
	}
	return out
}

// getExtensionANI serves GET /extension/{eid}/ani/: the extension's
// caller id (its ani field), "None" when none is set.
func (s *Server) getExtensionANI(c *call) reply {
	e, _ := s.st.extensions.get(c.ext)
	return replyOf(http.StatusOK, aniAnswer(e.ANI))
}

// updateExtensionANI serves PUT /extension/{eid}/ani/ as the client's:
// ani_number (required) one of the client's DIDs, "" resets it.
func (s *Server) updateExtensionANI(c *call) reply {
	number, err := s.readANINumber(c.body)
	if err != nil {
		return validationFailed(err)
	}
	e, _ := s.st.extensions.get(c.ext)
	e.ANI = number
	s.st.extensions.put(e)
	return replyOf(http.StatusOK, aniAnswer(number))
}
