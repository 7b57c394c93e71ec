package sandbox

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
)

// valueKind is the JSON type a Value is sent as.
type valueKind uint8

const (
	kindNull valueKind = iota
	kindString
	kindNumber
)

// Value is one scalar of the customer record exactly as it travels: a JSON
// string ("1"), a JSON number (1) or null. The vendor sends database values
// as strings in some places and as numbers in others, so the emulator keeps
// the JSON type of every field. The zero Value is null.
type Value struct {
	text string
	kind valueKind
}

// Str is a value sent as a JSON string.
func Str(s string) Value { return Value{text: s, kind: kindString} }

// Int is a value sent as a JSON number.
func Int(n int64) Value { return Value{text: strconv.FormatInt(n, 10), kind: kindNumber} }

// Number is a value sent as the JSON number literal lit (for example
// "12.5"). An invalid literal makes the record fail to encode; PutCustomer
// rejects it.
func Number(lit string) Value { return Value{text: lit, kind: kindNumber} }

// Null is the JSON null.
func Null() Value { return Value{} }

// String returns the value as text: the string itself, the number literal,
// or "" for null.
func (v Value) String() string { return v.text }

// IsNull reports whether v is null.
func (v Value) IsNull() bool { return v.kind == kindNull }

// IsString reports whether v is sent as a JSON string.
func (v Value) IsString() bool { return v.kind == kindString }

// IsNumber reports whether v is sent as a JSON number.
func (v Value) IsNumber() bool { return v.kind == kindNumber }

// Int64 parses the text of v (string or number) as a base-10 integer.
func (v Value) Int64() (int64, bool) {
	if v.kind == kindNull {
		return 0, false
	}
	n, err := strconv.ParseInt(v.text, 10, 64)
	return n, err == nil
}

// MarshalJSON writes v as a JSON string, number or null.
func (v Value) MarshalJSON() ([]byte, error) {
	switch v.kind {
	case kindString:
		return json.Marshal(v.text)
	case kindNumber:
		if !isNumberLiteral(v.text) {
			return nil, fmt.Errorf("voipmundo sandbox: %q is not a JSON number", v.text)
		}
		return []byte(v.text), nil
	default:
		return []byte("null"), nil
	}
}

// UnmarshalJSON accepts a JSON string, number or null; anything else is an
// error.
func (v *Value) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	switch {
	case string(data) == "null":
		*v = Null()
	case len(data) > 0 && data[0] == '"':
		var s string
		if err := json.Unmarshal(data, &s); err != nil {
			return err
		}
		*v = Str(s)
	case isNumberLiteral(string(data)):
		*v = Number(string(data))
	default:
		return fmt.Errorf("voipmundo sandbox: want a string, a number or null, got %s", data)
	}
	return nil
}

func isNumberLiteral(s string) bool {
	if s == "" || (s[0] != '-' && (s[0] < '0' || s[0] > '9')) {
		return false
	}
	return json.Valid([]byte(s))
}
