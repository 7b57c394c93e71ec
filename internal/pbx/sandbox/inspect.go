package sandbox

import "slices"

// The helpers below work directly on the store: they are not requests, so
// they are neither recorded, counted against the quota, validated, nor
// subject to faults. Use them to arrange state and to check what a client
// did.

// Intervals returns every interval, ids ascending.
func (s *Server) Intervals() []Interval { return s.intervals().all() }

// Interval returns interval id; false if there is none.
func (s *Server) Interval(id int64) (Interval, bool) { return s.intervals().one(id) }

// PutInterval inserts iv or replaces the interval with its id, without
// validation (drift). ID 0 gets the next id; ClientID and DealerID 0 get the
// seeded client's. It returns the stored interval.
func (s *Server) PutInterval(iv Interval) Interval { return s.intervals().put(iv) }

// DeleteInterval removes interval id; false if there was none.
func (s *Server) DeleteInterval(id int64) bool { return s.intervals().remove(id) }

// DialRules returns every dial rule list, ids ascending.
func (s *Server) DialRules() []DialRuleList { return s.dialRules().all() }

// DialRule returns dial rule list id; false if there is none.
func (s *Server) DialRule(id int64) (DialRuleList, bool) { return s.dialRules().one(id) }

// PutDialRule inserts l or replaces the list with its id, without
// validation (drift). ID 0 gets the next id; ClientID and DealerID 0 get the
// seeded client's. It returns the stored list.
func (s *Server) PutDialRule(l DialRuleList) DialRuleList { return s.dialRules().put(l) }

// DeleteDialRule removes dial rule list id, even one the client has
// attached (the client's dial_rule_id then dangles, as after drift); false
// if there was none.
func (s *Server) DeleteDialRule(id int64) bool { return s.dialRules().remove(id) }

// ClientInfo returns the client settings.
func (s *Server) ClientInfo() ClientInfo {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st.client.clone()
}

// SetClientInfo replaces the client settings without validation (drift).
// The id stays DemoClientID.
func (s *Server) SetClientInfo(ci ClientInfo) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ci = ci.clone()
	ci.ID = DemoClientID
	s.st.client = ci
}

// Extensions returns every extension, ids ascending.
func (s *Server) Extensions() []Extension { return s.extensions().all() }

// Extension returns extension id; false if there is none.
func (s *Server) Extension(id int64) (Extension, bool) { return s.extensions().one(id) }

// PutExtension inserts e or replaces the extension with its id, without
// validation (drift). ID 0 gets the next id, ClientID 0 the seeded
// client's; a name without a prefix gets the client's, an empty domain
// and create_date are filled in. It returns the stored extension.
func (s *Server) PutExtension(e Extension) Extension { return s.extensions().put(e) }

// DeleteExtension removes extension id with its incoming rules, phone
// settings and webhooks, leaving DIDs, users and agents bound to it as
// they are (dangling); false if there was none.
func (s *Server) DeleteExtension(id int64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st.dropExtensionParts(id)
	return s.st.extensions.remove(id)
}

// ExtensionGroups returns every extension group, ids ascending.
func (s *Server) ExtensionGroups() []ExtensionGroup { return s.extensionGroups().all() }

// ExtensionGroup returns extension group id; false if there is none.
func (s *Server) ExtensionGroup(id int64) (ExtensionGroup, bool) { return s.extensionGroups().one(id) }

// PutExtensionGroup inserts g or replaces the group with its id, without
// validation (drift). ID 0 gets the next id, ClientID 0 the seeded
// client's. It returns the stored group.
func (s *Server) PutExtensionGroup(g ExtensionGroup) ExtensionGroup {
	return s.extensionGroups().put(g)
}

// DeleteExtensionGroup removes extension group id, even one in use;
// false if there was none.
func (s *Server) DeleteExtensionGroup(id int64) bool { return s.extensionGroups().remove(id) }

// NetworkPermissions returns every trusted-network group, ids ascending.
func (s *Server) NetworkPermissions() []NetworkPermission { return s.networkPermissions().all() }

// NetworkPermission returns trusted-network group id; false if there is
// none.
func (s *Server) NetworkPermission(id int64) (NetworkPermission, bool) {
	return s.networkPermissions().one(id)
}

// PutNetworkPermission inserts n or replaces the group with its id,
// without validation (drift); NetworkCount is derived. ID 0 gets the next
// id, ClientID 0 the seeded client's. It returns the stored group.
func (s *Server) PutNetworkPermission(n NetworkPermission) NetworkPermission {
	return s.networkPermissions().put(n)
}

// DeleteNetworkPermission removes trusted-network group id, even one in
// use; false if there was none.
func (s *Server) DeleteNetworkPermission(id int64) bool { return s.networkPermissions().remove(id) }

// DIDs returns every DID of the client, ids ascending.
func (s *Server) DIDs() []DID { return s.dids().all() }

// DID returns DID id; false if there is none.
func (s *Server) DID(id int64) (DID, bool) { return s.dids().one(id) }

