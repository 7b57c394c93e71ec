package pbx_test

// Bad DID assignments and telecom_pbx_dids configurations join the shared
// table: TestAccPBX_invalidConfig plans them all with no request to the
// sandbox, TestPBX_invalidConfigAttributePaths checks the attribute paths.
func init() {
	badKinds = append(badKinds,
		badKind{"resource", "telecom_pbx_did_assignment", `{"number": "+74951234567", "extension_id": 1}`, badDIDAssignments},
		badKind{"data", "telecom_pbx_dids", `{}`, []badCase{
			{name: "client_id_bad", attrs: `{"client_id": "@you"}`, path: "client_id", detail: "must be a numeric client id or @me"},
		}},
	)
}

var badDIDAssignments = []badCase{
	{name: "number_national", attrs: `{"number": "84951234567"}`, path: "number", detail: `"84951234567" is not an international number: write it as +74951234567 or 0074951234567`},
	{name: "number_pbx_spelling", attrs: `{"number": "74951234567"}`, path: "number", detail: "is not an international number"},
	{name: "number_letters", attrs: `{"number": "+7495CALLME"}`, path: "number", detail: `"+7495CALLME" is not an international number`},
	{name: "number_empty", attrs: `{"number": ""}`, path: "number", detail: `"" is not an international number`},
	{name: "extension_zero", attrs: `{"extension_id": 0}`, path: "extension_id", detail: "value must be at least 1, got: 0"},
	{name: "message_extension_negative", attrs: `{"message_extension_id": -3}`, path: "message_extension_id", detail: "value must be at least 1, got: -3"},
	{name: "client_id_bad", attrs: `{"client_id": "me"}`, path: "client_id", detail: "must be a numeric client id or @me"},
}
