package sandbox

import (
	"fmt"
	"net/http"
	"strings"
)

// phoneAuthTypes are the documented SIP authentication modes of a phone.
var phoneAuthTypes = []string{"digest", "network", "both"}

// PhoneSettings are the SIP phone settings of an extension of type phone
// (the vendor's PhoneProperties), a singleton at /extension/{eid}/phone/
// that exists with the extension. Sound and group ids are nil when unset.
// The SIP password is write-only by default (see PhonePasswordMode): the
// helpers that return settings leave it out (PhonePassword tells it).
type PhoneSettings struct {
	ExtensionID                   int64  `json:"extension_id"`
	AuthType                      string `json:"auth_type"`                 // digest, network, both
	NetworkPermissionID           *int64 `json:"sip_network_permission_id"` // wirePhoneNetworkPermission
	AllowWebRTC                   bool   `json:"allow_webrtc"`
	RecordEnabled                 bool   `json:"record_enabled"`
	RecordTransfer                bool   `json:"record_transfer"`
	CallScreeningEnabled          bool   `json:"call_screening_enabled"`
	Label                         string `json:"label"`
	AnnounceSoundUponIncomingCall *int64 `json:"announce_sound_upon_incoming_call"`
	AnnounceSoundUponOutgoingCall *int64 `json:"announce_sound_upon_outgoing_call"`
	AppendToCIDNameOnTransfer     string `json:"append_to_cid_name_on_transfer"`
	ConferencePIN                 string `json:"conference_pin"`
	ConferenceAnnounceCallerName  bool   `json:"conference_announce_caller_name"`
	ConferenceEndOnExit           bool   `json:"conference_end_on_exit"`

	password string
}

func (p *PhoneSettings) key() *int64 { return &p.ExtensionID }

func (p PhoneSettings) clone() PhoneSettings {
	p.NetworkPermissionID = cloneID(p.NetworkPermissionID)
	p.AnnounceSoundUponIncomingCall = cloneID(p.AnnounceSoundUponIncomingCall)
	p.AnnounceSoundUponOutgoingCall = cloneID(p.AnnounceSoundUponOutgoingCall)
	return p
}

// public is p without its password, as the helpers return settings.
func (p PhoneSettings) public() PhoneSettings {
	p.password = ""
	return p
}

// defaultPhone is what a phone extension has before its settings are
// changed: the documented defaults, no password.
func defaultPhone(ext int64) PhoneSettings {
	return PhoneSettings{ExtensionID: ext, AuthType: "digest", ConferenceAnnounceCallerName: true, ConferenceEndOnExit: true}
}

// phoneOf returns the settings of extension ext: the stored ones or the
// defaults.
func (st *store) phoneOf(ext int64) PhoneSettings {
	if p, ok := st.phones.get(ext); ok {
		return p
	}
	return defaultPhone(ext)
}

// PhonePasswordMode says how the API answers the SIP password of a phone
// (the docs do not say whether it does).
type PhonePasswordMode int

const (
	// PhonePasswordOmitted leaves password out of the answers (default).
	PhonePasswordOmitted PhonePasswordMode = iota
	// PhonePasswordClear answers the password as set ("" when none).
	PhonePasswordClear
	// PhonePasswordMasked answers PhonePasswordMask when a password is set
	// ("" when none).
	PhonePasswordMasked
)

// PhonePasswordMask is the masked password of PhonePasswordMasked.
const PhonePasswordMask = "********"

// WithPhonePasswordInAnswers sets how GET and PUT of /extension/{eid}/phone/
// answer the SIP password (default PhonePasswordOmitted).
func WithPhonePasswordInAnswers(mode PhonePasswordMode) Option {
	return func(c *config) { c.phonePassword = mode }
}

