package api

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex/sandbox"
)

// OrderNumber sends the proposed wire names, the order is polled until it
// finishes, and the number is then active with every setting.
func TestOrderNumberAndWait(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	const sip = "sip-Secret-001"

	id, err := e.client.OrderNumber(ctx, newNumber(numA), sip)
	if err != nil {
		t.Fatal(err)
	}
	if id < sandbox.FirstRequestID {
		t.Fatalf("order id = %d, want an id from the API (>= %d)", id, sandbox.FirstRequestID)
	}
	// Placed, not done: the number is prepared until the order finishes.
	if n := e.stored(t, numA); n.Status != sandbox.StatusPrepared {
		t.Errorf("right after the order the number is %q, want prepared", n.Status)
	}
	o, err := e.client.WaitForOrder(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if o.ID != id || o.Status != OrderFinished || o.Type != sandbox.TypeActivateVoip || o.Identifier != numA {
		t.Errorf("finished order = %+v", o)
	}
	if n := e.count(http.MethodGet, `^/v1/requests/`+strconv.FormatInt(id, 10)+`$`); n < 2 {
		t.Errorf("the order was read %d times, want it polled until finished (at least twice with a %v delay)", n, testOrderDelay)
	}

	// The body, as sent.
	posts := e.requests(http.MethodPost, voipRe)
	if len(posts) != 1 {
		t.Fatalf("%d POST /v1/voip, want 1", len(posts))
	}
	body := jsonBody(t, posts[0])
	want := map[string]any{
		"number": numA, "customerId": float64(sandbox.DemoCustomerID), "profileId": float64(sandbox.ProfileDefaultID),
		"tariffPlanId": float64(sandbox.TariffPlanStandardID), "clir": "permanent",
		"antifraud":              map[string]any{"internationalLimit": 250.5},
		"provisioningAttributes": map[string]any{"password": sip},
	}
	if len(body) != len(want) {
		t.Errorf("POST body has %d fields, want %d: %v", len(body), len(want), body)
	}
	for k, v := range want {
		if !equalJSON(body[k], v) {
			t.Errorf("POST body %s = %v, want %v", k, body[k], v)
		}
	}

	// The result, through the API and in the store.
	got, err := e.client.Number(ctx, numA)
	if err != nil {
		t.Fatal(err)
	}
	if got.Number != numA || got.Status != sandbox.StatusActive || *got.CustomerID != sandbox.DemoCustomerID ||
		*got.ProfileID != sandbox.ProfileDefaultID || *got.TariffPlanID != sandbox.TariffPlanStandardID ||
		*got.CLIR != "permanent" || *got.InternationalLimit != 250.5 {
		t.Errorf("Number = %+v", got)
	}
	if s := e.stored(t, numA); s.SIPPassword != sip {
		t.Errorf("stored SIP password = %q, want the one sent", s.SIPPassword)
	}
	st, err := e.client.NumberState(ctx, numA)
	if err != nil || st.Status != sandbox.StatusActive {
		t.Errorf("NumberState = %+v, %v; want active", st, err)
	}

	// Without a password and optional settings the body leaves them out.
	bare := VoIPNumber{Number: numB, CustomerID: ptr(sandbox.DemoCustomerID), ProfileID: ptr(sandbox.ProfileBusinessID), TariffPlanID: ptr(sandbox.TariffPlanBusinessID)}
	e.activate(t, bare, "")
	body = jsonBody(t, e.requests(http.MethodPost, voipRe)[1])
	for _, k := range []string{"clir", "antifraud", "provisioningAttributes", "status"} {
		if _, ok := body[k]; ok {
			t.Errorf("POST body without %s sends it: %v", k, body)
		}
	}
	got, err = e.client.Number(ctx, numB)
	if err != nil {
		t.Fatal(err)
	}
	if got.CLIR != nil || got.InternationalLimit != nil || *got.ProfileID != sandbox.ProfileBusinessID {
		t.Errorf("a number without clir and limit reads back as %+v, want them nil", got)
	}
}

func equalJSON(a, b any) bool {
	am, aok := a.(map[string]any)
	bm, bok := b.(map[string]any)
	if aok || bok {
		if !aok || !bok || len(am) != len(bm) {
			return false
		}
		for k := range am {
			if !equalJSON(am[k], bm[k]) {
				return false
			}
		}
		return true
	}
	return a == b
}

// The wait between polls starts at FirstPoll and doubles up to MaxPoll.
func TestWaitForOrderPollingBackoff(t *testing.T) {
	t.Parallel()
	e := newEnv(t, sandbox.WithOrderDelay(600*time.Millisecond))
	ctx := testCtx(t)

	// Doubling from 10 ms without a low cap: 10, 30, 70, 150, 310, 630 ms:
	// six reads at most for a 600 ms order.
	c := e.newClient(func(cfg *Config) { cfg.FirstPoll, cfg.MaxPoll = 10*time.Millisecond, time.Minute })
	id, err := c.OrderNumber(ctx, newNumber(numA), "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.WaitForOrder(ctx, id); err != nil {
		t.Fatal(err)
	}
	doubling := e.count(http.MethodGet, `^/v1/requests/`+strconv.FormatInt(id, 10)+`$`)
	if doubling < 3 || doubling > 8 {
		t.Errorf("doubling waits read the order %d times in 600 ms, want 3 to 8", doubling)
	}

	// Capped at 20 ms: a read every 20 ms or so.
	c = e.newClient(func(cfg *Config) { cfg.FirstPoll, cfg.MaxPoll = 10*time.Millisecond, 20*time.Millisecond })
	id, err = c.OrderNumber(ctx, newNumber(numB), "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.WaitForOrder(ctx, id); err != nil {
		t.Fatal(err)
	}
	capped := e.count(http.MethodGet, `^/v1/requests/`+strconv.FormatInt(id, 10)+`$`)
	if capped < 12 {
		t.Errorf("MaxPoll 20ms read a 600 ms order only %d times, want at least 12", capped)
	}
}

// An order that ends in error is an *OrderError with the order's id and
// message; the failed activation leaves no number behind.
func TestWaitForOrderError(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	const msg = "1010: the number range is blocked by the regulator"
	e.sb.FailOrdersFor(numA, msg)

	id, err := e.client.OrderNumber(ctx, newNumber(numA), "")
	if err != nil {
		t.Fatal(err)
	}
	o, err := e.client.WaitForOrder(ctx, id)
	var oe *OrderError
	if !errors.As(err, &oe) {
		t.Fatalf("err = %v (%T), want *OrderError", err, err)
	}
	if oe.Order.ID != id || oe.Order.Status != OrderFailed || oe.Order.Message != msg || oe.Order.Type != sandbox.TypeActivateVoip {
		t.Errorf("OrderError.Order = %+v", oe.Order)
	}
	if o.Status != OrderFailed {
		t.Errorf("returned order = %+v, want the failed one", o)
	}
	want := "IPEX order " + strconv.FormatInt(id, 10) + " (activate_voip for " + numA + `) ended with status "error": "` + msg + `"`
	if err.Error() != want {
		t.Errorf("error = %q, want %q", err, want)
	}
	if _, err := e.client.Number(ctx, numA); !errors.Is(err, ErrNotFound) {
		t.Errorf("after the failed activation Number = %v, want ErrNotFound", err)
	}

	// A failed change is an OrderError too and changes nothing.
	e.sb.FailOrdersFor(sandbox.DemoExistingNumber, "")
	id, err = e.client.ChangeNumber(ctx, VoIPNumber{Number: sandbox.DemoExistingNumber, CLIR: ptr("permanent")}, "")
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.client.WaitForOrder(ctx, id)
	if !errors.As(err, &oe) || oe.Order.ID != id || oe.Order.Type != sandbox.TypeChangeVoip || oe.Order.Message == "" {
		t.Errorf("failed change: err = %v", err)
	}
	if n := e.stored(t, sandbox.DemoExistingNumber); n.CLIR != sandbox.CLIRTemporaryAllowed {
		t.Errorf("a failed change changed CLIR to %q", n.CLIR)
	}
}

// An order canceled at IPEX is an *OrderError with status canceled.
func TestWaitForOrderCanceled(t *testing.T) {
	t.Parallel()
	e := newEnv(t, sandbox.WithOrderDelay(2*time.Second))
	ctx := testCtx(t)
	id, err := e.client.OrderNumber(ctx, newNumber(numA), "")
	if err != nil {
		t.Fatal(err)
	}
	// The client has no call for it; cancel like the portal would.
	if err := e.client.do(ctx, http.MethodDelete, "/v1/requests/{id}", map[string]string{"id": strconv.FormatInt(id, 10)}, nil, nil); err != nil {
		t.Fatalf("cancelling the order: %v", err)
	}
	start := time.Now()
	_, err = e.client.WaitForOrder(ctx, id)
	var oe *OrderError
	if !errors.As(err, &oe) || oe.Order.Status != OrderCanceled || oe.Order.ID != id {
		t.Fatalf("err = %v, want an OrderError with status canceled", err)
	}
	if !strings.Contains(err.Error(), `ended with status "canceled": "Canceled by the API user"`) {
		t.Errorf("error %q lacks the status and message", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("noticing the cancellation took %v", d)
	}
}

// The caller's deadline ends the wait, not the order: *StillRunningError
// names the order and says how to look at it.
func TestWaitForOrderDeadline(t *testing.T) {
	t.Parallel()
	e := newEnv(t, sandbox.WithOrderDelay(2*time.Second))
	id, err := e.client.OrderNumber(testCtx(t), newNumber(numA), "")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err = e.client.WaitForOrder(ctx, id)
	elapsed := time.Since(start)

	var sr *StillRunningError
	if !errors.As(err, &sr) {
		t.Fatalf("err = %v (%T), want *StillRunningError", err, err)
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("errors.Is(err, context.DeadlineExceeded) = false for %v", err)
	}
	if sr.Order.ID != id || sr.Order.Type != sandbox.TypeActivateVoip || sr.Order.Identifier != numA ||
		(sr.Order.Status != OrderNew && sr.Order.Status != OrderProcessing) {
		t.Errorf("StillRunningError.Order = %+v, want the pending order as last read", sr.Order)
	}
	ids := strconv.FormatInt(id, 10)
	for _, want := range []string{
		"IPEX order " + ids + " (activate_voip for " + numA + ") is still",
		"context deadline exceeded",
		"keeps running at IPEX",
		"GET /v1/requests/" + ids,
		"IPEX portal",
		"run Terraform again",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	if elapsed > time.Second {
		t.Errorf("WaitForOrder returned after %v, want soon after the 300 ms deadline", elapsed)
	}
	// The order goes on at IPEX.
	if o, ok := e.sb.Order(id); !ok || (o.Status != sandbox.OrderNew && o.Status != sandbox.OrderProcessing) {
		t.Errorf("the order at IPEX is %+v, want still pending", o)
	}
}

// An order id IPEX does not know is an error wrapping ErrNotFound.
func TestWaitForUnknownOrder(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	_, err := e.client.WaitForOrder(testCtx(t), 4242)
	if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "IPEX does not know order 4242") {
		t.Fatalf("err = %v, want ErrNotFound saying the order is unknown", err)
	}
}

// ChangeNumber sends PUT /v1/voip with the number in the body and only
// the settings given; the password only when given.
func TestChangeNumber(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	n := sandbox.DemoExistingNumber

	id, err := e.client.ChangeNumber(ctx, VoIPNumber{Number: n, CLIR: ptr(sandbox.CLIRTemporaryRestricted), InternationalLimit: ptr(0.0)}, "")
	if err != nil {
		t.Fatal(err)
	}
	if id == 0 {
		t.Fatal("ChangeNumber returned no order id")
	}
	o, err := e.client.WaitForOrder(ctx, id)
	if err != nil || o.Type != sandbox.TypeChangeVoip {
		t.Fatalf("WaitForOrder = %+v, %v", o, err)
	}
	puts := e.requests(http.MethodPut, voipRe)
	if len(puts) != 1 {
		t.Fatalf("%d PUT /v1/voip, want 1", len(puts))
	}
	body := jsonBody(t, puts[0])
	if body["number"] != n || body["clir"] != sandbox.CLIRTemporaryRestricted || !equalJSON(body["antifraud"], map[string]any{"internationalLimit": 0.0}) {
		t.Errorf("PUT body = %v", body)
	}
	for _, k := range []string{"customerId", "profileId", "tariffPlanId", "provisioningAttributes"} {
		if _, ok := body[k]; ok {
			t.Errorf("PUT body sends %s, which was not given: %v", k, body)
		}
	}
	got, err := e.client.Number(ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	if *got.CLIR != sandbox.CLIRTemporaryRestricted || got.InternationalLimit == nil || *got.InternationalLimit != 0 ||
		*got.ProfileID != sandbox.ProfileDefaultID {
		t.Errorf("after the change Number = %+v", got)
	}
	if s := e.stored(t, n); s.SIPPassword != sandbox.DemoExistingSIPPassword {
		t.Errorf("a change without a password changed the SIP password to %q", s.SIPPassword)
	}

	// With a password it is sent and stored.
	id, err = e.client.ChangeNumber(ctx, VoIPNumber{Number: n, CustomerID: ptr(sandbox.DemoCustomerID)}, "new-Sip-Pass-2")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.client.WaitForOrder(ctx, id); err != nil {
		t.Fatal(err)
	}
	body = jsonBody(t, e.requests(http.MethodPut, voipRe)[1])
	if !equalJSON(body["provisioningAttributes"], map[string]any{"password": "new-Sip-Pass-2"}) {
		t.Errorf("PUT body with a password = %v", body)
	}
	if s := e.stored(t, n); s.SIPPassword != "new-Sip-Pass-2" {
		t.Errorf("stored SIP password = %q after the change", s.SIPPassword)
	}
}

// DeactivateNumber places a deactivate_voip order; when it finishes the
// number is canceled (and still readable). Twice is a 400.
func TestDeactivateNumber(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	e.activate(t, newNumber(numC), "")

	id, err := e.client.DeactivateNumber(ctx, numC)
	if err != nil {
		t.Fatal(err)
	}
	o, err := e.client.WaitForOrder(ctx, id)
	if err != nil || o.Type != sandbox.TypeDeactivateVoip || o.Identifier != numC || o.Status != OrderFinished {
		t.Fatalf("WaitForOrder = %+v, %v", o, err)
	}
	reqs := e.requests(http.MethodPut, `^/v1/voip/`+numC+`/deactivate$`)
	if len(reqs) != 1 {
		t.Fatalf("%d PUT .../deactivate requests, want 1", len(reqs))
	}
	if b := jsonBody(t, reqs[0]); len(b) != 0 {
		t.Errorf("deactivate body = %v, want {} (no cease date: as soon as possible)", b)
	}
	got, err := e.client.Number(ctx, numC)
	if err != nil || got.Status != sandbox.StatusCanceled {
		t.Errorf("after deactivation Number = %+v, %v; want canceled", got, err)
	}
	_, err = e.client.DeactivateNumber(ctx, numC)
	requireAPIError(t, err, http.StatusBadRequest, "1010", "canceled")
}

func TestProfiles(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	got, err := e.client.Profiles(testCtx(t))
	if err != nil {
		t.Fatal(err)
	}
	want := e.sb.Profiles()
	if len(want) != 3 || len(got) != len(want) {
		t.Fatalf("Profiles = %+v, want the 3 seeded %+v", got, want)
	}
	for i := range want {
		if got[i].ID != want[i].ID || got[i].Name != want[i].Name || got[i].Name == "" {
			t.Errorf("profile %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}
