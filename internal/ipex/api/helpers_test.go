package api

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"regexp"
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// fastSettings retry twice with waits short enough for unit tests.
var fastSettings = transport.Settings{MaxRetries: 2, MaxRetryWait: 40 * time.Millisecond, RequestTimeout: 5 * time.Second}

// testOrderDelay is how long the emulator's orders take unless a test says
// otherwise: long enough to be polled more than once, short for the suite.
const testOrderDelay = 40 * time.Millisecond

// Path patterns of the recorded requests (sandboxkit.Request.Path).
const (
	tokenRe    = `^/v1/token$`
	voipRe     = `^/v1/voip$`
	requestRe  = `^/v1/requests/\d+$`
	numberRe   = `^/v1/voip/\d+$`
	profilesRe = `^/v1/voip/profiles$`
)

// Numbers the tests order; none of them is seeded.
const (
	numA = "601555001"
	numB = "601555002"
	numC = "601555003"
)

// env is a client talking to an in-process emulator.
type env struct {
	sb     *sandbox.Server
	url    string
	client *Client
}

// newEnv starts an emulator whose orders take testOrderDelay (opts come
// after, so they may change it) and a client that polls every few ms.
func newEnv(t *testing.T, opts ...sandbox.Option) *env {
	t.Helper()
	sb := sandbox.New(append([]sandbox.Option{sandbox.WithOrderDelay(testOrderDelay)}, opts...)...)
	srv := httptest.NewServer(sb)
	t.Cleanup(srv.Close)
	e := &env{sb: sb, url: srv.URL}
	e.client = e.newClient(nil)
	return e
}

// newClient returns another client of the same emulator (a fresh token
// cache); mod, when not nil, changes the configuration first.
func (e *env) newClient(mod func(*Config)) *Client {
	cfg := Config{
		Username: sandbox.DemoUsername, Password: sandbox.DemoPassword, BaseURL: e.url, Transport: fastSettings,
		FirstPoll: 5 * time.Millisecond, MaxPoll: 20 * time.Millisecond,
	}
	if mod != nil {
		mod(&cfg)
	}
	return NewClient(cfg)
}

// requests returns the recorded requests with method ("" = any) whose path
// matches the regular expression pathRe.
func (e *env) requests(method, pathRe string) []sandboxkit.Request {
	re := regexp.MustCompile(pathRe)
	var out []sandboxkit.Request
	for _, r := range e.sb.Kit.Requests() {
		if (method == "" || r.Method == method) && re.MatchString(r.Path) {
			out = append(out, r)
		}
	}
	return out
}

func (e *env) count(method, pathRe string) int { return len(e.requests(method, pathRe)) }

func (e *env) addFault(t *testing.T, f sandboxkit.Fault) {
	t.Helper()
	if err := e.sb.Kit.AddFault(f); err != nil {
		t.Fatalf("AddFault: %v", err)
	}
}

// stored returns the emulator's number n (with its SIP password).
func (e *env) stored(t *testing.T, n string) sandbox.Number {
	t.Helper()
	got, ok := e.sb.Number(n)
	if !ok {
		t.Fatalf("the emulator has no number %s", n)
	}
	return got
}

// ordersOfType returns the emulator's orders of one type.
func (e *env) ordersOfType(typ string) []sandbox.Order {
	var out []sandbox.Order
	for _, o := range e.sb.Orders() {
		if o.Type == typ {
			out = append(out, o)
		}
	}
	return out
}

func testCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// jsonBody decodes a recorded request body into a generic map.
func jsonBody(t *testing.T, r sandboxkit.Request) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(r.Body), &m); err != nil {
		t.Fatalf("%s %s: body %q is not a JSON object: %v", r.Method, r.Path, r.Body, err)
	}
	return m
}

func ptr[T any](v T) *T { return &v }

// newNumber is a complete create request for number n.
func newNumber(n string) VoIPNumber {
	return VoIPNumber{
		Number:             n,
		CustomerID:         ptr(sandbox.DemoCustomerID),
		ProfileID:          ptr(sandbox.ProfileDefaultID),
		TariffPlanID:       ptr(sandbox.TariffPlanStandardID),
		CLIR:               ptr(sandbox.CLIRPermanent),
		InternationalLimit: ptr(250.5),
	}
}

// activate orders number n and waits for the order.
func (e *env) activate(t *testing.T, n VoIPNumber, sipPassword string) Order {
	t.Helper()
	ctx := testCtx(t)
	id, err := e.client.OrderNumber(ctx, n, sipPassword)
	if err != nil {
		t.Fatalf("OrderNumber(%s): %v", n.Number, err)
	}
	o, err := e.client.WaitForOrder(ctx, id)
	if err != nil {
		t.Fatalf("WaitForOrder(%d): %v", id, err)
	}
	return o
}
