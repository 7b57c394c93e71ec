package sandbox

import (
	"fmt"
	"net/http"
	"reflect"
	"testing"
)

func TestClientANI(t *testing.T) {
	s, a := loggedIn(t)
	wantJSON(t, a.do("GET", "/client/@me/ani/", nil), http.StatusOK, `{"default":"None"}`)
	wantJSON(t, a.do("PUT", fmt.Sprintf("/client/%d/ani", DemoClientID), map[string]any{"ani_number": DemoDID}), http.StatusOK,
		`{"default":"78121234567"}`)
	wantJSON(t, a.do("GET", "/client/@me/ani", nil), http.StatusOK, `{"default":"78121234567"}`)
	if s.ClientANI() != DemoDID {
		t.Fatalf("store %q", s.ClientANI())
	}
	for _, tc := range []struct{ body, parts string }{
		{`{}`, "required"},
		{`{"ani_number":null}`, "required"},
		{`{"ani_number":78121234567}`, "string"},
		{`{"ani_number":"+78121234567"}`, "not one of the client's DIDs"},
		{`{"ani_number":"0078121234567"}`, "not one of the client's DIDs"},
		{`{"ani_number":"74990000000"}`, "not one of the client's DIDs"},
		{`{"default":"74951234567"}`, "required"},
	} {
		wantError(t, a.do("PUT", "/client/@me/ani/", tc.body), http.StatusBadRequest, "validation_error", "ani_number", tc.parts)
	}
	if s.ClientANI() != DemoDID {
		t.Fatal("a rejected PUT changed the ANI")
	}
	// "" resets it.
	wantJSON(t, a.do("PUT", "/client/@me/ani/", `{"ani_number":""}`), http.StatusOK, `{"default":"None"}`)
	// Drift is served as it is.
	s.SetClientANI("70000000000")
	wantJSON(t, a.do("GET", "/client/@me/ani/", nil), http.StatusOK, `{"default":"70000000000"}`)
}

func TestSounds(t *testing.T) {
	s, a := loggedIn(t)
	ans := a.do("GET", "/client/@me/sound/", nil)
	all := decode[[]Sound](t, ans, http.StatusOK)
	if len(all) != 5 || !reflect.DeepEqual(all, s.Sounds()) {
		t.Fatalf("sounds %+v", all)
	}
	raw := decode[[]map[string]any](t, ans, http.StatusOK)
	if raw[0]["client_id"] != nil || raw[3]["client_id"] != float64(DemoClientID) || raw[0]["dealer_id"] != float64(DemoDealerID) {
		t.Fatalf("owners %v / %v", raw[0], raw[3])
	}
	wantJSON(t, a.do("GET", fmt.Sprintf("/client/@me/sound/%d", DemoHoldMusicSoundID), nil), http.StatusOK, fmt.Sprintf(
		`{"id": %d, "client_id": %d, "dealer_id": %d, "title": "Office music on hold", "filename": "office_moh.mp3"}`,
		DemoHoldMusicSoundID, DemoClientID, DemoDealerID))
	titles := listed(t, a, "/client/@me/sound/", func(x Sound) string { return x.Title })
	wantListed(t, titles, []listCase{
		{"own_only=true", []string{"Office music on hold", "Office greeting"}},
		{"own_only=1&title=Office+greeting", []string{"Office greeting"}},
		{"own_only=True&title=Classical", nil},
		{"own_only=false&title=Classical", []string{"Classical"}},
		{"title=classical", nil},
		{"title=Classical&title=Office+greeting", []string{"Classical", "Office greeting"}},
		{fmt.Sprintf("id=%d&id=%d", FirstSoundID, FirstSoundID+4), []string{"Default music on hold", "Office greeting"}},
		{"per_page=2&page=3", []string{"Office greeting"}},
		{"own_only=0&per_page=2&page=4", nil},
	})
	for _, q := range []string{"own_only=yes", "own_only=", "id=a"} {
		wantError(t, a.do("GET", "/client/@me/sound/?"+q, nil), http.StatusBadRequest, "validation_error")
	}
	// Helpers: a new shared sound, then gone.
	x := s.PutSound(Sound{Title: "Jingle", Filename: "jingle.mp3"})
	if x.ID != FirstSoundID+5 || x.DealerID != DemoDealerID || x.ClientID != nil {
		t.Fatalf("PutSound %+v", x)
	}
	if got, ok := s.Sound(x.ID); !ok || !reflect.DeepEqual(got, x) {
		t.Fatalf("Sound %+v", got)
	}
	if !s.DeleteSound(x.ID) || len(s.Sounds()) != 5 {
		t.Fatal("DeleteSound")
	}
}

