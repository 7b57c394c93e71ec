package api

// ExtensionGroup is a named group of extensions (/client/{cid}/extension_group/).
// ID and ClientID are set by the API.
type ExtensionGroup struct {
	ID       int64  `json:"id,omitempty"`
	ClientID int64  `json:"client_id,omitempty"`
	Name     string `json:"name"`
}

// ExtensionGroups is the client's extension groups. A group that extensions
// still belong to cannot be deleted (409).
func (c *Client) ExtensionGroups() *Collection[ExtensionGroup] {
	return collectionOf(c, extensionGroupSpec)
}

var extensionGroupSpec = spec[ExtensionGroup]{
	kind: "extension_group", path: "/client/{client_id}/extension_group/",
	id:       func(g ExtensionGroup) int64 { return g.ID },
	clientID: func(g ExtensionGroup) int64 { return g.ClientID },
	name:     func(g ExtensionGroup) string { return g.Name },
}
