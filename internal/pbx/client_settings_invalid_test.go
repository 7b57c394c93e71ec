package pbx_test

// Bad client settings and telecom_pbx_sounds configurations join the shared
// table (see did_assignment_invalid_test.go).
func init() {
	badKinds = append(badKinds,
		badKind{"resource", "telecom_pbx_client_settings", `{"timezone": "Europe/Moscow"}`, badClientSettings},
		badKind{"data", "telecom_pbx_sounds", `{"title": "Office music on hold"}`, []badCase{
			{name: "title_blank", attrs: `{"title": " "}`, path: "title", detail: "must not be empty"},
			{name: "client_id_bad", attrs: `{"client_id": "12 345"}`, path: "client_id", detail: "must be a numeric client id or @me"},
		}},
	)
}

var badClientSettings = []badCase{
	{name: "timezone_unknown", attrs: `{"timezone": "Mars/Olympus"}`, path: "timezone", detail: `"Mars/Olympus" is not an IANA time zone name`},
	{name: "hold_music_zero", attrs: `{"hold_music": 0}`, path: "hold_music", detail: "value must be at least 1, got: 0"},
	{name: "dial_rule_id_negative", attrs: `{"dial_rule_id": -61}`, path: "dial_rule_id", detail: "value must be at least 1, got: -61"},
	{name: "network_permission_zero", attrs: `{"sip_network_permission_id": 0}`, path: "sip_network_permission_id", detail: "value must be at least 1, got: 0"},
	{name: "geo_list_lower_case", attrs: `{"geo_list": "ru us"}`, path: "geo_list", detail: `must be ISO country codes in capitals separated by single spaces, such as "RU US BY", or "*" for all`},
	{name: "geo_list_commas", attrs: `{"geo_list": "RU,US"}`, path: "geo_list", detail: "must be ISO country codes in capitals"},
	{name: "email_bad", attrs: `{"disk_space_notify_email": "admin"}`, path: "disk_space_notify_email", detail: "must be an e-mail address such as pbx@example.com"},
	{name: "threshold_over_100", attrs: `{"disk_space_notify_threshold": 101}`, path: "disk_space_notify_threshold", detail: "value must be between 0 and 100, got: 101"},
	{name: "url_ftp", attrs: `{"call_interactive_url": "ftp://hooks.example.com/call"}`, path: "call_interactive_url", detail: "must be an http:// or https:// URL, or empty"},
	{name: "method_put", attrs: `{"call_interactive_method": "PUT"}`, path: "call_interactive_method", detail: `value must be one of: ["GET" "POST"], got: "PUT"`},
	{name: "method_lower_case", attrs: `{"call_interactive_method": "post"}`, path: "call_interactive_method", detail: "value must be one of"},
	{name: "timeout_negative", attrs: `{"call_interactive_timeout": -5}`, path: "call_interactive_timeout", detail: "value must be at least 0, got: -5"},
	{name: "caller_id_national", attrs: `{"default_caller_id": "84951234567"}`, path: "default_caller_id", detail: "is not an international number"},
	{name: "client_id_bad", attrs: `{"client_id": "@ME"}`, path: "client_id", detail: "must be a numeric client id or @me"},
}
