package pbx_test

// Bad configurations of the extension, extension group and network
// permission resources and of the extensions and limits data sources: they
// join badKinds, so TestAccPBX_invalidConfig rejects them at plan time with
// no request, and TestPBX_invalidConfigAttributePaths checks their paths.
func init() {
	badKinds = append(badKinds,
		badKind{"resource", "telecom_pbx_extension", `{"name": "100", "type": "phone"}`, badExtensions},
		badKind{"resource", "telecom_pbx_extension_group", `{"name": "tf-acc-bad"}`, badExtensionGroups},
		badKind{"resource", "telecom_pbx_network_permission", `{"name": "tf-acc-bad", "network_addresses": ["192.0.2.0/24"]}`, badNetworkPermissions},
		badKind{"data", "telecom_pbx_extensions", `{}`, badExtensionsDataSources},
		badKind{"data", "telecom_pbx_limits", `{}`, badLimitsDataSources},
	)
}

const extensionNameRule = "must be the short extension number, digits only"

var badExtensions = []badCase{
	{name: "name_letters", attrs: `{"name": "reception"}`, path: "name", detail: extensionNameRule},
	{name: "name_with_prefix", attrs: `{"name": "345*100"}`, path: "name", detail: extensionNameRule},
	{name: "type_unknown", attrs: `{"type": "sip"}`, path: "type", detail: `value must be one of: ["phone" "queue" "ivr" "fax" "conference"]`},
	{name: "status_unknown", attrs: `{"status": "enabled"}`, path: "status", detail: `value must be one of: ["active" "blocked"]`},
	{name: "transfer_caller_id_case", attrs: `{"did_as_transfer_caller_id": "none"}`, path: "did_as_transfer_caller_id",
		detail: `value must be one of: ["None" "default" "from" "diversion"]`},
	{name: "group_id_zero", attrs: `{"extension_group_id": 0}`, path: "extension_group_id", detail: "value must be at least 1, got: 0"},
	{name: "dial_rule_id_negative", attrs: `{"dial_rule_id": -3}`, path: "dial_rule_id", detail: "value must be at least 1, got: -3"},
	{name: "dial_rule_limit_zero", attrs: `{"dial_rule_limit": 0}`, path: "dial_rule_limit", detail: "value must be at least 1, got: 0"},
	{name: "label_empty", attrs: `{"label": ""}`, path: "label", detail: "must not be empty"},
	{name: "client_id_bad", attrs: `{"client_id": "me"}`, path: "client_id", detail: "must be a numeric client id or @me"},
}

var badExtensionGroups = []badCase{
	{name: "name_blank", attrs: `{"name": " "}`, path: "name", detail: "must not be empty"},
}

// A set element's path names its value: Terraform cannot point into a set
// in the source, so the output must show the attribute's line.
var badNetworkPermissions = []badCase{
	{name: "no_mask", attrs: `{"network_addresses": ["192.0.2.0"]}`, path: `network_addresses[Value("192.0.2.0")]`,
		detail: `network address "192.0.2.0" must be an IPv4 address with its prefix length`, where: `network_addresses`},
	{name: "mask_33", attrs: `{"network_addresses": ["192.0.2.0/24", "10.0.0.0/33"]}`, path: `network_addresses[Value("10.0.0.0/33")]`,
		detail: `network address "10.0.0.0/33" must be an IPv4 address`, where: `network_addresses`},
	{name: "ipv6", attrs: `{"network_addresses": ["2001:db8::/32"]}`, path: `network_addresses[Value("2001:db8::/32")]`,
		detail: "must be an IPv4 address with its prefix length", where: `network_addresses`},
	{name: "dotted_mask", attrs: `{"network_addresses": ["192.0.2.0/255.255.255.0"]}`, path: `network_addresses[Value("192.0.2.0/255.255.255.0")]`,
		detail: "must be an IPv4 address with its prefix length, e.g. 192.0.2.0/24", where: `network_addresses`},
	{name: "empty", attrs: `{"network_addresses": []}`, path: "network_addresses", detail: "set must contain at least 1 elements"},
}

var badExtensionsDataSources = []badCase{
	{name: "type_unknown", attrs: `{"type": "pager"}`, path: "type", detail: "value must be one of"},
	{name: "name_empty", attrs: `{"name": ""}`, path: "name", detail: "must not be empty"},
	{name: "group_zero", attrs: `{"extension_group_id": 0}`, path: "extension_group_id", detail: "value must be at least 1"},
}

var badLimitsDataSources = []badCase{
	{name: "client_id_bad", attrs: `{"client_id": "-1"}`, path: "client_id", detail: "must be a numeric client id or @me"},
}
