package sandbox

import "time"

// store is the emulator's data; the Server's mutex guards it.
type store struct {
	client             ClientInfo
	ani                string // the client's default caller id (a DID name); "" none
	limits             Limits
	intervals          collection[Interval, *Interval]
	dialRules          collection[DialRuleList, *DialRuleList]
	extensions         collection[Extension, *Extension]
	extensionGroups    collection[ExtensionGroup, *ExtensionGroup]
	networkPermissions collection[NetworkPermission, *NetworkPermission]
	dids               collection[DID, *DID]
	sounds             collection[Sound, *Sound]
	users              collection[User, *User]
	agents             collection[Agent, *Agent]
	phoneEvents        collection[PhoneEvent, *PhoneEvent]
	incomingRules      collection[IncomingRule, *IncomingRule]     // every extension's; order by pos
	phones             collection[PhoneSettings, *PhoneSettings]   // by extension id; only changed ones
	extensionEvents    collection[ExtensionEvent, *ExtensionEvent] // every extension's
}

// newStore is the seeded store; limits are the configured ones.
func newStore(cfg config) store {
	st := store{
		client:             seedClient(),
		limits:             cfg.limits,
		intervals:          newCollection[Interval](FirstIntervalID),
		dialRules:          newCollection[DialRuleList](FirstDialRuleID),
		extensions:         newCollection[Extension](FirstExtensionID),
		extensionGroups:    newCollection[ExtensionGroup](FirstExtensionGroupID),
		networkPermissions: newCollection[NetworkPermission](FirstNetworkPermissionID),
		dids:               newCollection[DID](FirstDIDID),
		sounds:             newCollection[Sound](FirstSoundID),
		users:              newCollection[User](FirstUserID),
		agents:             newCollection[Agent](FirstAgentID),
		phoneEvents:        newCollection[PhoneEvent](FirstPhoneEventID),
		incomingRules:      newCollection[IncomingRule](FirstIncomingRuleID),
		phones:             newCollection[PhoneSettings](1),
		extensionEvents:    newCollection[ExtensionEvent](FirstExtensionEventID),
	}
	for _, d := range seedDIDs() {
		st.dids.put(d)
	}
	for _, x := range seedSounds() {
		st.sounds.put(x)
	}
	return st
}

// dropExtensionParts removes what belongs to extension id: its incoming
// rules, phone settings and webhooks.
func (st *store) dropExtensionParts(id int64) {
	for _, r := range st.rulesOf(id) {
		st.incomingRules.remove(r.ID)
	}
	st.phones.remove(id)
	for _, e := range st.extensionEvents.all() {
		if e.ExtensionID == id {
			st.extensionEvents.remove(e.ID)
		}
	}
}

// sameID reports whether a nullable id is id.
func sameID(p *int64, id int64) bool { return p != nil && *p == id }

// stamp is the current time as the API writes create_date: "YYYY-MM-DD
// HH:MM:SS" in the client's timezone (UTC when that is not a known zone).
func (s *Server) stamp() string {
	loc := time.UTC
	if tz := s.st.client.Timezone; validTimezone(tz) {
		loc, _ = time.LoadLocation(tz)
	}
	return s.cfg.now().In(loc).Format(time.DateTime)
}
