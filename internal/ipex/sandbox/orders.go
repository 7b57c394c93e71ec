package sandbox

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

// Order messages.
const (
	msgOrderCanceled = "Canceled by the API user"
	msgOrderFailed   = "Order processing failed"
)

// newOrder inserts an order of typ for number at now. It is new until
// processingAt and final at dueAt = now + the order delay, or at cease
// when that is later (a deactivation with requiredCeaseDate); the
// processing phase is the second half of the delay before dueAt.
func (s *Server) newOrder(now time.Time, typ, number string, customerID int64, login string, cease time.Time) *order {
	d := s.cfg.orderDelay
	due := now.Add(d).Truncate(time.Millisecond)
	if cease.After(due) {
		due = cease.UTC().Truncate(time.Millisecond)
	}
	o := &order{
		Order: Order{ID: s.st.nextID, Type: typ, Status: OrderNew, CustomerID: customerID, Login: login,
			Identifier: number, Inserted: now, Changed: now},
		processingAt: due.Add(-d / 2).Truncate(time.Millisecond),
		dueAt:        due,
	}
	s.st.nextID++
	s.st.orders[o.ID] = o
	return o
}

// settle moves every pending order through the phases it has reached by
// now, finishing orders in the order of their due times (then ids), so
// their effects apply in that order. The caller holds s.mu.
func (s *Server) settle(now time.Time) {
	var pending []*order
	for _, o := range s.st.orders {
		if o.pending() {
			pending = append(pending, o)
		}
	}
	slices.SortFunc(pending, func(a, b *order) int {
		return cmp.Or(a.dueAt.Compare(b.dueAt), cmp.Compare(a.ID, b.ID))
	})
	for _, o := range pending {
		if o.Status == OrderNew && !now.Before(o.processingAt) {
			o.Status, o.Changed = OrderProcessing, o.processingAt
		}
		if !now.Before(o.dueAt) {
			s.complete(o, o.dueAt)
		}
	}
}

// finishAll completes every pending order at now, ids ascending.
func (s *Server) finishAll(now time.Time) {
	for _, o := range s.st.sortedOrders() {
		if o.pending() {
			s.complete(o, now)
		}
	}
}

// complete ends o at time at: error when its number is set to fail (see
// FailOrdersFor) or the order no longer applies, else finished with its
// effect on the number.
func (s *Server) complete(o *order, at time.Time) {
	o.Changed = at
	if msg, fail := s.failures[o.Identifier]; fail {
		o.Status, o.Message = OrderError, msg
		s.rollback(o)
		return
	}
	if msg := s.apply(o); msg != "" {
		o.Status, o.Message = OrderError, msg
		s.rollback(o)
		return
	}
	o.Status = OrderFinished
}

// apply carries out a finishing order; it returns an error message when
// the number is not in a state the order can act on.
func (s *Server) apply(o *order) string {
	n, ok := s.st.numbers[o.Identifier]
	switch {
	case !ok:
		return fmt.Sprintf("1010: number %s does not exist", o.Identifier)
	case o.Type == TypeActivateVoip && n.Status != StatusPrepared:
		return fmt.Sprintf("1010: number %s is %s, not prepared", o.Identifier, n.Status)
	case o.Type != TypeActivateVoip && n.Status == StatusCanceled:
		return fmt.Sprintf("1010: number %s is canceled", o.Identifier)
	}
	switch o.Type {
	case TypeActivateVoip:
		n.Status = StatusActive
	case TypeDeactivateVoip:
		n.Status = StatusCanceled
	case TypeChangeVoip:
		n = o.change.applyTo(n)
	}
	s.st.numbers[n.Number] = n
	return ""
}

// rollback undoes what an order did when it was inserted: a failed or
// canceled activation removes the prepared number (or brings back the
// canceled number it replaced).
func (s *Server) rollback(o *order) {
	if o.Type != TypeActivateVoip {
		return
	}
	n, ok := s.st.numbers[o.Identifier]
	if !ok || n.Status != StatusPrepared {
		return
	}
	if o.previous != nil {
		s.st.numbers[o.Identifier] = o.previous.clone()
		return
	}
	delete(s.st.numbers, o.Identifier)
}

// cancel cancels a new order (DELETE /requests/{id}).
func (s *Server) cancel(o *order, now time.Time) {
	o.Status, o.Message, o.Changed = OrderCanceled, msgOrderCanceled, now
	s.rollback(o)
}

func (ch *voipChange) applyTo(n Number) Number {
	if ch == nil {
		return n
	}
	n = n.clone()
	if ch.ProfileID != nil {
		n.ProfileID = *ch.ProfileID
	}
	if ch.TariffPlanID != nil {
		n.TariffPlanID = *ch.TariffPlanID
	}
	if ch.CLIR != nil {
		n.CLIR = *ch.CLIR
	}
	if ch.InternationalLimit != nil {
		v := *ch.InternationalLimit
		n.InternationalLimit = &v
	}
	if ch.SIPPassword != nil {
		n.SIPPassword = *ch.SIPPassword
	}
	return n
}
