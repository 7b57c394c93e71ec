package sandbox

import (
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"testing"
)

func speedDialsURL(base string) string { return base + "/speed_dials.json" }
func speedDialURL(base string, shortcut any) string {
	return base + "/speed_dials/" + toString(shortcut) + ".json"
}

// speedDialEndpoints lists one call per speed-dial endpoint, with data that
// would succeed.
func speedDialEndpoints(base string) []struct {
	method, url string
	data        []string
} {
	return []struct {
		method, url string
		data        []string
	}{
		{"GET", speedDialsURL(base), nil},
		{"POST", speedDialsURL(base), []string{"number", "*754321", "name", "Sklad"}},
		{"GET", speedDialURL(base, SupportShortcut), nil},
		{"PUT", speedDialURL(base, SupportShortcut), []string{"name", "Podpora"}},
		{"DELETE", speedDialURL(base, MobileShortcut), nil},
	}
}

func seededSpeedDials() []SpeedDial {
	return []SpeedDial{
		{SupportShortcut, SupportSpeedDialNumber, SupportSpeedDialName},
		{MobileShortcut, MobileSpeedDialNumber, MobileSpeedDialName},
	}
}

func wantSpeedDials(t *testing.T, s *Server, want ...SpeedDial) {
	t.Helper()
	if got := s.SpeedDials(); !reflect.DeepEqual(got, append([]SpeedDial{}, want...)) {
		t.Fatalf("speed dials %+v, want %+v", got, want)
	}
}

func TestListSpeedDialsSeeded(t *testing.T) {
	_, base := newAPI(t)
	wantJSON(t, do(t, "GET", speedDialsURL(base), account(), nil), `[
		{"shortcut":1,"number":"*100","name":"Odorik podpora"},
		{"shortcut":2,"number":"00420737007770","name":"Mobil jednatel"}]`)
	_, base = newAPI(t, WithoutSeed())
	wantJSON(t, do(t, "GET", speedDialsURL(base), account(), nil), `[]`)
}

func TestSpeedDialsAuthentication(t *testing.T) {
	s, base := newAPI(t)
	for _, ep := range speedDialEndpoints(base) {
		wantErrors(t, do(t, ep.method, ep.url, nil, vals(ep.data...)), "authentication_required")
		a := do(t, ep.method, ep.url, vals("user", DemoUser, "password", DemoLineSIPPassword), vals(ep.data...))
		wantErrors(t, a, "authentication_failed")
	}
	wantSpeedDials(t, s, seededSpeedDials()...)
}

func TestSpeedDialsRefuseLineLogin(t *testing.T) {
	s, base := newAPI(t)
	warehouse := vals("user", WarehouseLine, "password", WarehouseLineSIPPassword)
	for _, ep := range speedDialEndpoints(base) {
		for _, creds := range []url.Values{line(), warehouse} {
			// Refused before the parameters are looked at: invalid data too.
			wantErrors(t, do(t, ep.method, ep.url, creds, vals(ep.data...)), "unauthorized")
			wantErrors(t, do(t, ep.method, ep.url, creds, vals("number", "bad!", "shortcut", "0")), "unauthorized")
		}
	}
	wantErrors(t, do(t, "GET", speedDialURL(base, 77), line(), nil), "unauthorized")
	wantSpeedDials(t, s, seededSpeedDials()...)
	// The same calls work with the account's API password.
	for _, ep := range speedDialEndpoints(base) {
		a := do(t, ep.method, ep.url, account(), vals(ep.data...))
		wantStatus(t, a, http.StatusOK)
		if strings.Contains(a.body, "errors") {
			t.Fatalf("%s %s: %s", ep.method, ep.url, a.body)
		}
	}

	_, base = newAPI(t, WithLineSpeedDialError("authentication_failed"))
	wantErrors(t, do(t, "GET", speedDialsURL(base), line(), nil), "authentication_failed")
}