func TestLimits(t *testing.T) {
	s, a := loggedIn(t, WithLimits(func(l *Limits) { l.ExtensionLimit, l.EventLimit = 3, 4 }))
	wantJSON(t, a.do("GET", "/client/@me/limit/", nil), http.StatusOK, `{
		"disk_quota": 0, "ivr_option_limit": 20, "dial_rule_limit": 0, "user_extension_group_limit": 20,
		"extension_agent_limit": 100, "ivr_rule_limit": 50, "sound_limit": 200, "application_limit": 5,
		"user_client_limit": 5, "extension_group_limit": 100, "user_extension_limit": 1000, "calls_limit": 30,
		"network_permission_limit": 100, "remote_agent_limit": 20, "interval_limit": 0, "event_limit": 4,
		"extension_limit": 3, "incom_rule_limit": 20, "ivr_context_limit": 10, "reg_limit": 0}`)
	l := s.Limits()
	l.ExtensionGroupLimit = 1
	s.SetLimits(l)
	if got := decode[Limits](t, a.do("GET", fmt.Sprintf("/client/%d/limit", DemoClientID), nil), http.StatusOK); got != l {
		t.Fatalf("limits %+v, want %+v", got, l)
	}
	if New().Limits() != seedLimits() {
		t.Fatal("New does not start with the seeded limits")
	}
}

func TestClientSettingsReferences(t *testing.T) {
	s, a := loggedIn(t)
	n := s.PutNetworkPermission(NetworkPermission{Name: "HQ", NetworkAddress: []string{"10.0.0.0/8"}})
	for _, path := range []string{"/client/@me/client/", fmt.Sprintf("/client/client_info/%d/", DemoClientID)} {
		got := decode[ClientInfo](t, a.do("PUT", path, map[string]any{"hold_music": FirstSoundID, "sip_network_permission_id": n.ID}), http.StatusOK)
		if !sameID(got.HoldMusic, FirstSoundID) || !sameID(got.SIPNetworkPermissionID, n.ID) {
			t.Fatalf("%s: %+v", path, got)
		}
	}
	got := decode[ClientInfo](t, a.do("PUT", "/client/@me/client/", map[string]any{"hold_music": DemoHoldMusicSoundID}), http.StatusOK)
	if !sameID(got.HoldMusic, DemoHoldMusicSoundID) || !reflect.DeepEqual(got, s.ClientInfo()) {
		t.Fatalf("own sound %+v", got)
	}
	for _, tc := range []struct{ body, parts string }{
		{`{"hold_music":999}`, "sound 999 does not exist"},
		{`{"sip_network_permission_id":802}`, "network permission group 802 does not exist"},
		{`{"sip_network_permission_id":"801"}`, "integer"},
	} {
		wantError(t, a.do("PUT", "/client/@me/client/", tc.body), http.StatusBadRequest, "validation_error", tc.parts)
	}
	if !reflect.DeepEqual(s.ClientInfo(), got) {
		t.Fatal("a rejected PUT changed the client")
	}
	// A dangling id (drift) does not block other changes.
	s.DeleteNetworkPermission(n.ID)
	got = decode[ClientInfo](t, a.do("PUT", "/client/@me/client/", map[string]any{"geo_list": "*"}), http.StatusOK)
	if got.GeoList != "*" || !sameID(got.SIPNetworkPermissionID, n.ID) {
		t.Fatalf("after drift %+v", got)
	}
}

// Every new list pages as the old ones do, after its filters.
func TestOfficeListsPage(t *testing.T) {
	s, a := loggedIn(t)
	for i := range 45 {
		s.PutExtension(Extension{Name: fmt.Sprint(100 + i), Type: "phone", Status: "active"})
		s.PutExtensionGroup(ExtensionGroup{Name: fmt.Sprint("g", i)})
		s.PutNetworkPermission(NetworkPermission{Name: fmt.Sprint("n", i)})
		s.PutDID(DID{Name: fmt.Sprint(74990000000 + i)})
		s.PutSound(Sound{Title: fmt.Sprint("s", i)})
	}
	for _, tc := range []struct {
		path  string
		first int64
		total int
	}{
		{"extension", FirstExtensionID, 45},
		{"extension_group", FirstExtensionGroupID, 45},
		{"network_permission", FirstNetworkPermissionID, 45},
		{"did", FirstDIDID, 49},
		{"sound", FirstSoundID, 50},
	} {
		var ids []int64
		for page := 1; ; page++ {
			items := decode[[]struct{ ID int64 }](t, a.do("GET", fmt.Sprintf("/client/@me/%s/?page=%d", tc.path, page), nil), http.StatusOK)
			if len(items) == 0 {
				break
			}
			if page <= tc.total/DefaultPerPage && len(items) != DefaultPerPage {
				t.Fatalf("%s page %d has %d items", tc.path, page, len(items))
			}
			for _, it := range items {
				ids = append(ids, it.ID)
			}
		}
		if len(ids) != tc.total || ids[0] != tc.first || ids[len(ids)-1] != tc.first+int64(tc.total-1) {
			t.Fatalf("%s: %d ids %v", tc.path, len(ids), ids)
		}
		if got := decode[[]map[string]any](t, a.do("GET", "/client/@me/"+tc.path+"/?per_page=500", nil), http.StatusOK); len(got) != tc.total {
			t.Fatalf("%s per_page=500: %d", tc.path, len(got))
		}
		wantError(t, a.do("GET", "/client/@me/"+tc.path+"/?per_page=501", nil), http.StatusBadRequest, "validation_error", "per_page")
	}
}
