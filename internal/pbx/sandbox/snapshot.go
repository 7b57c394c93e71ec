package sandbox

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// snapshotData is the persisted form of the store. Configuration (app
// credentials, options), issued tokens and the rate-limit window are not
// part of it. Members added after version 1 may be missing (snapshots of
// older builds): then the store keeps its seeded DIDs, sounds and
// configured limits, and has no other objects of the new types (users,
// agents, phone events, incoming rules, phone settings, extension
// webhooks, ...). Users and phones are kept with their passwords.
type snapshotData struct {
	Version                 int                 `json:"version"`
	NextIntervalID          int64               `json:"next_interval_id"`
	NextDialRuleID          int64               `json:"next_dial_rule_id"`
	NextExtensionID         int64               `json:"next_extension_id,omitempty"`
	NextExtensionGroupID    int64               `json:"next_extension_group_id,omitempty"`
	NextNetworkPermissionID int64               `json:"next_network_permission_id,omitempty"`
	NextDIDID               int64               `json:"next_did_id,omitempty"`
	NextSoundID             int64               `json:"next_sound_id,omitempty"`
	NextUserID              int64               `json:"next_user_id,omitempty"`
	NextAgentID             int64               `json:"next_agent_id,omitempty"`
	NextPhoneEventID        int64               `json:"next_phone_event_id,omitempty"`
	NextIncomingRuleID      int64               `json:"next_incoming_rule_id,omitempty"`
	NextExtensionEventID    int64               `json:"next_extension_event_id,omitempty"`
	Client                  ClientInfo          `json:"client"`
	ClientANI               string              `json:"client_ani,omitempty"`
	Limits                  *Limits             `json:"limits,omitempty"`
	Intervals               []Interval          `json:"intervals"`
	DialRules               []DialRuleList      `json:"dial_rules"`
	Extensions              []Extension         `json:"extensions,omitempty"`
	ExtensionGroups         []ExtensionGroup    `json:"extension_groups,omitempty"`
	NetworkPermissions      []NetworkPermission `json:"network_permissions,omitempty"`
	DIDs                    []DID               `json:"dids"`
	Sounds                  []Sound             `json:"sounds"`
	Users                   []savedUser         `json:"users,omitempty"`
	Agents                  []Agent             `json:"agents,omitempty"`
	PhoneEvents             []PhoneEvent        `json:"phone_events,omitempty"`
	// IncomingRules are in evaluation order within each extension.
	IncomingRules   []IncomingRule   `json:"incoming_rules,omitempty"`
	Phones          []savedPhone     `json:"phones,omitempty"`
	ExtensionEvents []ExtensionEvent `json:"extension_events,omitempty"`
}

// savedPhone is a phone's settings with its password, as snapshots keep
// them.
type savedPhone struct {
	PhoneSettings
	Password string `json:"password,omitempty"`
}

// savedUser is a user with its password, as snapshots keep it.
type savedUser struct {
	User
	Password string `json:"password,omitempty"`
}

const snapshotVersion = 1

// Snapshot returns the whole store as JSON.
func (s *Server) Snapshot() ([]byte, error) {
	return sandboxkit.Snapshot(&s.mu, func() snapshotData {
		st := &s.st
		limits := st.limits
		return snapshotData{
			Version:                 snapshotVersion,
			NextIntervalID:          st.intervals.next,
			NextDialRuleID:          st.dialRules.next,
			NextExtensionID:         st.extensions.next,
			NextExtensionGroupID:    st.extensionGroups.next,
			NextNetworkPermissionID: st.networkPermissions.next,
			NextDIDID:               st.dids.next,
			NextSoundID:             st.sounds.next,
			NextUserID:              st.users.next,
			NextAgentID:             st.agents.next,
			NextPhoneEventID:        st.phoneEvents.next,
			NextIncomingRuleID:      st.incomingRules.next,
			NextExtensionEventID:    st.extensionEvents.next,
			Client:                  st.client.clone(),
			ClientANI:               st.ani,
			Limits:                  &limits,
			Intervals:               st.intervals.all(),
			DialRules:               st.dialRules.all(),
			Extensions:              st.extensions.all(),
			ExtensionGroups:         st.extensionGroups.all(),
			NetworkPermissions:      st.networkPermissions.all(),
			DIDs:                    st.dids.all(),
			Sounds:                  st.sounds.all(),
			Users:                   savedUsers(st.users.all()),
			Agents:                  st.agents.all(),
			PhoneEvents:             st.phoneEvents.all(),
			IncomingRules:           st.orderedRules(),
			Phones:                  savedPhones(st.phones.all()),
			ExtensionEvents:         st.extensionEvents.all(),
		}
	})
}

