package sandbox

import (
	"fmt"
	"testing"
)

func TestListRoutesSeeded(t *testing.T) {
	_, base := newAPI(t)
	wantJSON(t, do(t, "GET", routesURL(base, GeographicNumber), account(), nil),
		fmt.Sprintf(`[{"id":%d,"public_number":"00420533533533","source_number":"*","ringing_number":"*100"}]`, FirstRouteID))
	wantJSON(t, do(t, "GET", routesURL(base, MobileNumber), account(), nil), `[]`)
}

func TestCreateRouteAnswersEmptyObjectAndStores(t *testing.T) {
	s, base := newAPI(t)
	a := do(t, "POST", routesURL(base, MobileNumber), account(), vals("source_number", "00420602111222", "ringing_number", "*754321"))
	wantJSON(t, a, `{}`)
	rs := mustRoutes(t, s, MobileNumber)
	want := Route{ID: FirstRouteID + 1, PublicNumber: MobileNumber, SourceNumber: "00420602111222", RingingNumber: "*754321"}
	if len(rs) != 1 || rs[0] != want {
		t.Fatalf("stored %+v, want %+v", rs, want)
	}
}

func TestCreateRouteReplyObject(t *testing.T) {
	_, base := newAPI(t, WithCreateReply(true))
	a := do(t, "POST", routesURL(base, NomadicNumber), account(), vals("source_number", "*", "ringing_number", "*100"))
	wantJSON(t, a, fmt.Sprintf(`{"id":%d,"public_number":"00420910110910","source_number":"*","ringing_number":"*100"}`, FirstRouteID+1))
}

// The created-rule answer is exactly the rule's entry in GET routes.json,
// also when replace_by_source_number replaced rules.
func TestCreateRouteReplyMatchesListing(t *testing.T) {
	_, base := newAPI(t, WithCreateReply(true))
	a := do(t, "POST", routesURL(base, GeographicNumber), merged(account(), vals("replace_by_source_number", "true")),
		vals("source_number", "*", "ringing_number", "00420737007770"))
	want := fmt.Sprintf(`{"id":%d,"public_number":"00420533533533","source_number":"*","ringing_number":"00420737007770"}`, FirstRouteID+1)
	wantJSON(t, a, want)
	wantJSON(t, do(t, "GET", routesURL(base, GeographicNumber), account(), nil), "["+want+"]")
	// Errors are answered as without the option.
	wantErrors(t, do(t, "POST", routesURL(base, GeographicNumber), account(), vals("source_number", "*")), "invalid_ringing_number")
}

func TestCreateRouteDuplicatesAndIncreasingIDs(t *testing.T) {
	s, base := newAPI(t)
	for i := 0; i < 3; i++ {
		wantJSON(t, do(t, "POST", routesURL(base, NomadicNumber), account(), vals("source_number", "*", "ringing_number", "*100")), `{}`)
	}
	rs := mustRoutes(t, s, NomadicNumber)
	if len(rs) != 3 {
		t.Fatalf("want 3 equal routes, got %+v", rs)
	}
	for i := 1; i < len(rs); i++ {
		if rs[i].ID <= rs[i-1].ID {
			t.Fatalf("ids not increasing: %+v", rs)
		}
	}
}

func TestCreateRouteReplaceBySourceNumber(t *testing.T) {
	s, base := newAPI(t)
	post := func(source, ringing string, extra ...string) {
		t.Helper()
		a := do(t, "POST", routesURL(base, GeographicNumber), merged(account(), vals(extra...)),
			vals("source_number", source, "ringing_number", ringing))
		wantJSON(t, a, `{}`)
	}
	post("*", "*200")                                      // adds a second "*" rule
	post("00420602111222", "*300")                         // other source
	post("*", "*400", "replace_by_source_number", "false") // "false" adds
	if n := len(mustRoutes(t, s, GeographicNumber)); n != 4 {
		t.Fatalf("want 4 routes, got %d", n)
	}
	post("*", "*500", "replace_by_source_number", "true")
	rs := mustRoutes(t, s, GeographicNumber)
	if len(rs) != 2 || rs[0].SourceNumber != "00420602111222" || rs[1].RingingNumber != "*500" || rs[1].SourceNumber != "*" {
		t.Fatalf("after replace: %+v", rs)
	}
	if rs[1].ID <= rs[0].ID {
		t.Fatal("replacement did not get a new id")
	}
}

func TestCreateRouteValidationErrors(t *testing.T) {
	s, base := newAPI(t)
	cases := []struct {
		data  []string
		codes []string
	}{
		{[]string{"source_number", "*"}, []string{"invalid_ringing_number"}},
		{[]string{"source_number", "*", "ringing_number", ""}, []string{"invalid_ringing_number"}},
		{[]string{"source_number", "*", "ringing_number", "not a number"}, []string{"invalid_ringing_number"}},
		{[]string{"source_number", "*", "ringing_number", "12"}, []string{"invalid_ringing_number"}},
		{[]string{"source_number", "*", "ringing_number", "*"}, []string{"invalid_ringing_number"}},
		{[]string{"source_number", "*", "ringing_number", "0042073700777!"}, []string{"invalid_ringing_number"}},
		{[]string{"ringing_number", "*100"}, []string{"invalid_source_number"}},
		{[]string{"source_number", "", "ringing_number", "*100"}, []string{"invalid_source_number"}},
		{[]string{"source_number", "anyone at all", "ringing_number", "*100"}, []string{"invalid_source_number"}},
		{nil, []string{"invalid_ringing_number", "invalid_source_number"}},
	}
	for _, tc := range cases {
		wantErrors(t, do(t, "POST", routesURL(base, MobileNumber), account(), vals(tc.data...)), tc.codes...)
	}
	if rs := mustRoutes(t, s, MobileNumber); len(rs) != 0 {
		t.Fatalf("invalid posts stored %+v", rs)
	}
}

