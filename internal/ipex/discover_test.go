package ipex_test

import (
	"fmt"
	"net/http"
	"regexp"
	"testing"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// Identity and the list resource through the protocol: Terraform 1.11 on CI
// cannot drive them (identity needs 1.12, list resources 1.14).

// detailsWithoutObjects is how many GET /v1/voip/{number} requests a query
// without include_resource makes per listed number: none, such a query is
// the one GET /v1/services (Complete reads the details only for
// include_resource).
const detailsWithoutObjects = 0

// Another customer's number, and numbers that are not listed: a canceled
// one, besides the seeded mobile number.
const (
	otherCustomer       int64 = 555001
	otherCustomerNumber       = "910555001"
	canceledNumber            = "910555002"
)

// listedNumbers is an emulator with the seeded number, another customer's
// number, a canceled number, the seeded mobile number and a trunk.
func listedNumbers(t *testing.T) *acctest.IPEXEnv {
	t.Helper()
	env := acctest.IPEX(t)
	env.RequireSandbox(t)
	env.Sandbox.PutNumber(sandbox.Number{Number: otherCustomerNumber, CustomerID: otherCustomer,
		ProfileID: sandbox.ProfileBusinessID, TariffPlanID: sandbox.TariffPlanBusinessID, Status: sandbox.StatusStopped})
	env.Sandbox.PutNumber(sandbox.Number{Number: canceledNumber, CustomerID: sandbox.DemoCustomerID,
		ProfileID: sandbox.ProfileDefaultID, TariffPlanID: sandbox.TariffPlanStandardID, Status: sandbox.StatusCanceled})
	env.Sandbox.PutService(sandbox.Service{Number: "910555003", Type: "connector", CustomerID: sandbox.DemoCustomerID})
	return env
}

// countPath counts the recorded requests whose path matches re.
func countPath(env *acctest.IPEXEnv, re string) int {
	rx := regexp.MustCompile(re)
	n := 0
	for _, r := range env.Sandbox.Kit.Requests() {
		if rx.MatchString(r.Path) {
			n++
		}
	}
	return n
}

const (
	servicesPath = `^/v1/services$`
	detailPath   = `^/v1/voip/[0-9]{9}$`
	tokenPath    = `^/v1/token$`
)

func TestProtocolIPEXVoIPNumber_listWithObjects(t *testing.T) {
	env := listedNumbers(t)
	p := acctest.NewProtocol(t, env)
	env.Sandbox.Kit.ResetRequests()

	results := p.List(numType, nil, true, 0)
	byNumber := map[string]acctest.ListResult{}
	for _, r := range results {
		if errs := acctest.Errors(r.Diagnostics); len(errs) > 0 {
			t.Fatalf("result %q: %v", r.DisplayName, errs)
		}
		byNumber[acctest.String(t, r.Identity["number"])] = r
	}
	if len(results) != 2 || len(byNumber) != 2 {
		t.Fatalf("results %v, want the seeded number and the other customer's (not the canceled one, the mobile number or the trunk)", byNumber)
	}
	r, ok := byNumber[sandbox.DemoExistingNumber]
	if !ok {
		t.Fatalf("%s not listed", sandbox.DemoExistingNumber)
	}
	if want := "910123456 (VoIP number, customer 104233, active)"; r.DisplayName != want {
		t.Errorf("display name %q, want %q", r.DisplayName, want)
	}
	if r.Resource == nil {
		t.Fatal("include_resource gave no resource object")
	}
	for attr, want := range map[string]string{"id": sandbox.DemoExistingNumber, "number": sandbox.DemoExistingNumber, "clir": sandbox.CLIRTemporaryAllowed, "status": "active"} {
		if got := acctest.String(t, r.Resource[attr]); got != want {
			t.Errorf("resource %s = %q, want %q", attr, got, want)
		}
	}
	for attr, want := range map[string]int64{"customer_id": sandbox.DemoCustomerID, "profile_id": sandbox.ProfileDefaultID,
		"tariff_plan_id": sandbox.TariffPlanStandardID, "international_limit": 500} {
		if got := acctest.Int(t, r.Resource[attr]); got != want {
			t.Errorf("resource %s = %d, want %d", attr, got, want)
		}
	}
	// What an import cannot know stays null, so that the generated
	// configuration plans clean.
	for _, attr := range []string{"sip_password_wo", "sip_password_wo_version", "request_id", "timeouts"} {
		if !r.Resource[attr].IsNull() {
			t.Errorf("resource %s = %v, want null", attr, r.Resource[attr])
		}
	}
	other := byNumber[otherCustomerNumber]
	if other.DisplayName != "910555001 (VoIP number, customer 555001, stopped)" || acctest.Int(t, other.Resource["profile_id"]) != sandbox.ProfileBusinessID {
		t.Errorf("other customer's number: %q, %v", other.DisplayName, other.Resource)
	}
	// One listing, one detail per number.
	if s, d := countPath(env, servicesPath), countPath(env, detailPath); s != 1 || d != 2 {
		t.Errorf("%d list and %d detail requests, want 1 and 2", s, d)
	}

	// limit stops the listing: no detail of a number that is not returned.
	env.Sandbox.Kit.ResetRequests()
	limited := p.List(numType, nil, true, 1)
	if s, d := countPath(env, servicesPath), countPath(env, detailPath); len(limited) != 1 || s != 1 || d != 1 {
		t.Errorf("limit 1: %d results, %d list and %d detail requests; want 1, 1 and 1", len(limited), s, d)
	}
}

func TestProtocolIPEXVoIPNumber_listByCustomer(t *testing.T) {
	env := listedNumbers(t)
	p := acctest.NewProtocol(t, env)
	for customer, want := range map[int64]string{sandbox.DemoCustomerID: sandbox.DemoExistingNumber, otherCustomer: otherCustomerNumber} {
		env.Sandbox.Kit.ResetRequests()
		results := p.List(numType, acctest.Values{"customer_id": customer}, true, 0)
		if len(results) != 1 || acctest.String(t, results[0].Identity["number"]) != want {
			t.Errorf("customer %d: %d results (%v), want %s only", customer, len(results), results, want)
			continue
		}
		if got := acctest.Int(t, results[0].Resource["customer_id"]); got != customer {
			t.Errorf("customer %d: customer_id %d", customer, got)
		}
		// The filter is applied to the listing: no detail of another
		// customer's number is read.
		if s, d := countPath(env, servicesPath), countPath(env, detailPath); s != 1 || d != 1 {
			t.Errorf("customer %d: %d list and %d detail requests, want 1 and 1", customer, s, d)
		}
	}
	if results := p.List(numType, acctest.Values{"customer_id": int64(999)}, true, 0); len(results) != 0 {
		t.Errorf("an unknown customer gave %v", results)
	}
}

func TestProtocolIPEXVoIPNumber_listIdentitiesOnly(t *testing.T) {
	env := listedNumbers(t)
	p := acctest.NewProtocol(t, env)
	env.Sandbox.Kit.ResetRequests()
	results := p.List(numType, nil, false, 0)
	if len(results) != 2 {
		t.Fatalf("%d results, want 2", len(results))
	}
	for _, r := range results {
		if r.Resource != nil {
			t.Error("a resource object came without include_resource")
		}
		if n := acctest.String(t, r.Identity["number"]); n != sandbox.DemoExistingNumber && n != otherCustomerNumber {
			t.Errorf("identity %v", r.Identity)
		}
	}
	if s, d := countPath(env, servicesPath), countPath(env, detailPath); s != 1 || d != 2*detailsWithoutObjects {
		t.Errorf("%d list and %d detail requests, want 1 and %d", s, d, 2*detailsWithoutObjects)
	}
}

// The request count of one query for a customer with 100 numbers.
func TestProtocolIPEXVoIPNumber_listHundred(t *testing.T) {
	env := acctest.IPEX(t)
	env.RequireSandbox(t)
	for i := range 99 { // and the seeded number: 100
		env.Sandbox.PutNumber(sandbox.Number{Number: fmt.Sprintf("910600%03d", i), CustomerID: sandbox.DemoCustomerID,
			ProfileID: sandbox.ProfileDefaultID, TariffPlanID: sandbox.TariffPlanStandardID})
	}
	for _, include := range []bool{true, false} {
		p := acctest.NewProtocol(t, env) // a fresh provider: it logs in once
		env.Sandbox.Kit.ResetRequests()
		if results := p.List(numType, acctest.Values{"customer_id": sandbox.DemoCustomerID}, include, 0); len(results) != 100 {
			t.Fatalf("include_resource %v: %d results, want 100", include, len(results))
		}
		details := 100
		if !include {
			details = 100 * detailsWithoutObjects
		}
		s, d, l := countPath(env, servicesPath), countPath(env, detailPath), countPath(env, tokenPath)
		if s != 1 || d != details || l != 1 || env.Sandbox.Kit.RequestCount() != 2+details {
			t.Errorf("include_resource %v: %d list, %d detail, %d login requests (%d in all), want 1, %d, 1",
				include, s, d, l, env.Sandbox.Kit.RequestCount(), details)
		}
		t.Logf("include_resource %v: %d requests for 100 numbers (1 login, 1 list, %d details)", include, env.Sandbox.Kit.RequestCount(), d)
	}
}

// The shape of the list of numbers is inferred: an item without a service
// type is taken as a possible VoIP number, and dropped when the detail does
// not know it (the mobile number); the listing goes on. Without
// include_resource no detail is read, and such an item is listed.
func TestProtocolIPEXVoIPNumber_listToleratesUnknownShape(t *testing.T) {
	env := acctest.IPEX(t)
	env.RequireSandbox(t)
	if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: http.StatusOK, Path: servicesPath, Body: `[
		{"number": "` + sandbox.DemoMobileNumber + `", "customerId": "104233", "paymentType": "prepaid", "status": "active"},
		{"number": 420910123456, "customerId": "104233", "paymentType": "postpaid", "status": "active", "customerExternId": "ACME"},
		{"id": 7, "name": "SIP trunk"}
	]`}); err != nil {
		t.Fatal(err)
	}
	p := acctest.NewProtocol(t, env)
	if results := p.List(numType, acctest.Values{"customer_id": sandbox.DemoCustomerID}, false, 0); len(results) != 2 {
		t.Errorf("without include_resource: results %v, want the mobile number and %s", results, sandbox.DemoExistingNumber)
	}
	results := p.List(numType, acctest.Values{"customer_id": sandbox.DemoCustomerID}, true, 0)
	if len(results) != 1 || acctest.String(t, results[0].Identity["number"]) != sandbox.DemoExistingNumber {
		t.Fatalf("results %v, want %s only", results, sandbox.DemoExistingNumber)
	}
	if errs := acctest.Errors(results[0].Diagnostics); len(errs) > 0 || acctest.Int(t, results[0].Resource["profile_id"]) != sandbox.ProfileDefaultID {
		t.Errorf("result %v: %v", results[0].Resource, errs)
	}
}

