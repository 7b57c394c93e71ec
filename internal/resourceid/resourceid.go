// Package resourceid joins and splits compound resource ids such as
// "<public_number>/<route_id>", the form users type as import IDs.
package resourceid

import (
	"fmt"
	"strings"
)

const sep = "/"

// Join builds an id from its parts.
func Join(parts ...string) string { return strings.Join(parts, sep) }

// Split parses id into exactly as many parts as form has; form names them
// for the error message, e.g. []string{"public_number", "route_id"}. The last
// part may contain the separator.
func Split(id string, form ...string) ([]string, error) {
	parts := strings.SplitN(id, sep, len(form))
	if len(parts) != len(form) {
		return nil, formError(id, form)
	}
	for _, p := range parts {
		if p == "" {
			return nil, formError(id, form)
		}
	}
	return parts, nil
}

func formError(id string, form []string) error {
	return fmt.Errorf("%q is not of the form %s", id, Form(form...))
}

// Form renders the expected form, e.g. "<public_number>/<route_id>".
func Form(form ...string) string {
	return "<" + strings.Join(form, ">"+sep+"<") + ">"
}
