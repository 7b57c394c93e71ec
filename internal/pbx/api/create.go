package api

import (
	"context"
	"errors"
	"net/http"
	"sync"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// Create POSTs a new object exactly once. A POST is never repeated blindly:
// when the answer is lost (connection broken, 429, 5xx) the client's objects
// are listed, and an object with exactly the content sent (spec.same) that
// no other create of this process has claimed is taken as ours (the newest,
// when several match); only when there is none is the POST repeated
// (transport.WriteOnce).
// Creates of one kind and name are serialized within the process, so two
// parallel creates of identical objects cannot take each other's; creates of
// other names run in parallel, since same never matches across names.
// Claims and the lock are per kind, not per client: "@me" and the numeric id
// name the same client, and object ids are unique within a kind. Objects of
// an extension are the exception (claimKind).
func (col *Collection[T]) Create(ctx context.Context, clientID string, in T) (T, error) {
	defer col.lists.Writing()()
	c, s := col.c, col.spec
	kind := s.claimKind(clientID)
	unlock := c.claims.lock(kind, s.name(in))
	defer unlock()
	same := s.sameAs(in)
	post := func(ctx context.Context) (T, error) {
		var out T
		err := c.do(ctx, call{method: http.MethodPost, path: s.path, pathParams: s.ownerParams(clientID), body: in, out: &out})
		return out, err
	}
	var created T
	var refused error
	err := transport.WriteOnce(ctx, c.cfg.Transport,
		func() error {
			var err error
			created, err = postPastShortQuota(ctx, c, post)
			var rl *RateLimitError
			if errors.As(err, &rl) {
				// The quota is checked before anything is done, and it
				// resets later than we wait (or did not say when): nothing
				// to look for, and nothing to repeat. Stop WriteOnce and
				// report it as is.
				refused = err
				return nil
			}
			return err
		},
		func() (bool, error) {
			all, err := col.List(ctx, clientID)
			if err != nil {
				return false, err
			}
			found := false
			for _, o := range all {
				if same(o) && !c.claims.claimed(kind, s.id(o)) && (!found || s.id(o) > s.id(created)) {
					created, found = o, true
				}
			}
			return found, nil
		})
	if err == nil {
		err = refused
	}
	if err != nil {
		var zero T
		return zero, err
	}
	if s.id(created) <= 0 {
		var zero T
		return zero, errors.New("the Telphin API answered the create without the new object's id")
	}
	c.claims.claim(kind, s.id(created))
	return created, nil
}

// claimKind is what claims and the create lock key objects by: the kind,
// and for objects of an extension the extension too, since the vendor says
// ids are unique only within an extension (an incoming-call rule's).
func (s spec[T]) claimKind(owner string) string {
	if s.ownerParam == "" {
		return s.kind
	}
	return s.kind + " of " + s.ownerParam + " " + owner
}

// claims remembers which objects this process created, per kind.
type claims struct {
	mu    sync.Mutex
	ids   map[string]map[int64]bool
	names sync.Map // kind and name -> *sync.Mutex
}

func (cl *claims) lock(kind, name string) func() {
	mu, _ := cl.names.LoadOrStore([2]string{kind, name}, &sync.Mutex{})
	m, _ := mu.(*sync.Mutex) // only *sync.Mutex is stored
	m.Lock()
	return m.Unlock
}

func (cl *claims) claimed(kind string, id int64) bool {
	cl.mu.Lock()
	defer cl.mu.Unlock()
	return cl.ids[kind][id]
}

func (cl *claims) claim(kind string, id int64) {
	cl.mu.Lock()
	defer cl.mu.Unlock()
	if cl.ids == nil {
		cl.ids = map[string]map[int64]bool{}
	}
	if cl.ids[kind] == nil {
		cl.ids[kind] = map[int64]bool{}
	}
	cl.ids[kind][id] = true
}

// postPastShortQuota sends a create. The transport never repeats a POST, but
// a 429 for the used-up quota is refused before anything is done, so when
// the quota resets within the retry wait cap the POST is sent again after
// the reset, up to MaxRetries times. Other errors are returned as they are.
func postPastShortQuota[T any](ctx context.Context, c *Client, post func(context.Context) (T, error)) (T, error) {
	for attempt := 0; ; attempt++ {
		v, err := post(ctx)
		var rl *RateLimitError
		if !errors.As(err, &rl) || rl.ResetAt.IsZero() || attempt >= c.cfg.Transport.MaxRetries {
			return v, err
		}
		wait := time.Until(rl.ResetAt)
		if wait > c.maxRetryWait() {
			return v, err
		}
		if err := c.sleep(ctx, max(wait, 0)+quotaResetSlack); err != nil {
			return v, err
		}
	}
}

// quotaResetSlack is added to the announced reset, whose seconds are rounded.
const quotaResetSlack = 100 * time.Millisecond
