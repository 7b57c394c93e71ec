package sandbox

// The helpers below work directly on the store: they are not requests, so
// they are neither recorded, checked against the roles, validated, nor
// subject to faults. Use them to arrange state and to check what a client
// did. Each of them first brings the orders up to the current time, so
// orders already due complete before the change.

// Numbers returns every number (canceled ones too), sorted by number.
func (s *Server) Numbers() []Number {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.settle(s.now())
	return s.st.sortedNumbers()
}

// Number returns number n with its stored SIP password; false if there is
// none.
func (s *Server) Number(n string) (Number, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.settle(s.now())
	num, ok := s.st.numbers[n]
	return num.clone(), ok
}

// PutNumber inserts n or replaces the number with its Number, without
// validation (drift). An empty Status is taken as active.
func (s *Server) PutNumber(n Number) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.settle(s.now())
	if n.Status == "" {
		n.Status = StatusActive
	}
	s.st.numbers[n.Number] = n.clone()
}

// DeleteNumber removes number n (as if it never existed, not canceled);
// false if there was none. Pending orders for it end in error.
func (s *Server) DeleteNumber(n string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.settle(s.now())
	_, ok := s.st.numbers[n]
	delete(s.st.numbers, n)
	return ok
}

// Orders returns every order, ids ascending.
func (s *Server) Orders() []Order {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.settle(s.now())
	out := make([]Order, 0, len(s.st.orders))
	for _, o := range s.st.sortedOrders() {
		out = append(out, o.Order)
	}
	return out
}

// Order returns order id; false if there is none.
func (s *Server) Order(id int64) (Order, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.settle(s.now())
	o, ok := s.st.orders[id]
	if !ok {
		return Order{}, false
	}
	return o.Order, true
}

// FinishOrders completes every pending order now, ids ascending, as if
// its delay had passed (an order for a number given to FailOrdersFor ends
// in error). It returns how many orders it completed.
func (s *Server) FinishOrders() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	s.settle(now)
	n := 0
	for _, o := range s.st.orders {
		if o.pending() {
			n++
		}
	}
	s.finishAll(now)
	return n
}

// FailOrdersFor makes every order for number that completes from now on
// (pending ones included) end in requestStatus error with message (or a
// default message when it is ""). A failed activation removes the
// prepared number again; a failed change or deactivation changes nothing.
func (s *Server) FailOrdersFor(number, message string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.settle(s.now())
	if message == "" {
		message = msgOrderFailed
	}
	s.failures[number] = message
}

// ClearOrderFailures undoes every FailOrdersFor.
func (s *Server) ClearOrderFailures() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.settle(s.now())
	clear(s.failures)
}

// Profiles returns the VoIP profiles, as GET /v1/voip/profiles serves them.
func (s *Server) Profiles() []Profile {
	return s.sortedProfiles()
}

// Services returns the services other than VoIP numbers (which Numbers
// returns), sorted by number.
func (s *Server) Services() []Service {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st.sortedOthers()
}

// PutService inserts or replaces a service other than a VoIP number, without
// validation; GET /v1/services lists it. An empty Status is taken as active.
func (s *Server) PutService(o Service) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if o.Status == "" {
		o.Status = StatusActive
	}
	s.st.others[o.Number] = o
}
