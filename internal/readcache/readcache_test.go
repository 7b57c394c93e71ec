package readcache

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// clock is a settable time source.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func newTestCache(reuse time.Duration) (*Cache[int], *clock) {
	clk := &clock{t: time.Unix(1_700_000_000, 0)}
	c := New[int](reuse)
	c.now = clk.now
	return c, clk
}

// counter is a fetch that returns how many times it was called.
type counter struct{ n atomic.Int64 }

func (f *counter) fetch(context.Context) (int, error) { return int(f.n.Add(1)), nil }

func get(t *testing.T, c *Cache[int], key string, fetch func(context.Context) (int, error)) int {
	t.Helper()
	v, err := c.Get(context.Background(), key, fetch)
	if err != nil {
		t.Fatalf("Get(%q): %v", key, err)
	}
	return v
}

func TestConcurrentReadsShareOneFetch(t *testing.T) {
	c, _ := newTestCache(time.Minute)
	release := make(chan struct{})
	var calls atomic.Int64
	fetch := func(context.Context) (int, error) {
		calls.Add(1)
		<-release
		return 42, nil
	}
	var wg sync.WaitGroup
	results := make([]int, 20)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = get(t, c, "n1", fetch)
		}()
	}
	// Let the readers pile up on the one fetch before it answers.
	time.Sleep(50 * time.Millisecond)
	close(release)
	wg.Wait()
	if calls.Load() != 1 {
		t.Fatalf("20 concurrent reads made %d fetches, want 1", calls.Load())
	}
	for i, v := range results {
		if v != 42 {
			t.Fatalf("reader %d got %d", i, v)
		}
	}
}

func TestResultReusedWithinWindowOnly(t *testing.T) {
	c, clk := newTestCache(10 * time.Second)
	var f counter
	if v := get(t, c, "n1", f.fetch); v != 1 {
		t.Fatalf("first read = %d", v)
	}
	clk.add(9 * time.Second)
	if v := get(t, c, "n1", f.fetch); v != 1 {
		t.Fatalf("read within the window fetched again (got %d)", v)
	}
	clk.add(2 * time.Second)
	if v := get(t, c, "n1", f.fetch); v != 2 {
		t.Fatalf("read after the window = %d, want a new fetch", v)
	}
}

func TestKeysAreSeparate(t *testing.T) {
	c, _ := newTestCache(time.Minute)
	var a, b counter
	get(t, c, "a", a.fetch)
	get(t, c, "b", b.fetch)
	get(t, c, "a", a.fetch)
	if a.n.Load() != 1 || b.n.Load() != 1 {
		t.Fatalf("fetches a=%d b=%d, want 1 each", a.n.Load(), b.n.Load())
	}
}

func TestInvalidateMakesTheNextReadFetch(t *testing.T) {
	c, _ := newTestCache(time.Minute)
	var f counter
	get(t, c, "n1", f.fetch)
	c.invalidate()
	if v := get(t, c, "n1", f.fetch); v != 2 {
		t.Fatalf("read after invalidate = %d, want a new fetch", v)
	}
}

// A listing that started before a write may not show it: it is handed to
// the reads that waited for it, but never reused after the write.
func TestFetchInFlightDuringInvalidateIsNotKept(t *testing.T) {
	c, _ := newTestCache(time.Minute)
	started, release := make(chan struct{}), make(chan struct{})
	var calls atomic.Int64
	fetch := func(context.Context) (int, error) {
		n := calls.Add(1)
		if n == 1 {
			close(started)
			<-release
		}
		return int(n), nil
	}
	done := make(chan int)
	go func() { done <- get(t, c, "n1", fetch) }()
	<-started
	c.invalidate() // the write
	if v := get(t, c, "n1", fetch); v != 2 {
		t.Fatalf("read after the write joined the older fetch (got %d)", v)
	}
	close(release)
	if v := <-done; v != 1 {
		t.Fatalf("the reader of the older fetch got %d", v)
	}
	if v := get(t, c, "n1", fetch); v != 2 {
		t.Fatalf("later read = %d, want the listing fetched after the write", v)
	}
}

func TestErrorsAreSharedButNotKept(t *testing.T) {
	c, _ := newTestCache(time.Minute)
	boom := errors.New("boom")
	release := make(chan struct{})
	var calls atomic.Int64
	failing := func(context.Context) (int, error) {
		calls.Add(1)
		<-release
		return 0, boom
	}
	var wg sync.WaitGroup
	errs := make([]error, 5)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = c.Get(context.Background(), "n1", failing)
		}()
	}
	time.Sleep(50 * time.Millisecond)
	close(release)
	wg.Wait()
	for i, err := range errs {
		if !errors.Is(err, boom) {
			t.Fatalf("reader %d: %v", i, err)
		}
	}
	if calls.Load() != 1 {
		t.Fatalf("%d fetches for concurrent failing reads, want 1", calls.Load())
	}
	var f counter
	if v := get(t, c, "n1", f.fetch); v != 1 {
		t.Fatalf("read after a failure = %d, want a new fetch", v)
	}
}

func TestLeaderCancelledFollowerFetchesAgain(t *testing.T) {
	c, _ := newTestCache(time.Minute)
	leaderCtx, cancel := context.WithCancel(context.Background())
	started := make(chan struct{})
	var calls atomic.Int64
	fetch := func(ctx context.Context) (int, error) {
		if calls.Add(1) == 1 {
			close(started)
			<-ctx.Done()
			return 0, ctx.Err()
		}
		return 7, nil
	}
	leaderErr := make(chan error)
	go func() {
		_, err := c.Get(leaderCtx, "n1", fetch)
		leaderErr <- err
	}()
	<-started
	follower := make(chan int)
	go func() { follower <- get(t, c, "n1", fetch) }()
	time.Sleep(20 * time.Millisecond) // the follower joins the leader's fetch
	cancel()
	if err := <-leaderErr; !errors.Is(err, context.Canceled) {
		t.Fatalf("leader: %v", err)
	}
	if v := <-follower; v != 7 {
		t.Fatalf("follower got %d, want its own fetch", v)
	}
}

func TestWaitingReaderHonoursItsContext(t *testing.T) {
	c, _ := newTestCache(time.Minute)
	release := make(chan struct{})
	defer close(release)
	started := make(chan struct{})
	go func() {
		_, _ = c.Get(context.Background(), "n1", func(context.Context) (int, error) {
			close(started)
			<-release
			return 1, nil
		})
	}()
	<-started
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if _, err := c.Get(ctx, "n1", func(context.Context) (int, error) { return 2, nil }); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("waiting reader: %v", err)
	}
}

// A read that ran during the write is not kept past its end.
func TestWritingInvalidatesBeforeAndAfter(t *testing.T) {
	c, _ := newTestCache(time.Minute)
	var f counter
	get(t, c, "n1", f.fetch)
	done := c.Writing()
	if v := get(t, c, "n1", f.fetch); v != 2 {
		t.Fatalf("read during the write = %d, want a new fetch", v)
	}
	done()
	if v := get(t, c, "n1", f.fetch); v != 3 {
		t.Fatalf("read after the write = %d, want a new fetch", v)
	}
	if v := get(t, c, "n1", f.fetch); v != 3 {
		t.Fatalf("second read after the write = %d, want the kept listing", v)
	}
}
