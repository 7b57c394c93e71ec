package sandbox

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestCreateProgressesToActiveOverTheDelay(t *testing.T) {
	clk := newClock()
	s, a := loggedIn(t, WithClock(clk.now), WithOrderDelay(2*time.Second))
	id := requestID(t, a.do("POST", "/v1/voip", createBody(newNumber)), http.StatusCreated)
	if id != FirstRequestID {
		t.Fatalf("request id %d", id)
	}
	// The number is there at once, prepared, without the SIP password.
	ans := a.do("GET", "/v1/voip/"+newNumber, nil)
	wantJSON(t, ans, http.StatusOK, `{"number":"910555001","customerId":104233,"profileId":2,"tariffPlanId":502,
		"clir":"permanent","antifraud":{"internationalLimit":250.5},"status":"prepared"}`)
	if strings.Contains(ans.body, "s3cret") || strings.Contains(strings.ToLower(ans.body), "password") {
		t.Fatalf("password served: %s", ans.body)
	}
	if n, ok := s.Number(newNumber); !ok || n.SIPPassword != "s3cret-SIP" {
		t.Fatalf("stored number %+v", n)
	}
	o := a.order(id)
	want := orderAnswer{ID: id, RequestID: id, RequestType: TypeActivateVoip, RequestStatus: OrderNew,
		CustomerID: DemoCustomerID, Login: DemoUsername, Identifier: newNumber,
		Inserted: "2025-03-14T09:30:00.000Z", Changed: "2025-03-14T09:30:00.000Z"}
	if o != want {
		t.Fatalf("order %+v\nwant %+v", o, want)
	}
	clk.advance(999 * time.Millisecond)
	if o := a.order(id); o.RequestStatus != OrderNew {
		t.Fatalf("status %s before half the delay", o.RequestStatus)
	}
	clk.advance(time.Millisecond)
	if o := a.order(id); o.RequestStatus != OrderProcessing || o.Changed != "2025-03-14T09:30:01.000Z" {
		t.Fatalf("order %+v", o)
	}
	if st := a.numberStatus(newNumber); st != StatusPrepared {
		t.Fatalf("status %s while processing", st)
	}
	clk.advance(5 * time.Second) // polled late: changed is still the due time
	if o := a.order(id); o.RequestStatus != OrderFinished || o.Changed != "2025-03-14T09:30:02.000Z" || o.Message != nil {
		t.Fatalf("order %+v", o)
	}
	if st := a.numberStatus(newNumber); st != StatusActive {
		t.Fatalf("status %s after the order", st)
	}
}

func TestOrderProgressionIsObservableByPolling(t *testing.T) {
	s, a := loggedIn(t, WithOrderDelay(60*time.Millisecond))
	start := time.Now()
	id := requestID(t, a.do("POST", "/v1/voip", createBody(newNumber)), http.StatusCreated)
	o, seen := a.waitOrder(id)
	// Order times are kept in whole milliseconds, so allow one less.
	if time.Since(start) < 59*time.Millisecond {
		t.Fatalf("finished after %v, before the delay", time.Since(start))
	}
	if o.RequestStatus != OrderFinished || seen[0] != OrderNew {
		t.Fatalf("seen %v", seen)
	}
	for i, st := range seen {
		if st != []string{OrderNew, OrderProcessing, OrderFinished}[i] && st != OrderFinished {
			t.Fatalf("out of order: %v", seen)
		}
	}
	if n, _ := s.Number(newNumber); n.Status != StatusActive {
		t.Fatalf("number %+v", n)
	}
}

func TestZeroDelayFinishesAtOnce(t *testing.T) {
	_, a := loggedIn(t, WithOrderDelay(0))
	id := requestID(t, a.do("POST", "/v1/voip", createBody(newNumber)), http.StatusCreated)
	if o := a.order(id); o.RequestStatus != OrderFinished || a.numberStatus(newNumber) != StatusActive {
		t.Fatalf("order %+v", o)
	}
}

