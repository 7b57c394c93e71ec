package api

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
)

// sharingClient reuses listings as the provider's client does.
func (e *env) sharingClient() *Client {
	return NewClient(Config{User: sandbox.DemoUser, Password: sandbox.DemoPassword, BaseURL: e.url,
		Transport: fastSettings, ListReuse: time.Minute})
}

func TestReadsOfOneNumberShareOneListing(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	number := sandbox.GeographicNumber
	var ids []int64
	for i := range 4 {
		r, err := e.client.CreateRoute(ctx, number, fmt.Sprintf("0042060000000%d", i), "00420777000111")
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, r.ID)
	}
	if _, err := e.client.CreateRinging(ctx, number, "00420777000222"); err != nil {
		t.Fatal(err)
	}
	c := e.sharingClient()
	e.api.Kit.ResetRequests()

	var wg sync.WaitGroup
	errs := make(chan error, 30)
	for range 5 {
		for _, id := range ids {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, err := c.Route(ctx, number, id)
				errs <- err
			}()
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := c.Ringing(ctx, number, "00420777000222")
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
	if n := e.count("GET", "/routes.json"); n != 1 {
		t.Errorf("20 route reads listed the routes %d times, want 1", n)
	}
	if n := e.count("GET", "/ringings.json"); n != 1 {
		t.Errorf("5 ringing reads listed the ringings %d times, want 1", n)
	}
}

// A write through the client is seen by the next read, also a write to the
// other list of the number: a parallel ringing is also a rule.
func TestOwnWritesOnANumberAreSeenAtOnce(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	number := sandbox.GeographicNumber
	c := e.sharingClient()
	before, err := c.Routes(ctx, number)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Ringings(ctx, number); err != nil {
		t.Fatal(err)
	}
	r, err := c.CreateRoute(ctx, number, "00420600111222", "00420777000111")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Route(ctx, number, r.ID); err != nil {
		t.Fatalf("read after create: %v", err)
	}
	if _, err := c.CreateRinging(ctx, number, "00420777000333"); err != nil {
		t.Fatal(err)
	}
	after, err := c.Routes(ctx, number)
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(before)+2 {
		t.Errorf("routes after a rule and a ringing were added: %d, want %d", len(after), len(before)+2)
	}
	if _, err := c.Ringing(ctx, number, "00420777000333"); err != nil {
		t.Fatalf("ringing read after create: %v", err)
	}
	if err := c.DeleteRoute(ctx, number, r.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Route(ctx, number, r.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("read after delete: %v, want ErrNotFound", err)
	}
	if err := c.DeleteRinging(ctx, number, "00420777000333"); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Ringing(ctx, number, "00420777000333"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("ringing read after delete: %v, want ErrNotFound", err)
	}
}

// A caller may change what it got without changing what others get.
func TestSharedListingIsCopied(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	if _, err := e.client.CreateRoute(ctx, sandbox.GeographicNumber, "00420600111222", "00420777000111"); err != nil {
		t.Fatal(err)
	}
	c := e.sharingClient()
	first, err := c.Routes(ctx, sandbox.GeographicNumber)
	if err != nil || len(first) == 0 {
		t.Fatalf("routes: %v, %v", first, err)
	}
	first[0].RingingNumber = "changed"
	second, err := c.Routes(ctx, sandbox.GeographicNumber)
	if err != nil || second[0].RingingNumber == "changed" {
		t.Fatalf("a caller's change leaked into the shared listing: %+v, %v", second, err)
	}
}
