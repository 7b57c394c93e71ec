package api

import (
	"net/http"
	"sync"
	"testing"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// @me is asked for once per client, however many callers want it at once;
// a numeric id is never asked for.
func TestNumericClientIDResolvesMeOnce(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)

	var wg sync.WaitGroup
	got := make(chan string, 20)
	errs := make(chan error, 20)
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			id, err := e.client.NumericClientID(ctx, me)
			got <- id
			errs <- err
		}()
	}
	wg.Wait()
	close(got)
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	for id := range got {
		if id != demoID {
			t.Errorf("@me resolved to %q, want %s", id, demoID)
		}
	}
	if id, err := e.client.NumericClientID(ctx, me); err != nil || id != demoID {
		t.Errorf("@me later: %q, %v", id, err)
	}
	if n := e.count(http.MethodGet, clientInfoRe); n != 1 {
		t.Errorf("%d client_info requests, want 1 for every resolution of @me by one client", n)
	}

	e.api.Kit.ResetRequests()
	for _, numeric := range []string{demoID, "12346", "7"} {
		if id, err := e.client.NumericClientID(ctx, numeric); err != nil || id != numeric {
			t.Errorf("NumericClientID(%s) = %q, %v; want it unchanged", numeric, id, err)
		}
	}
	if n := e.api.Kit.RequestCount(); n != 0 {
		t.Errorf("%d requests to resolve numeric ids, want none", n)
	}

	// Another client (another provider process) asks again.
	if id, err := e.newClient(nil).NumericClientID(ctx, me); err != nil || id != demoID {
		t.Errorf("a new client: %q, %v", id, err)
	}
	if n := e.count(http.MethodGet, clientInfoRe); n != 1 {
		t.Errorf("%d client_info requests from a new client, want 1", n)
	}
}

// A failed resolution is not remembered: the next call asks again.
func TestNumericClientIDKeepsNoFailure(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: http.StatusForbidden, Method: http.MethodGet, Path: `/client_info/`, Times: 1,
		Body: `{"message":"Access denied","status":"access_denied"}`})
	if id, err := e.client.NumericClientID(ctx, me); err == nil {
		t.Fatalf("resolved @me to %q through a 403", id)
	}
	if id, err := e.client.NumericClientID(ctx, me); err != nil || id != demoID {
		t.Errorf("after the failure: %q, %v; want %s", id, err, demoID)
	}
	if n := e.count(http.MethodGet, clientInfoRe); n != 2 {
		t.Errorf("%d client_info requests, want 2 (the failure, then the answer)", n)
	}
}
