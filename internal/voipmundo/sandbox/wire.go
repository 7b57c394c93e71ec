package sandbox

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// recordReply is the HTTP 200 answer with customer c.
func (s *Server) recordReply(c Customer) reply {
	data, err := encodeRecord(c, s.cfg.usersShape)
	if err != nil {
		return fail(http.StatusInternalServerError, "internal error: "+err.Error())
	}
	return reply{status: http.StatusOK, raw: data}
}

// encodeRecord writes {"error":0,"reason":"OK", <record fields>, "finance":
// {…}, "users": …} with the members in alphabetical order, the order of the
// vendor's field table. Extra members are added or replace record fields.
func encodeRecord(c Customer, shape UsersShape) ([]byte, error) {
	extra, users := c.Extra, c.Users
	c.Extra, c.Users = nil, nil
	base, err := json.Marshal(c)
	if err != nil {
		return nil, err
	}
	var members map[string]json.RawMessage
	if err := json.Unmarshal(base, &members); err != nil {
		return nil, err
	}
	if members["users"], err = encodeUsers(users, shape); err != nil {
		return nil, err
	}
	for k, v := range extra {
		members[k] = v
	}
	members["error"] = json.RawMessage("0")
	members["reason"] = json.RawMessage(`"` + ReasonOK + `"`)
	return json.Marshal(members)
}

func encodeUsers(users []User, shape UsersShape) (json.RawMessage, error) {
	switch shape {
	case UsersByID:
		if len(users) == 0 {
			return json.RawMessage("[]"), nil
		}
		var b bytes.Buffer
		b.WriteByte('{')
		for i, u := range users {
			if i > 0 {
				b.WriteByte(',')
			}
			k, err := json.Marshal(u.ID.String())
			if err != nil {
				return nil, err
			}
			v, err := json.Marshal(u)
			if err != nil {
				return nil, err
			}
			b.Write(k)
			b.WriteByte(':')
			b.Write(v)
		}
		b.WriteByte('}')
		return b.Bytes(), nil
	case UsersRoot:
		if len(users) == 0 {
			return json.RawMessage("null"), nil
		}
		root := users[0]
		for _, u := range users {
			if is(u.Root, 1) {
				root = u
				break
			}
		}
		return json.Marshal(root)
	default:
		if users == nil {
			users = []User{}
		}
		return json.Marshal(users)
	}
}
