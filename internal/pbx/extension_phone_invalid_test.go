package pbx_test

// Bad configurations of an extension's SIP settings and webhooks, and of
// an extension's caller id: they join badKinds, so TestAccPBX_invalidConfig
// rejects them at plan time with no request, and
// TestPBX_invalidConfigAttributePaths checks their paths.
func init() {
	badKinds = append(badKinds,
		badKind{"resource", "telecom_pbx_extension_phone", `{"extension_id": 372850}`, badExtensionPhones},
		badKind{"resource", "telecom_pbx_extension_event",
			`{"extension_id": 372850, "event_type": "hangup", "url": "https://hooks.example.com/x", "method": "POST"}`, badExtensionEvents},
		badKind{"resource", "telecom_pbx_extension", `{"name": "100", "type": "phone"}`, badExtensionCallerIDs},
	)
}

var badExtensionPhones = []badCase{
	{name: "auth_type_unknown", attrs: `{"auth_type": "password"}`, path: "auth_type", detail: `value must be one of: ["digest" "network" "both"]`},
	{name: "auth_type_case", attrs: `{"auth_type": "Digest"}`, path: "auth_type", detail: `value must be one of: ["digest" "network" "both"]`},
	{name: "incoming_sound_zero", attrs: `{"announce_sound_upon_incoming_call": 0}`, path: "announce_sound_upon_incoming_call",
		detail: "value must be at least 1, got: 0"},
	{name: "outgoing_sound_negative", attrs: `{"announce_sound_upon_outgoing_call": -5}`, path: "announce_sound_upon_outgoing_call",
		detail: "value must be at least 1, got: -5"},
	{name: "extension_id_zero", attrs: `{"extension_id": 0}`, path: "extension_id", detail: "value must be at least 1, got: 0"},
	{name: "label_blank", attrs: `{"label": "  "}`, path: "label", detail: "must not be empty"},
	{name: "conference_pin_empty", attrs: `{"conference_pin": ""}`, path: "conference_pin", detail: "must not be empty"},
	{name: "conference_pin_letters", attrs: `{"conference_pin": "12ab"}`, path: "conference_pin", detail: "must be digits only"},
	{name: "password_empty", attrs: `{"password_wo": ""}`, path: "password_wo", detail: "must not be empty"},
	{name: "client_id_bad", attrs: `{"client_id": "me"}`, path: "client_id", detail: "must be a numeric client id or @me"},
}

var badExtensionEvents = []badCase{
	{name: "event_type_unknown", attrs: `{"event_type": "ringing"}`, path: "event_type",
		detail: `value must be one of: ["dial-in" "dial-out" "hangup" "answer" "message-in" "message-out" "voicemail"]`},
	{name: "event_type_case", attrs: `{"event_type": "Hangup"}`, path: "event_type", detail: "value must be one of"},
	{name: "method_lowercase", attrs: `{"method": "post"}`, path: "method", detail: `value must be one of: ["GET" "POST"]`},
	{name: "method_put", attrs: `{"method": "PUT"}`, path: "method", detail: `value must be one of: ["GET" "POST"]`},
	{name: "url_ftp", attrs: `{"url": "ftp://hooks.example.com/x"}`, path: "url", detail: "must be an http:// or https:// URL"},
	{name: "url_no_scheme", attrs: `{"url": "hooks.example.com/x"}`, path: "url", detail: "must be an http:// or https:// URL"},
	{name: "url_empty", attrs: `{"url": ""}`, path: "url", detail: "must not be empty"},
	{name: "extension_id_zero", attrs: `{"extension_id": 0}`, path: "extension_id", detail: "value must be at least 1, got: 0"},
	{name: "client_id_bad", attrs: `{"client_id": "12a"}`, path: "client_id", detail: "must be a numeric client id or @me"},
}

var badExtensionCallerIDs = []badCase{
	{name: "caller_id_national", attrs: `{"default_caller_id": "89161234567"}`, path: "default_caller_id",
		detail: `"89161234567" is not an international number`},
	{name: "caller_id_pbx_spelling", attrs: `{"default_caller_id": "78121234567"}`, path: "default_caller_id",
		detail: "is not an international number: write it as +74951234567 or 0074951234567"},
	{name: "caller_id_empty", attrs: `{"default_caller_id": ""}`, path: "default_caller_id", detail: "is not an international number"},
}
