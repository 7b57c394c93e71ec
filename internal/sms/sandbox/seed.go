package sandbox

// BasePath is the API prefix: the vendor's base URL is
// https://api2.serwersms.pl/, so actions sit at the root. Clients use
// server URL + BasePath as base URL and append "subaccounts/add" (or
// "subaccounts/add.json"); a doubled slash is tolerated.
const BasePath = "/"

// Seeded credentials of the API account. Either the token (Authorization:
// Bearer) or the API user (username/password in the body) authenticates;
// WithAPIToken and WithAPIUser change them.
const (
	DemoAPIToken = "sandbox-serwersms-token-5f1c9a7e2b8d4630"
	DemoUsername = "sandbox_api_user"
	DemoPassword = "sandbox-api-password"
)

// The seeded subaccount made "in the Customer Panel", to be used as the
// permission template of subaccounts/add. Its data are the vendor's view
// example.
const (
	DemoTemplateID       = int64(1194)
	DemoTemplateUsername = "wojtek"
	DemoTemplateName     = "Wojciech"
	DemoTemplatePhone    = "+48730856000"
	DemoTemplateEmail    = "wojtek@mail.com"
)

// FirstSubaccountID is the id of the first subaccount added through the API
// (the vendor's add example answers 1485). Ids only increase.
const FirstSubaccountID = int64(1485)

func (st *store) seed() {
	st.put(Subaccount{
		ID:       DemoTemplateID,
		Username: DemoTemplateUsername,
		Name:     DemoTemplateName,
		Phone:    DemoTemplatePhone,
		Email:    DemoTemplateEmail,
	})
}