func TestCreateRouteAcceptedTargets(t *testing.T) {
	s, base := newAPI(t)
	targets := []string{"00420737007770", "737007770", "+420737007770", "*100", "*754321",
		"*08700420737007770", "*087737007770", "*0888*1*2", "hejda_test1", "sip:someone@example.com"}
	for _, target := range targets {
		a := do(t, "POST", routesURL(base, MobileNumber), account(), vals("source_number", "*", "ringing_number", target))
		wantJSON(t, a, `{}`)
	}
	sources := []string{"00420602111222", "+420602111222", "*754321", "hejda_test1"}
	for _, source := range sources {
		a := do(t, "POST", routesURL(base, MobileNumber), account(), vals("source_number", source, "ringing_number", "*100"))
		wantJSON(t, a, `{}`)
	}
	if n := len(mustRoutes(t, s, MobileNumber)); n != len(targets)+len(sources) {
		t.Fatalf("stored %d routes", n)
	}
}

func TestCreateRouteRedirectionLoop(t *testing.T) {
	s, base := newAPI(t)
	for _, target := range []string{"00420799799799", "+420799799799", "799799799", "*08700420799799799", "*087799799799"} {
		a := do(t, "POST", routesURL(base, MobileNumber), account(), vals("source_number", "*", "ringing_number", target))
		wantErrors(t, a, "redirection_loop")
	}
	wantErrors(t, do(t, "POST", routesURL(base, DemoSIPName), account(), vals("source_number", "*", "ringing_number", DemoSIPName)), "redirection_loop")
	if rs := mustRoutes(t, s, MobileNumber); len(rs) != 0 {
		t.Fatalf("loops stored %+v", rs)
	}
}

func TestCreateRouteSharedNumberConflict(t *testing.T) {
	s, base := newAPI(t)
	a := do(t, "POST", routesURL(base, SharedNumber), account(), vals("source_number", "00420602111222", "ringing_number", SharedTakenRingingNumber))
	wantErrors(t, a, "shared_number_conflict")
	a = do(t, "POST", routesURL(base, SharedNumber), account(), vals("source_number", "00420602111222", "ringing_number", "*754321"))
	wantJSON(t, a, `{}`)
	// The same target on a number that is not shared is fine.
	a = do(t, "POST", routesURL(base, MobileNumber), account(), vals("source_number", "*", "ringing_number", SharedTakenRingingNumber))
	wantJSON(t, a, `{}`)
	s.ReserveSharedPair(SharedNumber, "*754322")
	a = do(t, "POST", routesURL(base, SharedNumber), account(), vals("source_number", "*", "ringing_number", "*754322"))
	wantErrors(t, a, "shared_number_conflict")
	if rs := mustRoutes(t, s, SharedNumber); len(rs) != 1 {
		t.Fatalf("shared routes %+v", rs)
	}
}

func TestRoutesNonexistingPublicNumber(t *testing.T) {
	_, base := newAPI(t)
	for _, n := range []string{"00420111222333", "+420533533533", "420533533533", "533533533", "nobody_sip"} {
		wantErrors(t, do(t, "GET", routesURL(base, n), account(), nil), "nonexisting_public_number")
		wantErrors(t, do(t, "POST", routesURL(base, n), account(), vals("source_number", "*", "ringing_number", "*100")), "nonexisting_public_number")
		wantErrors(t, do(t, "DELETE", routeURL(base, n, FirstRouteID), account(), nil), "nonexisting_public_number")
	}
}

func TestDeleteRoute(t *testing.T) {
	s, base := newAPI(t)
	wantJSON(t, do(t, "DELETE", routeURL(base, GeographicNumber, FirstRouteID), account(), nil), `{}`)
	if rs := mustRoutes(t, s, GeographicNumber); len(rs) != 0 {
		t.Fatalf("route not deleted: %+v", rs)
	}
}

func TestDeleteUnknownRouteDefault(t *testing.T) {
	s, base := newAPI(t)
	other := mustAddRoute(t, s, NomadicNumber, "*", "*100")
	for _, id := range []any{FirstRouteID + 1000, other.ID, "abc"} {
		wantErrors(t, do(t, "DELETE", routeURL(base, GeographicNumber, id), account(), nil), "unauthorized")
	}
	if len(mustRoutes(t, s, NomadicNumber)) != 1 || len(mustRoutes(t, s, GeographicNumber)) != 1 {
		t.Fatal("unknown delete removed something")
	}
	// A second delete of the same route is an unknown id too.
	wantJSON(t, do(t, "DELETE", routeURL(base, NomadicNumber, other.ID), account(), nil), `{}`)
	wantErrors(t, do(t, "DELETE", routeURL(base, NomadicNumber, other.ID), account(), nil), "unauthorized")
}

func TestDeleteUnknownRouteConfigurable(t *testing.T) {
	_, base := newAPI(t, WithUnknownRouteDeleteError(""))
	wantJSON(t, do(t, "DELETE", routeURL(base, GeographicNumber, 1), account(), nil), `{}`)
	_, base = newAPI(t, WithUnknownRouteDeleteError("nonexisting_route"))
	wantErrors(t, do(t, "DELETE", routeURL(base, GeographicNumber, 1), account(), nil), "nonexisting_route")
}
