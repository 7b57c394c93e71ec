package sandbox

import (
	"fmt"
	"slices"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// snapshotData is the persisted form of the store: numbers (SIP passwords
// included), the other services, orders with their schedule and pending
// effect, and the next order id. Configuration (credentials, profiles, customers, tariff plans,
// delays), roles, FailOrdersFor and issued tokens are runtime state and
// are not part of it.
type snapshotData struct {
	Version       int             `json:"version"`
	NextRequestID int64           `json:"next_request_id"`
	Numbers       []Number        `json:"numbers"`
	Services      []Service       `json:"services,omitempty"` // absent in snapshots older than GET /v1/services
	Orders        []snapshotOrder `json:"orders"`
}

type snapshotOrder struct {
	Order
	ProcessingAt time.Time   `json:"processing_at"`
	DueAt        time.Time   `json:"due_at"`
	Change       *voipChange `json:"change,omitempty"`
	Previous     *Number     `json:"previous,omitempty"`
}

const snapshotVersion = 1

// Snapshot returns the whole store as JSON, orders brought up to now.
func (s *Server) Snapshot() ([]byte, error) {
	return sandboxkit.Snapshot(&s.mu, func() snapshotData {
		s.settle(s.now())
		d := snapshotData{Version: snapshotVersion, NextRequestID: s.st.nextID,
			Numbers: s.st.sortedNumbers(), Services: s.st.sortedOthers(), Orders: []snapshotOrder{}}
		for _, o := range s.st.sortedOrders() {
			d.Orders = append(d.Orders, snapshotOrder{Order: o.Order, ProcessingAt: o.processingAt,
				DueAt: o.dueAt, Change: o.change, Previous: o.previous})
		}
		return d
	})
}

// Restore replaces the store with a Snapshot. On error the store is left
// unchanged. Tokens, roles and order failures stay. Pending orders keep
// their due times, so those already due complete on the next request.
func (s *Server) Restore(data []byte) error {
	return sandboxkit.Restore(&s.mu, &s.st, data, "ipex", snapshotVersion, snapshotData.toStore)
}

var (
	numberStatuses = []string{StatusReserved, StatusPrepared, StatusActive, StatusCanceled, StatusStopped, StatusLimited}
	orderTypes     = []string{TypeActivateVoip, TypeChangeVoip, TypeDeactivateVoip}
)

func (d snapshotData) toStore() (store, error) {
	st := newStore()
	for _, n := range d.Numbers {
		if n.Number == "" || !slices.Contains(numberStatuses, n.Status) {
			return st, fmt.Errorf("bad number %q (status %q)", n.Number, n.Status)
		}
		if _, dup := st.numbers[n.Number]; dup {
			return st, fmt.Errorf("duplicate number %q", n.Number)
		}
		st.numbers[n.Number] = n.clone()
	}
	for _, o := range d.Services {
		if o.Number == "" || o.Type == "" {
			return st, fmt.Errorf("bad service %q (type %q)", o.Number, o.Type)
		}
		if _, dup := st.others[o.Number]; dup || st.numbers[o.Number].Number != "" {
			return st, fmt.Errorf("duplicate number %q", o.Number)
		}
		st.others[o.Number] = o
	}
	maxID := FirstRequestID - 1
	for _, so := range d.Orders {
		switch {
		case so.ID <= 0 || st.orders[so.ID] != nil:
			return st, fmt.Errorf("bad or duplicate order id %d", so.ID)
		case !slices.Contains(orderTypes, so.Type):
			return st, fmt.Errorf("order %d: unknown type %q", so.ID, so.Type)
		case !slices.Contains(orderStatuses, so.Status):
			return st, fmt.Errorf("order %d: unknown status %q", so.ID, so.Status)
		}
		st.orders[so.ID] = &order{Order: so.Order, processingAt: so.ProcessingAt, dueAt: so.DueAt,
			change: so.Change, previous: so.Previous}
		maxID = max(maxID, so.ID)
	}
	st.nextID = max(d.NextRequestID, maxID+1)
	return st, nil
}