// PutDID adds a DID (as if the client had bought the number) or replaces
// the DID with its id (drift), without validation. ID 0 gets the next id,
// ClientID 0 the seeded client's; an empty domain and create_date are
// filled in. It returns the stored DID.
func (s *Server) PutDID(d DID) DID { return s.dids().put(d) }

// DeleteDID removes DID id (as if the number had been released); false if
// there was none.
func (s *Server) DeleteDID(id int64) bool { return s.dids().remove(id) }

// Sounds returns every sound the client may use, ids ascending.
func (s *Server) Sounds() []Sound { return s.sounds().all() }

// Sound returns sound id; false if there is none.
func (s *Server) Sound(id int64) (Sound, bool) { return s.sounds().one(id) }

// PutSound inserts x or replaces the sound with its id. ID 0 gets the next
// id, DealerID 0 DemoDealerID; a nil ClientID makes it a dealer's shared
// sound. It returns the stored sound.
func (s *Server) PutSound(x Sound) Sound { return s.sounds().put(x) }

// DeleteSound removes sound id; false if there was none.
func (s *Server) DeleteSound(id int64) bool { return s.sounds().remove(id) }

// Limits returns the client's limits.
func (s *Server) Limits() Limits {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st.limits
}

// SetLimits replaces the client's limits (0 means no limit). Lowering one
// below the number of objects already there only refuses new ones.
func (s *Server) SetLimits(l Limits) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st.limits = l
}

// ClientANI returns the client's default caller id (a DID name), "" when
// none is set (the API answers "None").
func (s *Server) ClientANI() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st.ani
}

// SetClientANI sets the client's default caller id without validation
// (drift); "" resets it.
func (s *Server) SetClientANI(number string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st.ani = number
}

// Users returns every portal user of every scope, ids ascending, without
// passwords (UserPassword tells them).
func (s *Server) Users() []User {
	users := s.users(UserScopeClient).all()
	for i := range users {
		users[i] = users[i].public()
	}
	return users
}

// User returns user id (of any scope) without its password; false if
// there is none.
func (s *Server) User(id int64) (User, bool) {
	u, ok := s.users(UserScopeClient).one(id)
	return u.public(), ok
}

// PutUser inserts u or replaces the user with its id, without validation
// (drift): a duplicate login or a dangling extension is stored as given.
// ID 0 gets the next id, ClientID 0 the seeded client's; an empty Scope
// is UserScopeExtension with an ExtensionID, UserScopeExtensionGroup with
// an ExtensionGroupID, else UserScopeClient. A replaced user keeps its
// password, a new one has none (the empty password) until
// SetUserPassword. It returns the stored user, without the password.
func (s *Server) PutUser(u User) User {
	s.mu.Lock()
	defer s.mu.Unlock()
	old, _ := s.st.users.get(u.ID)
	u.password = old.password
	return s.users(UserScopeClient).store(owned[User](u, s.st.client.ID)).public()
}

// DeleteUser removes user id; false if there was none.
func (s *Server) DeleteUser(id int64) bool { return s.users(UserScopeClient).remove(id) }

// UserPassword returns the password user id has now: the one of its POST
// or of the last PUT that changed it. The API never answers it; false if
// there is no user id.
func (s *Server) UserPassword(id int64) (string, bool) {
	u, ok := s.users(UserScopeClient).one(id)
	return u.password, ok
}

// SetUserPassword changes the password of user id without validation;
// false if there is no user id.
func (s *Server) SetUserPassword(id int64, password string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	u, ok := s.st.users.get(id)
	if ok {
		u.password = password
		s.st.users.put(u)
	}
	return ok
}

// Agents returns every call-centre agent, local and remote, ids
// ascending.
func (s *Server) Agents() []Agent { return s.agents(AgentKindLocal).all() }

// Agent returns agent id (of either kind); false if there is none.
func (s *Server) Agent(id int64) (Agent, bool) { return s.agents(AgentKindLocal).one(id) }

// PutAgent inserts a or replaces the agent with its id, without
// validation (drift). ID 0 gets the next id; an empty Kind is
// AgentKindRemote for an agent with a Number and no ExtensionID, else
// AgentKindLocal. Queues puts the agent into queue extensions (the API
// cannot). It returns the stored agent.
func (s *Server) PutAgent(a Agent) Agent { return s.agents(AgentKindLocal).put(a) }

// DeleteAgent removes agent id, even one in a queue; false if there was
// none.
func (s *Server) DeleteAgent(id int64) bool { return s.agents(AgentKindLocal).remove(id) }

// PhoneEvents returns every client webhook, ids ascending.
func (s *Server) PhoneEvents() []PhoneEvent { return s.phoneEvents().all() }

// PhoneEvent returns client webhook id; false if there is none.
func (s *Server) PhoneEvent(id int64) (PhoneEvent, bool) { return s.phoneEvents().one(id) }

// PutPhoneEvent inserts e or replaces the webhook with its id, without
// validation (drift). ID 0 gets the next id. It returns the stored
// webhook.
func (s *Server) PutPhoneEvent(e PhoneEvent) PhoneEvent { return s.phoneEvents().put(e) }