// phoneView is the API's answer for phone settings.
func (s *Server) phoneView(p PhoneSettings) any {
	m := map[string]any{
		"auth_type": p.AuthType, wirePhoneNetworkPermission: p.NetworkPermissionID, "allow_webrtc": p.AllowWebRTC,
		"record_enabled": p.RecordEnabled, "record_transfer": p.RecordTransfer,
		"call_screening_enabled": p.CallScreeningEnabled, "label": p.Label,
		"announce_sound_upon_incoming_call": p.AnnounceSoundUponIncomingCall,
		"announce_sound_upon_outgoing_call": p.AnnounceSoundUponOutgoingCall,
		"append_to_cid_name_on_transfer":    p.AppendToCIDNameOnTransfer, "conference_pin": p.ConferencePIN,
		"conference_announce_caller_name": p.ConferenceAnnounceCallerName,
		"conference_end_on_exit":          p.ConferenceEndOnExit,
	}
	switch s.cfg.phonePassword {
	case PhonePasswordClear:
		m["password"] = p.password
	case PhonePasswordMasked:
		m["password"] = ""
		if p.password != "" {
			m["password"] = PhonePasswordMask
		}
	}
	return m
}

// phoneExtension refuses an extension that is not of type phone (400).
func (s *Server) phoneExtension(ext int64) (reply, bool) {
	e, _ := s.st.extensions.get(ext)
	if e.Type != "phone" {
		return errReply(http.StatusBadRequest, fmt.Sprintf(
			"Extension %s is of type %s: phone settings exist only for extensions of type phone", e.Name, e.Type),
			"validation_error"), false
	}
	return reply{}, true
}

// getPhone serves GET /extension/{eid}/phone/.
func (s *Server) getPhone(c *call) reply {
	if rp, ok := s.phoneExtension(c.ext); !ok {
		return rp
	}
	return replyOf(http.StatusOK, s.phoneView(s.st.phoneOf(c.ext)))
}

// updatePhone serves PUT /extension/{eid}/phone/: a partial update.
func (s *Server) updatePhone(c *call) reply {
	if rp, ok := s.phoneExtension(c.ext); !ok {
		return rp
	}
	p := s.st.phoneOf(c.ext)
	if err := s.parsePhone(c.body, &p); err != nil {
		return validationFailed(err)
	}
	return replyOf(http.StatusOK, s.phoneView(s.st.phones.put(p)))
}

// parsePhone validates a phone settings body into p; every field is
// optional.
func (s *Server) parsePhone(o object, p *PhoneSettings) error {
	rd := &reader{o: o}
	st := &s.st
	if v, ok := rd.str("password"); ok {
		if v == "" {
			rd.fail("password", "must not be empty")
		}
		p.password = v
	}
	rd.setEnum("auth_type", &p.AuthType, phoneAuthTypes...)
	p.NetworkPermissionID = rd.ref(wirePhoneNetworkPermission, "network permission group",
		st.networkPermissions.has, p.NetworkPermissionID)
	rd.setBool("allow_webrtc", &p.AllowWebRTC)
	rd.setBool("record_enabled", &p.RecordEnabled)
	rd.setBool("record_transfer", &p.RecordTransfer)
	rd.setBool("call_screening_enabled", &p.CallScreeningEnabled)
	rd.setStr("label", &p.Label)
	p.AnnounceSoundUponIncomingCall = rd.ref("announce_sound_upon_incoming_call", "sound", st.sounds.has,
		p.AnnounceSoundUponIncomingCall)
	p.AnnounceSoundUponOutgoingCall = rd.ref("announce_sound_upon_outgoing_call", "sound", st.sounds.has,
		p.AnnounceSoundUponOutgoingCall)
	rd.setStr("append_to_cid_name_on_transfer", &p.AppendToCIDNameOnTransfer)
	if v, ok := rd.str("conference_pin"); ok {
		if strings.Trim(v, "0123456789") != "" {
			rd.fail("conference_pin", "must be digits only (or \"\" for none), got %q", v)
		}
		p.ConferencePIN = v
	}
	rd.setBool("conference_announce_caller_name", &p.ConferenceAnnounceCallerName)
	rd.setBool("conference_end_on_exit", &p.ConferenceEndOnExit)
	return rd.err
}
