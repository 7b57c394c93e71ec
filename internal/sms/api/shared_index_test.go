package api

import (
	"errors"
	"sync"
	"testing"
	"time"
)

func TestIndexReadsShareOneRequest(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	c := e.newClient(func(cfg *Config) { cfg.ListReuse = time.Minute })
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := c.Subaccounts(ctx)
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if n := e.count("subaccounts/index"); n != 1 {
		t.Fatalf("10 index reads sent %d requests, want 1", n)
	}
}

// add and delete through the client are seen by the next index read, and a
// create never trusts a shared index to look for its lost answer.
func TestIndexSeesOwnAddAndDelete(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	c := e.newClient(func(cfg *Config) { cfg.ListReuse = time.Minute })
	if _, err := c.SubaccountByUsername(ctx, "shared_idx"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("before add: %v, want ErrNotFound", err)
	}
	id, err := c.CreateSubaccount(ctx, newSub("shared_idx"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.SubaccountByUsername(ctx, "shared_idx")
	if err != nil || got.ID != id {
		t.Fatalf("after add: %+v, %v; want id %d", got, err, id)
	}
	if err := c.DeleteSubaccount(ctx, id); err != nil {
		t.Fatal(err)
	}
	if _, err := c.SubaccountByUsername(ctx, "shared_idx"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("after delete: %v, want ErrNotFound", err)
	}
}
