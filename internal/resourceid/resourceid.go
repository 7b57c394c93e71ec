// Package resourceid joins and splits compound resource ids such as
// "<public_number>/<route_id>", the form users type as import IDs.
package resourceid

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const sep = "/"

// Join builds an id from its parts.
func Join(parts ...string) string { return strings.Join(parts, sep) }

// JoinInt builds an id whose last part is a number, e.g. <client_id>/<id>.
func JoinInt(prefix string, id int64) string { return Join(prefix, strconv.FormatInt(id, 10)) }

// Format is the documented form of a resource's import ID.
type Format struct {
	// Parts name the parts of the id in order, e.g. public_number, route_id.
	Parts []string
	// Example is a valid id, e.g. 00420533533533/123.
	Example string
	// Hint, if set, says where to find ids, e.g. "see the ids in the
	// telecom_odorik_routes data source".
	Hint string
	// Expected replaces the generated "<a>/<b>, e.g. …" when the id is not
	// a plain join of parts (alternative spellings, say).
	Expected string
}

// Split parses id into exactly as many parts as the format has. The last
// part may contain the separator. Errors are *Error.
func (f Format) Split(id string) ([]string, error) {
	parts := strings.SplitN(id, sep, len(f.Parts))
	if len(parts) != len(f.Parts) {
		return nil, Invalidf("%q is not of the form %s", id, f.Form())
	}
	for _, p := range parts {
		if p == "" {
			return nil, Invalidf("%q is not of the form %s", id, f.Form())
		}
	}
	return parts, nil
}

// Form renders the parts, e.g. "<public_number>/<route_id>".
func (f Format) Form() string {
	return "<" + strings.Join(f.Parts, ">"+sep+"<") + ">"
}

// Describe is what the import error says is expected.
func (f Format) Describe() string {
	if f.Expected != "" {
		return f.Expected
	}
	s := f.Form() + ", e.g. " + f.Example
	if f.Hint != "" {
		s += " (" + f.Hint + ")"
	}
	return s
}

// Error is an import ID that does not have the documented form.
type Error struct{ msg string }

func (e *Error) Error() string { return e.msg }

// Invalidf reports an id that does not have the documented form.
func Invalidf(format string, args ...any) error {
	return &Error{fmt.Sprintf(format, args...)}
}

// IsInvalid tells an id of the wrong form from other import failures (an
// object the id names that cannot be found, say).
func IsInvalid(err error) bool {
	var e *Error
	return errors.As(err, &e)
}

// PositiveInt parses the part called name as a whole number above zero.
func PositiveInt(name, part string) (int64, error) {
	n, err := strconv.ParseInt(part, 10, 64)
	if err != nil || n <= 0 {
		return 0, Invalidf("%s %q must be a positive whole number", name, part)
	}
	return n, nil
}
