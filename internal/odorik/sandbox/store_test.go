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
		`{"version":1,"numbers":[],"speed_dials":[{"shortcut":0,"number":"*1"}]}`,
		`{"version":1,"numbers":[],"speed_dials":[{"shortcut":3,"number":"*1"},{"shortcut":3,"number":"*2"}]}`,
		`{"version":1,"numbers":[],"speed_dials":[{"shortcut":"3"}]}`,
		`{"version":1,"numbers":[],"lines":[{"id":0}]}`,
		`{"version":1,"numbers":[],"lines":[{"id":700100},{"id":700100}]}`,
		`{"version":1,"numbers":[],"lines":[{"id":700100,"unknown_flag":true}]}`,
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

func TestSnapshotRestoreSpeedDialsAndLines(t *testing.T) {
	s, base := newAPI(t)
	wantJSON(t, do(t, "PUT", speedDialURL(base, 2), account(), vals("shortcut", "30")),
		`{"shortcut":30,"number":"00420737007770","name":"Mobil jednatel"}`)
	if err := s.PutLine(Line{ID: 700300, Name: "Nová", SIPPassword: "pw-700300",
		ConnectedDevices: []ConnectedDevice{{UserAgent: "ua", Address: "192.0.2.3"}}}); err != nil {
		t.Fatal(err)
	}
	data, err := s.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	back, base2 := newAPI(t, WithoutSeed())
	if err := back.Restore(data); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.SpeedDials(), s.SpeedDials()) || !reflect.DeepEqual(back.Lines(), s.Lines()) {
		t.Fatalf("restored %+v %+v", back.SpeedDials(), back.Lines())
	}
	if again, _ := back.Snapshot(); string(again) != string(data) {
		t.Fatalf("snapshot changed:\n%s\n%s", data, again)
	}
	// The restored data is served: the moved shortcut, the freed one reused,
	// the restored line's login.
	wantJSON(t, do(t, "POST", speedDialsURL(base2), account(), vals("number", "*1")), `{"shortcut":2,"number":"*1","name":""}`)
	a := do(t, "GET", linesURL(base2), vals("user", "700300", "password", "pw-700300"), nil)
	wantJSON(t, a, `[{"id":700300,"name":"Nová","caller_id":"","public_number":"","sip_password":"pw-700300",
		"active_voicemail":false,"active_call_recording":false,"active_missed_call_email":false,
		"voicemail_email":"","missed_call_email":"","connected_devices":[{"user_agent":"ua","address":"192.0.2.3"}]}]`)
}

func TestRestoreSnapshotWithoutSpeedDialsAndLines(t *testing.T) {
	s, base := newAPI(t)
	old := `{"version":1,"next_route_id":22625402,"numbers":[{"public_number":"00420533533533","type":"geographic",
		"routes":[{"id":22625401,"public_number":"00420533533533","source_number":"*","ringing_number":"*100"}]}],
		"reserved_shared_pairs":[]}`
	if err := s.Restore([]byte(old)); err != nil {
		t.Fatal(err)
	}
	if len(s.SpeedDials()) != 0 || len(s.Lines()) != 0 {
		t.Fatalf("restored %+v %+v", s.SpeedDials(), s.Lines())
	}
	wantJSON(t, do(t, "GET", speedDialsURL(base), account(), nil), `[]`)
	wantJSON(t, do(t, "GET", linesURL(base), account(), nil), `[]`)
	// The configured line login still works; the seeded-only lines do not.
	wantJSON(t, do(t, "GET", linesURL(base), line(), nil), `[]`)
	wantErrors(t, do(t, "GET", linesURL(base), vals("user", FaxLine, "password", FaxLineSIPPassword), nil), "authentication_failed")
	wantJSON(t, do(t, "POST", speedDialsURL(base), account(), vals("number", "*100")), `{"shortcut":1,"number":"*100","name":""}`)
	data, _ := s.Snapshot()
	var probe map[string]any
	if err := json.Unmarshal(data, &probe); err != nil || probe["lines"] == nil {
		t.Fatalf("snapshot %s", data)
	}
}
