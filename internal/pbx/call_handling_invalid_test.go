package pbx_test

// Bad configurations of the call handling of an extension: they join
// badKinds, so TestAccPBX_invalidConfig rejects them at plan time with no
// request, and TestPBX_invalidConfigAttributePaths checks their paths.
func init() {
	badKinds = append(badKinds,
		badKind{"resource", "telecom_pbx_incoming_rules", `{"extension_id": 372850, "rules": [{"type": "busy"}]}`, badIncomingRules},
	)
}

// ruleTypes is the validator's list of rule types (group_call is only read).
const ruleTypes = `value must be one of: ["busy" "transfer" "simple_transfer" "hangup" "playfile" "voicemail" "cascade"]`

// A problem with one rule names that rule's attribute in the message:
// Terraform cannot point into an element of rules in the source.
var badIncomingRules = []badCase{
	// Fields of another type.
	{name: "busy_with_transfer_dst", attrs: `{"rules": [{"type": "busy", "transfer_dst": ["100"]}]}`,
		path: "rules[0].transfer_dst", detail: `does not belong to a "busy" rule: remove it (it is for "transfer" and "simple_transfer" rules)`},
	{name: "transfer_with_cascade", attrs: `{"rules": [{"type": "transfer", "transfer_dst": ["100"], "cascade_numbers": [{"delay": 0, "number": "101"}]}]}`,
		path: "rules[0].cascade_numbers", detail: `does not belong to a "transfer" rule: remove it (it is for "cascade" rules)`},
	{name: "hangup_with_sound_second_rule", attrs: `{"rules": [{"type": "busy"}, {"type": "hangup", "playfile_sound": 505}]}`,
		path: "rules[1].playfile_sound", detail: `does not belong to a "hangup" rule`},
	// A type's own field missing.
	{name: "transfer_without_dst", attrs: `{"rules": [{"type": "transfer"}]}`, path: "rules[0].transfer_dst", detail: `is required for a "transfer" rule`},
	{name: "simple_transfer_without_dst", attrs: `{"rules": [{"type": "busy"}, {"type": "simple_transfer", "call_status": "no_answer"}]}`,
		path: "rules[1].transfer_dst", detail: `is required for a "simple_transfer" rule`},
	{name: "cascade_without_numbers", attrs: `{"rules": [{"type": "cascade"}]}`, path: "rules[0].cascade_numbers", detail: `is required for a "cascade" rule`},
	{name: "playfile_without_sound", attrs: `{"rules": [{"type": "playfile"}]}`, path: "rules[0].playfile_sound", detail: `is required for a "playfile" rule`},
	// The caller test.
	{name: "matches_without_caller_id", attrs: `{"rules": [{"type": "busy", "caller_id_action": "matches"}]}`,
		path: "rules[0].caller_id", detail: `is required with caller_id_action = "matches"`},
	{name: "not_matches_without_caller_id", attrs: `{"rules": [{"type": "busy", "caller_id_action": "not_matches"}]}`,
		path: "rules[0].caller_id", detail: `is required with caller_id_action = "not_matches"`},
	{name: "any_with_caller_id", attrs: `{"rules": [{"type": "busy", "caller_id_action": "any", "caller_id": "^7812"}]}`,
		path: "rules[0].caller_id", detail: `is used only with caller_id_action = "matches" or "not_matches", not "any"`},
	{name: "default_action_with_caller_id", attrs: `{"rules": [{"type": "busy", "caller_id": "^7812"}]}`,
		path: "rules[0].caller_id", detail: `is used only with caller_id_action = "matches" or "not_matches", not "any"`},
	{name: "anonymous_with_caller_id", attrs: `{"rules": [{"type": "hangup", "caller_id_action": "anonymous", "caller_id": "^7812"}]}`,
		path: "rules[0].caller_id", detail: `not "anonymous"`},
	{name: "caller_id_bad_pcre", attrs: `{"rules": [{"type": "busy", "caller_id_action": "matches", "caller_id": "^(7812"}]}`,
		path: "rules[0].caller_id", detail: "is not a valid PCRE pattern"},
	{name: "caller_id_empty", attrs: `{"rules": [{"type": "busy", "caller_id_action": "not_matches", "caller_id": ""}]}`,
		path: "rules[0].caller_id", detail: "must not be empty"},
	// Sizes and ranges.
	{name: "transfer_11_numbers", attrs: `{"rules": [{"type": "transfer", "transfer_dst": ["101", "102", "103", "104", "105", "106", "107", "108", "109", "110", "111"]}]}`,
		path: "rules[0].transfer_dst", detail: "list must contain at least 1 elements and at most 10 elements, got: 11"},
	{name: "transfer_dst_empty", attrs: `{"rules": [{"type": "transfer", "transfer_dst": []}]}`,
		path: "rules[0].transfer_dst", detail: "list must contain at least 1 elements and at most 10 elements, got: 0"},
	{name: "transfer_dst_blank", attrs: `{"rules": [{"type": "transfer", "transfer_dst": ["100", " "]}]}`,
		path: "rules[0].transfer_dst[1]", detail: "must not be empty"},
	{name: "cascade_negative_delay", attrs: `{"rules": [{"type": "cascade", "cascade_numbers": [{"delay": 0, "number": "100"}, {"delay": -5, "number": "101"}]}]}`,
		path: "rules[0].cascade_numbers[1].delay", detail: "value must be at least 0, got: -5"},
	{name: "cascade_number_blank", attrs: `{"rules": [{"type": "cascade", "cascade_numbers": [{"delay": 0, "number": ""}]}]}`,
		path: "rules[0].cascade_numbers[0].number", detail: "must not be empty"},
	{name: "cascade_empty", attrs: `{"rules": [{"type": "cascade", "cascade_numbers": []}]}`,
		path: "rules[0].cascade_numbers", detail: "list must contain at least 1 elements, got: 0"},
	{name: "playfile_sound_zero", attrs: `{"rules": [{"type": "playfile", "playfile_sound": 0}]}`,
		path: "rules[0].playfile_sound", detail: "value must be at least 1, got: 0"},
	{name: "interval_id_zero", attrs: `{"rules": [{"type": "busy", "interval_id": 0}]}`,
		path: "rules[0].interval_id", detail: "value must be at least 1, got: 0"},
	{name: "rules_empty", attrs: `{"rules": []}`, path: "rules", detail: "list must contain at least 1 elements, got: 0"},
	// Enumerations.
	{name: "type_unknown", attrs: `{"rules": [{"type": "forward", "transfer_dst": ["100"]}]}`, path: "rules[0].type", detail: ruleTypes},
	{name: "type_group_call", attrs: `{"rules": [{"type": "group_call", "transfer_dst": ["100"]}]}`, path: "rules[0].type", detail: ruleTypes},
	{name: "call_status_unknown", attrs: `{"rules": [{"type": "busy", "call_status": "unanswered"}]}`,
		path: "rules[0].call_status", detail: `value must be one of: ["any" "no_answer" "busy"]`},
	{name: "caller_id_action_unknown", attrs: `{"rules": [{"type": "busy", "caller_id_action": "equals"}]}`,
		path: "rules[0].caller_id_action", detail: `value must be one of: ["any" "matches" "not_matches" "anonymous"]`},
	// The rest.
	{name: "name_blank", attrs: `{"rules": [{"type": "busy", "name": " "}]}`,
		path: "rules[0].name", detail: "must not be empty"},
	{name: "extension_id_zero", attrs: `{"extension_id": 0}`, path: "extension_id", detail: "value must be at least 1, got: 0"},
	{name: "client_id_bad", attrs: `{"client_id": "me"}`, path: "client_id", detail: "must be a numeric client id or @me"},
}