// An API failure while listing is the list's error diagnostic.
func TestProtocolIPEXVoIPNumber_listError(t *testing.T) {
	env := acctest.IPEX(t, sandbox.WithRouteRoles("GET", "/services"))
	env.RequireSandbox(t)
	results := acctest.NewProtocol(t, env).List(numType, nil, false, 0)
	if len(results) != 1 {
		t.Fatalf("%d results, want one carrying the error", len(results))
	}
	if errs := acctest.Errors(results[0].Diagnostics); len(errs) != 1 ||
		!regexp.MustCompile(`Error listing IPEX VoIP numbers.*403`).MatchString(errs[0]) {
		t.Errorf("diagnostics %v", errs)
	}
}

// An import by identity goes through the same Import as the ID string; the
// read after it gives the state the listing's object has (so the
// configuration terraform query generates plans with imports only).
func TestProtocolIPEXVoIPNumber_importByIdentityThenRead(t *testing.T) {
	env := listedNumbers(t)
	p := acctest.NewProtocol(t, env)
	state, identity, diags := p.ImportByIdentity(numType, acctest.Values{"number": sandbox.DemoExistingNumber})
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if acctest.String(t, state["number"]) != sandbox.DemoExistingNumber || acctest.String(t, state["id"]) != sandbox.DemoExistingNumber {
		t.Errorf("imported state %v", state)
	}
	state, identity, diags = p.Read(numType, state, identity)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if acctest.String(t, identity["number"]) != sandbox.DemoExistingNumber || acctest.Int(t, state["customer_id"]) != sandbox.DemoCustomerID {
		t.Errorf("read after import: state %v, identity %v", state, identity)
	}
	// The customer's only number.
	listed := p.List(numType, acctest.Values{"customer_id": sandbox.DemoCustomerID}, true, 0)
	if len(listed) != 1 {
		t.Fatalf("%d results, want %s", len(listed), sandbox.DemoExistingNumber)
	}
	for attr, v := range state {
		if got := listed[0].Resource[attr]; !got.Equal(v) {
			t.Errorf("listed %s = %v, but import and read give %v", attr, got, v)
		}
	}

	_, _, diags = p.ImportByIdentity(numType, acctest.Values{"number": "12345"})
	if errs := acctest.Errors(diags); len(errs) != 1 || !regexp.MustCompile(`Invalid import ID for telecom_ipex_voip_number.*"12345" is not a number`).MatchString(errs[0]) {
		t.Errorf("a bad identity gave %v", errs)
	}
	// A +420 spelling is accepted, and the identity is the national form.
	_, identity, diags = p.ImportByID(numType, "+420"+sandbox.DemoExistingNumber)
	if errs := acctest.Errors(diags); len(errs) > 0 || (identity != nil && acctest.String(t, identity["number"]) != sandbox.DemoExistingNumber) {
		t.Errorf("import by +420 ID: %v, identity %v", errs, identity)
	}
}

