package sandbox

// Paths. Point a client at the server URL (the host): every path starts
// with the version prefix BasePath, the token endpoint included.
const (
	BasePath  = "/v1"
	TokenPath = BasePath + "/token"
)

// Credentials of the seeded API user (flow A login, POST /v1/token).
const (
	DemoUsername = "sbx-ipex-b2b"
	DemoPassword = "sbx-ipex-heslo-4f7a2c"
)

// DemoCustomerID is the seeded IPEX customer that owns the numbers.
const DemoCustomerID int64 = 104233

// The seeded VoIP number: active, owned by DemoCustomerID, with profile
// ProfileDefaultID, tariff plan TariffPlanStandardID and the SIP password
// DemoExistingSIPPassword (stored, never served).
const (
	DemoExistingNumber      = "910123456"
	DemoExistingSIPPassword = "sbx-sip-existing-93c1"
)

// DemoMobileNumber is a seeded mobile number of DemoCustomerID: not a VoIP
// number, so GET /v1/voip/{number} does not know it, but GET /v1/services
// lists it (type ServiceMobile).
const DemoMobileNumber = "601987654"

// Seeded VoIP profiles (GET /v1/voip/profiles). The name of the first is
// the one of the generated test fixture; the others are invented.
const (
	ProfileDefaultID      int64 = 1
	ProfileBusinessID     int64 = 2
	ProfileDomesticOnlyID int64 = 3
)

// Tariff plans (price lists) a number may use; any other id answers 400
// with the legacy code 1005. Invented ids (/v1/tariffPlans is not served).
const (
	TariffPlanStandardID int64 = 501
	TariffPlanBusinessID int64 = 502
)

// FirstRequestID is the id of the first order; ids only increase.
const FirstRequestID int64 = 100001

func seedProfiles() []Profile {
	return []Profile{
		{ID: ProfileDefaultID, Name: "Default Profile"},
		{ID: ProfileBusinessID, Name: "Business"},
		{ID: ProfileDomesticOnlyID, Name: "Domestic only"},
	}
}

func seedNumber() Number {
	limit := 500.0
	return Number{
		Number:             DemoExistingNumber,
		CustomerID:         DemoCustomerID,
		ProfileID:          ProfileDefaultID,
		TariffPlanID:       TariffPlanStandardID,
		CLIR:               CLIRTemporaryAllowed,
		InternationalLimit: &limit,
		Status:             StatusActive,
		SIPPassword:        DemoExistingSIPPassword,
	}
}

func seedServices() []Service {
	return []Service{{Number: DemoMobileNumber, Type: ServiceMobile, CustomerID: DemoCustomerID, Status: StatusActive}}
}
