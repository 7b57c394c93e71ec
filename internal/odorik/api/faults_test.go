package api

import (
	"errors"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

const routesPath = `/routes\.json$`

func TestCreateRoutePOST500OnceIsRepeatedOnce(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Method: "POST", Path: routesPath, Status: 500, Times: 1})

	got, err := e.client.CreateRoute(testCtx(t), sandbox.GeographicNumber, "*", "*754321")
	if err != nil {
		t.Fatal(err)
	}
	if n := e.count("POST", "/routes.json"); n != 2 {
		t.Errorf("POSTs = %d, want 2 (the failed one and one repeat)", n)
	}
	if n := e.countStored(t, "*", "*754321"); n != 1 {
		t.Errorf("stored %d rules, want 1", n)
	}
	if got.ID == 0 || got.RingingNumber != "*754321" {
		t.Errorf("CreateRoute = %+v", got)
	}
}

func TestCreateRoutePOSTDroppedAfterCommit(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: "POST", Path: routesPath, Times: 1})

	got, err := e.client.CreateRoute(testCtx(t), sandbox.GeographicNumber, "*", "*754321")
	if err != nil {
		t.Fatalf("a lost reply of a committed POST must not be an error: %v", err)
	}
	if n := e.count("POST", "/routes.json"); n != 1 {
		t.Errorf("POSTs = %d, want 1 (the rule was committed; repeating would duplicate it)", n)
	}
	if n := e.countStored(t, "*", "*754321"); n != 1 {
		t.Errorf("stored %d rules, want 1", n)
	}
	stored := e.storedRoutes(t, sandbox.GeographicNumber)
	last := stored[len(stored)-1]
	if got.ID != last.ID {
		t.Errorf("returned id %d, want the committed rule %d", got.ID, last.ID)
	}
}

func TestCreateRingingPOSTDroppedAfterCommit(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: "POST", Path: `/ringings\.json$`, Times: 1})

	got, err := e.client.CreateRinging(testCtx(t), sandbox.GeographicNumber, "*754321")
	if err != nil {
		t.Fatalf("err = %v", err)
	}
	if got.RingingNumber != "*754321" {
		t.Errorf("CreateRinging = %+v", got)
	}
	if n := e.count("POST", "/ringings.json"); n != 1 {
		t.Errorf("POSTs = %d, want 1", n)
	}
	if n := e.countStored(t, "*", "*754321"); n != 1 {
		t.Errorf("stored %d ringings, want 1", n)
	}
}

func TestGET429WithRetryAfterIsRetried(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	// Retry-After 1 s must fit under MaxRetryWait, so the default wait cap here.
	e.client = NewClient(Config{User: sandbox.DemoUser, Password: sandbox.DemoPassword, BaseURL: e.url,
		Transport: transport.Settings{MaxRetries: 2, RequestTimeout: 5 * time.Second}})
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Method: "GET", Path: routesPath, Status: http.StatusTooManyRequests, RetryAfter: "1", Times: 1})

	start := time.Now()
	routes, err := e.client.Routes(testCtx(t), sandbox.GeographicNumber)
	elapsed := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	if len(routes) != 1 || routes[0].ID != sandbox.FirstRouteID {
		t.Errorf("Routes = %v", routes)
	}
	if n := e.count("GET", "/routes.json"); n != 2 {
		t.Errorf("GETs = %d, want 2", n)
	}
	if elapsed < 900*time.Millisecond {
		t.Errorf("retried after %v, the server asked for 1 s", elapsed)
	}
}

