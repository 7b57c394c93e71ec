package pbx_test

// Bad portal users, agents and client webhooks join the shared table:
// TestAccPBX_invalidConfig plans them all with no request to the sandbox,
// TestPBX_invalidConfigAttributePaths checks the attribute paths.
func init() {
	badKinds = append(badKinds,
		badKind{"resource", "telecom_pbx_user",
			`{"login": "anna", "name": "Anna", "email": "anna@example.com", "password_wo": "s3cret-Pass", "password_wo_version": 1}`, badUsers},
		badKind{"resource", "telecom_pbx_agent", `{"name": "Anna", "extension_id": 42}`, badAgents},
		badKind{"resource", "telecom_pbx_phone_event",
			`{"event_type": "hangup", "url": "https://hooks.example.com/hangup", "method": "POST"}`, badPhoneEvents},
	)
}

var badUsers = []badCase{
	{name: "login_with_space", attrs: `{"login": "anna novak"}`, path: "login", detail: "must be a login without spaces"},
	{name: "email_no_at", attrs: `{"email": "anna.example.com"}`, path: "email", detail: "must be an e-mail address"},
	{name: "access_unknown", attrs: `{"access": "admin"}`, path: "access", detail: `value must be one of: ["full" "read_only"]`},
	{name: "status_unknown", attrs: `{"status": "enabled"}`, path: "status", detail: `value must be one of: ["active" "blocked"]`},
	{name: "timezone_not_iana", attrs: `{"timezone": "MSK"}`, path: "timezone", detail: "IANA"},
	{name: "two_scopes", attrs: `{"extension_id": 42, "extension_group_id": 7}`, path: "extension_id",
		detail: "cannot be configured together"},
	{name: "extension_zero", attrs: `{"extension_id": 0}`, path: "extension_id", detail: "value must be at least 1, got: 0"},
	{name: "name_blank", attrs: `{"name": " "}`, path: "name", detail: "must not be empty"},
}

var badAgents = []badCase{
	{name: "local_and_remote", attrs: `{"number": "+79161234567"}`, path: "extension_id", detail: "Exactly one of these attributes must be configured"},
	// Neither attribute is there to be named: the error is the resource's.
	{name: "neither", attrs: `{"extension_id": null}`, path: "", detail: "Exactly one of these attributes must be configured",
		where: `resource "telecom_pbx_agent" "neither"`},
	{name: "number_letters", attrs: `{"extension_id": null, "number": "+7916CALLME"}`, path: "number", detail: "must be a phone number"},
	{name: "status_unknown", attrs: `{"status": "busy"}`, path: "status", detail: `value must be one of: ["available" "logged_out"]`},
	{name: "wrap_up_negative", attrs: `{"wrap_up_time": -1}`, path: "wrap_up_time", detail: "value must be at least 0, got: -1"},
	{name: "sound_zero", attrs: `{"agent_sound_id": 0}`, path: "agent_sound_id", detail: "value must be at least 1, got: 0"},
}

var badPhoneEvents = []badCase{
	{name: "event_unknown", attrs: `{"event_type": "ringing"}`, path: "event_type", detail: `value must be one of: ["dial-in"`},
	{name: "method_lowercase", attrs: `{"method": "post"}`, path: "method", detail: `value must be one of: ["GET" "POST"]`},
	{name: "url_ftp", attrs: `{"url": "ftp://hooks.example.com/x"}`, path: "url", detail: "must be an http:// or https:// URL"},
	{name: "url_empty", attrs: `{"url": ""}`, path: "url", detail: "must not be empty"},
}
