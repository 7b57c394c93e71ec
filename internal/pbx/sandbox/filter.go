package sandbox

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
)

// filter is a documented query filter of a list: it reads its key from
// the query and returns the test a record must pass, nil when the query
// does not use the key.
type filter[T any] func(q url.Values) (func(*T) bool, error)

// oneOf filters on key, which may be repeated (key=1&key=2): a record
// passes when field equals one of the values, each first checked and
// normalised by norm (nil: taken as it is).
func oneOf[T any](key string, norm func(string) (string, error), field func(*T) string) filter[T] {
	return func(q url.Values) (func(*T) bool, error) {
		values, ok := q[key]
		if !ok {
			return nil, nil
		}
		want := make([]string, 0, len(values))
		for _, v := range values {
			if norm != nil {
				var err error
				if v, err = norm(v); err != nil {
					return nil, &fieldError{field: key, msg: err.Error()}
				}
			}
			want = append(want, v)
		}
		return func(r *T) bool { return slices.Contains(want, field(r)) }, nil
	}
}

// byID filters on key, integer values, against a record's id (or nullable
// id: a null id never matches).
func byID[T any](key string, field func(*T) *int64) filter[T] {
	return oneOf(key, intValue, func(r *T) string { return idString(field(r)) })
}

// byString filters on key against a string field, compared exactly.
func byString[T any](key string, field func(*T) string) filter[T] {
	return oneOf(key, nil, field)
}

// intValue checks that a query value is an integer and writes it
// canonically.
func intValue(v string) (string, error) {
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return "", fmt.Errorf("must be an integer, got %q", v)
	}
	return strconv.FormatInt(n, 10), nil
}

// idString writes a nullable id for comparison; "" for null.
func idString(id *int64) string {
	if id == nil {
		return ""
	}
	return strconv.FormatInt(*id, 10)
}

// queryBool reads a boolean query value as Python web frameworks do:
// true/false or 1/0 (case-insensitive); false when the key is absent.
func queryBool(q url.Values, key string) (bool, error) {
	if !q.Has(key) {
		return false, nil
	}
	switch v := strings.ToLower(q.Get(key)); v {
	case "true", "1":
		return true, nil
	case "false", "0":
		return false, nil
	}
	return false, &fieldError{field: key, msg: "must be true or false, got " + strconv.Quote(q.Get(key))}
}
