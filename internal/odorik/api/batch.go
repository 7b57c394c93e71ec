package api

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// Creates on one public number share what they learn of its rules.
//
// The add (POST) answers without the new rule's id, so a create must list
// the number's rules after its add to find the id, and needs a listing from
// before the add to adopt an identical rule and to tell its new rule from
// older identical ones. One create at a time, that is three round trips,
// and creates on one number wait for each other. Instead the creates on a
// number share:
//
//   - "before": the rules the process knows the number has, a listing plus
//     the rules created since. A create lists the number only when nothing
//     is known, or when it is the number's only create and the listing is
//     older than Config.ListReuse (so that, like the shared reads, rules
//     added by others show within that time, and at once when it is 0).
//   - "after": one listing that starts once several adds have been answered
//     identifies the new rule of each, and is the next creates' "before".
//   - none at all when the add's answer carries the created rule (the
//     vendor documents no answer; the emulator can send one).
//
// A create then costs its add and a share of a listing, and the results are
// those of creates run one at a time, because two creates of one rule (same
// source and target) never overlap: the later waits for the earlier, then
// adopts its rule as it would have found it listed. So the rules that
// appear between a create's "before" and a later listing are of other pairs
// (or another writer's, as ever), and its rule is the newest id of its pair
// absent from its "before" (matchRoute).
//
// A parallel ringing is the rule "*" -> target: ringings and routes share
// the books. Every other write of the process on the rules (a delete)
// forgets what the creates know (Client.writing), so they list again.

// rulePair is a rule's content in canonical spellings.
type rulePair struct{ source, ringing string }

// ruleBooks are the books of every public number. One mutex guards them
// all; it is never held during a request.
type ruleBooks struct {
	mu    sync.Mutex
	gen   uint64 // bumped by every write but a create: what was known is void
	books map[string]*ruleBook
}

// ruleBook is what the creates on one public number share.
type ruleBook struct {
	gen uint64 // the ruleBooks.gen that rules and learned belong to
	// rules are the rules the number has: nil until listed. The slice only
	// grows by append or is replaced, so a create's snapshot stays valid.
	rules    []Route
	listedAt time.Time // when the listing under rules started
	active   int       // creates on the number in flight
	// learned are the rules created since gen began, in order: a listing
	// that started before one was learned may lack it.
	learned []Route
	adding  map[rulePair]chan struct{} // pairs being added; closed when done
	// Listings run one at a time; queued is the one for the callers that
	// came while running was in flight, since it may predate their adds.
	running, queued *ruleListing
}

type ruleListing struct {
	done  chan struct{}
	gen   uint64 // ruleBooks.gen when it started
	mark  int    // len(learned) when it started
	rules []Route
	err   error
}

func newRuleBooks() *ruleBooks { return &ruleBooks{books: map[string]*ruleBook{}} }

// book returns number's book, emptied of what an earlier gen knew. b.mu
// must be held.
func (b *ruleBooks) book(number string) *ruleBook {
	k, ok := b.books[number]
	if !ok {
		k = &ruleBook{adding: map[rulePair]chan struct{}{}}
		b.books[number] = k
	}
	if k.gen != b.gen {
		k.gen, k.rules, k.learned = b.gen, nil, nil
	}
	return k
}

// writing voids what the creates know of every number, now and when the
// returned func is called after the write: a listing that ran during the
// write may or may not show it. Every number, like readcache, so that no
// spelling of a number is missed.
func (b *ruleBooks) writing() (done func()) {
	b.forget()
	return b.forget
}

func (b *ruleBooks) forget() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.gen++
}

// creating marks a create for the shared reads (readcache): unlike the
// other writes (Client.writing) it keeps what the creates know, which it
// updates itself.
func (c *Client) creating() (done func()) {
	routesDone, ringingsDone := c.routeLists.Writing(), c.ringingLists.Writing()
	return func() {
		routesDone()
		ringingsDone()
	}
}

// createRule adds the rule source -> ringing to number with post, or adopts
// an identical rule, and returns the rule with its id.
func (c *Client) createRule(ctx context.Context, number, source, ringing string, post func() ([]byte, error)) (Route, error) {
	defer c.creating()()
	number = phonenumber.Normalize(number)
	pair := rulePair{phonenumber.Normalize(source), phonenumber.Normalize(ringing)}
	b := c.rules
	b.mu.Lock()
	b.book(number).active++
	b.mu.Unlock()
	defer func() {
		b.mu.Lock()
		b.book(number).active--
		b.mu.Unlock()
	}()
	listed := false // by this create, so it is recent enough
	for {
		b.mu.Lock()
		k := b.book(number)
		if busy, ok := k.adding[pair]; ok {
			// Wait for the other create of this rule, then adopt its rule,
			// or try ourselves if it failed.
			b.mu.Unlock()
			select {
			case <-busy:
				continue
			case <-ctx.Done():
				return Route{}, ctx.Err()
			}
		}
		if k.rules == nil || !listed && k.active == 1 && time.Since(k.listedAt) >= c.cfg.ListReuse {
			b.mu.Unlock()
			if _, err := c.listRules(ctx, number, false); err != nil {
				return Route{}, err
			}
			listed = true
			continue
		}
		if r, ok := matchRoute(k.rules, source, ringing, nil); ok {
			b.mu.Unlock()
			return r, nil
		}
		before := k.rules
		busy := make(chan struct{})
		k.adding[pair] = busy
		b.mu.Unlock()

		created, err := c.addRule(ctx, number, source, ringing, before, post)

		b.mu.Lock()
		delete(k.adding, pair)
		switch k = b.book(number); {
		case err != nil:
			// The add may have taken effect all the same (a cancelled
			// create, an answer lost for good): list before the next.
			k.rules = nil
		case k.rules != nil && !slices.ContainsFunc(k.rules, hasID(created.ID)):
			k.rules = append(k.rules, created)
		}
		if err == nil {
			k.learned = append(k.learned, created)
		}
		b.mu.Unlock()
		close(busy)
		return created, err
	}
}