// Restore replaces the store with a Snapshot. On error the store is left
// unchanged. Tokens stay valid.
func (s *Server) Restore(data []byte) error {
	return sandboxkit.Restore(&s.mu, &s.st, data, "pbx", snapshotVersion, func(d snapshotData) (store, error) {
		return d.toStore(s.cfg)
	})
}

func (d snapshotData) toStore(cfg config) (store, error) {
	st := newStore(cfg)
	if d.Client.ID != DemoClientID {
		return st, fmt.Errorf("client id %d, want %d", d.Client.ID, DemoClientID)
	}
	st.client = d.Client.clone()
	st.ani = d.ClientANI
	if d.Limits != nil {
		st.limits = *d.Limits
	}
	// A snapshot that lists DIDs or sounds replaces the seeded ones.
	if d.DIDs != nil {
		st.dids = newCollection[DID](FirstDIDID)
	}
	if d.Sounds != nil {
		st.sounds = newCollection[Sound](FirstSoundID)
	}
	return st, firstError(
		st.intervals.restore("interval", d.Intervals, d.NextIntervalID),
		st.dialRules.restore("dial rule list", d.DialRules, d.NextDialRuleID),
		st.extensions.restore("extension", d.Extensions, d.NextExtensionID),
		st.extensionGroups.restore("extension group", d.ExtensionGroups, d.NextExtensionGroupID),
		st.networkPermissions.restore("network permission group", d.NetworkPermissions, d.NextNetworkPermissionID),
		st.dids.restore("DID", d.DIDs, d.NextDIDID),
		st.sounds.restore("sound", d.Sounds, d.NextSoundID),
		st.users.restore("user", restoredUsers(d.Users), d.NextUserID),
		st.agents.restore("agent", d.Agents, d.NextAgentID),
		st.phoneEvents.restore("phone event", d.PhoneEvents, d.NextPhoneEventID),
		st.incomingRules.restore("incoming rule", restoredRules(d.IncomingRules), d.NextIncomingRuleID),
		st.phones.restore("phone settings (extension)", restoredPhones(d.Phones), 0),
		st.extensionEvents.restore("extension event", d.ExtensionEvents, d.NextExtensionEventID),
	)
}

// orderedRules returns every incoming rule by extension id, then in
// evaluation order.
func (st *store) orderedRules() []IncomingRule {
	rules := st.incomingRules.all()
	slices.SortStableFunc(rules, func(a, b IncomingRule) int {
		return cmp.Or(cmp.Compare(a.ExtensionID, b.ExtensionID), cmp.Compare(a.pos, b.pos))
	})
	return rules
}

// restoredRules gives the rules of a snapshot their positions: the order
// they are listed in.
func restoredRules(rules []IncomingRule) []IncomingRule {
	out := slices.Clone(rules)
	for i := range out {
		out[i].pos = int64(i + 1)
	}
	return out
}

func savedPhones(phones []PhoneSettings) []savedPhone {
	out := make([]savedPhone, len(phones))
	for i, p := range phones {
		out[i] = savedPhone{PhoneSettings: p.public(), Password: p.password}
	}
	return out
}

func restoredPhones(saved []savedPhone) []PhoneSettings {
	out := make([]PhoneSettings, len(saved))
	for i, sp := range saved {
		out[i] = sp.PhoneSettings
		out[i].password = sp.Password
	}
	return out
}

func savedUsers(users []User) []savedUser {
	out := make([]savedUser, len(users))
	for i, u := range users {
		out[i] = savedUser{User: u.public(), Password: u.password}
	}
	return out
}

func restoredUsers(saved []savedUser) []User {
	out := make([]User, len(saved))
	for i, su := range saved {
		out[i] = su.User
		out[i].password = su.Password
	}
	return out
}

// firstError returns the first non-nil error.
func firstError(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
