package sandbox

import (
	"net/http"
	"strings"
	"testing"
)

func TestCredentialsInQueryDataInForm(t *testing.T) {
	s, base := newAPI(t)
	a := do(t, "POST", routesURL(base, MobileNumber), merged(account(), vals("replace_by_source_number", "true")),
		vals("source_number", "*", "ringing_number", "*100"))
	wantJSON(t, a, `{}`)
	// Everything in the form body works too.
	a = do(t, "POST", ringingsURL(base, MobileNumber), nil, merged(account(), vals("ringing_number", "*200")))
	wantJSON(t, a, `{}`)
	// Everything in the query works too.
	a = do(t, "POST", ringingsURL(base, MobileNumber), merged(account(), vals("ringing_number", "*300")), nil)
	wantJSON(t, a, `{}`)
	if n := len(mustRoutes(t, s, MobileNumber)); n != 3 {
		t.Fatalf("stored %d routes", n)
	}
}

func TestGetAndDeleteWithFormBody(t *testing.T) {
	s, base := newAPI(t)
	wantJSON(t, do(t, "GET", ringingsURL(base, GeographicNumber), nil, account()),
		`[{"public_number":"00420533533533","ringing_number":"*100"}]`)
	wantJSON(t, do(t, "GET", base+"/public_numbers.json", nil, merged(account(), vals("include_sip_names", "true"))), `[
		{"public_number":"00420533533533","type":"geographic"},
		{"public_number":"00420910110910","type":"nomadic"},
		{"public_number":"00420799799799","type":"mobile"},
		{"public_number":"hejda_test1","type":"sip_name"}]`)
	wantJSON(t, do(t, "DELETE", routeURL(base, GeographicNumber, FirstRouteID), nil, account()), `{}`)
	if n := len(mustRoutes(t, s, GeographicNumber)); n != 0 {
		t.Fatal("DELETE with form credentials did not delete")
	}
}

func TestQueryWinsAndLastValueCounts(t *testing.T) {
	s, base := newAPI(t)
	a := do(t, "POST", routesURL(base, MobileNumber), merged(account(), vals("ringing_number", "*100")),
		vals("user", "wrong", "source_number", "*", "ringing_number", "*999"))
	wantJSON(t, a, `{}`)
	if rs := mustRoutes(t, s, MobileNumber); rs[0].RingingNumber != "*100" {
		t.Fatalf("query did not win: %+v", rs)
	}
	a = do(t, "POST", routesURL(base, NomadicNumber), account(), vals("source_number", "*", "ringing_number", "*1", "ringing_number", "*2"))
	wantJSON(t, a, `{}`)
	if rs := mustRoutes(t, s, NomadicNumber); rs[0].RingingNumber != "*2" {
		t.Fatalf("last value did not count: %+v", rs)
	}
}

func TestJSONBodyIsIgnored(t *testing.T) {
	s, base := newAPI(t)
	body := `{"user":"` + DemoUser + `","password":"` + DemoPassword + `","source_number":"*","ringing_number":"*200"}`
	req, _ := http.NewRequest("POST", routesURL(base, MobileNumber), strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	wantErrors(t, send(req), "authentication_required")
	req, _ = http.NewRequest("POST", routesURL(base, MobileNumber)+"?"+account().Encode(), strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	wantErrors(t, send(req), "invalid_ringing_number", "invalid_source_number")
	if n := len(mustRoutes(t, s, MobileNumber)); n != 0 {
		t.Fatal("JSON body stored a route")
	}
}

func TestBrokenFormBodyIsBadRequest(t *testing.T) {
	_, base := newAPI(t)
	req, _ := http.NewRequest("POST", routesURL(base, MobileNumber), strings.NewReader("user=%zz"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	a := send(req)
	wantStatus(t, a, http.StatusBadRequest)
	if !strings.Contains(a.body, `"invalid_parameters"`) {
		t.Fatalf("body %s", a.body)
	}
}

func TestUserAgentAcceptedAndRecorded(t *testing.T) {
	s, base := newAPI(t)
	a := do(t, "POST", ringingsURL(base, MobileNumber), account(), vals("ringing_number", "*100", "user_agent", "telecom-tf/1.0"))
	wantJSON(t, a, `{}`)
	reqs := s.Kit.Requests()
	if len(reqs) != 1 || reqs[0].Form.Get("user_agent") != "telecom-tf/1.0" || reqs[0].Form.Get("user") != DemoUser {
		t.Fatalf("recorded %+v", reqs)
	}
}
