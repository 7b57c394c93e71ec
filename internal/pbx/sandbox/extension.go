package sandbox

import (
	"fmt"
	"net/http"
	"strings"
)

// Extension is an internal number of the client (a phone, queue, IVR,
// fax or conference), in the vendor's JSON shape. Nullable ids are nil
// when unset, strings "" (extra_params "null").
type Extension struct {
	ID                    int64  `json:"id"`
	ClientID              int64  `json:"client_id"`
	Name                  string `json:"name"` // <client prefix>*<extension>, e.g. 345*100
	Type                  string `json:"type"`
	Status                string `json:"status"`
	Label                 string `json:"label"`
	CallerIDName          string `json:"caller_id_name"`
	Domain                string `json:"domain"`
	CreateDate            string `json:"create_date"` // YYYY-MM-DD HH:MM:SS
	ExtensionGroupID      *int64 `json:"extension_group_id"`
	DialRuleID            *int64 `json:"dial_rule_id"`
	DialRuleLimit         *int64 `json:"dial_rule_limit"`
	ANI                   string `json:"ani"`
	ANIRFC3325            bool   `json:"ani_rfc3325"`
	DIDAsTransferCallerID string `json:"did_as_transfer_caller_id"`
	MessageDID            string `json:"message_did"`
	ExtraParams           string `json:"extra_params"`
}

func (e *Extension) key() *int64       { return &e.ID }
func (e *Extension) clientKey() *int64 { return &e.ClientID }

func (e Extension) clone() Extension {
	e.ExtensionGroupID = cloneID(e.ExtensionGroupID)
	e.DialRuleID = cloneID(e.DialRuleID)
	e.DialRuleLimit = cloneID(e.DialRuleLimit)
	return e
}

// The documented enums of an extension.
var (
	extensionTypes        = []string{"phone", "queue", "ivr", "fax", "conference"}
	extensionStatuses     = []string{"active", "blocked"}
	didAsTransferCallerID = []string{"None", "default", "from", "diversion"}
)

// extensions serves the client's extensions: name and type only on POST
// (the name gets the client's prefix), status blocked unless given, a
// duplicate name 409, ids of groups and dial rule lists checked. An
// extension a user or a local agent is bound to cannot be deleted (409);
// deleting one unassigns the DIDs routed to it and takes the agents out of
// it (as a queue) and removes its incoming rules, phone settings and
// webhooks (its caller id is a field of its own).
func (s *Server) extensions() *objectType[Extension, *Extension] {
	return &objectType[Extension, *Extension]{
		s:     s,
		path:  "extension",
		of:    func(st *store) *collection[Extension, *Extension] { return &st.extensions },
		parse: s.parseExtension,
		filters: []filter[Extension]{
			byID("id", func(e *Extension) *int64 { return &e.ID }),
			oneOf("name", func(v string) (string, error) { return s.st.fullName(v), nil },
				func(e *Extension) string { return e.Name }),
			byString("type", func(e *Extension) string { return e.Type }),
			byString("status", func(e *Extension) string { return e.Status }),
			byID("extension_group_id", func(e *Extension) *int64 { return e.ExtensionGroupID }),
		},
		fill: func(e *Extension) {
			e.Name = s.st.fullName(e.Name)
			if e.Domain == "" {
				e.Domain = s.st.client.Domain
			}
			if e.CreateDate == "" {
				e.CreateDate = s.stamp()
			}
		},
		limit:     func(l Limits) int64 { return l.ExtensionLimit },
		limitName: "extension_limit",
		onDelete: func(c *call) (reply, bool) {
			id, st := c.id, &s.st
			if u, ok := st.userBoundTo(id, false); ok {
				return inUse("Extension %d is in use by user %q (id %d, extension_id); delete the user first",
					id, u.Login, u.ID), true
			}
			if a, ok := st.localAgentOf(id); ok {
				return inUse("Extension %d is in use by agent %q (id %d, extension_id); delete the agent first",
					id, a.Name, a.ID), true
			}
			st.dropQueue(id)
			st.dropExtensionParts(id)
			st.dids.update(func(d *DID) {
				if sameID(d.ExtensionID, id) {
					d.ExtensionID = nil
				}
				if sameID(d.MessageExtensionID, id) {
					d.MessageExtensionID = nil
				}
			})
			return reply{}, false
		},
	}
}

// parseExtension validates an extension body into e. name and type are
// read only when the extension is created (required); a PUT ignores them.
func (s *Server) parseExtension(o object, e *Extension, required bool) error {
	rd := &reader{o: o}
	st := &s.st
	if required {
		if name := rd.name(true); name != nil {
			full, problem := st.checkExtensionName(*name)
			if problem != "" {
				rd.fail("name", "%s", problem)
			}
			e.Name = full
		}
		rd.need("type")
		rd.setEnum("type", &e.Type, extensionTypes...)
		e.Status, e.DIDAsTransferCallerID, e.ExtraParams = "blocked", "None", "null"
	}
	rd.setEnum("status", &e.Status, extensionStatuses...)
	rd.setStr("label", &e.Label)
	rd.setStr("caller_id_name", &e.CallerIDName)
	rd.setStr("extra_params", &e.ExtraParams)
	rd.setEnum("did_as_transfer_caller_id", &e.DIDAsTransferCallerID, didAsTransferCallerID...)
	rd.setBool("ani_rfc3325", &e.ANIRFC3325)
	e.ExtensionGroupID = rd.ref("extension_group_id", "extension group", st.extensionGroups.has, e.ExtensionGroupID)
	e.DialRuleID = rd.ref("dial_rule_id", "dial rule list", st.dialRules.has, e.DialRuleID)
	if rd.isNull("dial_rule_limit") {
		e.DialRuleLimit = nil
	} else if _, given := rd.raw("dial_rule_limit"); given {
		var n int64
		rd.setCount("dial_rule_limit", &n)
		e.DialRuleLimit = &n
	}
	if v, ok := rd.str("message_did"); ok {
		if _, has := st.did(v); v != "" && !has {
			rd.fail("message_did", "%s", didError(v))
		}
		e.MessageDID = v
	}
	if rd.err != nil {
		return rd.err
	}
	if other, dup := st.extensions.find(func(x *Extension) bool { return x.Name == e.Name && x.ID != e.ID }); dup {
		return &refusal{errReply(http.StatusConflict,
			fmt.Sprintf("Extension %s already exists (id %d)", other.Name, other.ID), "already_exists")}
	}
	return nil
}

// fullName adds the client's prefix to a short extension name ("100" ->
// "345*100"); a name with a prefix is returned as it is.
func (st *store) fullName(name string) string {
	if name == "" || strings.Contains(name, "*") {
		return name
	}
	return st.client.Prefix + "*" + name
}

// checkExtensionName checks the name of a new extension: the short
// extension (as many digits as the client's extension_len) or the full
// <prefix>*<extension> with the client's prefix. It returns the full name,
// or the problem.
func (st *store) checkExtensionName(name string) (full, problem string) {
	prefix, short, hasPrefix := strings.Cut(name, "*")
	if !hasPrefix {
		prefix, short = st.client.Prefix, name
	}
	switch n := st.client.ExtensionLen; {
	case prefix != st.client.Prefix:
		return name, fmt.Sprintf("prefix %q is not the client's (%s)", prefix, st.client.Prefix)
	case int64(len(short)) != n || strings.Trim(short, "0123456789") != "":
		return name, fmt.Sprintf("extension %q must be %d digits (the client's extension_len)", short, n)
	}
	return prefix + "*" + short, ""
}
