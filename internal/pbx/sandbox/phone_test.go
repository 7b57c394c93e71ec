package sandbox

import (
	"fmt"
	"net/http"
	"reflect"
	"testing"
)

const defaultPhoneJSON = `{"auth_type": "digest", "sip_network_permission_id": null, "allow_webrtc": false,
	"record_enabled": false, "record_transfer": false, "call_screening_enabled": false, "label": "",
	"announce_sound_upon_incoming_call": null, "announce_sound_upon_outgoing_call": null,
	"append_to_cid_name_on_transfer": "", "conference_pin": "", "conference_announce_caller_name": true,
	"conference_end_on_exit": true}`

func TestExtensionPhone(t *testing.T) {
	s, a, phone, _, base := extFixture(t)
	wantJSON(t, a.do("GET", base+"/phone/", nil), http.StatusOK, defaultPhoneJSON)
	if got, ok := s.ExtensionPhone(phone.ID); !ok || !reflect.DeepEqual(got, defaultPhone(phone.ID)) {
		t.Fatalf("helper %+v", got)
	}
	n := s.PutNetworkPermission(NetworkPermission{Name: "HQ", NetworkAddress: []string{"10.0.0.0/8"}})
	full := fmt.Sprintf("/client/%d/extension/%d/phone", DemoClientID, phone.ID)
	ans := a.do("PUT", full, map[string]any{
		"password": "s3cret!", "auth_type": "both", "sip_network_permission_id": n.ID, "allow_webrtc": true,
		"record_enabled": true, "record_transfer": true, "call_screening_enabled": true, "label": "Reception",
		"announce_sound_upon_incoming_call": FirstSoundID, "announce_sound_upon_outgoing_call": DemoHoldMusicSoundID,
		"append_to_cid_name_on_transfer": "[T]", "conference_pin": "0042", "conference_announce_caller_name": false,
		"conference_end_on_exit": false, "voicemail_enabled": true, "id": 5,
	})
	want := fmt.Sprintf(`{"auth_type": "both", "sip_network_permission_id": %d, "allow_webrtc": true,
		"record_enabled": true, "record_transfer": true, "call_screening_enabled": true, "label": "Reception",
		"announce_sound_upon_incoming_call": %d, "announce_sound_upon_outgoing_call": %d,
		"append_to_cid_name_on_transfer": "[T]", "conference_pin": "0042", "conference_announce_caller_name": false,
		"conference_end_on_exit": false}`, n.ID, FirstSoundID, DemoHoldMusicSoundID)
	wantJSON(t, ans, http.StatusOK, want)
	wantJSON(t, a.do("GET", base+"/phone", nil), http.StatusOK, want)
	if pw, ok := s.PhonePassword(phone.ID); !ok || pw != "s3cret!" {
		t.Fatalf("password %q", pw)
	}
	// Partial PUT; null clears the ids; the GET answer sent back changes nothing.
	got := decode[PhoneSettings](t, a.do("PUT", base+"/phone/", `{"auth_type":"network","announce_sound_upon_incoming_call":null,"sip_network_permission_id":0}`), http.StatusOK)
	stored, _ := s.ExtensionPhone(phone.ID)
	if got.AuthType != "network" || got.AnnounceSoundUponIncomingCall != nil || got.NetworkPermissionID != nil ||
		!got.RecordEnabled || got.ConferencePIN != "0042" || !sameID(got.AnnounceSoundUponOutgoingCall, DemoHoldMusicSoundID) {
		t.Fatalf("after partial PUT %+v", got)
	}
	got.ExtensionID = phone.ID
	if !reflect.DeepEqual(got, stored) {
		t.Fatalf("answer %+v, stored %+v", got, stored)
	}
	wantStatus(t, a.do("PUT", base+"/phone/", a.do("GET", base+"/phone/", nil).body), http.StatusOK)
	if again, _ := s.ExtensionPhone(phone.ID); !reflect.DeepEqual(again, stored) {
		t.Fatalf("round trip %+v", again)
	}
	if pw, _ := s.PhonePassword(phone.ID); pw != "s3cret!" {
		t.Fatal("a PUT without password changed it")
	}
	// A singleton: no POST or DELETE.
	wantError(t, a.do("POST", base+"/phone/", `{}`), http.StatusMethodNotAllowed, "")
	wantError(t, a.do("DELETE", base+"/phone/", nil), http.StatusMethodNotAllowed, "")
	wantJSON(t, a.do("GET", base+"/phone/1", nil), http.StatusNotFound, `{"message":"Not found"}`)
	// The group a phone uses cannot be deleted.
	wantStatus(t, a.do("PUT", base+"/phone/", map[string]any{"sip_network_permission_id": n.ID}), http.StatusOK)
	wantError(t, a.do("DELETE", fmt.Sprintf("/client/@me/network_permission/%d", n.ID), nil), http.StatusConflict, "in_use",
		"phone of extension 345*100 (sip_network_permission_id)")

	// Helpers: drift keeps the password; deleting the extension forgets all.
	stored.Label = "drift"
	if put := s.PutExtensionPhone(stored); put.Label != "drift" {
		t.Fatalf("PutExtensionPhone %+v", put)
	}
	if pw, _ := s.PhonePassword(phone.ID); pw != "s3cret!" || !s.SetPhonePassword(phone.ID, "other") {
		t.Fatal("PutExtensionPhone changed the password")
	}
	if pw, _ := s.PhonePassword(phone.ID); pw != "other" {
		t.Fatalf("SetPhonePassword: %q", pw)
	}
	wantStatus(t, a.do("DELETE", fmt.Sprintf("/client/@me/extension/%d", phone.ID), nil), http.StatusNoContent)
	wantJSON(t, a.do("GET", base+"/phone/", nil), http.StatusNotFound, `{"message":"Record not found"}`)
	if _, ok := s.ExtensionPhone(phone.ID); ok {
		t.Fatal("settings of a deleted extension")
	}
	// An extension created again with the same name starts from the defaults.
	again := mustCreateExtension(t, a, map[string]any{"name": "100", "type": "phone"})
	wantJSON(t, a.do("GET", fmt.Sprintf("/extension/%d/phone/", again.ID), nil), http.StatusOK, defaultPhoneJSON)
	wantStatus(t, a.do("DELETE", fmt.Sprintf("/client/@me/network_permission/%d", n.ID), nil), http.StatusNoContent)
}

