package sandbox

import (
	"net/http"
	"reflect"
	"testing"
	"time"
)

func TestServicesListsVoIPAndOtherNumbers(t *testing.T) {
	_, a := loggedIn(t)
	wantJSON(t, a.do("GET", "/v1/services", nil), http.StatusOK,
		`[{"number":"601987654","serviceType":"mobile","customerId":104233,"status":"active"},`+
			`{"number":"910123456","serviceType":"voip","customerId":104233,"status":"active"}]`)
}

// A new number is listed at once (prepared), a deactivated one stays with
// status canceled, as the detail shows it; services of other customers are
// listed too.
func TestServicesFollowTheNumbers(t *testing.T) {
	s, a := loggedIn(t, WithOrderDelay(time.Hour), WithCustomers(555))
	requestID(t, a.do("POST", "/v1/voip", createBody(newNumber)), http.StatusCreated)
	s.PutNumber(Number{Number: "910000555", CustomerID: 555, ProfileID: ProfileDefaultID, TariffPlanID: TariffPlanStandardID, Status: StatusCanceled})
	s.PutService(Service{Number: "777000555", Type: "connector", CustomerID: 555})
	type item struct {
		Number      string `json:"number"`
		ServiceType string `json:"serviceType"`
		CustomerID  int64  `json:"customerId"`
		Status      string `json:"status"`
	}
	got := decode[[]item](t, a.do("GET", "/v1/services", nil), http.StatusOK)
	want := []item{
		{DemoMobileNumber, ServiceMobile, DemoCustomerID, StatusActive}, {"777000555", "connector", 555, StatusActive},
		{"910000555", ServiceVoIP, 555, StatusCanceled}, {DemoExistingNumber, ServiceVoIP, DemoCustomerID, StatusActive},
		{newNumber, ServiceVoIP, DemoCustomerID, StatusPrepared},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("services %+v, want %+v", got, want)
	}
	if got := s.Services(); len(got) != 2 || got[1].Number != "777000555" || got[1].Status != StatusActive {
		t.Fatalf("Services() = %+v", got)
	}
}

func TestServicesNumberFilter(t *testing.T) {
	_, a := loggedIn(t)
	wantJSON(t, a.do("GET", "/v1/services?number="+DemoExistingNumber, nil), http.StatusOK,
		`[{"number":"910123456","serviceType":"voip","customerId":104233,"status":"active"}]`)
	wantJSON(t, a.do("GET", "/v1/services?number=123&customerId=1", nil), http.StatusOK, `[]`)
}

func TestServicesNeedsATokenAndAnyRole(t *testing.T) {
	s, a := newAPI(t)
	wantBoom(t, a.raw("GET", "/v1/services", nil, nil), http.StatusUnauthorized, "Missing authentication")
	a.login()
	s.SetRoles(RoleFakturace)
	wantStatus(t, a.do("GET", "/v1/services", nil), http.StatusOK)
}

func TestServicesWithoutSeedEmpty(t *testing.T) {
	s, a := loggedIn(t, WithoutSeed())
	wantJSON(t, a.do("GET", "/v1/services", nil), http.StatusOK, `[]`)
	if len(s.Services()) != 0 {
		t.Fatal("WithoutSeed has services")
	}
}

func TestSnapshotKeepsServices(t *testing.T) {
	s, _ := loggedIn(t)
	s.PutService(Service{Number: "777000555", Type: "connector", CustomerID: DemoCustomerID, Status: StatusStopped})
	data, err := s.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	s2, _ := loggedIn(t, WithoutSeed())
	if err := s2.Restore(data); err != nil {
		t.Fatal(err)
	}
	if got := s2.Services(); len(got) != 2 || got[1].Status != StatusStopped {
		t.Fatalf("restored services %+v", got)
	}
	// A snapshot from before services were kept restores with none.
	if err := s2.Restore([]byte(`{"version":1,"next_request_id":100001,"numbers":[],"orders":[]}`)); err != nil || len(s2.Services()) != 0 {
		t.Fatalf("old snapshot: %v, %+v", err, s2.Services())
	}
}
