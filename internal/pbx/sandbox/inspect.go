package sandbox

// The helpers below work directly on the store: they are not requests, so
// they are neither recorded, counted against the quota, validated, nor
// subject to faults. Use them to arrange state and to check what a client
// did.

// Intervals returns every interval, ids ascending.
func (s *Server) Intervals() []Interval {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st.sortedIntervals()
}

// Interval returns interval id; false if there is none.
func (s *Server) Interval(id int64) (Interval, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	iv, ok := s.st.intervals[id]
	return iv.clone(), ok
}

// PutInterval inserts iv or replaces the interval with its id, without
// validation (drift). ID 0 gets the next id; ClientID and DealerID 0 get the
// seeded client's. It returns the stored interval.
func (s *Server) PutInterval(iv Interval) Interval {
	s.mu.Lock()
	defer s.mu.Unlock()
	if iv.ClientID == 0 {
		iv.ClientID = s.st.client.ID
	}
	if iv.DealerID == 0 {
		iv.DealerID = DemoDealerID
	}
	return s.st.putInterval(iv)
}

// DeleteInterval removes interval id; false if there was none.
func (s *Server) DeleteInterval(id int64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.st.intervals[id]
	delete(s.st.intervals, id)
	return ok
}

// DialRules returns every dial rule list, ids ascending.
func (s *Server) DialRules() []DialRuleList {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st.sortedDialRules()
}

// DialRule returns dial rule list id; false if there is none.
func (s *Server) DialRule(id int64) (DialRuleList, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	l, ok := s.st.dialRules[id]
	return l.clone(), ok
}

// PutDialRule inserts l or replaces the list with its id, without
// validation (drift). ID 0 gets the next id; ClientID and DealerID 0 get the
// seeded client's. It returns the stored list.
func (s *Server) PutDialRule(l DialRuleList) DialRuleList {
	s.mu.Lock()
	defer s.mu.Unlock()
	if l.ClientID == 0 {
		l.ClientID = s.st.client.ID
	}
	if l.DealerID == 0 {
		l.DealerID = DemoDealerID
	}
	return s.st.putDialRule(l)
}

// DeleteDialRule removes dial rule list id, even one the client has
// attached (the client's dial_rule_id then dangles, as after drift); false
// if there was none.
func (s *Server) DeleteDialRule(id int64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.st.dialRules[id]
	delete(s.st.dialRules, id)
	return ok
}

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