// Identity is set on create and stays on update (an in-place change order),
// in the national form whatever the configuration's spelling.
func TestProtocolIPEXVoIPNumber_identityOnCreateAndUpdate(t *testing.T) {
	env := acctest.IPEX(t)
	env.RequireSandbox(t)
	p := acctest.NewProtocol(t, env)
	const national = "601555211"
	cfg := acctest.Values{
		"number": "+420" + national, "customer_id": sandbox.DemoCustomerID, "profile_id": sandbox.ProfileDefaultID,
		"tariff_plan_id": sandbox.TariffPlanStandardID, "sip_password_wo": "proto-SIP-pass-1", "sip_password_wo_version": int64(1),
	}
	state, identity, diags := p.Apply(numType, nil, nil, cfg)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if acctest.String(t, identity["number"]) != national || acctest.String(t, state["number"]) != "+420"+national {
		t.Fatalf("state %v, identity %v", state, identity)
	}
	if n, _ := env.Sandbox.Number(national); n.SIPPassword != "proto-SIP-pass-1" {
		t.Error("the number was not ordered with the configured SIP password")
	}

	cfg["clir"] = sandbox.CLIRPermanent
	state, identity, diags = p.Apply(numType, state, identity, cfg)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if acctest.String(t, identity["number"]) != national || acctest.String(t, state["clir"]) != sandbox.CLIRPermanent {
		t.Errorf("after update: state %v, identity %v", state, identity)
	}
}

