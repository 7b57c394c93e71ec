package sandbox

// ExtensionGroup is a named group of extensions (extensions name it by
// extension_group_id).
type ExtensionGroup struct {
	ID          int64  `json:"id"`
	ClientID    int64  `json:"client_id"`
	Name        string `json:"name"`
	ExtraParams string `json:"extra_params"`
}

func (g *ExtensionGroup) key() *int64       { return &g.ID }
func (g *ExtensionGroup) clientKey() *int64 { return &g.ClientID }

func (g ExtensionGroup) clone() ExtensionGroup { return g }

// extensionGroups serves the client's extension groups; a group an
// extension belongs to, or a user is bound to, cannot be deleted (409).
func (s *Server) extensionGroups() *objectType[ExtensionGroup, *ExtensionGroup] {
	return &objectType[ExtensionGroup, *ExtensionGroup]{
		s:     s,
		path:  "extension_group",
		of:    func(st *store) *collection[ExtensionGroup, *ExtensionGroup] { return &st.extensionGroups },
		parse: parseExtensionGroup,
		filters: []filter[ExtensionGroup]{
			byID("id", func(g *ExtensionGroup) *int64 { return &g.ID }),
			byString("name", func(g *ExtensionGroup) string { return g.Name }),
		},
		limit:     func(l Limits) int64 { return l.ExtensionGroupLimit },
		limitName: "extension_group_limit",
		onDelete: func(c *call) (reply, bool) {
			id := c.id
			if e, ok := s.st.extensions.find(func(e *Extension) bool { return sameID(e.ExtensionGroupID, id) }); ok {
				return inUse("Extension group %d is in use by extension %s (id %d); move the extension out of the group first",
					id, e.Name, e.ID), true
			}
			if u, ok := s.st.userBoundTo(id, true); ok {
				return inUse("Extension group %d is in use by user %q (id %d, extension_group_id); delete the user first",
					id, u.Login, u.ID), true
			}
			return reply{}, false
		},
	}
}

// parseExtensionGroup validates a group body (name required on POST,
// extra_params optional) into g.
func parseExtensionGroup(o object, g *ExtensionGroup, required bool) error {
	rd := &reader{o: o}
	if name := rd.name(required); name != nil {
		g.Name = *name
	}
	if required {
		g.ExtraParams = "null"
	}
	rd.setStr("extra_params", &g.ExtraParams)
	return rd.err
}