// Phone settings exist only for extensions of type phone.
func TestExtensionPhoneOnlyForPhones(t *testing.T) {
	s, a := loggedIn(t)
	for _, typ := range []string{"queue", "ivr", "fax", "conference"} {
		e := s.PutExtension(Extension{Name: map[string]string{"queue": "500", "ivr": "600", "fax": "700", "conference": "800"}[typ], Type: typ})
		for _, m := range []string{"GET", "PUT"} {
			wantError(t, a.do(m, fmt.Sprintf("/extension/%d/phone/", e.ID), `{"label":"x"}`), http.StatusBadRequest, "validation_error",
				"is of type "+typ, "only for extensions of type phone")
		}
		if _, ok := s.ExtensionPhone(e.ID); ok {
			t.Fatalf("%s has phone settings", typ)
		}
		if _, ok := s.PhonePassword(e.ID); ok || s.SetPhonePassword(e.ID, "x") {
			t.Fatalf("%s has a password", typ)
		}
	}
	wantJSON(t, a.do("GET", "/extension/1/phone/", nil), http.StatusNotFound, `{"message":"Record not found"}`)
	wantError(t, a.do("PUT", fmt.Sprintf("/extension/%d/phone/", ForeignExtensionID), `{}`), http.StatusForbidden, "access_denied")
	wantError(t, a.do("GET", fmt.Sprintf("/client/%d/extension/%d/phone/", ForeignClientID, FirstExtensionID), nil),
		http.StatusForbidden, "access_denied")
}

