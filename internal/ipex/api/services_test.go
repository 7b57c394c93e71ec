package api

import (
	"encoding/json"
	"errors"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// The list of numbers gives the VoIP numbers of every customer, canceled
// ones with their status, in one request, and leaves out the other kinds of
// service (the emulator's seeded mobile number).
func TestVoIPNumbers(t *testing.T) {
	e := newEnv(t, sandbox.WithCustomers(555))
	e.sb.PutNumber(sandbox.Number{Number: "910000555", CustomerID: 555, Status: sandbox.StatusCanceled})
	e.sb.PutService(sandbox.Service{Number: "910000777", Type: "connector", CustomerID: sandbox.DemoCustomerID})
	if _, err := e.client.tokens.Token(testCtx(t)); err != nil { // log in first: only the listing is counted
		t.Fatal(err)
	}
	e.sb.Kit.ResetRequests()
	got, err := e.client.VoIPNumbers(testCtx(t))
	if err != nil {
		t.Fatal(err)
	}
	want := []ListedNumber{
		{Number: "910000555", CustomerID: ptr(int64(555)), Status: sandbox.StatusCanceled, TypeKnown: true},
		{Number: sandbox.DemoExistingNumber, CustomerID: ptr(sandbox.DemoCustomerID), Status: sandbox.StatusActive, TypeKnown: true},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("VoIPNumbers = %+v, want %+v", got, want)
	}
	if n := e.sb.Kit.RequestCount(); n != 1 || e.count(http.MethodGet, `^/v1/services$`) != 1 {
		t.Fatalf("%d requests, want one GET /v1/services", n)
	}
}

// A refusal is the API's error; an answer that is not a bare array (the
// {"results": […]} of generated clients' mocks) is an error too, never an
// empty listing.
func TestVoIPNumbersErrors(t *testing.T) {
	e := newEnv(t, sandbox.WithRouteRoles("GET", "/services"))
	_, err := e.client.VoIPNumbers(testCtx(t))
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusForbidden {
		t.Fatalf("err = %v, want the 403", err)
	}
	e = newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Path: `^/v1/services$`, Status: http.StatusOK, Body: `{"results":[]}`})
	if _, err := e.client.VoIPNumbers(testCtx(t)); err == nil || !strings.Contains(err.Error(), "not the expected JSON") {
		t.Fatalf("err = %v, want the unexpected JSON named", err)
	}
}

// The item shape is inferred: what the real API may send differently
// degrades the listing instead of failing it.
func TestServiceItemsTolerated(t *testing.T) {
	cases := []struct {
		name, item string
		want       *ListedNumber // nil: left out
	}{
		{"inferred shape", `{"number":"910123456","serviceType":"voip","customerId":7,"status":"active"}`,
			&ListedNumber{Number: "910123456", CustomerID: ptr(int64(7)), Status: "active", TypeKnown: true}},
		{"type instead of serviceType, upper case", `{"number":"910123456","type":"VOIP"}`,
			&ListedNumber{Number: "910123456", TypeKnown: true}},
		{"no type: kept as a possible VoIP number", `{"number":"910123456","customerId":"7","paymentType":"prepaid"}`,
			&ListedNumber{Number: "910123456", CustomerID: ptr(int64(7))}},
		{"number as a JSON number, international", `{"number":420910123456,"serviceType":"voip"}`,
			&ListedNumber{Number: "910123456", TypeKnown: true}},
		{"number with +420 and spaces", `{"number":"+420 910 123 456"}`, &ListedNumber{Number: "910123456"}},
		{"customer id of another type", `{"number":"910123456","customerId":{"id":7}}`, &ListedNumber{Number: "910123456"}},
		{"customer id null", `{"number":"910123456","customerId":null}`, &ListedNumber{Number: "910123456"}},
		{"mobile", `{"number":"601987654","serviceType":"mobile","customerId":7}`, nil},
		{"trunk without a number", `{"id":9,"serviceType":"connector"}`, nil},
		{"no number", `{"serviceType":"voip","customerId":7}`, nil},
		{"a number of another length", `{"number":"12345","serviceType":"voip"}`, nil},
		{"not an object", `"910123456"`, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var w serviceWire
			var got *ListedNumber
			if json.Unmarshal([]byte(c.item), &w) == nil {
				if n, ok := w.listed(); ok {
					got = &n
				}
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Fatalf("%s gave %+v, want %+v", c.item, got, c.want)
			}
		})
	}
}
