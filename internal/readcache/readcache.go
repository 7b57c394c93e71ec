// Package readcache lets the reads of one collection share a request within
// one provider process.
//
// Terraform refreshes every resource on its own, so N routes of one Odorik
// number, or N intervals of one PBX client, would each list the same
// collection. A Cache merges concurrent reads of a key into one fetch
// (single flight) and reuses a result for a short window. Correctness comes
// first: every write the process makes to the collection is wrapped in
// Writing, which makes later reads fetch again, so the process never reads
// back an older version of its own change. Errors are shared with the reads that
// waited for the same fetch but never kept.
package readcache

import (
	"context"
	"sync"
	"time"
)

// Reuse is how long a listing is reused. A provider process lives for one
// Terraform command, and a refresh of a thousand resources takes seconds, so
// this covers one refresh; changes made elsewhere show at the next command.
const Reuse = 10 * time.Second

// Cache holds the latest listing of each key. The zero value is not usable;
// use New. It is safe for concurrent use.
type Cache[V any] struct {
	reuse time.Duration
	now   func() time.Time

	mu      sync.Mutex
	entries map[string]*entry[V]
	gen     uint64 // bumped by every invalidate
}

// entry is one fetch, in flight until done is closed.
type entry[V any] struct {
	done    chan struct{}
	gen     uint64 // the Cache's gen when the fetch started
	val     V
	err     error
	fetched time.Time
	// cancelled: the fetch ended because its leader's context did.
	cancelled bool
}

// New returns an empty cache whose results are reused for reuse.
func New[V any](reuse time.Duration) *Cache[V] {
	return &Cache[V]{reuse: reuse, now: time.Now, entries: map[string]*entry[V]{}}
}

// Get returns the collection under key: a result fetched less than the reuse
// window ago, the result of a fetch already in flight, or that of a new call
// of fetch. Callers share the value: they must not modify it.
func (c *Cache[V]) Get(ctx context.Context, key string, fetch func(context.Context) (V, error)) (V, error) {
	for {
		e, leader := c.join(key)
		if leader {
			c.run(ctx, key, e, fetch)
		}
		select {
		case <-e.done:
		case <-ctx.Done():
			var zero V
			return zero, ctx.Err()
		}
		// A fetch cut short by its leader's context is not this caller's
		// failure while its own context is alive: fetch again.
		if !leader && e.cancelled && ctx.Err() == nil {
			continue
		}
		return e.val, e.err
	}
}

// join returns the entry to wait for, and whether the caller must run it.
func (c *Cache[V]) join(key string) (*entry[V], bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.entries[key]; ok {
		select {
		case <-e.done:
			if e.err == nil && c.now().Sub(e.fetched) < c.reuse {
				return e, false
			}
		default:
			return e, false // in flight
		}
	}
	e := &entry[V]{done: make(chan struct{}), gen: c.gen}
	c.entries[key] = e
	return e, true
}

func (c *Cache[V]) run(ctx context.Context, key string, e *entry[V], fetch func(context.Context) (V, error)) {
	val, err := fetch(ctx)
	c.mu.Lock()
	defer c.mu.Unlock()
	e.val, e.err, e.fetched = val, err, c.now()
	e.cancelled = err != nil && ctx.Err() != nil
	close(e.done)
	// Keep a success only when no write happened since the fetch started:
	// the listing may predate that write.
	if c.entries[key] == e && (err != nil || e.gen != c.gen) {
		delete(c.entries, key)
	}
}

// invalidate forgets every key: the next read of any key fetches anew, and
// fetches in flight now are not reused once done. Writing calls it before
// and after a write. Forgetting all keys, not one, keeps
// aliases of one collection (a PBX client as "@me" and by its id) correct.
func (c *Cache[V]) invalidate() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	clear(c.entries)
}

// Writing marks a write to the collection: it invalidates now, and the
// returned func, called when the write is done, invalidates again, so no read
// that starts after the write gets a listing from before it.
//
//	defer cache.Writing()()
func (c *Cache[V]) Writing() (done func()) {
	c.invalidate()
	return c.invalidate
}
