package api

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"
)

// sharingClient reuses listings as the provider's client does.
func (e *env) sharingClient() *Client {
	return e.newClient(func(c *Config) { c.ListReuse = time.Minute })
}

func TestReadsOfOneClientShareOneListing(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	var intervals, lists []int64
	for i := range 3 {
		iv, err := e.client.Intervals().Create(ctx, me, officeHours(fmt.Sprint("shared ", i)))
		if err != nil {
			t.Fatal(err)
		}
		intervals = append(intervals, iv.ID)
	}
	for i := range 2 {
		l, err := e.client.DialRules().Create(ctx, me, sampleRules(fmt.Sprint("shared ", i)))
		if err != nil {
			t.Fatal(err)
		}
		lists = append(lists, l.ID)
	}
	c := e.sharingClient()
	e.api.Kit.ResetRequests()

	// A refresh: every resource reads its object at about the same time,
	// and some read again later in the same command.
	var wg sync.WaitGroup
	errs := make(chan error, 50)
	for round := range 5 {
		for i, id := range intervals {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got, err := c.Intervals().Get(ctx, me, id)
				if err == nil && got.Name != fmt.Sprint("shared ", i) {
					err = fmt.Errorf("round %d: interval %d read as %q", round, id, got.Name)
				}
				errs <- err
			}()
		}
		for _, id := range lists {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, err := c.DialRules().Get(ctx, me, id)
				errs <- err
			}()
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if n := e.count("GET", intervalsRe); n != 1 {
		t.Errorf("25 interval reads listed the intervals %d times, want 1", n)
	}
	if n := e.count("GET", dialRulesRe); n != 1 {
		t.Errorf("10 rule-list reads listed the rule lists %d times, want 1", n)
	}
	if n := e.count("GET", intervalRe); n != 0 {
		t.Errorf("%d reads by id, want none: every object was in the listing", n)
	}
}

// The process's own writes are never read stale, whichever spelling of the
// client ("@me" or its id) the write and the read use.
func TestOwnWritesAreSeenAtOnce(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	c := e.sharingClient()
	iv, err := c.Intervals().Create(ctx, me, officeHours("before"))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := c.Intervals().Get(ctx, me, iv.ID); err != nil || got.Name != "before" {
		t.Fatalf("read after create = %+v, %v", got, err)
	}
	if _, err := c.Intervals().Update(ctx, demoID, iv.ID, officeHours("after")); err != nil {
		t.Fatal(err)
	}
	if got, err := c.Intervals().Get(ctx, me, iv.ID); err != nil || got.Name != "after" {
		t.Fatalf("read after update = %+v, %v; want the new name", got, err)
	}
	if err := c.Intervals().Delete(ctx, demoID, iv.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Intervals().Get(ctx, me, iv.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("read after delete: %v, want ErrNotFound", err)
	}

	l, err := c.DialRules().Create(ctx, me, sampleRules("rules before"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.DialRules().Get(ctx, me, l.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := c.DialRules().Update(ctx, demoID, l.ID, sampleRules("rules after")); err != nil {
		t.Fatal(err)
	}
	if got, err := c.DialRules().Get(ctx, me, l.ID); err != nil || got.Name != "rules after" {
		t.Fatalf("rule list read after update = %+v, %v", got, err)
	}
}

// An object missing from a listing is asked for by id: a listing taken
// before another process created it does not make it look deleted, and one
// deleted elsewhere is reported gone.
func TestUnlistedObjectIsReadByID(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	c := e.sharingClient()
	if _, err := c.Intervals().List(ctx, me); err != nil {
		t.Fatal(err)
	}
	old, err := e.client.Intervals().Create(ctx, me, officeHours("kept"))
	if err != nil {
		t.Fatal(err)
	}
	// Cached now: a listing with old in it.
	if _, err := c.Intervals().Get(ctx, me, old.ID); err != nil {
		t.Fatal(err)
	}
	fresh, err := e.client.Intervals().Create(ctx, me, officeHours("made elsewhere"))
	if err != nil {
		t.Fatal(err)
	}
	e.api.Kit.ResetRequests()
	got, err := c.Intervals().Get(ctx, me, fresh.ID)
	if err != nil || got.Name != "made elsewhere" {
		t.Fatalf("object created after the listing: %+v, %v", got, err)
	}
	if e.count("GET", intervalRe) != 1 || e.count("GET", intervalsRe) != 0 {
		t.Errorf("want one read by id and no new listing, got %d and %d", e.count("GET", intervalRe), e.count("GET", intervalsRe))
	}

	// Without reuse (a client of tests, or a listing that expired) a
	// deletion elsewhere shows at once.
	if err := e.client.Intervals().Delete(ctx, me, old.ID); err != nil {
		t.Fatal(err)
	}
	plain := e.newClient(nil)
	if _, err := plain.Intervals().Get(ctx, me, old.ID); !errors.Is(err, ErrNotFound) || IsClientNotFound(err) {
		t.Fatalf("interval deleted elsewhere: %v, want ErrNotFound", err)
	}
}

func TestMissingClientIsStillAnError(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	_, err := e.sharingClient().Intervals().Get(testCtx(t), "999999", 1)
	if !IsClientNotFound(err) {
		t.Fatalf("read in an unknown client: %v, want the client-not-found error", err)
	}
}
