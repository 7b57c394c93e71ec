package api

import (
	"context"
	"errors"
)

// Get reads one object; ErrNotFound when it does not exist.
//
// Reads of one client share a listing (readcache): a refresh of N intervals
// of a client costs one listing instead of N requests against the hourly
// quota. An object that is not listed is asked for by id, which is
// authoritative: the listing may predate the object, and only the object's
// own URL may say it is gone. A listing that answers "not found" is checked
// the same way, so a missing client is still told apart from a missing
// object.
func (col *Collection[T]) Get(ctx context.Context, clientID string, id int64) (T, error) {
	all, err := col.lists.Get(ctx, clientID, func(ctx context.Context) ([]T, error) { return col.List(ctx, clientID) })
	if err != nil && !errors.Is(err, ErrNotFound) {
		var zero T
		return zero, err
	}
	for _, o := range all {
		if col.spec.id(o) == id {
			return o, nil
		}
	}
	return col.getByID(ctx, clientID, id)
}