func TestCreateMinimalBodyAndStringCustomerID(t *testing.T) {
	s, a := loggedIn(t)
	requestID(t, a.do("POST", "/v1/voip", map[string]any{"number": newNumber, "customerId": "104233",
		"profileId": 1, "tariffPlanId": "501"}), http.StatusCreated)
	wantJSON(t, a.do("GET", "/v1/voip/"+newNumber, nil), http.StatusOK,
		`{"number":"910555001","customerId":104233,"profileId":1,"tariffPlanId":501,"status":"prepared"}`)
	if n, _ := s.Number(newNumber); len(n.SIPPassword) != 16 {
		t.Fatalf("generated SIP password %q", n.SIPPassword)
	}
}

func TestCreateExistingNumberIs400(t *testing.T) {
	s, a := loggedIn(t)
	wantBoom(t, a.do("POST", "/v1/voip", createBody(DemoExistingNumber)), http.StatusBadRequest,
		"already exists", "active")
	// A prepared one too.
	requestID(t, a.do("POST", "/v1/voip", createBody(newNumber)), http.StatusCreated)
	wantBoom(t, a.do("POST", "/v1/voip", createBody(newNumber)), http.StatusBadRequest, "already exists", "prepared")
	if len(s.Orders()) != 1 {
		t.Fatalf("orders %+v", s.Orders())
	}
}

func TestCreateValidation(t *testing.T) {
	_, a := loggedIn(t)
	with := func(edit func(map[string]any)) map[string]any {
		b := createBody(newNumber)
		edit(b)
		return b
	}
	for _, tc := range []struct {
		name    string
		body    any
		key     string
		message string
	}{
		{"no number", with(func(b map[string]any) { delete(b, "number") }), "number", `"number" is required`},
		{"number as int", with(func(b map[string]any) { b["number"] = 910555001 }), "number", `"number" must be a string`},
		{"number format", with(func(b map[string]any) { b["number"] = "+420910555001" }), "number",
			`"number" with value "+420910555001" fails to match the required pattern: /^[0-9]{9}$/`},
		{"empty number", with(func(b map[string]any) { b["number"] = "" }), "number", `"number" is not allowed to be empty`},
		{"no customer", with(func(b map[string]any) { delete(b, "customerId") }), "customerId", `"customerId" is required`},
		{"customer text", with(func(b map[string]any) { b["customerId"] = "abc" }), "customerId", `"customerId" must be a number`},
		{"customer fraction", with(func(b map[string]any) { b["customerId"] = 1.5 }), "customerId", `"customerId" must be an integer`},
		{"no profile", with(func(b map[string]any) { delete(b, "profileId") }), "profileId", `"profileId" is required`},
		{"no tariff", with(func(b map[string]any) { delete(b, "tariffPlanId") }), "tariffPlanId", `"tariffPlanId" is required`},
		{"clir", with(func(b map[string]any) { b["clir"] = "always" }), "clir",
			`"clir" must be one of [permanent, temporaryAllowed, temporaryRestricted]`},
		{"clir null", with(func(b map[string]any) { b["clir"] = nil }), "clir", `"clir" must be a string`},
		{"antifraud", with(func(b map[string]any) { b["antifraud"] = 5 }), "antifraud", `"antifraud" must be of type object`},
		{"negative limit", with(func(b map[string]any) { b["antifraud"] = map[string]any{"internationalLimit": -1} }),
			"antifraud.internationalLimit", `"antifraud.internationalLimit" must be greater than or equal to 0`},
		{"password", with(func(b map[string]any) { b["provisioningAttributes"] = map[string]any{"password": 123} }),
			"provisioningAttributes.password", `"provisioningAttributes.password" must be a string`},
		{"first failure only", map[string]any{"number": "x"}, "number",
			`"number" with value "x" fails to match the required pattern: /^[0-9]{9}$/`},
		{"array body", `[]`, "", `"value" must be of type object`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantValidation(t, a.do("POST", "/v1/voip", tc.body), "payload", tc.key, tc.message)
		})
	}
}

