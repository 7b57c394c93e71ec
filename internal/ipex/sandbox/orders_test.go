package sandbox

import (
	"net/http"
	"slices"
	"testing"
	"time"
)

func TestFailOrdersFor(t *testing.T) {
	s, a := loggedIn(t, WithOrderDelay(time.Hour))
	s.FailOrdersFor(newNumber, "1010: number blocked by the regulator")
	s.FailOrdersFor(DemoExistingNumber, "")
	act := requestID(t, a.do("POST", "/v1/voip", createBody(newNumber)), http.StatusCreated)
	chg := requestID(t, a.do("PUT", "/v1/voip", map[string]any{"number": DemoExistingNumber, "profileId": 2}), http.StatusOK)
	if s.FinishOrders() != 2 {
		t.Fatal("FinishOrders count")
	}
	o := a.order(act)
	if o.RequestStatus != OrderError || o.Message == nil || *o.Message != "1010: number blocked by the regulator" {
		t.Fatalf("activation %+v", o)
	}
	// The failed activation removed the prepared number.
	wantBoom(t, a.do("GET", "/v1/voip/"+newNumber, nil), http.StatusNotFound, newNumber)
	if o := a.order(chg); o.RequestStatus != OrderError || o.Message == nil || *o.Message != msgOrderFailed {
		t.Fatalf("change %+v", o)
	}
	if n, _ := s.Number(DemoExistingNumber); n.ProfileID != ProfileDefaultID {
		t.Fatalf("failed change applied: %+v", n)
	}
	s.ClearOrderFailures()
	act = requestID(t, a.do("POST", "/v1/voip", createBody(newNumber)), http.StatusCreated)
	s.FinishOrders()
	if o := a.order(act); o.RequestStatus != OrderFinished {
		t.Fatalf("after ClearOrderFailures: %+v", o)
	}
}

func TestFailedActivationRestoresTheCanceledNumber(t *testing.T) {
	s, a := loggedIn(t, WithOrderDelay(time.Hour))
	old, _ := s.Number(DemoExistingNumber)
	old.Status = StatusCanceled
	s.PutNumber(old)
	s.FailOrdersFor(DemoExistingNumber, "no")
	requestID(t, a.do("POST", "/v1/voip", createBody(DemoExistingNumber)), http.StatusCreated)
	if n, _ := s.Number(DemoExistingNumber); n.Status != StatusPrepared || n.ProfileID != ProfileBusinessID {
		t.Fatalf("number %+v", n)
	}
	s.FinishOrders()
	if n, _ := s.Number(DemoExistingNumber); n.Status != StatusCanceled || n.ProfileID != ProfileDefaultID {
		t.Fatalf("number %+v, want the canceled original", n)
	}
}

func TestOrderForDeletedNumberEndsInError(t *testing.T) {
	s, a := loggedIn(t, WithOrderDelay(time.Hour))
	id := requestID(t, a.do("PUT", "/v1/voip/"+DemoExistingNumber+"/deactivate", nil), http.StatusOK)
	if !s.DeleteNumber(DemoExistingNumber) || s.DeleteNumber(DemoExistingNumber) {
		t.Fatal("DeleteNumber result")
	}
	s.FinishOrders()
	if o, _ := s.Order(id); o.Status != OrderError || o.Message == "" {
		t.Fatalf("order %+v", o)
	}
}

func TestCancelOrder(t *testing.T) {
	clk := newClock()
	s, a := loggedIn(t, WithClock(clk.now), WithOrderDelay(10*time.Second))
	id := requestID(t, a.do("POST", "/v1/voip", createBody(newNumber)), http.StatusCreated)
	clk.advance(time.Second)
	ans := a.do("DELETE", "/v1/requests/"+itoa(id), nil)
	o := decode[orderAnswer](t, ans, http.StatusOK)
	if o.RequestStatus != OrderCanceled || o.Changed != "2025-03-14T09:30:01.000Z" || o.Message == nil {
		t.Fatalf("canceled order %+v", o)
	}
	if _, ok := s.Number(newNumber); ok {
		t.Fatal("canceled activation left the number")
	}
	wantBoom(t, a.do("DELETE", "/v1/requests/"+itoa(id), nil), http.StatusBadRequest, "canceled")
	// Once processing it cannot be canceled; neither when finished.
	id2 := requestID(t, a.do("PUT", "/v1/voip", map[string]any{"number": DemoExistingNumber, "clir": CLIRPermanent}), http.StatusOK)
	clk.advance(6 * time.Second)
	wantBoom(t, a.do("DELETE", "/v1/requests/"+itoa(id2), nil), http.StatusBadRequest, "processing")
	clk.advance(6 * time.Second)
	wantBoom(t, a.do("DELETE", "/v1/requests/"+itoa(id2), nil), http.StatusBadRequest, "finished")
	wantBoom(t, a.do("DELETE", "/v1/requests/999", nil), http.StatusNotFound, "Request 999 not found")
	wantValidation(t, a.do("DELETE", "/v1/requests/abc", nil), "params", "requestId", `"requestId" must be a number`)
	wantValidation(t, a.do("GET", "/v1/requests/abc", nil), "params", "requestId", `"requestId" must be a number`)
}

