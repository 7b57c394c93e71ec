package sandbox

import (
	"net/netip"
	"strconv"
)

// NetworkPermission is a trusted-network group: the IPv4 networks SIP
// devices may register from. NetworkCount is derived (the number of
// networks).
type NetworkPermission struct {
	ID             int64    `json:"id"`
	ClientID       int64    `json:"client_id"`
	Name           string   `json:"name"`
	NetworkAddress []string `json:"network_address"` // "address/mask", e.g. 192.168.1.0/24
	NetworkCount   int64    `json:"network_count"`
}

func (n *NetworkPermission) key() *int64       { return &n.ID }
func (n *NetworkPermission) clientKey() *int64 { return &n.ClientID }

func (n NetworkPermission) clone() NetworkPermission {
	n.NetworkAddress = append([]string{}, n.NetworkAddress...)
	return n
}

// networkPermissions serves the client's trusted-network groups; the
// group the client or a phone has set as sip_network_permission_id cannot
// be deleted (409).
func (s *Server) networkPermissions() *objectType[NetworkPermission, *NetworkPermission] {
	return &objectType[NetworkPermission, *NetworkPermission]{
		s:     s,
		path:  "network_permission",
		of:    func(st *store) *collection[NetworkPermission, *NetworkPermission] { return &st.networkPermissions },
		parse: parseNetworkPermission,
		fill: func(n *NetworkPermission) {
			if n.NetworkAddress == nil {
				n.NetworkAddress = []string{}
			}
			n.NetworkCount = int64(len(n.NetworkAddress))
		},
		limit:     func(l Limits) int64 { return l.NetworkPermissionLimit },
		limitName: "network_permission_limit",
		onDelete: func(c *call) (reply, bool) {
			id, st := c.id, &s.st
			if sameID(st.client.SIPNetworkPermissionID, id) {
				return inUse("Network permission group %d is in use by client %d (sip_network_permission_id); detach it first",
					id, st.client.ID), true
			}
			if p, ok := st.phones.find(func(p *PhoneSettings) bool { return sameID(p.NetworkPermissionID, id) }); ok {
				e, _ := st.extensions.get(p.ExtensionID)
				return inUse("Network permission group %d is in use by the phone of extension %s (%s); detach it first",
					id, e.Name, wirePhoneNetworkPermission), true
			}
			return reply{}, false
		},
	}
}

// parseNetworkPermission validates a group body (name required on POST,
// network_address optional, replaced whole) into n.
func parseNetworkPermission(o object, n *NetworkPermission, required bool) error {
	rd := &reader{o: o}
	if name := rd.name(required); name != nil {
		n.Name = *name
	}
	if nets, ok := rd.strs("network_address", checkIPv4Network); ok {
		n.NetworkAddress = nets
	}
	return rd.err
}

// checkIPv4Network accepts an IPv4 address/mask (mask 0..32, dotted
// decimal without leading zeros; host bits may be set).
func checkIPv4Network(v string) string {
	p, err := netip.ParsePrefix(v)
	if err != nil || !p.Addr().Is4() {
		return "must be an IPv4 address/mask such as 192.168.1.0/24, got " + strconv.Quote(v)
	}
	return ""
}
