package sandbox

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"
)

func TestSeededData(t *testing.T) {
	s := New()
	want := []Number{
		{GeographicNumber, TypeGeographic, ""},
		{NomadicNumber, TypeNomadic, ""},
		{MobileNumber, TypeMobile, ""},
		{DemoSIPName, TypeSIPName, DemoLine},
		{SharedNumber, TypeShared, ""},
	}
	if got := s.Numbers(); !reflect.DeepEqual(got, want) {
		t.Fatalf("numbers %+v", got)
	}
	rs := mustRoutes(t, s, GeographicNumber)
	if len(rs) != 1 || rs[0] != (Route{FirstRouteID, GeographicNumber, "*", "*100"}) {
		t.Fatalf("seed route %+v", rs)
	}
	if len(New(WithoutSeed()).Numbers()) != 0 {
		t.Fatal("WithoutSeed kept numbers")
	}
}

func TestDriftHelpers(t *testing.T) {
	s, base := newAPI(t)
	if _, err := s.AddRoute("00420111222333", "*", "*1"); !errors.Is(err, ErrNoSuchNumber) {
		t.Fatalf("AddRoute on unknown number: %v", err)
	}
	r, err := s.AddRoute(MobileNumber, "*", "*754321")
	if err != nil || r.ID != FirstRouteID+1 || r.PublicNumber != MobileNumber {
		t.Fatalf("AddRoute: %+v %v", r, err)
	}
	wantJSON(t, do(t, "GET", ringingsURL(base, MobileNumber), account(), nil),
		`[{"public_number":"00420799799799","ringing_number":"*754321"}]`)
	if !s.DeleteRoute(MobileNumber, r.ID) || s.DeleteRoute(MobileNumber, r.ID) || s.DeleteRoute("nope", 1) {
		t.Fatal("DeleteRoute results")
	}
	s.AddNumber("00420222333444", TypeGeographic)
	wantJSON(t, do(t, "GET", routesURL(base, "00420222333444"), account(), nil), `[]`)
	s.AddNumber(DemoSIPName, TypeSIPName) // keeps its line
	wantJSON(t, do(t, "GET", routesURL(base, DemoSIPName), line(), nil), `[]`)
	if !s.RemoveNumber(GeographicNumber) || s.RemoveNumber(GeographicNumber) {
		t.Fatal("RemoveNumber results")
	}
	if _, ok := s.Routes(GeographicNumber); ok {
		t.Fatal("removed number still has routes")
	}
	wantErrors(t, do(t, "GET", routesURL(base, GeographicNumber), account(), nil), "nonexisting_public_number")
	// Only the four HTTP calls above were recorded.
	if n := s.Kit.RequestCount(); n != 4 {
		t.Fatalf("recorded %d requests, want 4", n)
	}
}

func TestSnapshotRestoreRoundTrip(t *testing.T) {
	s, base := newAPI(t)
	wantJSON(t, do(t, "POST", routesURL(base, MobileNumber), account(), vals("source_number", "00420602111222", "ringing_number", "*754321")), `{}`)
	s.AddLineNumber("line_sip", TypeSIPName, DemoLine)
	s.ReserveSharedPair(SharedNumber, "*1")
	data, err := s.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	var probe map[string]any
	if err := json.Unmarshal(data, &probe); err != nil || probe["version"] != float64(1) {
		t.Fatalf("snapshot %s", data)
	}

	back, base2 := newAPI(t, WithoutSeed())
	if err := back.Restore(data); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Numbers(), s.Numbers()) {
		t.Fatalf("numbers %+v vs %+v", back.Numbers(), s.Numbers())
	}
	for _, n := range s.Numbers() {
		a, _ := s.Routes(n.PublicNumber)
		b, _ := back.Routes(n.PublicNumber)
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("routes of %s: %+v vs %+v", n.PublicNumber, a, b)
		}
	}
	again, _ := back.Snapshot()
	if string(again) != string(data) {
		t.Fatalf("snapshot changed:\n%s\n%s", data, again)
	}
	// Ids continue after the restored ones, and reservations survive.
	r, _ := back.AddRoute(MobileNumber, "*", "*2")
	if r.ID != FirstRouteID+2 {
		t.Fatalf("next id %d", r.ID)
	}
	wantErrors(t, do(t, "POST", routesURL(base2, SharedNumber), account(), vals("source_number", "*", "ringing_number", "*1")), "shared_number_conflict")
	wantJSON(t, do(t, "GET", routesURL(base2, "line_sip"), line(), nil), `[]`)
}

func TestRestoreRejectsBadSnapshots(t *testing.T) {
	s := New()
	before, _ := s.Snapshot()
	bad := []string{
		`not json`,
		`{"version":2,"numbers":[]}`,
		`{"version":1,"numbers":[{"public_number":"","type":"mobile","routes":[]}]}`,
		`{"version":1,"numbers":[{"public_number":"1","type":"mobile"},{"public_number":"1","type":"mobile"}]}`,
		`{"version":1,"numbers":[{"public_number":"1","type":"mobile","routes":[{"id":5},{"id":5}]}]}`,
		`{"version":1,"numbers":[{"public_number":"1","type":"mobile","routes":[{"id":5,"public_number":"2"}]}]}`,
		`{"version":1,"numbers":[],"extra":true}`,
	}
	for _, in := range bad {
		if err := s.Restore([]byte(in)); err == nil {
			t.Errorf("Restore(%s) accepted", in)
		}
	}
	after, _ := s.Snapshot()
	if string(before) != string(after) {
		t.Fatal("failed Restore changed the store")
	}
	// next_route_id is raised above the highest restored id.
	ok := `{"version":1,"next_route_id":1,"numbers":[{"public_number":"1","type":"mobile","routes":[{"id":99999999,"source_number":"*","ringing_number":"*1"}]}]}`
	if err := s.Restore([]byte(ok)); err != nil {
		t.Fatal(err)
	}
	if r, _ := s.AddRoute("1", "*", "*2"); r.ID != 100000000 {
		t.Fatalf("next id %d", r.ID)
	}
	if rs, _ := s.Routes("1"); rs[0].PublicNumber != "1" {
		t.Fatalf("public_number not filled in: %+v", rs)
	}
}
