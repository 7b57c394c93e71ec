package api

import (
	"context"
	"net/http"
	"strconv"
)

// PhoneSettings are the SIP settings of a phone extension
// (/extension/{extension_id}/phone/, vendor notes §2.12.4): a singleton that
// exists with the extension; GET and a partial PUT. A nil field is not sent
// and keeps its value.
type PhoneSettings struct {
	// Password is the SIP password: sent when it changes, never kept. The
	// API may answer it [inf]; callers drop it.
	Password                      *string `json:"password,omitempty"`
	AuthType                      *string `json:"auth_type,omitempty"`
	AllowWebRTC                   *bool   `json:"allow_webrtc,omitempty"`
	RecordEnabled                 *bool   `json:"record_enabled,omitempty"`
	RecordTransfer                *bool   `json:"record_transfer,omitempty"`
	CallScreeningEnabled          *bool   `json:"call_screening_enabled,omitempty"`
	Label                         *string `json:"label,omitempty"`
	AnnounceSoundUponIncomingCall *int64  `json:"announce_sound_upon_incoming_call,omitempty"`
	AnnounceSoundUponOutgoingCall *int64  `json:"announce_sound_upon_outgoing_call,omitempty"`
	ConferencePIN                 *string `json:"conference_pin,omitempty"`
	ConferenceAnnounceCallerName  *bool   `json:"conference_announce_caller_name,omitempty"`
	ConferenceEndOnExit           *bool   `json:"conference_end_on_exit,omitempty"`
}

// PhoneAuthTypes are the documented auth_type values.
var PhoneAuthTypes = []string{"digest", "network", "both"}

const phoneSettingsPath = "/extension/{extension_id}/phone/"

// PhoneSettings reads the SIP settings of a phone extension, without the
// password even when the API answers it.
func (c *Client) PhoneSettings(ctx context.Context, extensionID int64) (PhoneSettings, error) {
	var out PhoneSettings
	err := c.do(ctx, call{method: http.MethodGet, path: phoneSettingsPath, pathParams: extensionParams(extensionID), out: &out})
	out.Password = nil
	return out, err
}

// ChangePhoneSettings sends the fields of after that differ from before,
// and only those (a field after leaves out is left alone, never cleared),
// and answers the settings as the PUT returned them, without the password.
// It sends nothing, and answers false, when nothing differs. A PUT says what
// the fields become, so repeating it after a lost answer is harmless.
func (c *Client) ChangePhoneSettings(ctx context.Context, extensionID int64, before, after PhoneSettings) (PhoneSettings, bool, error) {
	var out PhoneSettings
	sent, err := c.putChanged(ctx, phoneSettingsPath, extensionParams(extensionID), before, after, &out)
	out.Password = nil
	return out, sent, err
}

// ExtensionEvents is the webhooks of one extension: the collection's owner
// is the extension's id. Like the client's (PhoneEvent), the API's
// DELETE /extension/{id}/event/ deletes them all: this client has no call
// for it.
func (c *Client) ExtensionEvents() *Collection[PhoneEvent] {
	return collectionOf(c, extensionEventSpec)
}

var extensionEventSpec = spec[PhoneEvent]{
	kind: "extension_event", path: "/extension/{extension_id}/event/", ownerParam: "extension_id",
	id:       func(e PhoneEvent) int64 { return e.ID },
	clientID: func(PhoneEvent) int64 { return 0 },
	name:     func(e PhoneEvent) string { return e.EventType + " " + e.URL },
}

// ExtensionOwner is an extension's id as the owner of its collections.
func ExtensionOwner(extensionID int64) string { return strconv.FormatInt(extensionID, 10) }
