package sandbox

// Interval is a time interval of the client, in the vendor's JSON shape.
type Interval struct {
	ID          int64       `json:"id"`
	ClientID    int64       `json:"client_id"`
	DealerID    int64       `json:"dealer_id"`
	ExtensionID *int64      `json:"extension_id"` // null: a client-level interval
	Name        string      `json:"name"`
	Timezone    string      `json:"timezone"`
	Conditions  []Condition `json:"conditions"`
}

// Condition is one condition of an interval (the seed's interval_condition).
// Numbers are 0 and strings "" when not set; times are always HH:MM:SS.
type Condition struct {
	StartDatetime   string `json:"start_datetime"`
	EndDatetime     string `json:"end_datetime"`
	StartDow        int64  `json:"start_dow"`
	EndDow          int64  `json:"end_dow"`
	StartMday       int64  `json:"start_mday"`
	EndMday         int64  `json:"end_mday"`
	Month           int64  `json:"month"`
	StartTime       string `json:"start_time"`
	EndTime         string `json:"end_time"`
	SchedStartDate  string `json:"sched_start_date"`
	SchedActiveDays int64  `json:"sched_active_days"`
	SchedSkipDays   int64  `json:"sched_skip_days"`
	Type            string `json:"type"`
}

// Condition types the emulator reports in Condition.Type. The vendor's
// values were not found; these are the emulator's choice.
const (
	ConditionDatetime      = "datetime"       // start_datetime/end_datetime set
	ConditionScheduledDays = "scheduled_days" // sched_* set (shift schedule)
	ConditionPeriodic      = "periodic"       // any other combination
)

// conditionType derives the type of a valid condition.
func conditionType(c Condition) string {
	switch {
	case c.StartDatetime != "":
		return ConditionDatetime
	case c.SchedStartDate != "":
		return ConditionScheduledDays
	default:
		return ConditionPeriodic
	}
}

func (iv *Interval) key() *int64       { return &iv.ID }
func (iv *Interval) clientKey() *int64 { return &iv.ClientID }
func (iv *Interval) dealerKey() *int64 { return &iv.DealerID }

func (iv Interval) clone() Interval {
	iv.Conditions = append([]Condition{}, iv.Conditions...)
	if iv.ExtensionID != nil {
		id := *iv.ExtensionID
		iv.ExtensionID = &id
	}
	return iv
}