func TestCreateSpeedDialAssignsLowestFreeShortcut(t *testing.T) {
	s, base := newAPI(t)
	wantJSON(t, do(t, "POST", speedDialsURL(base), account(), vals("number", "00420602111222", "name", "Jana")),
		`{"shortcut":3,"number":"00420602111222","name":"Jana"}`)
	// An empty shortcut counts as omitted; name is optional.
	wantJSON(t, do(t, "POST", speedDialsURL(base), account(), vals("number", "*754321", "shortcut", "")),
		`{"shortcut":4,"number":"*754321","name":""}`)
	if !s.DeleteSpeedDial(SupportShortcut) {
		t.Fatal("seeded speed dial missing")
	}
	wantJSON(t, do(t, "POST", speedDialsURL(base), account(), vals("number", "*100")),
		`{"shortcut":1,"number":"*100","name":""}`)
	wantJSON(t, do(t, "POST", speedDialsURL(base), account(), vals("number", "+420602111222")),
		`{"shortcut":5,"number":"+420602111222","name":""}`)
	if len(s.SpeedDials()) != 5 {
		t.Fatalf("speed dials %+v", s.SpeedDials())
	}
}

func TestCreateSpeedDialExplicitShortcut(t *testing.T) {
	s, base := newAPI(t)
	for _, sc := range []string{"9", "10", "99"} {
		a := do(t, "POST", speedDialsURL(base), account(), vals("number", "*100", "name", "x", "shortcut", sc))
		wantJSON(t, a, `{"shortcut":`+sc+`,"number":"*100","name":"x"}`)
	}
	// Query parameters count as well as the form body.
	a := do(t, "POST", speedDialsURL(base), merged(account(), vals("shortcut", "42", "number", "737007770")), nil)
	wantJSON(t, a, `{"shortcut":42,"number":"737007770","name":""}`)
	if sd, ok := s.SpeedDial(42); !ok || sd.Number != "737007770" {
		t.Fatalf("speed dial 42: %+v %v", sd, ok)
	}
	// The auto-assigned one skips the taken shortcuts.
	wantJSON(t, do(t, "POST", speedDialsURL(base), account(), vals("number", "*1")), `{"shortcut":3,"number":"*1","name":""}`)
}

func TestCreateSpeedDialErrors(t *testing.T) {
	s, base := newAPI(t)
	long := strings.Repeat("a", MaxSpeedDialName+1)
	cases := []struct {
		data  []string
		codes []string
	}{
		{nil, []string{"invalid_number"}},
		{[]string{"name", "x"}, []string{"invalid_number"}},
		{[]string{"number", ""}, []string{"invalid_number"}},
		{[]string{"number", "not a number"}, []string{"invalid_number"}},
		{[]string{"number", "12"}, []string{"invalid_number"}},
		{[]string{"number", "*"}, []string{"invalid_number"}},
		{[]string{"number", "*100", "shortcut", "0"}, []string{"invalid_shortcut"}},
		{[]string{"number", "*100", "shortcut", "100"}, []string{"invalid_shortcut"}},
		{[]string{"number", "*100", "shortcut", "05"}, []string{"invalid_shortcut"}},
		{[]string{"number", "*100", "shortcut", "-1"}, []string{"invalid_shortcut"}},
		{[]string{"number", "*100", "shortcut", "a"}, []string{"invalid_shortcut"}},
		{[]string{"number", "*100", "shortcut", " 7"}, []string{"invalid_shortcut"}},
		{[]string{"number", "*100", "name", long}, []string{"name_too_long"}},
		{[]string{"number", "x y", "shortcut", "abc", "name", long}, []string{"invalid_number", "invalid_shortcut", "name_too_long"}},
		{[]string{"number", "*100", "shortcut", "1"}, []string{"shortcut_already_used"}},
		{[]string{"number", "*100", "shortcut", "2", "name", "dup"}, []string{"shortcut_already_used"}},
		// Validation comes before the taken shortcut.
		{[]string{"number", "bad!", "shortcut", "1"}, []string{"invalid_number"}},
	}
	for _, tc := range cases {
		wantErrors(t, do(t, "POST", speedDialsURL(base), account(), vals(tc.data...)), tc.codes...)
	}
	wantSpeedDials(t, s, seededSpeedDials()...)
}

