package sandbox

import "strconv"

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

// Seeded lines besides DemoLine (GET lines.json). Their SIP passwords log
// in as line logins, like DemoLine's.
const (
	WarehouseLine            = "790767"
	WarehouseLineSIPPassword = "sandbox-sip-password-warehouse"
	FaxLine                  = "790768"
	FaxLineSIPPassword       = "sandbox-sip-password-fax"
)

// Seeded speed dials: SupportShortcut dials Odorik support (*100, as in the
// vendor's example), MobileShortcut a mobile phone. A POST without a
// shortcut gets 3, the lowest free one.
const (
	SupportShortcut        = 1
	SupportSpeedDialNumber = "*100"
	SupportSpeedDialName   = "Odorik podpora"
	MobileShortcut         = 2
	MobileSpeedDialNumber  = "00420737007770"
	MobileSpeedDialName    = "Mobil jednatel"
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
	st.speedDials[SupportShortcut] = SpeedDial{Shortcut: SupportShortcut, Number: SupportSpeedDialNumber, Name: SupportSpeedDialName}
	st.speedDials[MobileShortcut] = SpeedDial{Shortcut: MobileShortcut, Number: MobileSpeedDialNumber, Name: MobileSpeedDialName}
	for _, l := range seedLines() {
		st.lines[l.ID] = l
	}
}

// seedLines: DemoLine (reception, on GeographicNumber), WarehouseLine
// (showing MobileNumber as caller id, no public number of its own) and
// FaxLine (everything off, no device).
func seedLines() []Line {
	return []Line{
		{ID: lineID(DemoLine), Name: "Recepce", CallerID: GeographicNumber, PublicNumber: GeographicNumber,
			SIPPassword: DemoLineSIPPassword, ActiveVoicemail: true, ActiveMissedCallEmail: true,
			VoicemailEmail: "recepce@example.com", MissedCallEmail: "recepce@example.com",
			ConnectedDevices: []ConnectedDevice{{UserAgent: "Grandstream GXP1625 1.0.11.23", Address: "192.0.2.10"}}},
		{ID: lineID(WarehouseLine), Name: "Sklad", CallerID: MobileNumber,
			SIPPassword: WarehouseLineSIPPassword, ActiveCallRecording: true,
			ConnectedDevices: []ConnectedDevice{{UserAgent: "Linphone/5.2.0", Address: "198.51.100.7"}}},
		{ID: lineID(FaxLine), Name: "Fax", SIPPassword: FaxLineSIPPassword},
	}
}

// lineID is the numeric id of a seeded line constant.
func lineID(line string) int64 {
	id, err := strconv.ParseInt(line, 10, 64)
	if err != nil {
		panic(err)
	}
	return id
}
