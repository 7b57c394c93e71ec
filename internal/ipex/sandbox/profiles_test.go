package sandbox

import (
	"net/http"
	"testing"
)

func TestProfilesBareArray(t *testing.T) {
	s, a := loggedIn(t)
	wantJSON(t, a.do("GET", "/v1/voip/profiles", nil), http.StatusOK,
		`[{"id":1,"name":"Default Profile"},{"id":2,"name":"Business"},{"id":3,"name":"Domestic only"}]`)
	if len(s.Profiles()) != 3 || s.Profiles()[0].ID != ProfileDefaultID {
		t.Fatalf("profiles %+v", s.Profiles())
	}
}

func TestWithProfilesSortedAndUsedForValidation(t *testing.T) {
	_, a := loggedIn(t, WithProfiles(Profile{ID: 9, Name: "Nine"}, Profile{ID: 4, Name: "Four"}))
	wantJSON(t, a.do("GET", "/v1/voip/profiles", nil), http.StatusOK, `[{"id":4,"name":"Four"},{"id":9,"name":"Nine"}]`)
	wantBoom(t, a.do("POST", "/v1/voip", createBody(newNumber)), http.StatusBadRequest, "Unknown VoIP profile id 2")
	body := createBody(newNumber)
	body["profileId"] = 9
	requestID(t, a.do("POST", "/v1/voip", body), http.StatusCreated)
}
