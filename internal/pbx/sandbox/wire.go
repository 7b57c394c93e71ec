package sandbox

// Wire names the vendor documentation does not show (the pages were cut
// off; see [inferred] in the package documentation), chosen here. Every
// request reader and answer uses them only through these constants, so a
// correction is a one-line change. The JSON of the Go structs (snapshots,
// test decoding) keeps these spellings too; tests that decode an answer
// into a struct rely on them being equal.
const (
	// wireRuleInterval is the incoming rule's link to a time interval
	// (/client/{cid}/interval/): the rule applies only while the interval
	// is true; null means always.
	wireRuleInterval = "interval_id"
	// wireRuleOrder is the member of the IncomingRuleOrder body of PUT
	// /extension/{eid}/incom_rule/order/: the ids of all the extension's
	// rules in the wanted evaluation order.
	wireRuleOrder = "order"
	// wirePhoneNetworkPermission is the phone settings' trusted-network
	// group (/client/{cid}/network_permission/), spelt as the client's
	// own sip_network_permission_id.
	wirePhoneNetworkPermission = "sip_network_permission_id"
)
