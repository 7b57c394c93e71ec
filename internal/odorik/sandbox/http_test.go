package sandbox

import (
	"net/http"
	"testing"
)

func TestContentTypeOnSuccessAndErrors(t *testing.T) {
	_, base := newAPI(t)
	for _, a := range []answer{
		do(t, "GET", base+"/public_numbers.json", account(), nil),
		do(t, "GET", base+"/public_numbers.json", nil, nil),
		do(t, "GET", routesURL(base, "nope"), account(), nil),
		do(t, "POST", routesURL(base, MobileNumber), account(), vals("ringing_number", "*100", "source_number", "*")),
		do(t, "GET", base+"/nothing.json", nil, nil),
	} {
		if a.contentType != "application/json; charset=utf-8" {
			t.Fatalf("content type %q for %s", a.contentType, a.body)
		}
	}
	_, base = newAPI(t, WithContentType("application/json"))
	if a := do(t, "GET", base+"/public_numbers.json", nil, nil); a.contentType != "application/json" {
		t.Fatalf("content type %q", a.contentType)
	}
}

func TestUnknownPathsAndMethods(t *testing.T) {
	s, base := newAPI(t)
	root := base[:len(base)-len(BasePath)]
	cases := []struct{ method, url string }{
		{"GET", base + "/balance"},
		{"GET", base + "/public_numbers.xml"},
		{"GET", base + "/public_numbers"},
		{"GET", root + "/public_numbers.json"},
		{"GET", root + "/api/v2/public_numbers.json"},
		{"GET", base + "/public_numbers/" + GeographicNumber + "/routes.csv"},
		{"GET", base + "/public_numbers/" + GeographicNumber + "/other.json"},
		{"GET", base + "/public_numbers/" + GeographicNumber + "/routes/1/x.json"},
		{"POST", base + "/public_numbers.json"},
		{"PUT", routesURL(base, GeographicNumber)},
		{"DELETE", routesURL(base, GeographicNumber)},
		{"GET", routeURL(base, GeographicNumber, FirstRouteID)},
		{"PUT", routeURL(base, GeographicNumber, FirstRouteID)},
		{"PATCH", ringingsURL(base, GeographicNumber)},
		{"GET", ringingURL(base, GeographicNumber, "*100")},
		{"DELETE", base + "/public_numbers/" + GeographicNumber + "/routes/.json"},
	}
	for _, tc := range cases {
		a := do(t, tc.method, tc.url, account(), nil)
		wantStatus(t, a, http.StatusNotFound)
		wantErrorsBody(t, a, `{"errors":["not_found"]}`)
	}
	if n := len(mustRoutes(t, s, GeographicNumber)); n != 1 {
		t.Fatal("a 404 changed the store")
	}
}

func wantErrorsBody(t *testing.T, a answer, want string) {
	t.Helper()
	if a.body != want {
		t.Fatalf("body %s, want %s", a.body, want)
	}
}

func TestRepeatedAndTrailingSlashes(t *testing.T) {
	_, base := newAPI(t)
	wantJSON(t, do(t, "GET", base+"//public_numbers/"+GeographicNumber+"//ringings.json/", account(), nil),
		`[{"public_number":"00420533533533","ringing_number":"*100"}]`)
}