func TestSpeedDialNameLengthInCharacters(t *testing.T) {
	s, base := newAPI(t)
	name := strings.Repeat("ž", MaxSpeedDialName) // 300 bytes, 150 characters
	a := do(t, "POST", speedDialsURL(base), account(), vals("number", "*100", "name", name))
	wantJSON(t, a, `{"shortcut":3,"number":"*100","name":"`+name+`"}`)
	wantErrors(t, do(t, "POST", speedDialsURL(base), account(), vals("number", "*100", "name", name+"ž")), "name_too_long")
	wantErrors(t, do(t, "PUT", speedDialURL(base, 3), account(), vals("name", name+"x")), "name_too_long")
	if sd, _ := s.SpeedDial(3); sd.Name != name {
		t.Fatalf("name changed: %q", sd.Name)
	}
}

func TestSpeedDialCapacity(t *testing.T) {
	s, base := newAPI(t, WithSpeedDialCapacity(3))
	wantJSON(t, do(t, "POST", speedDialsURL(base), account(), vals("number", "*1")), `{"shortcut":3,"number":"*1","name":""}`)
	wantErrors(t, do(t, "POST", speedDialsURL(base), account(), vals("number", "*2")), "speed_dials_full")
	wantErrors(t, do(t, "POST", speedDialsURL(base), account(), vals("number", "*2", "shortcut", "50")), "speed_dials_full")
	// A taken shortcut is reported before the full account, invalid data before both.
	wantErrors(t, do(t, "POST", speedDialsURL(base), account(), vals("number", "*2", "shortcut", "1")), "shortcut_already_used")
	wantErrors(t, do(t, "POST", speedDialsURL(base), account(), vals("number", "")), "invalid_number")
	// PUT on a full account still works, moves included.
	wantJSON(t, do(t, "PUT", speedDialURL(base, 3), account(), vals("shortcut", "60")), `{"shortcut":60,"number":"*1","name":""}`)
	wantJSON(t, do(t, "DELETE", speedDialURL(base, 1), account(), nil), `{}`)
	wantJSON(t, do(t, "POST", speedDialsURL(base), account(), vals("number", "*2")), `{"shortcut":1,"number":"*2","name":""}`)
	if n := len(s.SpeedDials()); n != 3 {
		t.Fatalf("%d speed dials", n)
	}
}

func TestSpeedDialDefaultCapacityIsEveryShortcut(t *testing.T) {
	s, base := newAPI(t, WithoutSeed())
	for n := MinShortcut; n <= MaxShortcut; n++ {
		if n == 50 {
			continue
		}
		if err := s.PutSpeedDial(SpeedDial{Shortcut: n, Number: "*100"}); err != nil {
			t.Fatal(err)
		}
	}
	wantJSON(t, do(t, "POST", speedDialsURL(base), account(), vals("number", "*2")), `{"shortcut":50,"number":"*2","name":""}`)
	wantErrors(t, do(t, "POST", speedDialsURL(base), account(), vals("number", "*3")), "speed_dials_full")
	// A capacity above the shortcut range is bounded by the free shortcuts.
	s, base = newAPI(t, WithoutSeed(), WithSpeedDialCapacity(500))
	for n := MinShortcut; n <= MaxShortcut; n++ {
		_ = s.PutSpeedDial(SpeedDial{Shortcut: n, Number: "*100"})
	}
	wantErrors(t, do(t, "POST", speedDialsURL(base), account(), vals("number", "*3")), "speed_dials_full")
}

