package api

import (
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// requireAPIError asserts err is an *Error with that status whose text holds
// every want.
func requireAPIError(t *testing.T, err error, status int, want ...string) {
	t.Helper()
	var apiErr *Error
	if !errors.As(err, &apiErr) {
		t.Fatalf("err = %v (%T), want an *api.Error", err, err)
	}
	if apiErr.StatusCode != status {
		t.Errorf("status = %d, want %d (%v)", apiErr.StatusCode, status, err)
	}
	if apiErr.HTTPStatusCode() != status {
		t.Errorf("HTTPStatusCode() = %d, want %d", apiErr.HTTPStatusCode(), status)
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q lacks %q", err, w)
		}
	}
}

// asAPIError is err as an *Error (nil when it is not one).
func asAPIError(err error) (apiErr *Error) {
	errors.As(err, &apiErr)
	return apiErr
}

// A hapi 400 becomes an error with the API's message and the call, without
// the base URL.
func TestBadRequestCarriesTheMessage(t *testing.T) {
	t.Parallel()
	e := newEnv(t, sandbox.WithCustomers(sandbox.DemoCustomerID+1))
	ctx := testCtx(t)

	bad := newNumber(numA)
	bad.TariffPlanID = ptr(int64(999))
	_, err := e.client.OrderNumber(ctx, bad, "")
	requireAPIError(t, err, http.StatusBadRequest,
		`IPEX API POST /v1/voip answered 400 Bad Request: "1005: wrong tariff plan id 999"`)
	if apiErr := asAPIError(err); apiErr.ErrorText != "Bad Request" || apiErr.Message != "1005: wrong tariff plan id 999" || apiErr.Path != "/v1/voip" {
		t.Errorf("parsed error = %+v", asAPIError(err))
	}
	if strings.Contains(err.Error(), e.url) {
		t.Errorf("error %q repeats the base URL", err)
	}
	if errors.Is(err, ErrNotFound) {
		t.Error("a 400 counts as ErrNotFound")
	}

	// A validation failure of a path parameter.
	_, err = e.client.Number(ctx, "12345")
	requireAPIError(t, err, http.StatusBadRequest, "GET /v1/voip/12345 answered 400", "fails to match the required pattern")

	// A change that names another (known) customer.
	other := VoIPNumber{Number: sandbox.DemoExistingNumber, CustomerID: ptr(sandbox.DemoCustomerID + 1)}
	_, err = e.client.ChangeNumber(ctx, other, "")
	requireAPIError(t, err, http.StatusBadRequest, "PUT /v1/voip answered 400", "customerId cannot be changed")

	// Creating a number that exists.
	_, err = e.client.OrderNumber(ctx, newNumber(sandbox.DemoExistingNumber), "")
	requireAPIError(t, err, http.StatusBadRequest, "already exists")
	if n := len(e.sb.Orders()); n != 0 {
		t.Errorf("refused calls placed %d orders", n)
	}
}

func TestNotFound(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	_, err := e.client.Number(ctx, "600000009")
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("Number of an unknown number: err = %v, want ErrNotFound", err)
	}
	requireAPIError(t, err, http.StatusNotFound, "GET /v1/voip/600000009 answered 404 Not Found", "Number 600000009 not found")

	_, err = e.client.NumberState(ctx, "600000009")
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("NumberState: err = %v, want ErrNotFound", err)
	}
	_, err = e.client.ChangeNumber(ctx, VoIPNumber{Number: "600000009", CLIR: ptr("permanent")}, "")
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("ChangeNumber: err = %v, want ErrNotFound", err)
	}
	_, err = e.client.DeactivateNumber(ctx, "600000009")
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("DeactivateNumber: err = %v, want ErrNotFound", err)
	}
	o, err := e.client.Order(ctx, 999)
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("Order(999): err = %v, want ErrNotFound", err)
	}
	if o.ID != 999 {
		t.Errorf("Order(999) returned id %d, want the id asked for", o.ID)
	}
}

