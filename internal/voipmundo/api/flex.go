package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// Flex is a JSON value the platform sends as a number or as a string
// ("1", "0.00000") depending on the field and the endpoint, or as null.
type Flex struct {
	raw   string // the number's literal or the string's content
	valid bool   // false for null or absent
}

// FlexOf builds a Flex from text, for tests and fixtures.
func FlexOf(s string) Flex { return Flex{raw: s, valid: true} }

// UnmarshalJSON accepts a number, a string or null.
func (f *Flex) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case bytes.Equal(b, []byte("null")):
		*f = Flex{}
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = Flex{raw: s, valid: true}
	case len(b) > 0 && (b[0] == '-' || (b[0] >= '0' && b[0] <= '9')):
		*f = Flex{raw: string(b), valid: true}
	case bytes.Equal(b, []byte("true")):
		*f = Flex{raw: "1", valid: true}
	case bytes.Equal(b, []byte("false")):
		*f = Flex{raw: "0", valid: true}
	default:
		return fmt.Errorf("expected a number, a string or null, got %s", transport.Excerpt(string(b)))
	}
	return nil
}

// IsNull reports whether the value was null, absent or an empty string.
func (f Flex) IsNull() bool { return !f.valid || strings.TrimSpace(f.raw) == "" }

// String is the value as text ("" when null).
func (f Flex) String() string { return f.raw }

// Int64 reads a whole number ("3", 3, "3.000" all give 3).
func (f Flex) Int64() (int64, error) {
	s := strings.TrimSpace(f.raw)
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		return n, nil
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil || x != float64(int64(x)) {
		return 0, fmt.Errorf("expected a whole number, got %q", f.raw)
	}
	return int64(x), nil
}

// Float64 reads a decimal number.
func (f Flex) Float64() (float64, error) {
	x, err := strconv.ParseFloat(strings.TrimSpace(f.raw), 64)
	if err != nil {
		return 0, fmt.Errorf("expected a number, got %q", f.raw)
	}
	return x, nil
}

// Bool reads a 0/1 flag.
func (f Flex) Bool() (bool, error) {
	n, err := f.Int64()
	if err != nil || (n != 0 && n != 1) {
		return false, fmt.Errorf("expected 0 or 1, got %q", f.raw)
	}
	return n == 1, nil
}
