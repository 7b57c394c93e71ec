package api

import (
	"context"
	"errors"

	"github.com/telecom-tf/terraform-provider-telecom/internal/readcache"
)

// sharedReads serves the reads of one kind of object from the client's
// listing, shared through readcache: a refresh of N intervals of a client
// costs one listing instead of N requests against the hourly quota.
type sharedReads[T any] struct {
	lists *readcache.Cache[[]T]
	list  func(context.Context, string) ([]T, error)      // a fresh listing of a client
	get   func(context.Context, string, int64) (T, error) // one object by id
	id    func(T) int64
}

// read finds the object in the shared listing. One that is not listed is
// asked for by id, which is authoritative: the listing may predate the
// object, and only the object's own URL may say it is gone. A listing that
// answers "not found" is checked the same way, so a missing client is still
// told apart from a missing object.
func (s sharedReads[T]) read(ctx context.Context, clientID string, id int64) (T, error) {
	all, err := s.lists.Get(ctx, clientID, func(ctx context.Context) ([]T, error) { return s.list(ctx, clientID) })
	if err != nil && !errors.Is(err, ErrNotFound) {
		var zero T
		return zero, err
	}
	for _, o := range all {
		if s.id(o) == id {
			return o, nil
		}
	}
	return s.get(ctx, clientID, id)
}
