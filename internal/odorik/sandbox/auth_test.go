package sandbox

import (
	"net/http"
	"testing"
)

// endpoints lists one call per endpoint, with data that would succeed.
func endpoints(base string) []struct {
	method, url string
	data        []string
} {
	return []struct {
		method, url string
		data        []string
	}{
		{"GET", base + "/public_numbers.json", nil},
		{"GET", routesURL(base, GeographicNumber), nil},
		{"POST", routesURL(base, GeographicNumber), []string{"source_number", "*", "ringing_number", "*200"}},
		{"DELETE", routeURL(base, GeographicNumber, FirstRouteID), nil},
		{"GET", ringingsURL(base, GeographicNumber), nil},
		{"POST", ringingsURL(base, GeographicNumber), []string{"ringing_number", "*200"}},
		{"DELETE", ringingURL(base, GeographicNumber, "*100"), nil},
	}
}

func TestAuthenticationRequiredAndFailed(t *testing.T) {
	s, base := newAPI(t)
	cases := []struct {
		creds []string
		code  string
	}{
		{nil, "authentication_required"},
		{[]string{"user", DemoUser}, "authentication_required"},
		{[]string{"password", DemoPassword}, "authentication_required"},
		{[]string{"user", "", "password", ""}, "authentication_required"},
		{[]string{"user", DemoUser, "password", "wrong"}, "authentication_failed"},
		{[]string{"user", "999999", "password", DemoPassword}, "authentication_failed"},
		{[]string{"user", DemoUser, "password", DemoLineSIPPassword}, "authentication_failed"},
		{[]string{"user", DemoLine, "password", DemoPassword}, "authentication_failed"},
	}
	for _, ep := range endpoints(base) {
		for _, tc := range cases {
			a := do(t, ep.method, ep.url, merged(vals(tc.creds...), vals(ep.data...)), nil)
			wantErrors(t, a, tc.code)
		}
	}
	if rs := mustRoutes(t, s, GeographicNumber); len(rs) != 1 {
		t.Fatalf("unauthenticated calls changed the store: %+v", rs)
	}
}

func TestBasicAuthIsIgnored(t *testing.T) {
	s, base := newAPI(t)
	req, _ := http.NewRequest("POST", routesURL(base, GeographicNumber)+"?source_number=*&ringing_number=*200", nil)
	req.SetBasicAuth(DemoUser, DemoPassword)
	wantErrors(t, send(req), "authentication_required")
	if rs := mustRoutes(t, s, GeographicNumber); len(rs) != 1 {
		t.Fatal("Basic Auth request stored a route")
	}
}

func TestLineLoginOwnNumber(t *testing.T) {
	s, base := newAPI(t, WithCreateReply(true))
	wantJSON(t, do(t, "GET", routesURL(base, DemoSIPName), line(), nil), `[]`)
	a := do(t, "POST", routesURL(base, DemoSIPName), line(), vals("source_number", "*", "ringing_number", "00420737007770"))
	wantStatus(t, a, 200)
	id := mustRoutes(t, s, DemoSIPName)[0].ID
	wantJSON(t, do(t, "GET", ringingsURL(base, DemoSIPName), line(), nil),
		`[{"public_number":"hejda_test1","ringing_number":"00420737007770"}]`)
	wantJSON(t, do(t, "POST", ringingsURL(base, DemoSIPName), line(), vals("ringing_number", "*100")),
		`{"public_number":"hejda_test1","ringing_number":"*100"}`)
	wantJSON(t, do(t, "DELETE", ringingURL(base, DemoSIPName, "*100"), line(), nil), `{}`)
	wantJSON(t, do(t, "DELETE", routeURL(base, DemoSIPName, id), line(), nil), `{}`)
	if rs := mustRoutes(t, s, DemoSIPName); len(rs) != 0 {
		t.Fatalf("routes left: %+v", rs)
	}
}

func TestLineLoginOtherNumbersUnauthorized(t *testing.T) {
	s, base := newAPI(t)
	for _, ep := range endpoints(base)[1:] {
		wantErrors(t, do(t, ep.method, ep.url, merged(line(), vals(ep.data...)), nil), "unauthorized")
	}
	for _, n := range []string{SharedNumber, MobileNumber} {
		wantErrors(t, do(t, "GET", routesURL(base, n), line(), nil), "unauthorized")
	}
	// A number the account does not have is unknown, not unauthorized.
	wantErrors(t, do(t, "GET", routesURL(base, "00420111222333"), line(), nil), "nonexisting_public_number")
	if rs := mustRoutes(t, s, GeographicNumber); len(rs) != 1 {
		t.Fatalf("line login changed another number: %+v", rs)
	}
}

func TestCustomAccountAndLine(t *testing.T) {
	s, base := newAPI(t, WithAccount("42", "api-pw"), WithLine("700100", "sip-pw"))
	wantErrors(t, do(t, "GET", routesURL(base, GeographicNumber), account(), nil), "authentication_failed")
	wantJSON(t, do(t, "GET", ringingsURL(base, GeographicNumber), vals("user", "42", "password", "api-pw"), nil),
		`[{"public_number":"00420533533533","ringing_number":"*100"}]`)
	s.AddLineNumber("line700100", TypeSIPName, "700100")
	wantJSON(t, do(t, "GET", routesURL(base, "line700100"), vals("user", "700100", "password", "sip-pw"), nil), `[]`)
	wantErrors(t, do(t, "GET", routesURL(base, DemoSIPName), vals("user", "700100", "password", "sip-pw"), nil), "unauthorized")
	// The seeded line still works.
	wantJSON(t, do(t, "GET", routesURL(base, DemoSIPName), line(), nil), `[]`)
}
