package sandbox

import (
	"errors"
	"strings"
	"testing"
)

func linesURL(base string) string { return base + "/lines.json" }

const seededLinesJSON = `[
	{"id":790766,"name":"Recepce","caller_id":"00420533533533","public_number":"00420533533533",
	 "sip_password":"sandbox-sip-password","active_voicemail":true,"active_call_recording":false,
	 "active_missed_call_email":true,"voicemail_email":"recepce@example.com","missed_call_email":"recepce@example.com",
	 "connected_devices":[{"user_agent":"Grandstream GXP1625 1.0.11.23","address":"192.0.2.10"}]},
	{"id":790767,"name":"Sklad","caller_id":"00420799799799","public_number":"",
	 "sip_password":"sandbox-sip-password-warehouse","active_voicemail":false,"active_call_recording":true,
	 "active_missed_call_email":false,"voicemail_email":"","missed_call_email":"",
	 "connected_devices":[{"user_agent":"Linphone/5.2.0","address":"198.51.100.7"}]},
	{"id":790768,"name":"Fax","caller_id":"","public_number":"",
	 "sip_password":"sandbox-sip-password-fax","active_voicemail":false,"active_call_recording":false,
	 "active_missed_call_email":false,"voicemail_email":"","missed_call_email":"",
	 "connected_devices":[]}]`

func TestListLinesSeeded(t *testing.T) {
	_, base := newAPI(t)
	wantJSON(t, do(t, "GET", linesURL(base), account(), nil), seededLinesJSON)
	wantStatus(t, do(t, "HEAD", linesURL(base), account(), nil), 200)
	_, base = newAPI(t, WithoutSeed())
	wantJSON(t, do(t, "GET", linesURL(base), account(), nil), `[]`)
}

func TestListLinesAuthentication(t *testing.T) {
	_, base := newAPI(t)
	wantErrors(t, do(t, "GET", linesURL(base), nil, nil), "authentication_required")
	wantErrors(t, do(t, "GET", linesURL(base), vals("user", DemoLine, "password", WarehouseLineSIPPassword), nil), "authentication_failed")
	wantErrors(t, do(t, "GET", linesURL(base), vals("user", "0"+WarehouseLine, "password", WarehouseLineSIPPassword), nil), "authentication_failed")
	wantErrors(t, do(t, "GET", linesURL(base), vals("user", "790769", "password", FaxLineSIPPassword), nil), "authentication_failed")
}

func TestListLinesLineLoginSeesItsOwnLine(t *testing.T) {
	_, base := newAPI(t)
	a := do(t, "GET", linesURL(base), line(), nil)
	wantJSON(t, a, `[{"id":790766,"name":"Recepce","caller_id":"00420533533533","public_number":"00420533533533",
	 "sip_password":"sandbox-sip-password","active_voicemail":true,"active_call_recording":false,
	 "active_missed_call_email":true,"voicemail_email":"recepce@example.com","missed_call_email":"recepce@example.com",
	 "connected_devices":[{"user_agent":"Grandstream GXP1625 1.0.11.23","address":"192.0.2.10"}]}]`)
	// A seeded line logs in with its SIP password, and is scoped like DemoLine.
	fax := vals("user", FaxLine, "password", FaxLineSIPPassword)
	wantJSON(t, do(t, "GET", linesURL(base), fax, nil), `[{"id":790768,"name":"Fax","caller_id":"","public_number":"",
	 "sip_password":"sandbox-sip-password-fax","active_voicemail":false,"active_call_recording":false,
	 "active_missed_call_email":false,"voicemail_email":"","missed_call_email":"","connected_devices":[]}]`)
	wantJSON(t, do(t, "GET", base+"/public_numbers.json", fax, nil), `[]`)
	wantErrors(t, do(t, "GET", routesURL(base, DemoSIPName), fax, nil), "unauthorized")
}

func TestWithLineSetsSeededLinePassword(t *testing.T) {
	_, base := newAPI(t, WithLine(DemoLine, "new-sip"))
	wantJSON(t, do(t, "GET", routesURL(base, DemoSIPName), vals("user", DemoLine, "password", "new-sip"), nil), `[]`)
	wantErrors(t, do(t, "GET", linesURL(base), line(), nil), "authentication_failed")
	a := do(t, "GET", linesURL(base), vals("user", DemoLine, "password", "new-sip"), nil)
	wantStatus(t, a, 200)
	if want := `"sip_password":"new-sip"`; !strings.Contains(a.body, want) {
		t.Fatalf("body %s lacks %s", a.body, want)
	}
}

func TestPutLine(t *testing.T) {
	s, base := newAPI(t, WithoutSeed())
	if err := s.PutLine(Line{ID: 0}); !errors.Is(err, ErrBadLineID) {
		t.Fatalf("PutLine id 0: %v", err)
	}
	if err := s.PutLine(Line{ID: 700200, Name: "Nová", SIPPassword: "pw-700200"}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutLine(Line{ID: 700100, Name: "První", ActiveVoicemail: true}); err != nil {
		t.Fatal(err)
	}
	want := `[
		{"id":700100,"name":"První","caller_id":"","public_number":"","sip_password":"","active_voicemail":true,
		 "active_call_recording":false,"active_missed_call_email":false,"voicemail_email":"","missed_call_email":"","connected_devices":[]},
		{"id":700200,"name":"Nová","caller_id":"","public_number":"","sip_password":"pw-700200","active_voicemail":false,
		 "active_call_recording":false,"active_missed_call_email":false,"voicemail_email":"","missed_call_email":"","connected_devices":[]}]`
	wantJSON(t, do(t, "GET", linesURL(base), account(), nil), want)
	// The new line logs in; a line without SIP password does not.
	s.AddLineNumber("nova_sip", TypeSIPName, "700200")
	wantJSON(t, do(t, "GET", routesURL(base, "nova_sip"), vals("user", "700200", "password", "pw-700200"), nil), `[]`)
	wantErrors(t, do(t, "GET", linesURL(base), vals("user", "700100", "password", ""), nil), "authentication_required")
	// Replacing by id; the store keeps its own copy of the devices.
	devices := []ConnectedDevice{{UserAgent: "a", Address: "192.0.2.1"}}
	if err := s.PutLine(Line{ID: 700200, Name: "Přejmenovaná", SIPPassword: "pw2", ConnectedDevices: devices}); err != nil {
		t.Fatal(err)
	}
	devices[0].UserAgent = "mutated"
	lines := s.Lines()
	if len(lines) != 2 || lines[1].Name != "Přejmenovaná" || lines[1].ConnectedDevices[0].UserAgent != "a" {
		t.Fatalf("Lines %+v", lines)
	}
	lines[1].ConnectedDevices[0].UserAgent = "mutated"
	if s.Lines()[1].ConnectedDevices[0].UserAgent != "a" {
		t.Fatal("Lines shares the store's devices")
	}
	wantErrors(t, do(t, "GET", linesURL(base), vals("user", "700200", "password", "pw-700200"), nil), "authentication_failed")
}

func TestLinesUnknownPathsAndMethods(t *testing.T) {
	_, base := newAPI(t)
	for _, tc := range []struct{ method, url string }{
		{"POST", linesURL(base)},
		{"GET", base + "/lines"},
		{"GET", base + "/lines/" + DemoLine + ".json"},
		{"GET", base + "/lines.xml"},
	} {
		wantStatus(t, do(t, tc.method, tc.url, account(), nil), 404)
	}
}
