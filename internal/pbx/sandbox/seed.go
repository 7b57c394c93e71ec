package sandbox

// Paths. Point a client at server URL + BasePath for the API and at server
// URL + TokenPath for OAuth (the token endpoint has no version prefix).
const (
	BasePath  = "/api/ver1.0"
	TokenPath = "/oauth/token"
)

// Credentials of the seeded trusted PBX application (client credentials
// grant).
const (
	DemoAppID     = "sbx-telphin-app-5c1f9e27"
	DemoAppSecret = "sbx-telphin-secret-0d93b6a4e7f2"
)

// The seeded client (customer account) the application belongs to.
const (
	DemoClientID   = 12345
	DemoClientName = "Sandbox Trading LLC"
	DemoDealerID   = 77
	DemoTimezone   = "Europe/Moscow" // the documented default timezone
)

// ForeignClientID exists on the platform but belongs to another customer:
// every path with it answers 403 access_denied. Any other unknown client id
// answers 404 client_not_found.
const ForeignClientID = 12346

// First ids handed out. Ids only increase and are never reused.
// FirstDialRuleID is the id of the documented example answer.
const (
	FirstIntervalID = int64(3001)
	FirstDialRuleID = int64(61)
)

// seedClient is the client as the emulator starts. Values not in the
// sources are plausible inventions.
func seedClient() ClientInfo {
	return ClientInfo{
		ID:                       DemoClientID,
		Name:                     DemoClientName,
		Domain:                   "sandbox.sip.telphin.ru",
		DomainPrefix:             "sandbox",
		Prefix:                   "345",
		CreateDate:               "2019-03-14 10:21:07",
		HoldMusic:                nil,
		Presence:                 "",
		SIPNetworkPermissionID:   nil,
		DiskSpaceNotifyThreshold: 90,
		RecordStereo:             false,
		CallInteractiveMethod:    "GET",
		Ambassadors:              "",
		ContactPhones:            "+74950000000",
		Timezone:                 DemoTimezone,
		DialRuleID:               nil,
		Type:                     "J",
		Email:                    "pbx@sandbox.example",
		RegStatusLog:             false,
		FactAddress:              "Moscow, Sandbox st. 1",
		CallInteractiveURL:       "",
		ExtensionLen:             3,
		GeoList:                  "RU",
		DIDAsTransferCallerID:    "",
		JurAddress:               "Moscow, Sandbox st. 1",
		Language:                 "ru",
		CallInteractiveOutCall:   false,
		RecordFormat:             "mp3",
		ShortLocalCallerID:       "",
		DiskSpaceNotifyEmail:     "",
		ExtraParams:              "null",
		CallInteractiveTimeout:   5,
	}
}