func TestCanceledDeactivationKeepsTheNumber(t *testing.T) {
	s, a := loggedIn(t, WithOrderDelay(time.Hour))
	id := requestID(t, a.do("PUT", "/v1/voip/"+DemoExistingNumber+"/deactivate", nil), http.StatusOK)
	wantStatus(t, a.do("DELETE", "/v1/requests/"+itoa(id), nil), http.StatusOK)
	s.FinishOrders()
	if n, _ := s.Number(DemoExistingNumber); n.Status != StatusActive {
		t.Fatalf("number %+v", n)
	}
	// A new deactivation is allowed now.
	requestID(t, a.do("PUT", "/v1/voip/"+DemoExistingNumber+"/deactivate", nil), http.StatusOK)
}

func TestListOrdersWithFilters(t *testing.T) {
	clk := newClock()
	s, a := loggedIn(t, WithClock(clk.now), WithOrderDelay(time.Hour), WithTokenTTL(48*time.Hour))
	act := requestID(t, a.do("POST", "/v1/voip", createBody(newNumber)), http.StatusCreated)
	clk.advance(24 * time.Hour)
	chg := requestID(t, a.do("PUT", "/v1/voip", map[string]any{"number": DemoExistingNumber, "clir": CLIRPermanent}), http.StatusOK)
	deact := requestID(t, a.do("PUT", "/v1/voip/"+DemoExistingNumber+"/deactivate", nil), http.StatusOK)
	ids := func(query string) []int64 {
		t.Helper()
		var out []int64
		for _, o := range decode[[]orderAnswer](t, a.do("GET", "/v1/requests"+query, nil), http.StatusOK) {
			out = append(out, o.ID)
		}
		return out
	}
	for _, tc := range []struct {
		query string
		want  []int64
	}{
		{"", []int64{act, chg, deact}},
		{"?identifier=" + DemoExistingNumber, []int64{chg, deact}},
		{"?requestType=deactivate_voip&detail=true", []int64{deact}},
		{"?requestStatus=finished", []int64{act}}, // a day passed; chg and deact are still new
		{"?requestStatus=new", []int64{chg, deact}},
		{"?requestId=" + itoa(chg), []int64{chg}},
		{"?customerId=104233&login=" + DemoUsername, []int64{act, chg, deact}},
		{"?customerId=1", nil},
		{"?insertedFrom=2025-03-15", []int64{chg, deact}},
		{"?insertedTo=2025-03-14", []int64{act}},
		{"?insertedTo=2025-03-14T09:30:00.000Z", []int64{act}},
		{"?changedFrom=2025-03-14T10:30:00Z&changedTo=2025-03-14T10:30:00Z", []int64{act}},
		{"?identifier2=x", nil},
		{"?whatever=1", []int64{act, chg, deact}},
	} {
		if got := ids(tc.query); !slices.Equal(got, tc.want) {
			t.Fatalf("%q: ids %v, want %v", tc.query, got, tc.want)
		}
	}
	wantJSON(t, a.do("GET", "/v1/requests?customerId=1", nil), http.StatusOK, `[]`)
	wantValidation(t, a.do("GET", "/v1/requests?requestId=x", nil), "query", "requestId", `"requestId" must be a number`)
	wantValidation(t, a.do("GET", "/v1/requests?requestStatus=done", nil), "query", "requestStatus",
		`"requestStatus" must be one of [new, processing, canceled, finished, error]`)
	wantValidation(t, a.do("GET", "/v1/requests?insertedFrom=yesterday", nil), "query", "insertedFrom",
		`"insertedFrom" must be a valid date`)
	if len(s.Orders()) != 3 {
		t.Fatal("orders")
	}
}

func TestOrderAnswerShape(t *testing.T) {
	_, a := loggedIn(t, WithOrderDelay(time.Hour))
	id := requestID(t, a.do("POST", "/v1/voip", createBody(newNumber)), http.StatusCreated)
	got := decode[map[string]any](t, a.do("GET", "/v1/requests/"+itoa(id), nil), http.StatusOK)
	for _, k := range []string{"id", "requestId", "requestType", "requestStatus", "customerId", "login",
		"identifier", "identifier2", "message", "inserted", "changed"} {
		if _, ok := got[k]; !ok {
			t.Fatalf("no %s in %v", k, got)
		}
	}
	inserted, _ := got["inserted"].(string)
	if got["identifier2"] != nil || got["message"] != nil || !isoMillisRE.MatchString(inserted) {
		t.Fatalf("order %v", got)
	}
}

func TestErrorOrderReachedByPolling(t *testing.T) {
	s, a := loggedIn(t, WithOrderDelay(20*time.Millisecond))
	s.FailOrdersFor(DemoExistingNumber, "1010: number is locked")
	id := requestID(t, a.do("PUT", "/v1/voip/"+DemoExistingNumber+"/deactivate", map[string]any{}), http.StatusOK)
	o, seen := a.waitOrder(id)
	if o.RequestStatus != OrderError || o.Message == nil || *o.Message != "1010: number is locked" || seen[0] != OrderNew {
		t.Fatalf("order %+v, seen %v", o, seen)
	}
	if a.numberStatus(DemoExistingNumber) != StatusActive {
		t.Fatal("a failed deactivation changed the number")
	}
}