func TestCreateChecksReferences(t *testing.T) {
	s, a := loggedIn(t, WithCustomers(777), WithTariffPlans(900))
	body := createBody(newNumber)
	body["customerId"] = 778
	wantBoom(t, a.do("POST", "/v1/voip", body), http.StatusBadRequest, "1001", "778")
	body["customerId"], body["tariffPlanId"] = 777, 901
	wantBoom(t, a.do("POST", "/v1/voip", body), http.StatusBadRequest, "1005", "901")
	body["tariffPlanId"], body["profileId"] = 900, 42
	wantBoom(t, a.do("POST", "/v1/voip", body), http.StatusBadRequest, "profile", "42")
	if _, ok := s.Number(newNumber); ok || len(s.Orders()) != 0 {
		t.Fatal("a rejected create left state")
	}
	body["profileId"] = ProfileDefaultID
	requestID(t, a.do("POST", "/v1/voip", body), http.StatusCreated)
	if n, _ := s.Number(newNumber); n.CustomerID != 777 || n.TariffPlanID != 900 {
		t.Fatalf("number %+v", n)
	}
}

func TestChangeIsPartialAndAppliedWhenTheOrderFinishes(t *testing.T) {
	s, a := loggedIn(t, WithOrderDelay(time.Hour))
	before := a.do("GET", "/v1/voip/"+DemoExistingNumber, nil)
	id := requestID(t, a.do("PUT", "/v1/voip", map[string]any{
		"number": DemoExistingNumber, "customerId": DemoCustomerID, "profileId": ProfileDomesticOnlyID,
		"antifraud": map[string]any{"internationalLimit": 0}, "provisioningAttributes": map[string]any{"password": "new-pass"},
	}), http.StatusOK)
	if o := a.order(id); o.RequestType != TypeChangeVoip || o.Identifier != DemoExistingNumber || o.RequestStatus != OrderNew {
		t.Fatalf("order %+v", o)
	}
	if after := a.do("GET", "/v1/voip/"+DemoExistingNumber, nil); after.body != before.body {
		t.Fatalf("changed before the order finished: %s", after.body)
	}
	if s.FinishOrders() != 1 {
		t.Fatal("FinishOrders did not complete the change")
	}
	wantJSON(t, a.do("GET", "/v1/voip/"+DemoExistingNumber, nil), http.StatusOK,
		`{"number":"910123456","customerId":104233,"profileId":3,"tariffPlanId":501,"clir":"temporaryAllowed",
		"antifraud":{"internationalLimit":0},"status":"active"}`)
	if n, _ := s.Number(DemoExistingNumber); n.SIPPassword != "new-pass" {
		t.Fatalf("password %q", n.SIPPassword)
	}
	if o := a.order(id); o.RequestStatus != OrderFinished {
		t.Fatalf("order %+v", o)
	}
}

func TestChangeErrors(t *testing.T) {
	s, a := loggedIn(t, WithCustomers(777))
	wantValidation(t, a.do("PUT", "/v1/voip", map[string]any{"profileId": 1}), "payload", "number", `"number" is required`)
	wantBoom(t, a.do("PUT", "/v1/voip", map[string]any{"number": newNumber}), http.StatusNotFound, "910555001")
	wantBoom(t, a.do("PUT", "/v1/voip", map[string]any{"number": DemoExistingNumber, "customerId": 777}),
		http.StatusBadRequest, "customerId cannot be changed")
	wantBoom(t, a.do("PUT", "/v1/voip", map[string]any{"number": DemoExistingNumber, "tariffPlanId": 1}),
		http.StatusBadRequest, "1005")
	n, _ := s.Number(DemoExistingNumber)
	n.Status = StatusCanceled
	s.PutNumber(n)
	wantBoom(t, a.do("PUT", "/v1/voip", map[string]any{"number": DemoExistingNumber, "clir": CLIRPermanent}),
		http.StatusBadRequest, "1010", "canceled")
	if len(s.Orders()) != 0 {
		t.Fatalf("orders %+v", s.Orders())
	}
}

