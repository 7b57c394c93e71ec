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

// ForeignExtensionID is an extension of ForeignClientID: every path below
// /extension/{eid}/ with it answers 403 access_denied (as the
// client-scoped spelling with ForeignClientID does). It lies below
// FirstExtensionID, so the emulator never hands it out.
const ForeignExtensionID = FirstExtensionID - 1

// DemoDomainID is the id of the seeded client's SIP domain (ClientInfo
// Domain), as DIDs name it.
const DemoDomainID = 5012

// First ids handed out. Ids only increase and are never reused; every
// object type counts on its own (the three scopes of users share one
// count, as do local and remote agents). FirstDialRuleID and FirstExtensionID are
// the ids of documented examples. The seeded DIDs and sounds take the first
// ids of their types.
const (
	FirstIntervalID          = int64(3001)
	FirstDialRuleID          = int64(61)
	FirstExtensionID         = int64(372850)
	FirstExtensionGroupID    = int64(2101)
	FirstNetworkPermissionID = int64(801)
	FirstDIDID               = int64(9101)
	FirstSoundID             = int64(501)
	FirstUserID              = int64(1201)
	FirstAgentID             = int64(4001)
	FirstPhoneEventID        = int64(6001)
	FirstIncomingRuleID      = int64(7001)
	FirstExtensionEventID    = int64(8001)
)

// The seeded DIDs of the client, in id order from FirstDIDID. None is
// routed anywhere. DemoDID is the number of the vendor's ANI example;
// DemoMessageDID is the only one that allows messages (SMS).
const (
	DemoDID        = "78121234567"
	DemoMessageDID = "74951234567"
)

func seedDIDs() []DID {
	did := func(name, comment string, allowMessage bool) DID {
		return DID{ClientID: DemoClientID, Name: name, Comment: comment, AllowMessage: allowMessage,
			Domain: DIDDomain{ID: DemoDomainID, Name: seedDomain}, CreateDate: "2019-03-14 10:25:00"}
	}
	return []DID{
		did(DemoDID, "Saint Petersburg office", false),
		did(DemoMessageDID, "Moscow main line", true),
		did("74951234568", "Moscow sales", false),
		did("78001234567", "Toll-free", false),
	}
}

// The seeded sounds, in id order from FirstSoundID: three the dealer
// shares with its clients (ClientID nil) and two of the client's own.
// DemoHoldMusicSoundID is the client's own music on hold.
const DemoHoldMusicSoundID = FirstSoundID + 3

func seedSounds() []Sound {
	own := func(title, file string) Sound {
		id := int64(DemoClientID)
		return Sound{ClientID: &id, DealerID: DemoDealerID, Title: title, Filename: file}
	}
	shared := func(title, file string) Sound {
		return Sound{DealerID: DemoDealerID, Title: title, Filename: file}
	}
	return []Sound{
		shared("Default music on hold", "moh_default.mp3"),
		shared("Classical", "moh_classical.mp3"),
		shared("Please hold the line", "please_hold.wav"),
		own("Office music on hold", "office_moh.mp3"),
		own("Office greeting", "office_greeting.wav"),
	}
}

// seedLimits are the client's quotas as the emulator starts (WithLimits
// changes them). disk_quota and reg_limit have their documented default 0;
// 0 means no limit, so intervals and dial rule lists are not limited
// unless a test sets a limit. The other values are plausible inventions.
func seedLimits() Limits {
	return Limits{
		ExtensionLimit: 1000, ExtensionGroupLimit: 100, NetworkPermissionLimit: 100,
		EventLimit: 10, IncomRuleLimit: 20, SoundLimit: 200, CallsLimit: 30,
		IVROptionLimit: 20, IVRRuleLimit: 50, IVRContextLimit: 10,
		ExtensionAgentLimit: 100, RemoteAgentLimit: 20, ApplicationLimit: 5,
		UserClientLimit: 5, UserExtensionGroupLimit: 20, UserExtensionLimit: 1000,
	}
}

// seedDomain is the seeded client's SIP domain.
const seedDomain = "sandbox.sip.telphin.ru"

// seedClient is the client as the emulator starts. Values not in the
// sources are plausible inventions.
func seedClient() ClientInfo {
	return ClientInfo{
		ID:                       DemoClientID,
		Name:                     DemoClientName,
		Domain:                   seedDomain,
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
