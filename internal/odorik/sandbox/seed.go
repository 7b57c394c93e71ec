package sandbox

// BasePath is the API prefix; clients use server URL + BasePath as base URL.
const BasePath = "/api/v1"

// Seeded credentials.
const (
	DemoUser            = "123456"               // account id (account-wide login)
	DemoPassword        = "sandbox-api-password" // the account's API password
	DemoLine            = "790766"               // line (line-scoped login)
	DemoLineSIPPassword = "sandbox-sip-password" // the line's SIP password
)

// Seeded numbers.
const (
	GeographicNumber = "00420533533533"
	NomadicNumber    = "00420910110910"
	MobileNumber     = "00420799799799"
	DemoSIPName      = "hejda_test1" // belongs to DemoLine
	SharedNumber     = "00420533533401"
)

// SharedTakenRingingNumber is, together with SharedNumber, a pair another
// account already uses: POST routes with it answers shared_number_conflict.
const SharedTakenRingingNumber = "*711711"

// Seeded route on GeographicNumber, and the first route id handed out.
const (
	SeedRouteSource  = "*"
	SeedRouteRinging = "*100"
	FirstRouteID     = int64(22625401)
)

// Number types.
const (
	TypeGeographic = "geographic"
	TypeNomadic    = "nomadic"
	TypeMobile     = "mobile"
	TypeSIPName    = "sip_name"
	TypeShared     = "shared"
)

func (st *store) seed() {
	st.addNumber(GeographicNumber, TypeGeographic, "")
	st.addNumber(NomadicNumber, TypeNomadic, "")
	st.addNumber(MobileNumber, TypeMobile, "")
	st.addNumber(DemoSIPName, TypeSIPName, DemoLine)
	st.addNumber(SharedNumber, TypeShared, "")
	st.addRoute(GeographicNumber, SeedRouteSource, SeedRouteRinging)
	st.reserve(SharedNumber, SharedTakenRingingNumber)
}
