package sandbox

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

// seedCustomers returns the records the emulator starts with. Top-level
// values are JSON numbers; finance.* and users.* values are strings, except
// the computed finance fields (available_disk_space, franquia_*_used),
// which are numbers. Values the sources do not give are plausible
// inventions.
func seedCustomers() []Customer {
	return []Customer{seedReseller(), seedSubscriber(), seedForeign()}
}

func seedReseller() Customer {
	c := flags(DemoResellerCustomerID, 0, TipoRevenda)
	c.IDOrigem, c.IDVendedor, c.IDVinculo = Int(1), Int(3), Int(0)
	c.TemCampanhaVoz, c.TemCallingCard = Int(1), Int(1)
	c.Finance = Finance{
		AllowLossCall: Str("0"), AvailableDiskSpace: Int(7168), CallOnlyLocal: Str("0"), DiskSpace: Str("10240"),
		FranquiaFixoDDI: Str("0"), FranquiaFixoDDIUsed: Int(0),
		FranquiaFixoLDN: Str("0"), FranquiaFixoLDNUsed: Int(0),
		FranquiaFixoLocal: Str("0"), FranquiaFixoLocalUsed: Int(0),
		FranquiaLastReset: Str("2024-06-01 00:00:00"),
		FranquiaMovelDDI:  Str("0"), FranquiaMovelDDIUsed: Int(0),
		FranquiaMovelLDN: Str("0"), FranquiaMovelLDNUsed: Int(0),
		FranquiaMovelLocal: Str("0"), FranquiaMovelLocalUsed: Int(0),
		HabilitaNPN: Str("1"), HabilitaNPNFixo: Str("1"),
		IDPerfil: Str("3"), IDPlano: Str("12"), IDPlanoSMS: Str("2"),
		IncC: Str("6"), IncCDDI: Str("60"), IncF: Str("6"), IncFDDI: Str("60"),
		IniC: Str("30"), IniCDDI: Str("60"), IniF: Str("30"), IniFDDI: Str("60"),
		MaxDevices: Str("0"), SIPCodeNoPrefix: Str("404"), TipoTar: Str("1"),
		TmpC: Str("3"), TmpCDDI: Str("0"), TmpF: Str("3"), TmpFDDI: Str("0"),
	}
	c.Users = []User{{
		APIAccess: Str("1"), APIKey: Str(DemoResellerKey), APIToken: Str(DemoResellerToken),
		CanSpy: Str("1"), FailedAttempts: Str("0"), ID: Str("2210"), IDPerfil: Str("2"),
		LastAttempt: Str("1714053120"), LastLogin: Str("1718902245"), Logins: Str("387"),
		NomeCompleto: Str("Carla Mendes Rocha"), Root: Str("1"), Status: Str("1"), Username: Str("revenda.sandbox"),
	}}
	return c
}

func seedSubscriber() Customer {
	c := flags(DemoSubscriberCustomerID, DemoResellerCustomerID, TipoAssinante)
	c.IDOrigem, c.IDVendedor, c.IDVinculo = Int(2), Int(7), Int(0)
	c.TemEscuta, c.TemCampanhaSMS = Int(0), Int(0)
	c.Finance = Finance{
		AllowLossCall: Str("0"), AvailableDiskSpace: Int(1536), CallOnlyLocal: Str("1"), DiskSpace: Str("2048"),
		FranquiaFixoDDI: Str("0"), FranquiaFixoDDIUsed: Int(0),
		FranquiaFixoLDN: Str("8"), FranquiaFixoLDNUsed: Int(127),
		FranquiaFixoLocal: Str("7"), FranquiaFixoLocalUsed: Int(312),
		FranquiaLastReset: Str("2024-06-05 00:00:00"),
		FranquiaMovelDDI:  Str("0"), FranquiaMovelDDIUsed: Int(0),
		FranquiaMovelLDN: Str("10"), FranquiaMovelLDNUsed: Int(45),
		FranquiaMovelLocal: Str("9"), FranquiaMovelLocalUsed: Int(208),
		HabilitaNPN: Str("1"), HabilitaNPNFixo: Str("0"),
		IDPerfil: Str("5"), IDPlano: Str("14"), IDPlanoSMS: Str("3"),
		IncC: Str("6"), IncCDDI: Str("60"), IncF: Str("6"), IncFDDI: Str("60"),
		IniC: Str("30"), IniCDDI: Str("60"), IniF: Str("30"), IniFDDI: Str("60"),
		MaxDevices: Str("10"), SIPCodeNoPrefix: Str("403"), TipoTar: Str("2"),
		TmpC: Str("3"), TmpCDDI: Str("0"), TmpF: Str("3"), TmpFDDI: Str("0"),
	}
	c.Users = []User{{
		APIAccess: Str("1"), APIKey: Str(DemoSubscriberKey), APIToken: Str(DemoSubscriberToken),
		CanSpy: Str("0"), FailedAttempts: Str("2"), ID: Str("2231"), IDPerfil: Str("4"),
		LastAttempt: Str("1718812800"), LastLogin: Str("1718899310"), Logins: Str("54"),
		NomeCompleto: Str("João Pedro Almeida"), Root: Str("1"), Status: Str("1"), Username: Str("assinante.sandbox"),
	}, {
		APIAccess: Str("0"), APIKey: Str(DemoNoAPIAccessKey), APIToken: Str(DemoNoAPIAccessToken),
		CanSpy: Str("0"), FailedAttempts: Str("0"), ID: Str("2232"), IDPerfil: Str("6"),
		LastAttempt: Str("1709251200"), LastLogin: Str("1718795521"), Logins: Str("12"),
		NomeCompleto: Str("Mariana Costa Lima"), Root: Str("0"), Status: Str("1"), Username: Str("recepcao.sandbox"),
	}}
	return c
}

