package sandbox

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