// DeletePhoneEvent removes client webhook id; false if there was none.
func (s *Server) DeletePhoneEvent(id int64) bool { return s.phoneEvents().remove(id) }

// IncomingRules returns the incoming rules of extension eid in evaluation
// order (the order the API lists them in).
func (s *Server) IncomingRules(eid int64) []IncomingRule {
	s.mu.Lock()
	defer s.mu.Unlock()
	rules := s.st.rulesOf(eid)
	for i := range rules {
		rules[i] = rules[i].public()
	}
	return rules
}

// IncomingRule returns incoming rule id (of any extension); false if there
// is none.
func (s *Server) IncomingRule(id int64) (IncomingRule, bool) {
	r, ok := s.incomingRules().one(id)
	return r.public(), ok
}

// PutIncomingRule inserts r or replaces the rule with its id, without
// validation (drift): a replaced rule keeps its place, a new one (or one
// moved to another ExtensionID) goes last. ID 0 gets the next id. It
// returns the stored rule.
func (s *Server) PutIncomingRule(r IncomingRule) IncomingRule {
	r.pos = 0
	return s.incomingRules().put(r).public()
}

// InsertIncomingRule puts r, without validation, at index pos (0 = first;
// past the end = last) of the rules of r.ExtensionID, as a change made
// outside the client would: a rule with r's id is replaced and moved
// there. ID 0 gets the next id. It returns the stored rule.
func (s *Server) InsertIncomingRule(pos int, r IncomingRule) IncomingRule {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := &s.st
	st.incomingRules.remove(r.ID)
	r.pos = 0
	stored := s.incomingRules().store(r)
	rules := slices.DeleteFunc(st.rulesOf(r.ExtensionID), func(x IncomingRule) bool { return x.ID == stored.ID })
	pos = min(max(pos, 0), len(rules))
	st.setRuleOrder(slices.Insert(rules, pos, stored))
	got, _ := st.incomingRules.get(stored.ID)
	return got.public()
}

// DeleteIncomingRule removes incoming rule id; false if there was none.
func (s *Server) DeleteIncomingRule(id int64) bool { return s.incomingRules().remove(id) }

// ExtensionPhone returns the phone settings of extension eid without the
// password (PhonePassword tells it): the defaults until they are changed;
// false if eid is not an extension of type phone.
func (s *Server) ExtensionPhone(eid int64) (PhoneSettings, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if e, ok := s.st.extensions.get(eid); !ok || e.Type != "phone" {
		return PhoneSettings{}, false
	}
	return s.st.phoneOf(eid).public(), true
}

// PutExtensionPhone replaces the phone settings of extension p.ExtensionID
// without validation (drift), keeping the password. It returns the stored
// settings, without the password.
func (s *Server) PutExtensionPhone(p PhoneSettings) PhoneSettings {
	s.mu.Lock()
	defer s.mu.Unlock()
	p.password = s.st.phoneOf(p.ExtensionID).password
	return s.st.phones.put(p).public()
}

// PhonePassword returns the SIP password extension eid has now ("" when
// none was set): the one of the last PUT that gave one. false if eid is
// not an extension of type phone.
func (s *Server) PhonePassword(eid int64) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if e, ok := s.st.extensions.get(eid); !ok || e.Type != "phone" {
		return "", false
	}
	return s.st.phoneOf(eid).password, true
}

// SetPhonePassword changes the SIP password of extension eid without
// validation; false if eid is not an extension of type phone.
func (s *Server) SetPhonePassword(eid int64, password string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if e, ok := s.st.extensions.get(eid); !ok || e.Type != "phone" {
		return false
	}
	p := s.st.phoneOf(eid)
	p.password = password
	s.st.phones.put(p)
	return true
}

// ExtensionEvents returns the webhooks of extension eid (0: of every
// extension), ids ascending.
func (s *Server) ExtensionEvents(eid int64) []ExtensionEvent {
	return slices.DeleteFunc(s.extensionEvents().all(), func(e ExtensionEvent) bool {
		return eid != 0 && e.ExtensionID != eid
	})
}

// ExtensionEvent returns extension webhook id; false if there is none.
func (s *Server) ExtensionEvent(id int64) (ExtensionEvent, bool) { return s.extensionEvents().one(id) }

// PutExtensionEvent inserts e or replaces the webhook with its id, without
// validation (drift). ID 0 gets the next id. It returns the stored
// webhook.
func (s *Server) PutExtensionEvent(e ExtensionEvent) ExtensionEvent {
	return s.extensionEvents().put(e)
}

// DeleteExtensionEvent removes extension webhook id; false if there was
// none.
func (s *Server) DeleteExtensionEvent(id int64) bool { return s.extensionEvents().remove(id) }

// ExtensionANI returns the caller id of extension eid (a DID name, its
// ani field), "" when none is set (the API answers "None"); false if
// there is no extension eid. PutExtension sets it.
func (s *Server) ExtensionANI(eid int64) (string, bool) {
	e, ok := s.Extension(eid)
	return e.ANI, ok
}
