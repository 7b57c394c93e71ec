package api

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// vendorCodes are every code the vendor documents for the public-numbers
// and authentication calls, with the sentinel each must map to and a word
// the English explanation must contain.
var vendorCodes = []struct {
	code     string
	notFound bool
	auth     bool
	mentions string
}{
	{code: "unauthorized", auth: true, mentions: "credentials"},
	{code: "authentication_required", auth: true, mentions: "ODORIK_PASSWORD"},
	{code: "authentication_failed", auth: true, mentions: "ODORIK_PASSWORD"},
	{code: "nonexisting_public_number", notFound: true, mentions: "public number"},
	{code: "nonexisting_ringing_number", notFound: true, mentions: "target"},
	{code: "invalid_ringing_number", mentions: "ringing_number"},
	{code: "invalid_source_number", mentions: "source_number"},
	{code: "redirection_loop", mentions: "itself"},
	{code: "shared_number_conflict", mentions: "shared number"},
}

func TestVendorErrorCodes(t *testing.T) {
	for _, tc := range vendorCodes {
		t.Run(tc.code, func(t *testing.T) {
			body := fmt.Sprintf(`{"errors":[%q]}`, tc.code)
			f := newFixture(t, func(w http.ResponseWriter, _ *http.Request) {
				vendorJSON(w, body)
			})
			c := f.client()
			_, err := c.Routes(testCtx(t), "00420533533533")
			checkVendorError(t, err, tc.code, tc.notFound, tc.auth, tc.mentions)
			if n := f.count(http.MethodGet); n != 1 {
				t.Errorf("GETs = %d, want 1: a vendor code with HTTP 200 is not retried", n)
			}
		})
	}
}

// The same codes answered to a POST (after an empty listing): returned as
// is, and the POST is not repeated.
func TestVendorErrorCodesOnCreate(t *testing.T) {
	for _, tc := range vendorCodes {
		t.Run(tc.code, func(t *testing.T) {
			f := newFixture(t, func(w http.ResponseWriter, r *http.Request) {
				if r.Method == http.MethodGet {
					vendorJSON(w, `[]`)
					return
				}
				vendorJSON(w, fmt.Sprintf(`{"errors":[%q]}`, tc.code))
			})
			_, err := f.client().CreateRoute(testCtx(t), "00420533533533", "*", "*100")
			checkVendorError(t, err, tc.code, tc.notFound, tc.auth, tc.mentions)
			if n := f.count(http.MethodPost); n != 1 {
				t.Errorf("POSTs = %d, want 1", n)
			}
		})
	}
}

func checkVendorError(t *testing.T, err error, code string, notFound, auth bool, mentions string) {
	t.Helper()
	var apiErr *Error
	if !errors.As(err, &apiErr) {
		t.Fatalf("err = %#v, want *Error", err)
	}
	if apiErr.Code != code {
		t.Errorf("Code = %q, want %q", apiErr.Code, code)
	}
	if apiErr.HTTPStatus != http.StatusOK {
		t.Errorf("HTTPStatus = %d, want 200", apiErr.HTTPStatus)
	}
	if got := errors.Is(err, ErrNotFound); got != notFound {
		t.Errorf("errors.Is(err, ErrNotFound) = %v, want %v", got, notFound)
	}
	if got := errors.Is(err, ErrAuth); got != auth {
		t.Errorf("errors.Is(err, ErrAuth) = %v, want %v", got, auth)
	}
	msg := err.Error()
	if !strings.Contains(msg, code) {
		t.Errorf("message %q does not contain the code", msg)
	}
	// An explanation follows the code: more than a few words, in English.
	_, explanation, _ := strings.Cut(msg, fmt.Sprintf("%q", code))
	explanation = strings.TrimLeft(explanation, ": ")
	if len(strings.Fields(explanation)) < 5 {
		t.Errorf("message %q has no explanation after the code", msg)
	}
	if !strings.Contains(explanation, mentions) {
		t.Errorf("explanation %q does not mention %q", explanation, mentions)
	}
}

func TestVendorErrorFirstCodeCounts(t *testing.T) {
	f := newFixture(t, func(w http.ResponseWriter, _ *http.Request) {
		vendorJSON(w, `{"errors":["invalid_ringing_number","invalid_source_number"]}`)
	})
	_, err := f.client().Routes(testCtx(t), "00420533533533")
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.Code != "invalid_ringing_number" {
		t.Errorf("err = %#v, want the first code invalid_ringing_number", err)
	}
}

func TestUnknownVendorCode(t *testing.T) {
	f := newFixture(t, func(w http.ResponseWriter, _ *http.Request) {
		vendorJSON(w, `{"errors":["brand_new_code"]}`)
	})
	_, err := f.client().Routes(testCtx(t), "00420533533533")
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.Code != "brand_new_code" {
		t.Fatalf("err = %#v, want *Error brand_new_code", err)
	}
	if !strings.Contains(err.Error(), "brand_new_code") {
		t.Errorf("message %q does not contain the code", err)
	}
	if errors.Is(err, ErrNotFound) || errors.Is(err, ErrAuth) {
		t.Errorf("an unknown code must map to neither sentinel")
	}
}

