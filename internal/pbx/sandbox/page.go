package sandbox

import (
	"net/url"
	"strconv"
)

// Paging of the list answers.
const (
	DefaultPerPage = 20
	MaxPerPage     = 500
)

// pageOf returns page `page` (1-based, default 1) of items with `per_page`
// items (default DefaultPerPage, at most MaxPerPage); past the end it is an
// empty (non-nil) slice.
func pageOf[T any](items []T, q url.Values) ([]T, error) {
	page, err := queryInt(q, "page", 1, 1, 1<<31)
	if err != nil {
		return nil, err
	}
	perPage, err := queryInt(q, "per_page", DefaultPerPage, 1, MaxPerPage)
	if err != nil {
		return nil, err
	}
	start := (page - 1) * perPage
	if start >= len(items) {
		return []T{}, nil
	}
	return items[start:min(start+perPage, len(items))], nil
}

func queryInt(q url.Values, key string, def, lo, hi int) (int, error) {
	if !q.Has(key) {
		return def, nil
	}
	n, err := strconv.Atoi(q.Get(key))
	if err != nil || n < lo || n > hi {
		return 0, &fieldError{field: key, msg: "must be an integer between " + strconv.Itoa(lo) + " and " + strconv.Itoa(hi)}
	}
	return n, nil
}
