package sandbox

import (
	"net/http"
	"testing"
)

func TestMasterReadsEveryCustomer(t *testing.T) {
	_, a := newAPI(t)
	for _, id := range []int64{DemoResellerCustomerID, DemoSubscriberCustomerID, DemoForeignCustomerID} {
		m := wantRecordID(t, a.master(id), id)
		if id == DemoResellerCustomerID && m["tipo"] != float64(TipoRevenda) {
			t.Fatalf("reseller tipo %v", m["tipo"])
		}
	}
}

func TestMasterWithoutCustomerIDIs422(t *testing.T) {
	_, a := newAPI(t)
	wantError(t, a.master(0), http.StatusUnprocessableEntity, ReasonMissingID)
	// A trailing slash is no id either.
	wantError(t, a.raw(http.MethodGet, BasePath+"/"+ActionCustomer+"/"+DemoMasterToken+"/"+DemoMasterKey+"/", nil),
		http.StatusUnprocessableEntity, ReasonMissingID)
}

func TestUnknownCustomerIsErrorReplyWith200(t *testing.T) {
	_, a := newAPI(t)
	for _, id := range []string{"999999", "abc", "0", "-5", "+1057", "1057.json"} {
		ans := a.raw(http.MethodGet, BasePath+"/"+ActionCustomer+"/"+DemoMasterToken+"/"+DemoMasterKey+"/"+id, nil)
		wantError(t, ans, http.StatusOK, ReasonCustomerNotFound)
	}
}

func TestResellerReadsItsOwnCustomers(t *testing.T) {
	_, a := newAPI(t)
	m := wantRecordID(t, a.reseller(DemoSubscriberCustomerID), DemoSubscriberCustomerID)
	if m["id_hie"] != float64(DemoResellerCustomerID) {
		t.Fatalf("id_hie %v", m["id_hie"])
	}
}

func TestResellerCannotReadForeignCustomers(t *testing.T) {
	_, a := newAPI(t)
	// Another parent's customer, its own record and an unknown id answer alike.
	for _, id := range []int64{DemoForeignCustomerID, DemoResellerCustomerID, 424242} {
		wantError(t, a.reseller(id), http.StatusOK, ReasonCustomerNotFound)
	}
	wantError(t, a.reseller(0), http.StatusUnprocessableEntity, ReasonMissingID)
}

func TestResellerSeesCustomerMovedToIt(t *testing.T) {
	s, a := newAPI(t)
	c := mustCustomer(t, s, DemoForeignCustomerID)
	c.IDHie = Str("1042") // as a string this time
	mustPut(t, s, c)
	wantRecordID(t, a.reseller(DemoForeignCustomerID), DemoForeignCustomerID)
}

func TestSubscriberReadsOwnRecord(t *testing.T) {
	_, a := newAPI(t)
	wantRecordID(t, a.subscriber(0), DemoSubscriberCustomerID)
	wantRecordID(t, a.subscriber(DemoSubscriberCustomerID), DemoSubscriberCustomerID)
	wantRecordID(t, a.raw(http.MethodGet,
		BasePath+"/"+ActionCustomer+"/"+DemoSubscriberToken+"/"+DemoSubscriberKey+"/", nil), DemoSubscriberCustomerID)
	// Another id (even one that exists) is refused.
	wantError(t, a.subscriber(DemoForeignCustomerID), http.StatusOK, ReasonCustomerNotFound)
	wantError(t, a.subscriber(DemoResellerCustomerID), http.StatusOK, ReasonCustomerNotFound)
}

func TestSubscriberIDIgnoredOption(t *testing.T) {
	_, a := newAPI(t, WithSubscriberIDIgnored())
	wantRecordID(t, a.subscriber(DemoForeignCustomerID), DemoSubscriberCustomerID)
}

func TestBadCredentialsAre403(t *testing.T) {
	_, a := newAPI(t)
	cases := map[string][2]string{
		"wrong token":          {"00000000-0000-0000-0000-000000000000-1057", DemoSubscriberKey},
		"wrong key":            {DemoSubscriberToken, "nope"},
		"swapped":              {DemoSubscriberKey, DemoSubscriberToken},
		"master token bad key": {DemoMasterToken, DemoSubscriberKey},
		"key of another user":  {DemoResellerToken, DemoSubscriberKey},
		"api_access 0":         {DemoNoAPIAccessToken, DemoNoAPIAccessKey},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			wantError(t, a.get(c[0], c[1], DemoSubscriberCustomerID), http.StatusForbidden, ReasonAccessDenied)
		})
	}
}

func TestInactiveCustomerOrUserIs403(t *testing.T) {
	s, a := newAPI(t)
	c := mustCustomer(t, s, DemoSubscriberCustomerID)
	c.Status = Int(0)
	mustPut(t, s, c)
	wantError(t, a.subscriber(0), http.StatusForbidden, ReasonAccessDenied)
	// The master still reads the inactive record.
	if m := wantRecordID(t, a.master(DemoSubscriberCustomerID), DemoSubscriberCustomerID); m["status"] != float64(0) {
		t.Fatalf("status %v", m["status"])
	}

	r := mustCustomer(t, s, DemoResellerCustomerID)
	r.Users[0].Status = Str("0")
	mustPut(t, s, r)
	wantError(t, a.reseller(DemoSubscriberCustomerID), http.StatusForbidden, ReasonAccessDenied)
}

func TestRotatedTokenAndDeletedCustomer(t *testing.T) {
	s, a := newAPI(t)
	c := mustCustomer(t, s, DemoSubscriberCustomerID)
	c.Users[0].APIToken = Str("rotated-token")
	mustPut(t, s, c)
	wantError(t, a.subscriber(0), http.StatusForbidden, ReasonAccessDenied)
	wantRecordID(t, a.get("rotated-token", DemoSubscriberKey, 0), DemoSubscriberCustomerID)

	if !s.DeleteCustomer(DemoSubscriberCustomerID) || s.DeleteCustomer(DemoSubscriberCustomerID) {
		t.Fatal("DeleteCustomer result")
	}
	wantError(t, a.get("rotated-token", DemoSubscriberKey, 0), http.StatusForbidden, ReasonAccessDenied)
	wantError(t, a.master(DemoSubscriberCustomerID), http.StatusOK, ReasonCustomerNotFound)
}

func TestWithMasterReplacesCredentials(t *testing.T) {
	_, a := newAPI(t, WithMaster("m-token", "m-key"))
	wantError(t, a.master(DemoSubscriberCustomerID), http.StatusForbidden, ReasonAccessDenied)
	wantRecordID(t, a.get("m-token", "m-key", DemoSubscriberCustomerID), DemoSubscriberCustomerID)
}