// An errors body wins over the status, whatever the status.
func TestVendorCodeWithErrorStatus(t *testing.T) {
	f := newFixture(t, func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusNotFound)
		_, _ = w.Write([]byte(`{"errors":["not_found"]}`))
	})
	_, err := f.client().Routes(testCtx(t), "00420533533533")
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.Code != "not_found" || apiErr.HTTPStatus != http.StatusNotFound {
		t.Errorf("err = %#v, want *Error not_found with HTTP 404", err)
	}
}

const badGatewayHTML = "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>nginx</p></body></html>"

func badGateway(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	w.WriteHeader(http.StatusBadGateway)
	_, _ = w.Write([]byte(badGatewayHTML))
}

func TestHTTP502HTMLOnList(t *testing.T) {
	f := newFixture(t, badGateway)
	_, err := f.client().Routes(testCtx(t), "00420533533533")
	var apiErr *Error
	if !errors.As(err, &apiErr) {
		t.Fatalf("err = %#v, want *Error", err)
	}
	if apiErr.HTTPStatus != http.StatusBadGateway || apiErr.Code != "" {
		t.Errorf("Error = %+v, want HTTP 502 without a code", apiErr)
	}
	msg := err.Error()
	if !strings.Contains(msg, "502") || !strings.Contains(msg, "Bad Gateway") {
		t.Errorf("message %q lacks the status or the body excerpt", msg)
	}
	if errors.Is(err, ErrNotFound) || errors.Is(err, ErrAuth) {
		t.Errorf("HTTP 502 must map to neither sentinel")
	}
	if n := f.count(http.MethodGet); n != 1+fastSettings.MaxRetries {
		t.Errorf("GETs = %d, want %d (1 + MaxRetries)", n, 1+fastSettings.MaxRetries)
	}
}

func TestHTTP502HTMLOnCreate(t *testing.T) {
	f := newFixture(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet {
			vendorJSON(w, `[]`)
			return
		}
		badGateway(w, r)
	})
	_, err := f.client().CreateRoute(testCtx(t), "00420533533533", "*", "*100")
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.HTTPStatus != http.StatusBadGateway {
		t.Fatalf("err = %#v, want *Error with HTTP 502", err)
	}
	// WriteOnce repeats up to MaxRetries times; the HTTP client itself must
	// not repeat a POST on top of that.
	if n := f.count(http.MethodPost); n != 1+fastSettings.MaxRetries {
		t.Errorf("POSTs = %d, want %d (1 + MaxRetries)", n, 1+fastSettings.MaxRetries)
	}
	// One listing before, one check after each failed POST.
	if n := f.count(http.MethodGet); n != 2+fastSettings.MaxRetries {
		t.Errorf("GETs = %d, want %d", n, 2+fastSettings.MaxRetries)
	}
}

func TestEmptyErrorsIsNotAnError(t *testing.T) {
	f := newFixture(t, func(w http.ResponseWriter, _ *http.Request) {
		vendorJSON(w, `{"errors":[]}`)
	})
	c := f.client()
	if err := c.DeleteRoute(testCtx(t), "00420533533533", 5); err != nil {
		t.Errorf("DeleteRoute with {\"errors\":[]}: %v, want success", err)
	}
	if err := c.DeleteRinging(testCtx(t), "00420533533533", "*100"); err != nil {
		t.Errorf("DeleteRinging with {\"errors\":[]}: %v, want success", err)
	}
	if n := f.count(http.MethodGet); n != 0 {
		t.Errorf("GETs = %d: a successful delete needs no listing", n)
	}
}

func TestErrorTextWithoutCode(t *testing.T) {
	tests := []struct {
		err  Error
		want string
	}{
		{Error{HTTPStatus: 502, Body: "<html>"}, "unexpected HTTP 502 from the Odorik API: <html>"},
		{Error{HTTPStatus: 503}, "unexpected HTTP 503 from the Odorik API"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
		if tt.err.HTTPStatusCode() != tt.err.HTTPStatus {
			t.Errorf("HTTPStatusCode() = %d", tt.err.HTTPStatusCode())
		}
	}
}

func TestLongBodyIsCut(t *testing.T) {
	long := strings.Repeat("x", 5000)
	f := newFixture(t, func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(http.StatusBadRequest)
		_, _ = w.Write([]byte(long))
	})
	_, err := f.client().Routes(testCtx(t), "00420533533533")
	if err == nil {
		t.Fatal("no error for HTTP 400")
	}
	if len(err.Error()) > 400 {
		t.Errorf("message is %d bytes long; the body should be cut", len(err.Error()))
	}
	if n := f.count(http.MethodGet); n != 1 {
		t.Errorf("GETs = %d, want 1 (HTTP 400 is not retried)", n)
	}
}
