package api

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

// Intervals is the client's time intervals. Update replaces name, time
// zone and the whole condition list.
func (c *Client) Intervals() *Collection[Interval] { return collectionOf(c, intervalSpec) }

var intervalSpec = spec[Interval]{
	kind: "interval", path: "/client/{client_id}/interval/",
	id:       func(i Interval) int64 { return i.ID },
	clientID: func(i Interval) int64 { return i.ClientID },
	name:     func(i Interval) string { return i.Name },
	same:     sameInterval, // the API answers times as HH:MM:SS
}
