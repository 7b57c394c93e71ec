package sandbox

import (
	"fmt"
	"testing"
)

func TestRingingsAreRoutesWithStarSource(t *testing.T) {
	s, base := newAPI(t)
	wantJSON(t, do(t, "GET", ringingsURL(base, GeographicNumber), account(), nil),
		`[{"public_number":"00420533533533","ringing_number":"*100"}]`)
	// A route for a specific caller is not a ringing.
	wantJSON(t, do(t, "POST", routesURL(base, GeographicNumber), account(), vals("source_number", "00420602111222", "ringing_number", "*300")), `{}`)
	// A ringing POST is a "*" route.
	wantJSON(t, do(t, "POST", ringingsURL(base, GeographicNumber), account(), vals("ringing_number", "00420737007770")), `{}`)
	wantJSON(t, do(t, "GET", ringingsURL(base, GeographicNumber), account(), nil), `[
		{"public_number":"00420533533533","ringing_number":"*100"},
		{"public_number":"00420533533533","ringing_number":"00420737007770"}]`)
	wantJSON(t, do(t, "GET", routesURL(base, GeographicNumber), account(), nil), fmt.Sprintf(`[
		{"id":%d,"public_number":"00420533533533","source_number":"*","ringing_number":"*100"},
		{"id":%d,"public_number":"00420533533533","source_number":"00420602111222","ringing_number":"*300"},
		{"id":%d,"public_number":"00420533533533","source_number":"*","ringing_number":"00420737007770"}]`,
		FirstRouteID, FirstRouteID+1, FirstRouteID+2))
	rg, ok := s.Ringings(GeographicNumber)
	if !ok || len(rg) != 2 {
		t.Fatalf("Ringings: %+v %v", rg, ok)
	}
}

func TestCreateRingingReplyObject(t *testing.T) {
	_, base := newAPI(t, WithCreateReply(true))
	wantJSON(t, do(t, "POST", ringingsURL(base, MobileNumber), account(), vals("ringing_number", "*754321")),
		`{"public_number":"00420799799799","ringing_number":"*754321"}`)
}

func TestCreateRingingErrors(t *testing.T) {
	s, base := newAPI(t)
	for _, target := range []string{"", "not a number", "12"} {
		wantErrors(t, do(t, "POST", ringingsURL(base, MobileNumber), account(), vals("ringing_number", target)), "invalid_ringing_number")
	}
	wantErrors(t, do(t, "POST", ringingsURL(base, MobileNumber), account(), nil), "invalid_ringing_number")
	wantErrors(t, do(t, "POST", ringingsURL(base, MobileNumber), account(), vals("ringing_number", "+420799799799")), "redirection_loop")
	wantErrors(t, do(t, "POST", ringingsURL(base, "00420111222333"), account(), vals("ringing_number", "*100")), "nonexisting_public_number")
	wantErrors(t, do(t, "GET", ringingsURL(base, "+420533533533"), account(), nil), "nonexisting_public_number")
	if rs := mustRoutes(t, s, MobileNumber); len(rs) != 0 {
		t.Fatalf("stored %+v", rs)
	}
}

func TestDeleteRinging(t *testing.T) {
	s, base := newAPI(t)
	// Two equal ringings and a specific-source route to the same target.
	mustAddRoute(t, s, MobileNumber, "*", "*754321")
	mustAddRoute(t, s, MobileNumber, "*", "*754321")
	mustAddRoute(t, s, MobileNumber, "00420602111222", "*754321")
	wantJSON(t, do(t, "DELETE", ringingURL(base, MobileNumber, "*754321"), account(), nil), `{}`)
	rs := mustRoutes(t, s, MobileNumber)
	if len(rs) != 1 || rs[0].SourceNumber != "00420602111222" {
		t.Fatalf("after delete: %+v", rs)
	}
	wantErrors(t, do(t, "DELETE", ringingURL(base, MobileNumber, "*754321"), account(), nil), "nonexisting_ringing_number")
	wantErrors(t, do(t, "DELETE", ringingURL(base, "00420111222333", "*754321"), account(), nil), "nonexisting_public_number")
}

func TestDeleteRingingTargetEncodings(t *testing.T) {
	s, base := newAPI(t)
	mustAddRoute(t, s, MobileNumber, "*", "+420737007770")
	// '*' percent-encoded and raw, '+' raw in the path.
	wantJSON(t, do(t, "DELETE", base+"/public_numbers/"+GeographicNumber+"/ringings/%2A100.json", account(), nil), `{}`)
	wantJSON(t, do(t, "DELETE", base+"/public_numbers/"+MobileNumber+"/ringings/+420737007770.json", account(), nil), `{}`)
	if len(mustRoutes(t, s, GeographicNumber))+len(mustRoutes(t, s, MobileNumber)) != 0 {
		t.Fatal("ringings not deleted")
	}
}
