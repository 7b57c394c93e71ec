package sandbox

import (
	"fmt"
	"net/http"
	"strings"
	"unicode"
)

// The scopes of a portal user, each served at /client/{cid}/user/<scope>/:
// a user of the whole client, of one extension, or of one extension
// group.
const (
	UserScopeClient         = "client"
	UserScopeExtension      = "extension"
	UserScopeExtensionGroup = "extension_group"
)

// The documented enums of a user.
var (
	userAccesses = []string{"full", "read_only"}
	userStatuses = []string{"active", "blocked"}
)

// User is a login to the customer portal, for the whole client, one
// extension (ExtensionID) or one extension group (ExtensionGroupID), as
// Scope says. Its JSON is the stored form (snapshots); the API answers
// the documented fields of the scope only (see userView). The password is
// write-only: the API never answers it and the helpers that return users
// leave it out (UserPassword tells it).
type User struct {
	ID               int64  `json:"id"`
	Scope            string `json:"scope"` // UserScopeClient, UserScopeExtension or UserScopeExtensionGroup
	ClientID         int64  `json:"client_id"`
	ExtensionID      *int64 `json:"extension_id"`       // extension users
	ExtensionGroupID *int64 `json:"extension_group_id"` // extension group users
	Login            string `json:"login"`
	Name             string `json:"name"`
	Email            string `json:"email"`
	Access           string `json:"access"` // full, read_only
	Status           string `json:"status"` // active, blocked
	Timezone         string `json:"timezone"`
	Comment          string `json:"comment"`
	ExtraParams      string `json:"extra_params"`

	password string
}

func (u *User) key() *int64       { return &u.ID }
func (u *User) clientKey() *int64 { return &u.ClientID }

func (u User) clone() User {
	u.ExtensionID = cloneID(u.ExtensionID)
	u.ExtensionGroupID = cloneID(u.ExtensionGroupID)
	return u
}

// public is u without its password, as the helpers return users.
func (u User) public() User {
	u.password = ""
	return u
}

// users serves the client's portal users of one scope. The three scopes
// share one collection (ids, unique logins) but each path serves only its
// own users. login is unique (409), the bound extension or group must
// exist, the password is required on POST and never answered.
func (s *Server) users(scope string) *objectType[User, *User] {
	t := &objectType[User, *User]{
		s:     s,
		path:  "user/" + scope,
		of:    func(st *store) *collection[User, *User] { return &st.users },
		parse: func(o object, u *User, required bool) error { return s.parseUser(scope, o, u, required) },
		scope: func(u *User) bool { return u.Scope == scope },
		view:  userView,
		filters: []filter[User]{
			byID("id", func(u *User) *int64 { return &u.ID }),
			byString("login", func(u *User) string { return u.Login }),
		},
		fill: func(u *User) {
			if u.Scope == "" {
				u.Scope = userScopeOf(u)
			}
		},
	}
	more := []filter[User]{
		byString("name", func(u *User) string { return u.Name }),
		byString("email", func(u *User) string { return u.Email }),
		byString("comment", func(u *User) string { return u.Comment }),
		byString("status", func(u *User) string { return u.Status }),
		byString("timezone", func(u *User) string { return u.Timezone }),
		byString("access", func(u *User) string { return u.Access }),
	}
	switch scope {
	case UserScopeClient:
		t.limit, t.limitName = func(l Limits) int64 { return l.UserClientLimit }, "user_client_limit"
	case UserScopeExtension:
		t.limit, t.limitName = func(l Limits) int64 { return l.UserExtensionLimit }, "user_extension_limit"
		t.filters = append(append(t.filters, more...),
			byID("extension_id", func(u *User) *int64 { return u.ExtensionID }))
	case UserScopeExtensionGroup:
		t.limit, t.limitName = func(l Limits) int64 { return l.UserExtensionGroupLimit }, "user_extension_group_limit"
		t.filters = append(append(t.filters, more...),
			byID("extension_group_id", func(u *User) *int64 { return u.ExtensionGroupID }))
	}
	return t
}

// userScopeOf guesses the scope of a user put by a helper without one.
func userScopeOf(u *User) string {
	switch {
	case u.ExtensionID != nil:
		return UserScopeExtension
	case u.ExtensionGroupID != nil:
		return UserScopeExtensionGroup
	}
	return UserScopeClient
}

