package sandbox

import "time"

// Number states (legacy "status" values of a number).
const (
	StatusReserved = "reserved"
	StatusPrepared = "prepared"
	StatusActive   = "active"
	StatusCanceled = "canceled"
	StatusStopped  = "stopped"
	StatusLimited  = "limited"
)

// CLIR values (legacy values for mobile numbers).
const (
	CLIRPermanent           = "permanent"
	CLIRTemporaryAllowed    = "temporaryAllowed"
	CLIRTemporaryRestricted = "temporaryRestricted"
)

// Order (request) states.
const (
	OrderNew        = "new"
	OrderProcessing = "processing"
	OrderCanceled   = "canceled"
	OrderFinished   = "finished"
	OrderError      = "error"
)

// Order types of the VoIP calls.
const (
	TypeActivateVoip   = "activate_voip"
	TypeChangeVoip     = "change_voip"
	TypeDeactivateVoip = "deactivate_voip"
)

// Service types in GET /v1/services [inferred: the API's section names,
// /v1/voip and /v1/mobile].
const (
	ServiceVoIP   = "voip"
	ServiceMobile = "mobile"
)

// Service is a service other than a VoIP number (a mobile number, say). The
// emulator serves such services only in the list GET /v1/services, so that
// a client can be seen telling them from VoIP numbers.
type Service struct {
	Number     string `json:"number"`
	Type       string `json:"type"`
	CustomerID int64  `json:"customer_id"`
	Status     string `json:"status"`
}

// Profile is a VoIP (landline) profile.
type Profile struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// Number is a VoIP number as the emulator stores it. SIPPassword is
// write-only on the API: it is kept for tests and snapshots but never
// served.
type Number struct {
	Number             string   `json:"number"`
	CustomerID         int64    `json:"customer_id"`
	ProfileID          int64    `json:"profile_id"`
	TariffPlanID       int64    `json:"tariff_plan_id"`
	CLIR               string   `json:"clir,omitempty"`                // "" = not set
	InternationalLimit *float64 `json:"international_limit,omitempty"` // nil = not set
	Status             string   `json:"status"`
	SIPPassword        string   `json:"sip_password,omitempty"`
}

func (n Number) clone() Number {
	if n.InternationalLimit != nil {
		v := *n.InternationalLimit
		n.InternationalLimit = &v
	}
	return n
}

// Order is an asynchronous order (request) as the emulator stores it.
type Order struct {
	ID         int64     `json:"id"`
	Type       string    `json:"request_type"`
	Status     string    `json:"request_status"`
	CustomerID int64     `json:"customer_id"`
	Login      string    `json:"login"`
	Identifier string    `json:"identifier"` // the number
	Message    string    `json:"message,omitempty"`
	Inserted   time.Time `json:"inserted"`
	Changed    time.Time `json:"changed"`
}

// pending reports whether the order has not reached a final state.
func (o Order) pending() bool {
	return o.Status == OrderNew || o.Status == OrderProcessing
}
