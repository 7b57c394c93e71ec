package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// Customer is the full customer record: the top-level scalar fields (id,
// tipo, status, tem_*, …), the finance object and the users. Values are
// Flex because the platform sends numbers as strings in nested records; the
// Terraform side decides each field's type from the vendor's field table.
type Customer struct {
	Fields  map[string]Flex
	Finance map[string]Flex
	Users   Users
}

// UnmarshalJSON splits the record into its parts. Members that are neither
// scalars nor the two known objects are ignored.
func (c *Customer) UnmarshalJSON(b []byte) error {
	var members map[string]json.RawMessage
	if err := json.Unmarshal(b, &members); err != nil {
		return err
	}
	*c = Customer{Fields: map[string]Flex{}}
	for name, raw := range members {
		raw = bytes.TrimSpace(raw)
		switch {
		case name == "finance":
			finance, err := scalars(raw)
			if err != nil {
				return fmt.Errorf("finance: %w", err)
			}
			c.Finance = finance
		case name == "users":
			if err := json.Unmarshal(raw, &c.Users); err != nil {
				return err
			}
		case len(raw) > 0 && (raw[0] == '{' || raw[0] == '['):
			continue
		default:
			var f Flex
			if err := json.Unmarshal(raw, &f); err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			c.Fields[name] = f
		}
	}
	return nil
}

// User is one panel user of the customer (users.*).
type User map[string]Flex

// UnmarshalJSON keeps the scalar members of a user.
func (u *User) UnmarshalJSON(b []byte) error {
	m, err := scalars(b)
	if err != nil {
		return err
	}
	*u = m
	return nil
}

// scalars reads an object's scalar members, ignoring nested objects and
// arrays (fields this provider does not know). null and an empty array
// (how PHP encodes an empty map) give nil.
func scalars(raw []byte) (map[string]Flex, error) {
	raw = bytes.TrimSpace(raw)
	if bytes.Equal(raw, []byte("null")) {
		return nil, nil
	}
	if len(raw) > 0 && raw[0] == '[' {
		var list []json.RawMessage
		if err := json.Unmarshal(raw, &list); err != nil || len(list) != 0 {
			return nil, fmt.Errorf("expected an object, got %s", transport.Excerpt(string(raw)))
		}
		return nil, nil
	}
	var members map[string]json.RawMessage
	if err := json.Unmarshal(raw, &members); err != nil {
		return nil, err
	}
	out := make(map[string]Flex, len(members))
	for name, v := range members {
		v = bytes.TrimSpace(v)
		if len(v) > 0 && (v[0] == '{' || v[0] == '[') {
			continue
		}
		var f Flex
		if err := json.Unmarshal(v, &f); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		out[name] = f
	}
	return out, nil
}

// Users accepts the shapes the users member may have, since the vendor page
// does not show it: an array of users, an object keyed by user id, a single
// user object, null, or an empty array/object. Keyed users come back sorted
// by key so the order is stable.
type Users []User

// UnmarshalJSON reads any of the shapes above.
func (u *Users) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || bytes.Equal(b, []byte("null")) {
		*u = nil
		return nil
	}
	if b[0] == '[' {
		var list []User
		if err := json.Unmarshal(b, &list); err != nil {
			return fmt.Errorf("users: %w", err)
		}
		*u = list
		return nil
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(b, &obj); err != nil {
		return fmt.Errorf("users: expected an array or an object: %w", err)
	}
	if len(obj) == 0 {
		*u = nil
		return nil
	}
	if _, single := obj["username"]; single {
		var one User
		if err := json.Unmarshal(b, &one); err != nil {
			return fmt.Errorf("users: %w", err)
		}
		*u = Users{one}
		return nil
	}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make(Users, 0, len(keys))
	for _, k := range keys {
		var one User
		if err := json.Unmarshal(obj[k], &one); err != nil {
			return fmt.Errorf("users[%s]: %w", k, err)
		}
		out = append(out, one)
	}
	*u = out
	return nil
}
