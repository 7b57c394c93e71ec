package api

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// rule is one create of a batch test.
type rule struct{ source, ringing string }

// createAll runs the creates at once on the seeded geographic number.
func (e *env) createAll(ctx context.Context, c *Client, rules []rule) ([]Route, []error) {
	got := make([]Route, len(rules))
	errs := make([]error, len(rules))
	var wg sync.WaitGroup
	for i, r := range rules {
		wg.Go(func() { got[i], errs[i] = c.CreateRoute(ctx, sandbox.GeographicNumber, r.source, r.ringing) })
	}
	wg.Wait()
	return got, errs
}

// distinctRules are n rules of their own, none on the seeded number.
func distinctRules(n int) []rule {
	out := make([]rule, n)
	for i := range out {
		out[i] = rule{fmt.Sprintf("0042073300000%d", i), "*754321"}
	}
	return out
}

// checkStoredOnce: each returned rule is stored under its id with its
// content, exactly once, and no two creates of different rules share an id.
func (e *env) checkStoredOnce(t *testing.T, rules []rule, got []Route, errs []error) {
	t.Helper()
	stored := e.storedRoutes(t, sandbox.GeographicNumber)
	ids := map[int64]rule{}
	for i, r := range rules {
		if errs[i] != nil {
			t.Errorf("create %d (%s -> %s): %v", i, r.source, r.ringing, errs[i])
			continue
		}
		if other, ok := ids[got[i].ID]; ok && other != r {
			t.Errorf("id %d returned for %v and %v", got[i].ID, other, r)
		}
		ids[got[i].ID] = r
		if got[i].SourceNumber != r.source || got[i].RingingNumber != r.ringing {
			t.Errorf("create %d returned %+v, want %s -> %s", i, got[i], r.source, r.ringing)
		}
		if !slices.ContainsFunc(stored, func(s sandbox.Route) bool { return s.ID == got[i].ID && s.SourceNumber == r.source }) {
			t.Errorf("create %d returned %+v, not stored: %v", i, got[i], stored)
		}
		if n := e.countStored(t, r.source, r.ringing); n != 1 {
			t.Errorf("%s -> %s stored %d times, want 1", r.source, r.ringing, n)
		}
	}
}

// Creates at once on one number share listings: the first lists, every add
// is one POST, and the adds answered together are identified by one listing.
func TestCreatesOnOneNumberShareListings(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindLatency, Method: "GET", Delay: 150 * time.Millisecond})
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindLatency, Method: "POST", Delay: 50 * time.Millisecond})
	rules := distinctRules(8)

	got, errs := e.createAll(testCtx(t), e.client, rules)
	e.checkStoredOnce(t, rules, got, errs)
	if n := e.count("POST", "/routes.json"); n != len(rules) {
		t.Errorf("POSTs = %d, want %d", n, len(rules))
	}
	// One listing before; after, the first answered add starts one and the
	// others wait for the next (it must start after their answers).
	if n := e.count("GET", "/routes.json"); n > 3 {
		t.Errorf("listings = %d for %d creates, want at most 3", n, len(rules))
	}
}

// Creates of one rule in a batch get one rule (one POST), as one at a time
// the later would adopt the earlier's; an identical rule already there is
// adopted without a POST.
func TestCreatesOfOneRuleInABatchAdoptOneRule(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindLatency, Delay: 50 * time.Millisecond})
	existing, err := e.api.AddRoute(sandbox.GeographicNumber, "00420733111111", "*754321")
	if err != nil {
		t.Fatal(err)
	}
	rules := []rule{
		{"00420733222222", "*754321"}, {"00420733222222", "*754321"}, {"00420733333333", "*754321"},
		{"00420733111111", "*754321"}, {"00420733222222", "*754321"}, {"00420733444444", "*754321"},
	}

	got, errs := e.createAll(testCtx(t), e.client, rules)
	e.checkStoredOnce(t, rules, got, errs)
	if got[0].ID != got[1].ID || got[0].ID != got[4].ID {
		t.Errorf("creates of one rule got ids %d, %d, %d, want one", got[0].ID, got[1].ID, got[4].ID)
	}
	if got[3].ID != existing.ID {
		t.Errorf("identical existing rule: got id %d, want it adopted (%d)", got[3].ID, existing.ID)
	}
	if n := e.count("POST", "/routes.json"); n != 3 {
		t.Errorf("POSTs = %d, want 3 (one per new rule)", n)
	}
}