func TestGetSpeedDial(t *testing.T) {
	_, base := newAPI(t)
	wantJSON(t, do(t, "GET", speedDialURL(base, 1), account(), nil), `{"shortcut":1,"number":"*100","name":"Odorik podpora"}`)
	for _, sc := range []string{"3", "99", "0", "01", "100", "abc", "%2A"} {
		wantErrors(t, do(t, "GET", base+"/speed_dials/"+sc+".json", account(), nil), "invalid_shortcut")
	}
	_, base = newAPI(t, WithUnknownSpeedDialError("nonexisting_speed_dial"))
	wantErrors(t, do(t, "GET", speedDialURL(base, 3), account(), nil), "nonexisting_speed_dial")
	wantErrors(t, do(t, "PUT", speedDialURL(base, 3), account(), vals("name", "x")), "nonexisting_speed_dial")
	wantErrors(t, do(t, "DELETE", speedDialURL(base, 3), account(), nil), "nonexisting_speed_dial")
}

func TestUpdateSpeedDialInPlace(t *testing.T) {
	s, base := newAPI(t)
	wantJSON(t, do(t, "PUT", speedDialURL(base, 2), account(), vals("number", "00420602111222", "name", "Jana")),
		`{"shortcut":2,"number":"00420602111222","name":"Jana"}`)
	// Only the parameters present change; an empty name clears it.
	wantJSON(t, do(t, "PUT", speedDialURL(base, 2), account(), vals("number", "*754321")),
		`{"shortcut":2,"number":"*754321","name":"Jana"}`)
	wantJSON(t, do(t, "PUT", speedDialURL(base, 2), account(), vals("name", "", "shortcut", "")),
		`{"shortcut":2,"number":"*754321","name":""}`)
	wantJSON(t, do(t, "PUT", speedDialURL(base, 2), account(), nil), `{"shortcut":2,"number":"*754321","name":""}`)
	// Its own shortcut is not "already used".
	wantJSON(t, do(t, "PUT", speedDialURL(base, 2), account(), vals("shortcut", "2", "name", "Sklad")),
		`{"shortcut":2,"number":"*754321","name":"Sklad"}`)
	wantSpeedDials(t, s, seededSpeedDials()[0], SpeedDial{2, "*754321", "Sklad"})
}

func TestUpdateSpeedDialMovesShortcut(t *testing.T) {
	s, base := newAPI(t)
	wantJSON(t, do(t, "PUT", speedDialURL(base, 2), account(), vals("shortcut", "20", "name", "Mobil")),
		`{"shortcut":20,"number":"00420737007770","name":"Mobil"}`)
	wantSpeedDials(t, s, seededSpeedDials()[0], SpeedDial{20, MobileSpeedDialNumber, "Mobil"})
	// The old shortcut is gone, the new one answers.
	wantErrors(t, do(t, "GET", speedDialURL(base, 2), account(), nil), "invalid_shortcut")
	wantJSON(t, do(t, "GET", speedDialURL(base, 20), account(), nil), `{"shortcut":20,"number":"00420737007770","name":"Mobil"}`)
	// The freed shortcut is assigned again.
	wantJSON(t, do(t, "POST", speedDialsURL(base), account(), vals("number", "*1")), `{"shortcut":2,"number":"*1","name":""}`)
	// Onto a taken shortcut: refused, nothing changes.
	wantErrors(t, do(t, "PUT", speedDialURL(base, 20), account(), vals("shortcut", "1", "name", "x")), "shortcut_already_used")
	if sd, ok := s.SpeedDial(20); !ok || sd.Name != "Mobil" {
		t.Fatalf("speed dial 20: %+v %v", sd, ok)
	}
	if sd, _ := s.SpeedDial(1); sd != seededSpeedDials()[0] {
		t.Fatalf("speed dial 1 changed: %+v", sd)
	}
}