func TestCreateRoutePOST503EveryTime(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Method: "POST", Path: routesPath, Status: http.StatusServiceUnavailable})
	before := e.storedRoutes(t, sandbox.GeographicNumber)

	_, err := e.client.CreateRoute(testCtx(t), sandbox.GeographicNumber, "*", "*754321")
	if err == nil {
		t.Fatal("CreateRoute succeeded against a server answering 503")
	}
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.HTTPStatus != http.StatusServiceUnavailable {
		t.Errorf("err = %#v, want *Error with HTTP 503", err)
	}
	if !strings.Contains(err.Error(), "503") {
		t.Errorf("message %q does not give the status", err)
	}
	if n := e.count("POST", "/routes.json"); n != 1+fastSettings.MaxRetries {
		t.Errorf("POSTs = %d, want %d (1 + MaxRetries)", n, 1+fastSettings.MaxRetries)
	}
	after := e.storedRoutes(t, sandbox.GeographicNumber)
	if len(after) != len(before) {
		t.Errorf("rules left behind: before %v, after %v", before, after)
	}
}

func TestMalformedListReply(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindMalformed, Method: "GET", Path: routesPath})
	ctx := testCtx(t)

	for name, call := range map[string]func() error{
		"Routes": func() error { _, err := e.client.Routes(ctx, sandbox.GeographicNumber); return err },
		"Route": func() error {
			_, err := e.client.Route(ctx, sandbox.GeographicNumber, sandbox.FirstRouteID)
			return err
		},
		"CreateRoute": func() error { _, err := e.client.CreateRoute(ctx, sandbox.GeographicNumber, "*", "*200"); return err },
	} {
		err := call()
		if err == nil {
			t.Errorf("%s: no error for a malformed reply", name)
			continue
		}
		if !strings.Contains(err.Error(), "not the expected JSON") {
			t.Errorf("%s: message %q does not say the reply is not the expected JSON", name, err)
		}
		if errors.Is(err, ErrNotFound) {
			t.Errorf("%s: a malformed reply must not look like not found", name)
		}
	}
	if n := e.count("POST", "/routes.json"); n != 0 {
		t.Errorf("POSTs = %d, want none when the listing is unreadable", n)
	}
}

// DELETE is idempotent: when the reply of a committed delete is lost, the
// HTTP client repeats it, and the second answer (the rule is gone) is success.
func TestDeleteDroppedAfterCommit(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	r, err := e.client.CreateRoute(ctx, sandbox.GeographicNumber, "*", "*754321")
	if err != nil {
		t.Fatal(err)
	}
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: "DELETE", Times: 1})

	if err := e.client.DeleteRoute(ctx, sandbox.GeographicNumber, r.ID); err != nil {
		t.Errorf("DeleteRoute: %v", err)
	}
	if n := e.count("DELETE", "/routes/"+strconv.FormatInt(r.ID, 10)+".json"); n != 2 {
		t.Errorf("route DELETEs = %d, want 2 (lost reply, then repeat)", n)
	}
	if n := e.countStored(t, "*", "*754321"); n != 0 {
		t.Errorf("rule still stored")
	}

	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: "DELETE", Times: 1})
	if err := e.client.DeleteRinging(ctx, sandbox.GeographicNumber, sandbox.SeedRouteRinging); err != nil {
		t.Errorf("DeleteRinging: %v", err)
	}
	if n := e.count("DELETE", "/ringings/*100.json"); n != 2 {
		t.Errorf("ringing DELETEs = %d, want 2", n)
	}
	if n := e.countStored(t, "*", sandbox.SeedRouteRinging); n != 0 {
		t.Errorf("ringing still stored")
	}
}

// A GET is repeated after a 5xx and the repeat's answer counts.
func TestGET500OnceIsRetried(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Method: "GET", Path: `/ringings\.json$`, Status: 500, Times: 2})
	rings, err := e.client.Ringings(testCtx(t), sandbox.GeographicNumber)
	if err != nil {
		t.Fatal(err)
	}
	if len(rings) != 1 || rings[0].RingingNumber != sandbox.SeedRouteRinging {
		t.Errorf("Ringings = %v", rings)
	}
	if n := e.count("GET", "/ringings.json"); n != 3 {
		t.Errorf("GETs = %d, want 3", n)
	}
}
