package sandbox

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestUnknownRoutesAre404BeforeAuthentication(t *testing.T) {
	_, a := newAPI(t)
	for _, tc := range []struct{ method, path string }{
		{"GET", "/v1/voip"},                             // no list route
		{"GET", "/v1/voip/" + DemoExistingNumber + "/"}, // trailing slash
		{"GET", "/V1/voip/profiles"},                    // case-sensitive
		{"DELETE", "/v1/voip/" + DemoExistingNumber},    // method the path does not serve
		{"POST", "/v1/requests"},
		{"GET", "/v1/voip/" + DemoExistingNumber + "/credit"},
		{"GET", "/voip/profiles"}, // no version prefix
		{"GET", "/v1/v1/voip/profiles"},
	} {
		got := wantBoom(t, a.raw(tc.method, tc.path, nil, nil), http.StatusNotFound)
		if got["message"] != "Not Found" {
			t.Fatalf("%s %s: %v", tc.method, tc.path, got)
		}
	}
}

func TestHeadIsServedLikeGet(t *testing.T) {
	_, a := loggedIn(t)
	ans := a.do("HEAD", "/v1/voip/profiles", nil)
	if ans.status != http.StatusOK || ans.body != "" || ans.header.Get("Content-Length") == "" {
		t.Fatalf("HEAD %+v", ans)
	}
}

func TestGetAndDeleteAcceptAnEmptyBody(t *testing.T) {
	s, a := loggedIn(t, WithOrderDelay(time.Hour))
	withEmptyBody := func(r *http.Request) {
		r.Header.Set("Authorization", a.token)
		r.Header.Set("Content-Type", "application/json")
	}
	ans := a.raw("GET", "/v1/voip/"+DemoExistingNumber, "", withEmptyBody)
	if got := decode[map[string]any](t, ans, http.StatusOK); got["status"] != StatusActive {
		t.Fatalf("GET with empty body: %s", ans.body)
	}
	id := requestID(t, a.do("PUT", "/v1/voip/"+DemoExistingNumber+"/deactivate", ""), http.StatusOK)
	// A body on DELETE (even not JSON) is not read.
	ans = a.raw("DELETE", "/v1/requests/"+itoa(id), "not json", withEmptyBody)
	if o := decode[orderAnswer](t, ans, http.StatusOK); o.RequestStatus != OrderCanceled {
		t.Fatalf("DELETE with body: %s", ans.body)
	}
	if got := s.Kit.Requests(); got[len(got)-1].Body != "not json" {
		t.Fatalf("recorded %+v", got[len(got)-1])
	}
}

func TestPayloadParsingErrors(t *testing.T) {
	_, a := loggedIn(t)
	wantBoom(t, a.do("POST", "/v1/voip", `{"number":`), http.StatusBadRequest, "Invalid request payload JSON format")
	ans := a.raw("POST", "/v1/voip", "number=910555001", func(r *http.Request) {
		r.Header.Set("Authorization", a.token)
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	})
	wantBoom(t, ans, http.StatusUnsupportedMediaType, "Unsupported Media Type")
	// No Content-Type counts as JSON.
	ans = a.raw("POST", "/v1/voip", `{"number":"910555001","customerId":104233,"profileId":1,"tariffPlanId":501}`,
		func(r *http.Request) {
			r.Header.Set("Authorization", a.token)
			r.Header.Del("Content-Type")
		})
	requestID(t, ans, http.StatusCreated)
	big := `{"number":"` + strings.Repeat("9", MaxPayload) + `"}`
	wantBoom(t, a.do("PUT", "/v1/voip", big), http.StatusRequestEntityTooLarge, "1048576")
}

func TestAuthenticationComesBeforePayloadAndValidation(t *testing.T) {
	_, a := newAPI(t)
	wantBoom(t, a.raw("POST", "/v1/voip", `{"number":`, nil), http.StatusUnauthorized, "Missing authentication")
	wantBoom(t, a.raw("GET", "/v1/voip/xx", nil, nil), http.StatusUnauthorized, "Missing authentication")
}

func TestStrictPayloadRejectsUnknownFields(t *testing.T) {
	_, a := loggedIn(t, WithStrictPayload())
	body := createBody(newNumber)
	body["paymentType"] = "prepaid"
	wantValidation(t, a.do("POST", "/v1/voip", body), "payload", "paymentType", `"paymentType" is not allowed`)
	body = createBody(newNumber)
	body["antifraud"] = map[string]any{"internationalLimit": 1, "profileCurrent": map[string]any{}}
	wantValidation(t, a.do("POST", "/v1/voip", body), "payload", "antifraud.profileCurrent",
		`"antifraud.profileCurrent" is not allowed`)
	requestID(t, a.do("POST", "/v1/voip", createBody(newNumber)), http.StatusCreated)
	// Without the option the same field is ignored.
	_, b := loggedIn(t)
	body = createBody(newNumber)
	body["paymentType"] = "prepaid"
	requestID(t, b.do("POST", "/v1/voip", body), http.StatusCreated)
}