func TestExtensionPhonePasswordInAnswers(t *testing.T) {
	for _, tc := range []struct {
		name          string
		opts          []Option
		before, after any // the password answered (nil: none)
	}{
		{"default", nil, nil, nil},
		{"omitted", []Option{WithPhonePasswordInAnswers(PhonePasswordOmitted)}, nil, nil},
		{"clear", []Option{WithPhonePasswordInAnswers(PhonePasswordClear)}, "", "s3cret"},
		{"masked", []Option{WithPhonePasswordInAnswers(PhonePasswordMasked)}, "", PhonePasswordMask},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, a, phone, _, base := extFixture(t, tc.opts...)
			check := func(ans answer, want any) {
				t.Helper()
				got := decode[map[string]any](t, ans, http.StatusOK)
				pw, has := got["password"]
				if (want == nil) == has || has && pw != want {
					t.Fatalf("password %v (answered %v), want %v", pw, has, want)
				}
			}
			check(a.do("GET", base+"/phone/", nil), tc.before)
			check(a.do("PUT", base+"/phone/", `{"password":"s3cret"}`), tc.after)
			check(a.do("GET", base+"/phone/", nil), tc.after)
			if pw, _ := s.PhonePassword(phone.ID); pw != "s3cret" {
				t.Fatalf("stored %q", pw)
			}
			if p, _ := s.ExtensionPhone(phone.ID); p.password != "" {
				t.Fatal("the helper returned the password")
			}
		})
	}
}

func TestExtensionPhoneValidation(t *testing.T) {
	s, a, phone, _, base := extFixture(t)
	for _, tc := range []struct{ body, field, problem string }{
		{`{"password":""}`, "password", "must not be empty"},
		{`{"password":123}`, "password", "string"},
		{`{"auth_type":"basic"}`, "auth_type", "'digest', 'network', 'both'"},
		{`{"auth_type":"Digest"}`, "auth_type", "must be one of"},
		{`{"sip_network_permission_id":999}`, "sip_network_permission_id", "network permission group 999 does not exist"},
		{`{"sip_network_permission_id":-1}`, "sip_network_permission_id", "must not be negative"},
		{`{"allow_webrtc":"yes"}`, "allow_webrtc", "boolean"},
		{`{"record_enabled":1}`, "record_enabled", "boolean"},
		{`{"record_transfer":null,"call_screening_enabled":"false"}`, "call_screening_enabled", "boolean"},
		{`{"label":false}`, "label", "string"},
		{`{"announce_sound_upon_incoming_call":999}`, "announce_sound_upon_incoming_call", "sound 999 does not exist"},
		{`{"announce_sound_upon_outgoing_call":"501"}`, "announce_sound_upon_outgoing_call", "integer"},
		{`{"append_to_cid_name_on_transfer":[]}`, "append_to_cid_name_on_transfer", "string"},
		{`{"conference_pin":"12a4"}`, "conference_pin", "digits only"},
		{`{"conference_pin":1234}`, "conference_pin", "string"},
		{`{"conference_announce_caller_name":"true"}`, "conference_announce_caller_name", "boolean"},
		{`{"conference_end_on_exit":0}`, "conference_end_on_exit", "boolean"},
	} {
		wantError(t, a.do("PUT", base+"/phone/", tc.body), http.StatusBadRequest, "validation_error", tc.field+": ", tc.problem)
	}
	wantError(t, a.do("PUT", base+"/phone/", `[]`), http.StatusBadRequest, "invalid_body")
	if p, _ := s.ExtensionPhone(phone.ID); !reflect.DeepEqual(p, defaultPhone(phone.ID)) {
		t.Fatalf("a rejected PUT changed the settings: %+v", p)
	}
	if pw, _ := s.PhonePassword(phone.ID); pw != "" {
		t.Fatal("a rejected PUT set the password")
	}
	// An empty PIN is none.
	wantStatus(t, a.do("PUT", base+"/phone/", `{"conference_pin":""}`), http.StatusOK)
}
