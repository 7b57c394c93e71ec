package api

// PhoneEvent is a client-wide webhook (seed 004): the PBX calls URL with
// Method on every call event of EventType. Webhooks are created and listed
// at /phone_events/ and read, changed and deleted at /phone_event/{id}.
//
// The API also has DELETE /client/{cid}/phone_events/, which deletes every
// webhook of the client at once. This client has no call for it, on
// purpose: no code path can send it.
type PhoneEvent struct {
	ID        int64  `json:"id,omitempty"`
	EventType string `json:"event_type,omitempty"`
	URL       string `json:"url,omitempty"`
	Method    string `json:"method,omitempty"`
}

// PhoneEventTypes and PhoneEventMethods are the documented values.
var (
	PhoneEventTypes   = []string{"dial-in", "dial-out", "hangup", "answer", "message-in", "message-out", "voicemail"}
	PhoneEventMethods = []string{"GET", "POST"}
)

// PhoneEvents is the client's webhooks. Their answers carry no client_id.
// Two identical webhooks can exist; a create whose answer was lost takes
// one that no other create of this process has claimed (see Create).
func (c *Client) PhoneEvents() *Collection[PhoneEvent] { return collectionOf(c, phoneEventSpec) }

var phoneEventSpec = spec[PhoneEvent]{
	kind: "phone_event", path: "/client/{client_id}/phone_events/", itemPath: "/client/{client_id}/phone_event/{id}",
	id:       func(e PhoneEvent) int64 { return e.ID },
	clientID: func(PhoneEvent) int64 { return 0 },
	name:     func(e PhoneEvent) string { return e.EventType + " " + e.URL },
}