// addRule posts the rule once (transport.WriteOnce: after a lost answer it
// is posted again only if a listing shows it absent) and returns it: from
// the answer when that carries it, else from a listing that started after
// the answer.
func (c *Client) addRule(ctx context.Context, number, source, ringing string, before []Route, post func() ([]byte, error)) (Route, error) {
	var created Route
	found := func() (bool, error) {
		after, err := c.listRules(ctx, number, true)
		if err != nil {
			return false, err
		}
		var ok bool
		created, ok = matchRoute(after, source, ringing, before)
		return ok, nil
	}
	err := transport.WriteOnce(ctx, c.settings(), func() error {
		body, err := post()
		if err == nil {
			created, _ = answeredRule(body, number, source, ringing, before)
		}
		return err
	}, found)
	if err != nil {
		return Route{}, err
	}
	if created.ID == 0 {
		ok, err := found()
		if err != nil {
			return Route{}, err
		}
		if !ok {
			return Route{}, fmt.Errorf("the Odorik API accepted the new rule for %s (%s -> %s) but it is not in the number's rule list", number, source, ringing)
		}
	}
	return created, nil
}

// answeredRule is the created rule when the add's answer carries it. The
// vendor documents no answer, so only a rule of this number and pair with
// an id that was not there before counts; anything else ({}, a ringing's
// {public_number, ringing_number}) means: find it in a listing.
func answeredRule(body []byte, number, source, ringing string, before []Route) (Route, bool) {
	var r Route
	if json.Unmarshal(body, &r) != nil || r.ID == 0 || slices.ContainsFunc(before, hasID(r.ID)) ||
		!phonenumber.Equal(r.SourceNumber, source) || !phonenumber.Equal(r.RingingNumber, ringing) ||
		r.PublicNumber != "" && !phonenumber.Equal(r.PublicNumber, number) {
		return Route{}, false
	}
	if r.PublicNumber == "" {
		r.PublicNumber = number
	}
	return r, true
}

// listRules lists the number's rules, sharing the listing with the other
// callers. With after, the listing starts after the call, since one in
// flight may predate an add just answered; without, one in flight will do
// if no write but creates happened since it started (what the creates know
// is then up to date once it ends). A listing runs on its own, without the
// caller's cancellation, so that one caller giving up fails none of the
// others; each stops waiting when its own ctx ends.
func (c *Client) listRules(ctx context.Context, number string, after bool) ([]Route, error) {
	b := c.rules
	b.mu.Lock()
	k := b.book(number)
	l := k.queued
	if !after && k.running != nil && k.running.gen == b.gen {
		l = k.running
	}
	if l == nil {
		l = &ruleListing{done: make(chan struct{})}
		k.queued = l
		go c.runListing(context.WithoutCancel(ctx), number, l, k.running)
	}
	b.mu.Unlock()
	select {
	case <-l.done:
		return l.rules, l.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// runListing runs l once prev, the listing in flight when l was queued, is
// done, and makes its result the number's known rules.
func (c *Client) runListing(ctx context.Context, number string, l, prev *ruleListing) {
	if prev != nil {
		<-prev.done
	}
	b := c.rules
	b.mu.Lock()
	k := b.book(number)
	k.queued, k.running = nil, l
	l.gen, l.mark = b.gen, len(k.learned)
	started := time.Now()
	b.mu.Unlock()

	l.rules, l.err = c.fetchRoutes(ctx, number)

	b.mu.Lock()
	k = b.book(number)
	k.running = nil
	if l.err == nil && l.gen == b.gen {
		k.rules = append([]Route{}, l.rules...) // never nil: nil is "not listed"
		k.listedAt = started
		for _, r := range k.learned[l.mark:] {
			if !slices.ContainsFunc(k.rules, hasID(r.ID)) {
				k.rules = append(k.rules, r)
			}
		}
	}
	b.mu.Unlock()
	close(l.done)
}

func hasID(id int64) func(Route) bool {
	return func(r Route) bool { return r.ID == id }
}
