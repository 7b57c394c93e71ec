package api

import (
	"context"
	"net/http"
	"strconv"
)

// Condition is one condition of an interval, as on the wire. Zero values
// are "not set": omitted when sending, and what the API answers for unset
// fields (0 and "").
type Condition struct {
	StartDatetime   string `json:"start_datetime,omitempty"`
	EndDatetime     string `json:"end_datetime,omitempty"`
	StartDow        int64  `json:"start_dow,omitempty"`
	EndDow          int64  `json:"end_dow,omitempty"`
	StartMday       int64  `json:"start_mday,omitempty"`
	EndMday         int64  `json:"end_mday,omitempty"`
	Month           int64  `json:"month,omitempty"`
	StartTime       string `json:"start_time,omitempty"`
	EndTime         string `json:"end_time,omitempty"`
	SchedStartDate  string `json:"sched_start_date,omitempty"`
	SchedActiveDays int64  `json:"sched_active_days,omitempty"`
	SchedSkipDays   int64  `json:"sched_skip_days,omitempty"`
}

// Interval is a time interval. ID and ClientID are set by the API.
type Interval struct {
	ID         int64       `json:"id,omitempty"`
	ClientID   int64       `json:"client_id,omitempty"`
	Name       string      `json:"name"`
	Timezone   string      `json:"timezone"`
	Conditions []Condition `json:"conditions"`
}

const (
	intervalsPath = "/client/{client_id}/interval/"
	intervalPath  = "/client/{client_id}/interval/{id}"
)

// Intervals lists every interval of a client, afresh.
func (c *Client) Intervals(ctx context.Context, clientID string) ([]Interval, error) {
	return list[Interval](ctx, c, intervalsPath, map[string]string{"client_id": clientID})
}

// Interval reads one interval; ErrNotFound when it does not exist. Reads of
// one client share a listing for a few seconds (sharedReads); a write
// through this client is always seen.
func (c *Client) Interval(ctx context.Context, clientID string, id int64) (Interval, error) {
	return c.intervals.read(ctx, clientID, id)
}

func (c *Client) intervalByID(ctx context.Context, clientID string, id int64) (Interval, error) {
	var out Interval
	err := c.do(ctx, call{method: http.MethodGet, path: intervalPath, pathParams: objectParams(clientID, id), out: &out})
	return out, err
}

// CreateInterval creates an interval, never twice: see createOnce.
func (c *Client) CreateInterval(ctx context.Context, clientID string, in Interval) (Interval, error) {
	defer c.intervals.lists.Writing()()
	return createOnce(ctx, c, createSpec[Interval]{
		kind:     "interval",
		name:     in.Name,
		clientID: clientID,
		list:     c.Intervals,
		post: func(ctx context.Context) (Interval, error) {
			var out Interval
			err := c.do(ctx, call{method: http.MethodPost, path: intervalsPath, pathParams: map[string]string{"client_id": clientID}, body: in, out: &out})
			return out, err
		},
		same: func(got Interval) bool { return sameInterval(got, in) },
		id:   func(i Interval) int64 { return i.ID },
	})
}

// UpdateInterval replaces name, time zone and the whole condition list.
func (c *Client) UpdateInterval(ctx context.Context, clientID string, id int64, in Interval) (Interval, error) {
	defer c.intervals.lists.Writing()()
	in.ID, in.ClientID = 0, 0
	var out Interval
	err := c.do(ctx, call{method: http.MethodPut, path: intervalPath, pathParams: objectParams(clientID, id), body: in, out: &out})
	return out, err
}

// DeleteInterval deletes an interval; one that is already gone is not an error.
func (c *Client) DeleteInterval(ctx context.Context, clientID string, id int64) error {
	defer c.intervals.lists.Writing()()
	return ignoreNotFound(c.do(ctx, call{method: http.MethodDelete, path: intervalPath, pathParams: objectParams(clientID, id)}))
}

func objectParams(clientID string, id int64) map[string]string {
	return map[string]string{"client_id": clientID, "id": strconv.FormatInt(id, 10)}
}

func ignoreNotFound(err error) error {
	if err != nil && isNotFound(err) && !IsClientNotFound(err) {
		return nil
	}
	return err
}