// userView is the API's answer for a user: the documented resource fields
// of its scope (client_id, extension_id or extension_group_id), never the
// password.
func userView(u *User) any {
	m := map[string]any{
		"id": u.ID, "login": u.Login, "name": u.Name, "email": u.Email, "access": u.Access,
		"status": u.Status, "timezone": u.Timezone, "comment": u.Comment, "extra_params": u.ExtraParams,
	}
	switch u.Scope {
	case UserScopeExtension:
		m["extension_id"] = u.ExtensionID
	case UserScopeExtensionGroup:
		m["extension_group_id"] = u.ExtensionGroupID
	default:
		m["client_id"] = u.ClientID
	}
	return m
}

// parseUser validates a user body of scope into u. login is read only when
// the user is created (a PUT ignores it); email_notify and
// email_for_notify are POST-only and not kept.
func (s *Server) parseUser(scope string, o object, u *User, required bool) error {
	rd := &reader{o: o}
	st := &s.st
	if required {
		u.Scope = scope
		u.Access, u.Status, u.Timezone, u.ExtraParams = "full", "active", st.client.Timezone, "null"
		if v, ok := rd.str("login"); ok {
			if problem := checkLogin(v); problem != "" {
				rd.fail("login", "%s", problem)
			}
			u.Login = v
		} else {
			rd.need("login")
		}
	}
	if name := rd.name(required); name != nil {
		u.Name = *name
	}
	if v, ok := rd.str("email"); ok {
		if problem := checkEmail(v); problem != "" {
			rd.fail("email", "%s", problem)
		}
		u.Email = v
	} else if required {
		rd.need("email")
	}
	if v, ok := rd.str("password"); ok {
		if v == "" {
			rd.fail("password", "must not be empty")
		}
		u.password = v
	} else if required {
		rd.need("password")
	}
	rd.setEnum("access", &u.Access, userAccesses...)
	rd.setEnum("status", &u.Status, userStatuses...)
	if v, ok := rd.str("timezone"); ok {
		if !validTimezone(v) {
			rd.fail("timezone", "unknown timezone %q (want an IANA name such as Europe/Moscow)", v)
		}
		u.Timezone = v
	}
	rd.setStr("comment", &u.Comment)
	rd.setStr("extra_params", &u.ExtraParams)
	switch scope {
	case UserScopeExtension:
		u.ExtensionID = rd.boundRef("extension_id", "extension", st.extensions.has, required, u.ExtensionID)
	case UserScopeExtensionGroup:
		u.ExtensionGroupID = rd.boundRef("extension_group_id", "extension group", st.extensionGroups.has, required, u.ExtensionGroupID)
	}
	if required {
		var notify bool
		rd.setBool("email_notify", &notify)
		var to string
		rd.setStr("email_for_notify", &to)
	}
	if rd.err != nil {
		return rd.err
	}
	if other, dup := st.users.find(func(x *User) bool { return x.Login == u.Login && x.ID != u.ID }); dup {
		return &refusal{errReply(http.StatusConflict,
			fmt.Sprintf("User login %q already exists (id %d)", other.Login, other.ID), "already_exists")}
	}
	return nil
}

// checkLogin returns the problem of a login: it must not be empty or
// contain blanks.
func checkLogin(login string) string {
	switch {
	case login == "":
		return "must not be empty"
	case strings.IndexFunc(login, unicode.IsSpace) >= 0:
		return fmt.Sprintf("must not contain blanks, got %q", login)
	}
	return ""
}

// checkEmail returns the problem of an e-mail address: it needs one @
// with something on both sides, and no blanks.
func checkEmail(email string) string {
	local, domain, ok := strings.Cut(email, "@")
	if !ok || local == "" || domain == "" || strings.Contains(domain, "@") ||
		strings.IndexFunc(email, unicode.IsSpace) >= 0 {
		return fmt.Sprintf("must be an e-mail address such as user@example.com, got %q", email)
	}
	return ""
}

// userBoundTo returns the first user bound to extension id (or, with group,
// to extension group id).
func (st *store) userBoundTo(id int64, group bool) (User, bool) {
	return st.users.find(func(u *User) bool {
		if group {
			return u.Scope == UserScopeExtensionGroup && sameID(u.ExtensionGroupID, id)
		}
		return u.Scope == UserScopeExtension && sameID(u.ExtensionID, id)
	})
}
