package sandbox

import (
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
)

// orderView is an order as /v1/requests serves it. The id is given twice
// (id and requestId, the name of the filter and of the create answers).
type orderView struct {
	ID            int64   `json:"id"`
	RequestID     int64   `json:"requestId"`
	RequestType   string  `json:"requestType"`
	RequestStatus string  `json:"requestStatus"`
	CustomerID    int64   `json:"customerId"`
	Login         string  `json:"login"`
	Identifier    string  `json:"identifier"`
	Identifier2   *string `json:"identifier2"`
	Message       *string `json:"message"`
	Inserted      string  `json:"inserted"`
	Changed       string  `json:"changed"`
}

func viewOrder(o Order) orderView {
	v := orderView{ID: o.ID, RequestID: o.ID, RequestType: o.Type, RequestStatus: o.Status,
		CustomerID: o.CustomerID, Login: o.Login, Identifier: o.Identifier,
		Inserted: isoMillis(o.Inserted), Changed: isoMillis(o.Changed)}
	if o.Message != "" {
		msg := o.Message
		v.Message = &msg
	}
	return v
}

// pathOrder validates the {requestId} path parameter and looks it up.
func (s *Server) pathOrder(c *call) (*order, reply, bool) {
	raw := c.params["requestId"]
	id, err := strconv.ParseInt(raw, 10, 64)
	if err != nil {
		return nil, invalid("params", "requestId", `"requestId" must be a number`), false
	}
	o, ok := s.st.orders[id]
	if !ok {
		return nil, notFound(fmt.Sprintf("Request %d not found", id)), false
	}
	return o, reply{}, true
}

// getOrder is GET /v1/requests/{requestId}.
func (s *Server) getOrder(c *call) reply {
	o, rp, ok := s.pathOrder(c)
	if !ok {
		return rp
	}
	return replyOf(http.StatusOK, viewOrder(o.Order))
}

// cancelOrder is DELETE /v1/requests/{requestId}: only a new order can be
// canceled (400 otherwise); the answer is the canceled order.
func (s *Server) cancelOrder(c *call) reply {
	o, rp, ok := s.pathOrder(c)
	if !ok {
		return rp
	}
	if o.Status != OrderNew {
		return badRequest(fmt.Sprintf("Request %d cannot be canceled: its status is %s", o.ID, o.Status))
	}
	s.cancel(o, c.now)
	return replyOf(http.StatusOK, viewOrder(o.Order))
}

var orderStatuses = []string{OrderNew, OrderProcessing, OrderCanceled, OrderFinished, OrderError}

// orderFilter is the validated query of GET /v1/requests.
type orderFilter struct {
	ints map[string]int64  // requestId, customerId
	strs map[string]string // login, identifier, identifier2, requestType, requestStatus
	from map[string]time.Time
	to   map[string]time.Time
}

func readOrderFilter(c *call) (orderFilter, reply, bool) {
	ck := queryChecker(c.query)
	f := orderFilter{ints: map[string]int64{}, strs: map[string]string{},
		from: map[string]time.Time{}, to: map[string]time.Time{}}
	for _, k := range []string{"requestId", "customerId"} {
		if v, ok := ck.integer(k, false); ok {
			f.ints[k] = v
		}
	}
	for _, k := range []string{"login", "identifier", "identifier2", "requestType", "requestStatus"} {
		if v, ok := ck.str(k, false); ok {
			f.strs[k] = v
		}
	}
	if st, ok := f.strs["requestStatus"]; ok && !slices.Contains(orderStatuses, st) {
		ck.fail("requestStatus", fmt.Sprintf(`"requestStatus" must be one of [%s]`, strings.Join(orderStatuses, ", ")))
	}
	for _, k := range []string{"insertedFrom", "insertedTo", "changedFrom", "changedTo"} {
		v, ok := ck.date(k)
		if !ok {
			continue
		}
		t, dateOnly, _ := parseDate(v)
		if strings.HasSuffix(k, "From") {
			f.from[strings.TrimSuffix(k, "From")] = t
		} else {
			if dateOnly { // the whole day
				t = t.Add(24*time.Hour - time.Millisecond)
			}
			f.to[strings.TrimSuffix(k, "To")] = t
		}
	}
	rp, bad := ck.result()
	return f, rp, !bad
}

func (f orderFilter) match(o Order) bool {
	if v, ok := f.ints["requestId"]; ok && o.ID != v {
		return false
	}
	if v, ok := f.ints["customerId"]; ok && o.CustomerID != v {
		return false
	}
	fields := map[string]string{"login": o.Login, "identifier": o.Identifier, "identifier2": "",
		"requestType": o.Type, "requestStatus": o.Status}
	for k, v := range f.strs {
		if fields[k] != v {
			return false
		}
	}
	times := map[string]time.Time{"inserted": o.Inserted, "changed": o.Changed}
	for k, t := range f.from {
		if times[k].Before(t) {
			return false
		}
	}
	for k, t := range f.to {
		if times[k].After(t) {
			return false
		}
	}
	return true
}

// listOrders is GET /v1/requests: a bare array, ids ascending, filtered by
// the optional query (detail and unknown parameters are ignored).
func (s *Server) listOrders(c *call) reply {
	f, rp, ok := readOrderFilter(c)
	if !ok {
		return rp
	}
	out := []orderView{}
	for _, o := range s.st.sortedOrders() {
		if f.match(o.Order) {
			out = append(out, viewOrder(o.Order))
		}
	}
	return replyOf(http.StatusOK, out)
}