// A POST whose answer is lost while the others of the batch are in flight
// is not repeated: a listing shows it took effect, and every create gets
// its own rule.
func TestLostAnswerInTheMiddleOfABatch(t *testing.T) {
	t.Parallel()
	for _, reply := range []bool{false, true} {
		t.Run(fmt.Sprintf("create reply %v", reply), func(t *testing.T) {
			t.Parallel()
			e := newEnv(t, sandbox.WithCreateReply(reply))
			// The first faults that match apply: two slow POSTs, the third
			// committed but its answer dropped, the others slow again.
			e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindLatency, Method: "POST", Delay: 100 * time.Millisecond, Times: 2})
			e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: "POST", Times: 1})
			e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindLatency, Method: "POST", Delay: 100 * time.Millisecond})
			rules := distinctRules(6)

			got, errs := e.createAll(testCtx(t), e.client, rules)
			e.checkStoredOnce(t, rules, got, errs)
			if n := e.count("POST", "/routes.json"); n != len(rules) {
				t.Errorf("POSTs = %d, want %d (the dropped one took effect; repeating it would duplicate it)", n, len(rules))
			}
		})
	}
}

// A POST the vendor refuses fails its own create only.
func TestRefusedAddFailsOnlyItsCreate(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindLatency, Delay: 50 * time.Millisecond})
	rules := distinctRules(5)
	rules[2].ringing = sandbox.GeographicNumber // a loop: redirection_loop

	got, errs := e.createAll(testCtx(t), e.client, rules)
	var apiErr *Error
	if !errors.As(errs[2], &apiErr) || apiErr.Code != "redirection_loop" {
		t.Errorf("the loop's create: err = %v, want redirection_loop", errs[2])
	}
	ok := slices.Delete(slices.Clone(rules), 2, 3)
	e.checkStoredOnce(t, ok, slices.Delete(got, 2, 3), slices.Delete(errs, 2, 3))
}

// A create whose context ends while it waits for a shared listing returns
// at once, and the create waiting for the same listing still succeeds,
// also when the cancelled one started the listing.
func TestCancelledCreateLeavesTheBatch(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindLatency, Method: "GET", Delay: 300 * time.Millisecond})
	ctx, cancel := context.WithCancel(testCtx(t))

	var cancelled error
	var waited time.Duration
	var wg sync.WaitGroup
	wg.Go(func() {
		start := time.Now()
		_, cancelled = e.client.CreateRoute(ctx, sandbox.GeographicNumber, "00420733000001", "*754321")
		waited = time.Since(start)
	})
	time.Sleep(20 * time.Millisecond) // the first create starts the listing
	var other Route
	var otherErr error
	wg.Go(func() {
		other, otherErr = e.client.CreateRoute(testCtx(t), sandbox.GeographicNumber, "00420733000002", "*754321")
	})
	time.Sleep(30 * time.Millisecond)
	cancel()
	wg.Wait()

	if !errors.Is(cancelled, context.Canceled) {
		t.Errorf("cancelled create: err = %v, want context.Canceled", cancelled)
	}
	if waited >= 250*time.Millisecond {
		t.Errorf("cancelled create returned after %v, want at once", waited)
	}
	if otherErr != nil || other.ID == 0 {
		t.Errorf("other create: %+v, %v", other, otherErr)
	}
	if n := e.countStored(t, "00420733000001", "*754321"); n != 0 {
		t.Errorf("the cancelled create's rule was stored %d times", n)
	}
	if n := e.count("GET", "/routes.json"); n != 2 {
		t.Errorf("listings = %d, want 2 (one before, shared; one after the other's add)", n)
	}
}

