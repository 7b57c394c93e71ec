package api

import "slices"

// NetworkPermission is a group of trusted networks from which the client's
// SIP devices may register (/client/{cid}/network_permission/). ID,
// ClientID and NetworkCount are set by the API.
type NetworkPermission struct {
	ID       int64  `json:"id,omitempty"`
	ClientID int64  `json:"client_id,omitempty"`
	Name     string `json:"name"`
	// NetworkAddresses are IPv4 "address/mask" entries; a PUT that changes
	// them sends the whole array.
	NetworkAddresses []string `json:"network_address"`
	// NetworkCount is read-only ("Network permission count").
	NetworkCount int64 `json:"network_count,omitempty"`
}

// NetworkPermissions is the client's trusted-network groups.
func (c *Client) NetworkPermissions() *Collection[NetworkPermission] {
	return collectionOf(c, networkPermissionSpec)
}

var networkPermissionSpec = spec[NetworkPermission]{
	kind: "network_permission", path: "/client/{client_id}/network_permission/",
	id:       func(p NetworkPermission) int64 { return p.ID },
	clientID: func(p NetworkPermission) int64 { return p.ClientID },
	name:     func(p NetworkPermission) string { return p.Name },
	// The addresses are a set: the API may answer them in another order.
	same: func(got, sent NetworkPermission) bool {
		return got.Name == sent.Name && sameElements(got.NetworkAddresses, sent.NetworkAddresses)
	},
}

func sameElements(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