// State written by the release before identities has none: the next read
// fills it in, also when the number has been deactivated by then.
func TestProtocolIPEXVoIPNumber_stateWithoutIdentity(t *testing.T) {
	env := acctest.IPEX(t)
	env.RequireSandbox(t)
	p := acctest.NewProtocol(t, env)
	old := p.State(numType, acctest.Values{
		"id": sandbox.DemoExistingNumber, "number": "00420" + sandbox.DemoExistingNumber, "customer_id": sandbox.DemoCustomerID,
		"profile_id": sandbox.ProfileDefaultID, "tariff_plan_id": sandbox.TariffPlanStandardID, "clir": sandbox.CLIRTemporaryAllowed,
		"international_limit": int64(500), "status": "active", "sip_password_wo_version": int64(1), "request_id": int64(100001),
	})
	state, identity, diags := p.Read(numType, old, nil)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if state == nil || acctest.String(t, identity["number"]) != sandbox.DemoExistingNumber {
		t.Errorf("state %v, identity %v; want the number kept and its identity filled in", state, identity)
	}

	n, _ := env.Sandbox.Number(sandbox.DemoExistingNumber)
	n.Status = sandbox.StatusCanceled
	env.Sandbox.PutNumber(n)
	state, identity, diags = p.Read(numType, old, nil)
	if errs := acctest.Errors(diags); len(errs) > 0 || state != nil || acctest.String(t, identity["number"]) != sandbox.DemoExistingNumber {
		t.Errorf("reading a deactivated number from pre-identity state: errors %v, state %v, identity %v; "+
			"want the number removed and its identity set, without an error", errs, state, identity)
	}
}
