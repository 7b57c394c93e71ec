package sandbox

import (
	"bytes"
	_ "embed"
	"encoding/json"
)

// BasePath is the API prefix; clients use server URL + BasePath as base
// URL, like https://api.voipmundotelecom.com.br/api.
const BasePath = "/api"

// ActionCustomer is the action (first path segment after BasePath) of the
// full-customer-record GET. The vendor copy lacks the example URL; the name
// follows NextBilling's naming (getCustomer) and is a guess [inferred].
// WithCustomerActions changes it.
const ActionCustomer = "getCustomer"

// MaxRequestBody is the largest request body the platform accepts (128 KB);
// a larger one answers HTTP 413.
const MaxRequestBody = 128 << 10

// Master (platform operator) credentials. The master is not a customer
// record; WithMaster changes them.
const (
	DemoMasterToken = "3f9a6c21-8d4e-4b7a-9c15-2e7d0b4a61f8-0001"
	DemoMasterKey   = "b81e07d5-64c2-4f3a-a9d0-7c5e2f18b346-0001"
)

// The seeded reseller (tipo 2) and the API credentials of its main user.
const (
	DemoResellerCustomerID = int64(1042)
	DemoResellerUserID     = int64(2210)
	DemoResellerToken      = "c2d7e4a9-1b3f-4e6d-8a5c-9f0b7d2e1a43-1042"
	DemoResellerKey        = "5e8b1f3c-7a2d-4c9e-b6f4-0d3a8e5c2b17-1042"
)

// The seeded subscriber (tipo 4) of DemoResellerCustomerID and the API
// credentials of its main user.
const (
	DemoSubscriberCustomerID = int64(1057)
	DemoSubscriberUserID     = int64(2231)
	DemoSubscriberToken      = "7cb40d54-4ebf-55a6-875a-5f57234e97cc-1057"
	DemoSubscriberKey        = "e4a1c9b7-3d6f-4a2e-9b8c-1f5d7e3a0c62-1057"
)

// DemoCustomerID is the customer the demo reads: the seeded subscriber.
const DemoCustomerID = DemoSubscriberCustomerID

// The subscriber's additional user has API credentials but api_access 0:
// they answer HTTP 403.
const (
	DemoNoAPIAccessUserID = int64(2232)
	DemoNoAPIAccessToken  = "9d3e6b2a-5c1f-4b8e-a7d4-3e2c0f9b6a15-1057"
	DemoNoAPIAccessKey    = "1a7c4e9f-2b5d-4f8a-8c3e-6d0b9a2f7e54-1057"
)

// DemoForeignCustomerID is a subscriber of the platform itself (id_hie 0),
// not of the seeded reseller: the master may read it, the reseller may not.
const DemoForeignCustomerID = int64(1063)

// seedCustomersJSON holds the seeded records as the API sends them (users
// as an array), so the JSON type of every value shows: top-level values are
// numbers; finance.* and users.* values are strings, except the computed
// finance fields (available_disk_space, franquia_*_used), which are
// numbers. Most tem_* permissions are 1; tem_report (an internal flag) is
// 0. Values the sources do not give are plausible inventions.
//
//go:embed seed_customers.json
var seedCustomersJSON []byte

// seedCustomers returns the records the emulator starts with: the reseller
// DemoResellerCustomerID, its subscriber DemoSubscriberCustomerID and the
// platform's subscriber DemoForeignCustomerID, with the users whose
// credentials are the Demo* constants.
func seedCustomers() []Customer {
	var out []Customer
	dec := json.NewDecoder(bytes.NewReader(seedCustomersJSON))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&out); err != nil {
		panic("voipmundo sandbox: seed_customers.json: " + err.Error())
	}
	return out
}
