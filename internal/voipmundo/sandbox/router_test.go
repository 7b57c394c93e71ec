package sandbox

import (
	"net/http"
	"strings"
	"testing"
)

func TestUnknownActionIs404(t *testing.T) {
	_, a := newAPI(t)
	creds := "/" + DemoMasterToken + "/" + DemoMasterKey + "/1057"
	for _, path := range []string{
		BasePath + "/noSuchAction" + creds,
		BasePath + "/getcustomer" + creds, // case-sensitive
		BasePath + "/listDevices" + creds, // real, but not emulated
		BasePath + "/" + ActionCustomer + ".json" + creds,
		"/api/v1/" + ActionCustomer + creds, // no version segment
		"/other/" + ActionCustomer + creds,  // outside BasePath
		BasePath,
		BasePath + "/" + ActionCustomer + creds + "/extra", // too many segments
	} {
		wantError(t, a.raw(http.MethodGet, path, nil), http.StatusNotFound, ReasonNotFound)
	}
}

func TestUnknownActionBeforeCredentials(t *testing.T) {
	_, a := newAPI(t)
	wantError(t, a.get("bad", "bad", 1057), http.StatusForbidden, ReasonAccessDenied)
	wantError(t, a.raw(http.MethodGet, BasePath+"/nope/bad/bad/1057", nil), http.StatusNotFound, ReasonNotFound)
}

func TestOtherMethodsAre404(t *testing.T) {
	_, a := newAPI(t)
	u := BasePath + "/" + ActionCustomer + "/" + DemoMasterToken + "/" + DemoMasterKey + "/1057"
	for _, m := range []string{http.MethodPost, http.MethodPut, http.MethodDelete} {
		wantError(t, a.raw(m, u, strings.NewReader(`{"id":1057}`)), http.StatusNotFound, ReasonNotFound)
	}
	head := a.raw(http.MethodHead, u, nil)
	if head.err != nil || head.status != http.StatusOK || head.body != "" {
		t.Fatalf("HEAD: %+v", head)
	}
}

func TestMissingTokenOrKeyIs400(t *testing.T) {
	_, a := newAPI(t)
	for _, path := range []string{
		BasePath + "/" + ActionCustomer,
		BasePath + "/" + ActionCustomer + "/",
		BasePath + "/" + ActionCustomer + "/" + DemoSubscriberToken,
		BasePath + "/" + ActionCustomer + "//" + DemoSubscriberToken + "/",
	} {
		wantError(t, a.raw(http.MethodGet, path, nil), http.StatusBadRequest, ReasonBadRequest)
	}
}

func TestRepeatedSlashesAndQueryAreTolerated(t *testing.T) {
	_, a := newAPI(t)
	path := BasePath + "//" + ActionCustomer + "/" + DemoMasterToken + "//" + DemoMasterKey + "/1057/?id=1042"
	wantRecordID(t, a.raw(http.MethodGet, path, nil), DemoSubscriberCustomerID)
}

func TestOversizedBodyIs413(t *testing.T) {
	_, a := newAPI(t)
	u := BasePath + "/" + ActionCustomer + "/" + DemoSubscriberToken + "/" + DemoSubscriberKey
	wantError(t, a.raw(http.MethodGet, u, strings.NewReader(strings.Repeat("x", MaxRequestBody+1))),
		http.StatusRequestEntityTooLarge, ReasonTooLarge)
	// Without a length header the body is counted while read.
	wantError(t, a.raw(http.MethodGet, u, struct{ *strings.Reader }{strings.NewReader(strings.Repeat("x", MaxRequestBody+1))}),
		http.StatusRequestEntityTooLarge, ReasonTooLarge)
	// Exactly the limit is accepted (and ignored).
	wantRecordID(t, a.raw(http.MethodGet, u, strings.NewReader(strings.Repeat("x", MaxRequestBody))), DemoSubscriberCustomerID)
}

func TestWithCustomerActions(t *testing.T) {
	_, a := newAPI(t, WithCustomerActions("manageCustomers", ""))
	creds := "/" + DemoMasterToken + "/" + DemoMasterKey + "/1057"
	wantRecordID(t, a.raw(http.MethodGet, BasePath+"/manageCustomers"+creds, nil), DemoSubscriberCustomerID)
	wantError(t, a.raw(http.MethodGet, BasePath+"/"+ActionCustomer+creds, nil), http.StatusNotFound, ReasonNotFound)
}
