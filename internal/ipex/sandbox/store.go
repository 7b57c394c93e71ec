package sandbox

import (
	"maps"
	"slices"
	"time"
)

// voipChange is what a change order sets when it finishes; nil fields stay.
type voipChange struct {
	ProfileID          *int64   `json:"profile_id,omitempty"`
	TariffPlanID       *int64   `json:"tariff_plan_id,omitempty"`
	CLIR               *string  `json:"clir,omitempty"`
	InternationalLimit *float64 `json:"international_limit,omitempty"`
	SIPPassword        *string  `json:"sip_password,omitempty"`
}

// order is an Order with its schedule and what it does when it finishes.
type order struct {
	Order
	processingAt time.Time   // new -> processing
	dueAt        time.Time   // processing -> finished (or error)
	change       *voipChange // change_voip
	previous     *Number     // activate_voip over a canceled number: restored on failure
}

// store is the emulator's data; the Server's mutex guards it.
type store struct {
	numbers map[string]Number
	others  map[string]Service // services other than VoIP numbers, by number
	orders  map[int64]*order
	nextID  int64
}

func newStore() store {
	return store{numbers: map[string]Number{}, others: map[string]Service{}, orders: map[int64]*order{}, nextID: FirstRequestID}
}

// sortedNumbers returns copies of every number, sorted by number.
func (st *store) sortedNumbers() []Number {
	out := make([]Number, 0, len(st.numbers))
	for _, n := range slices.Sorted(maps.Keys(st.numbers)) {
		out = append(out, st.numbers[n].clone())
	}
	return out
}

// sortedOthers returns the services other than VoIP numbers, sorted by
// number.
func (st *store) sortedOthers() []Service {
	out := make([]Service, 0, len(st.others))
	for _, n := range slices.Sorted(maps.Keys(st.others)) {
		out = append(out, st.others[n])
	}
	return out
}

// sortedOrders returns the orders, ids ascending.
func (st *store) sortedOrders() []*order {
	out := make([]*order, 0, len(st.orders))
	for _, id := range slices.Sorted(maps.Keys(st.orders)) {
		out = append(out, st.orders[id])
	}
	return out
}

// pendingFor returns the pending order of type typ for number, or nil.
func (st *store) pendingFor(number, typ string) *order {
	for _, o := range st.sortedOrders() {
		if o.Identifier == number && o.Type == typ && o.pending() {
			return o
		}
	}
	return nil
}