func TestDeactivateCancelsTheNumber(t *testing.T) {
	s, a := loggedIn(t, WithOrderDelay(time.Hour))
	id := requestID(t, a.do("PUT", "/v1/voip/"+DemoExistingNumber+"/deactivate", nil), http.StatusOK)
	if o := a.order(id); o.RequestType != TypeDeactivateVoip || o.Identifier != DemoExistingNumber {
		t.Fatalf("order %+v", o)
	}
	wantBoom(t, a.do("PUT", "/v1/voip/"+DemoExistingNumber+"/deactivate", `{}`), http.StatusBadRequest,
		"pending deactivation request "+itoa(id))
	if a.numberStatus(DemoExistingNumber) != StatusActive {
		t.Fatal("canceled before the order finished")
	}
	s.FinishOrders()
	// GET still returns the number, now canceled.
	if got := decode[map[string]any](t, a.do("GET", "/v1/voip/"+DemoExistingNumber, nil), http.StatusOK); got["status"] != StatusCanceled {
		t.Fatalf("detail %v", got)
	}
	wantBoom(t, a.do("PUT", "/v1/voip/"+DemoExistingNumber+"/deactivate", nil), http.StatusBadRequest, "1010")
	wantBoom(t, a.do("PUT", "/v1/voip/"+newNumber+"/deactivate", nil), http.StatusNotFound, newNumber)
	// A canceled number can be created again.
	requestID(t, a.do("POST", "/v1/voip", createBody(DemoExistingNumber)), http.StatusCreated)
	if a.numberStatus(DemoExistingNumber) != StatusPrepared {
		t.Fatal("not recreated")
	}
}

func TestDeactivateWithCeaseDateAndMobileAlias(t *testing.T) {
	clk := newClock()
	s, a := loggedIn(t, WithClock(clk.now), WithOrderDelay(time.Second))
	id := requestID(t, a.do("PUT", "/v1/mobile/"+DemoExistingNumber+"/deactivate",
		map[string]string{"requiredCeaseDate": "2025-03-14T10:00:00Z"}), http.StatusOK)
	clk.advance(time.Minute)
	if o := a.order(id); o.RequestStatus != OrderNew {
		t.Fatalf("order %+v a minute in", o)
	}
	clk.advance(28*time.Minute + 59*time.Second + 500*time.Millisecond) // 09:59:59.5
	if o := a.order(id); o.RequestStatus != OrderProcessing {
		t.Fatalf("order %+v just before the cease date", o)
	}
	clk.advance(500 * time.Millisecond)
	if o := a.order(id); o.RequestStatus != OrderFinished || o.Changed != "2025-03-14T10:00:00.000Z" {
		t.Fatalf("order %+v at the cease date", o)
	}
	if n, _ := s.Number(DemoExistingNumber); n.Status != StatusCanceled {
		t.Fatalf("number %+v", n)
	}
	wantValidation(t, a.do("PUT", "/v1/voip/"+DemoExistingNumber+"/deactivate", map[string]string{"requiredCeaseDate": "soon"}),
		"payload", "requiredCeaseDate", `"requiredCeaseDate" must be a valid date`)
}

func TestGetUnknownAndMalformedNumbers(t *testing.T) {
	_, a := loggedIn(t)
	got := wantBoom(t, a.do("GET", "/v1/voip/"+newNumber, nil), http.StatusNotFound, "Number 910555001 not found")
	if _, has := got["validation"]; has {
		t.Fatalf("404 with validation: %v", got)
	}
	wantBoom(t, a.do("GET", "/v1/voip/"+newNumber+"/state", nil), http.StatusNotFound, newNumber)
	wantValidation(t, a.do("GET", "/v1/voip/12ab/state", nil), "params", "number",
		`"number" with value "12ab" fails to match the required pattern: /^[0-9]{9}$/`)
	wantJSON(t, a.do("GET", "/v1/voip/"+DemoExistingNumber+"/state?iccid=1", nil), http.StatusOK, `{"status":"active"}`)
}