func TestUpdateSpeedDialErrors(t *testing.T) {
	s, base := newAPI(t)
	cases := []struct {
		data  []string
		codes []string
	}{
		{[]string{"number", ""}, []string{"invalid_number"}},
		{[]string{"number", "bad!"}, []string{"invalid_number"}},
		{[]string{"shortcut", "0"}, []string{"invalid_shortcut"}},
		{[]string{"shortcut", "100"}, []string{"invalid_shortcut"}},
		{[]string{"name", strings.Repeat("n", 151)}, []string{"name_too_long"}},
		{[]string{"number", "", "shortcut", "x", "name", strings.Repeat("n", 151)}, []string{"invalid_number", "invalid_shortcut", "name_too_long"}},
		{[]string{"shortcut", "2"}, []string{"shortcut_already_used"}},
	}
	for _, tc := range cases {
		wantErrors(t, do(t, "PUT", speedDialURL(base, 1), account(), vals(tc.data...)), tc.codes...)
	}
	wantErrors(t, do(t, "PUT", speedDialURL(base, 3), account(), vals("name", "x")), "invalid_shortcut")
	wantSpeedDials(t, s, seededSpeedDials()...)
}

func TestDeleteSpeedDial(t *testing.T) {
	s, base := newAPI(t)
	wantJSON(t, do(t, "DELETE", speedDialURL(base, 1), account(), nil), `{}`)
	wantSpeedDials(t, s, seededSpeedDials()[1])
	wantErrors(t, do(t, "DELETE", speedDialURL(base, 1), account(), nil), "invalid_shortcut")
	wantErrors(t, do(t, "DELETE", speedDialURL(base, "x"), account(), nil), "invalid_shortcut")
	wantSpeedDials(t, s, seededSpeedDials()[1])
}

func TestSpeedDialUnknownPathsAndMethods(t *testing.T) {
	s, base := newAPI(t)
	cases := []struct{ method, url string }{
		{"PUT", speedDialsURL(base)},
		{"DELETE", speedDialsURL(base)},
		{"POST", speedDialURL(base, 1)},
		{"PATCH", speedDialURL(base, 1)},
		{"GET", base + "/speed_dials"},
		{"GET", base + "/speed_dials.xml"},
		{"GET", base + "/speed_dials/1"},
		{"GET", base + "/speed_dials/.json"},
		{"GET", base + "/speed_dials/1/x.json"},
		{"PUT", base + "/lines/" + DemoLine + "/speed_dials/1.json"},
		{"DELETE", base + "/lines/" + DemoLine + "/speed_dials/1.json"},
	}
	for _, tc := range cases {
		a := do(t, tc.method, tc.url, account(), vals("number", "*1"))
		wantStatus(t, a, http.StatusNotFound)
		wantErrorsBody(t, a, `{"errors":["not_found"]}`)
	}
	wantSpeedDials(t, s, seededSpeedDials()...)
}

func TestSpeedDialHelpers(t *testing.T) {
	s, base := newAPI(t, WithSpeedDialCapacity(2))
	if err := s.PutSpeedDial(SpeedDial{Shortcut: 0}); err == nil {
		t.Fatal("PutSpeedDial accepted shortcut 0")
	}
	// Drift: no validation, no capacity.
	if err := s.PutSpeedDial(SpeedDial{Shortcut: 7, Number: "anything", Name: strings.Repeat("x", 200)}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutSpeedDial(SpeedDial{Shortcut: 1, Number: "*101", Name: "changed"}); err != nil {
		t.Fatal(err)
	}
	wantJSON(t, do(t, "GET", speedDialURL(base, 1), account(), nil), `{"shortcut":1,"number":"*101","name":"changed"}`)
	if sd, ok := s.SpeedDial(7); !ok || sd.Number != "anything" {
		t.Fatalf("SpeedDial(7) %+v %v", sd, ok)
	}
	if _, ok := s.SpeedDial(8); ok {
		t.Fatal("SpeedDial(8) found")
	}
	if !s.DeleteSpeedDial(7) || s.DeleteSpeedDial(7) {
		t.Fatal("DeleteSpeedDial results")
	}
	if n := s.Kit.RequestCount(); n != 1 {
		t.Fatalf("helpers recorded requests: %d", n)
	}
	if got := s.SpeedDials(); len(got) != 2 || got[0].Shortcut != 1 || got[1].Shortcut != 2 {
		t.Fatalf("SpeedDials %+v", got)
	}
}