// 403 names the roles that may make the call.
func TestForbiddenNamesTheRoles(t *testing.T) {
	t.Parallel()
	e := newEnv(t, sandbox.WithRoles(sandbox.RoleFakturace))
	ctx := testCtx(t)

	// Reading is open to billing ...
	if _, err := e.client.Number(ctx, sandbox.DemoExistingNumber); err != nil {
		t.Fatalf("reading as fakturace: %v", err)
	}
	// ... ordering, changing and deactivating are not.
	roles := []string{"superadmin", "admin", "podpora", "realizace", "fakturace (billing) is not enough", "Ask IPEX to add the role"}
	_, err := e.client.OrderNumber(ctx, newNumber(numA), "")
	requireAPIError(t, err, http.StatusForbidden,
		append([]string{`POST /v1/voip answered 403 Forbidden: "Insufficient scope"`}, roles...)...)
	if m := asAPIError(err).Message; m != "Insufficient scope" {
		t.Errorf("message = %q", m)
	}
	_, err = e.client.ChangeNumber(ctx, VoIPNumber{Number: sandbox.DemoExistingNumber, CLIR: ptr("permanent")}, "")
	requireAPIError(t, err, http.StatusForbidden, append([]string{"PUT /v1/voip answered 403"}, roles...)...)
	_, err = e.client.DeactivateNumber(ctx, sandbox.DemoExistingNumber)
	requireAPIError(t, err, http.StatusForbidden, append([]string{"/deactivate answered 403"}, roles...)...)
	if n := len(e.sb.Orders()); n != 0 {
		t.Errorf("%d orders placed without the role", n)
	}
	if n := e.sb.TokensIssued(); n != 1 {
		t.Errorf("tokens issued = %d: a 403 must not cause a new login", n)
	}
}

// A body that is not the hapi shape is quoted (shortened) instead.
func TestErrorWithoutHapiBody(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	page := "<html><body>" + strings.Repeat("Service Unavailable ", 30) + "</body></html>"
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Method: http.MethodGet, Path: profilesRe, Status: http.StatusBadGateway, Body: page})
	_, err := e.client.Profiles(testCtx(t))
	requireAPIError(t, err, http.StatusBadGateway, "GET /v1/voip/profiles answered 502", `body "<html><body>Service Unavailable`)
	apiErr := asAPIError(err)
	if len(apiErr.Body) > 210 || !strings.HasSuffix(apiErr.Body, "…") {
		t.Errorf("body excerpt is %d bytes, want it cut at about 200 with an ellipsis: %q", len(apiErr.Body), apiErr.Body)
	}
	if n := e.count(http.MethodGet, profilesRe); n != 1+fastSettings.MaxRetries {
		t.Errorf("a 502 was sent %d times, want %d (retried)", n, 1+fastSettings.MaxRetries)
	}
}

// A 200 whose body is not JSON is an error that says so.
func TestMalformedAnswer(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindMalformed, Method: http.MethodGet, Path: numberRe})
	_, err := e.client.Number(testCtx(t), sandbox.DemoExistingNumber)
	if err == nil || !strings.Contains(err.Error(), "not the expected JSON") || !strings.Contains(err.Error(), "GET /v1/voip/{number}") {
		t.Fatalf("err = %v, want one saying the reply is not the expected JSON", err)
	}
}

func TestErrorText(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		err  Error
		want string
	}{
		{Error{Method: "GET", Path: "/v1/voip/1", StatusCode: 404, ErrorText: "Not Found", Message: "gone"}, `IPEX API GET /v1/voip/1 answered 404 Not Found: "gone"`},
		{Error{Method: "GET", Path: "/v1/x", StatusCode: 500, Body: "oops"}, `IPEX API GET /v1/x answered 500, body "oops"`},
		{Error{Method: "GET", Path: "/v1/x", StatusCode: 500}, `IPEX API GET /v1/x answered 500`},
	} {
		if got := tc.err.Error(); got != tc.want {
			t.Errorf("Error() = %q, want %q", got, tc.want)
		}
	}
	oe := &OrderError{Order: Order{ID: 7, Type: "activate_voip", Identifier: numA, Status: OrderCanceled}}
	if got, want := oe.Error(), `IPEX order 7 (activate_voip for `+numA+`) ended with status "canceled"`; got != want {
		t.Errorf("OrderError without message = %q, want %q", got, want)
	}
}

func TestExcerpt(t *testing.T) {
	t.Parallel()
	if got := transport.Excerpt("  short \n"); got != "short" {
		t.Errorf("excerpt trims: got %q", got)
	}
	long := strings.Repeat("é", 150) // 300 bytes
	got := transport.Excerpt(long)
	if !strings.HasSuffix(got, "…") || len(got) > 200+len("…") || !strings.HasPrefix(got, "éé") {
		t.Errorf("transport.Excerpt(300 bytes of é) = %q (%d bytes)", got, len(got))
	}
	if strings.ContainsRune(strings.TrimSuffix(got, "…"), '\uFFFD') {
		t.Errorf("excerpt cut a character in half: %q", got)
	}
}