// When the add's answer carries the created rule, no listing follows: the
// creates after the first listing cost one POST each, and what the creates
// know includes the rules they made, so creating one again adopts it.
func TestCreateReplyNeedsNoListing(t *testing.T) {
	t.Parallel()
	e := newEnv(t, sandbox.WithCreateReply(true))
	c := e.sharingClient()
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindLatency, Delay: 20 * time.Millisecond})
	rules := distinctRules(8)
	ctx := testCtx(t)

	got, errs := e.createAll(ctx, c, rules)
	e.checkStoredOnce(t, rules, got, errs)
	if n := e.count("GET", "/routes.json"); n != 1 {
		t.Errorf("listings = %d, want 1 (before the first adds)", n)
	}
	again, err := c.CreateRoute(ctx, sandbox.GeographicNumber, rules[3].source, rules[3].ringing)
	if err != nil || again.ID != got[3].ID {
		t.Errorf("create again: %+v, %v, want id %d adopted", again, err, got[3].ID)
	}
	if n := len(e.api.Kit.Requests()); n != 1+len(rules) {
		t.Errorf("requests = %d, want %d (one listing, one POST per rule)", n, 1+len(rules))
	}
}

// A delete through the client voids what the creates know: the same rule
// created again is added anew, not adopted from an old listing.
func TestDeleteVoidsWhatCreatesKnow(t *testing.T) {
	t.Parallel()
	for _, reply := range []bool{false, true} {
		t.Run(fmt.Sprintf("create reply %v", reply), func(t *testing.T) {
			t.Parallel()
			e := newEnv(t, sandbox.WithCreateReply(reply))
			c := e.sharingClient()
			ctx := testCtx(t)
			first, err := c.CreateRoute(ctx, sandbox.GeographicNumber, "00420733000001", "*754321")
			if err != nil {
				t.Fatal(err)
			}
			if err := c.DeleteRoute(ctx, sandbox.GeographicNumber, first.ID); err != nil {
				t.Fatal(err)
			}
			second, err := c.CreateRoute(ctx, sandbox.GeographicNumber, "00420733000001", "*754321")
			if err != nil {
				t.Fatal(err)
			}
			if second.ID == first.ID {
				t.Errorf("the deleted rule %d was adopted", first.ID)
			}
			if n := e.countStored(t, "00420733000001", "*754321"); n != 1 {
				t.Errorf("stored %d, want 1", n)
			}
		})
	}
}

// A ringing is the rule "*" -> target: a route and ringings of one target
// created at once make one rule.
func TestRoutesAndRingingsShareTheRules(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindLatency, Delay: 50 * time.Millisecond})
	ctx := testCtx(t)
	const target = "00420777000444"
	var route Route
	var rings [2]Ringing
	var errs [3]error
	var wg sync.WaitGroup
	wg.Go(func() { route, errs[0] = e.client.CreateRoute(ctx, sandbox.GeographicNumber, AnySource, target) })
	for i := range rings {
		wg.Go(func() { rings[i], errs[i+1] = e.client.CreateRinging(ctx, sandbox.GeographicNumber, target) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if route.ID == 0 || rings[0].RingingNumber != target || rings[1].RingingNumber != target {
		t.Errorf("route %+v, ringings %+v", route, rings)
	}
	if n := e.countStored(t, AnySource, target); n != 1 {
		t.Errorf("stored %d, want 1", n)
	}
	if n := e.count("POST", "/routes.json") + e.count("POST", "/ringings.json"); n != 1 {
		t.Errorf("POSTs = %d, want 1", n)
	}
}