func seedForeign() Customer {
	c := flags(DemoForeignCustomerID, 0, TipoAssinante)
	c.IDOrigem, c.IDVendedor, c.IDVinculo = Int(1), Int(0), Int(0)
	c.TemCampanhaSMS, c.TemCampanhaVoz, c.TemProvisionamento = Int(0), Int(0), Int(0)
	c.Finance = Finance{
		AllowLossCall: Str("0"), AvailableDiskSpace: Int(0), CallOnlyLocal: Str("0"), DiskSpace: Str("0"),
		FranquiaFixoDDI: Str("0"), FranquiaFixoDDIUsed: Int(0),
		FranquiaFixoLDN: Str("0"), FranquiaFixoLDNUsed: Int(0),
		FranquiaFixoLocal: Str("0"), FranquiaFixoLocalUsed: Int(0),
		FranquiaLastReset: Str("2024-06-01 00:00:00"),
		FranquiaMovelDDI:  Str("0"), FranquiaMovelDDIUsed: Int(0),
		FranquiaMovelLDN: Str("0"), FranquiaMovelLDNUsed: Int(0),
		FranquiaMovelLocal: Str("0"), FranquiaMovelLocalUsed: Int(0),
		HabilitaNPN: Str("0"), HabilitaNPNFixo: Str("0"),
		IDPerfil: Str("1"), IDPlano: Str("11"), IDPlanoSMS: Str("1"),
		IncC: Str("30"), IncCDDI: Str("60"), IncF: Str("30"), IncFDDI: Str("60"),
		IniC: Str("30"), IniCDDI: Str("60"), IniF: Str("30"), IniFDDI: Str("60"),
		MaxDevices: Str("5"), SIPCodeNoPrefix: Str("404"), TipoTar: Str("0"),
		TmpC: Str("0"), TmpCDDI: Str("0"), TmpF: Str("0"), TmpFDDI: Str("0"),
	}
	c.Users = []User{{
		APIAccess: Str("1"), APIKey: Str("0c6f2a8e-9b4d-4e1a-b3c7-5d8f1e2a9b60-1063"),
		APIToken: Str("f1b5d9c3-6e2a-4d7f-8b0e-2c4a6f8d1e39-1063"),
		CanSpy:   Str("0"), FailedAttempts: Str("0"), ID: Str("2240"), IDPerfil: Str("4"),
		LastAttempt: Str("1700000000"), LastLogin: Str("1718711002"), Logins: Str("9"),
		NomeCompleto: Str("Ricardo Nunes Ferreira"), Root: Str("1"), Status: Str("1"), Username: Str("outro.cliente"),
	}}
	return c
}

// flags starts an active record with its ids and most tem_* permissions
// set to 1 (callers switch some off); tem_report (an internal flag) is 0.
func flags(id, idHie, tipo int64) Customer {
	on := Int(1)
	return Customer{
		ID: Int(id), IDHie: Int(idHie), Status: on, Tipo: Int(tipo),
		TemCallingCard: Int(0), TemCampanhaSMS: on, TemCampanhaVoz: Int(0), TemConferencia: on,
		TemDID: on, TemEscuta: on, TemFila: on, TemGravacao: on, TemGrupoCaptura: on,
		TemGrupoChamada: on, TemPortal: on, TemProvisionamento: on, TemRamal: on,
		TemReport: Int(0), TemSigame: on, TemSMS: on, TemURA: on,
	}
}
