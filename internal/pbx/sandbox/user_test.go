package sandbox

import (
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"strings"
	"testing"
)

// userBody is a valid POST body of a user of scope bound to id (ignored
// for client users).
func userBody(scope, login string, id int64) map[string]any {
	body := map[string]any{"login": login, "name": "User " + login, "email": login + "@example.com", "password": "pw-" + login}
	switch scope {
	case UserScopeExtension:
		body["extension_id"] = id
	case UserScopeExtensionGroup:
		body["extension_group_id"] = id
	}
	return body
}

// userFixture is an emulator with an extension and a group users can be
// bound to, and the id each scope binds to.
func userFixture(t *testing.T, opts ...Option) (*Server, *api, map[string]int64) {
	t.Helper()
	s, a := loggedIn(t, opts...)
	e := s.PutExtension(Extension{Name: "100", Type: "phone", Status: "active"})
	g := s.PutExtensionGroup(ExtensionGroup{Name: "Sales", ExtraParams: "null"})
	return s, a, map[string]int64{UserScopeClient: 0, UserScopeExtension: e.ID, UserScopeExtensionGroup: g.ID}
}

var userScopes = []string{UserScopeClient, UserScopeExtension, UserScopeExtensionGroup}

// The bound field each scope answers instead of the others.
var userBoundField = map[string]string{
	UserScopeClient: "client_id", UserScopeExtension: "extension_id", UserScopeExtensionGroup: "extension_group_id",
}

func TestUserCRUD(t *testing.T) {
	for _, scope := range userScopes {
		t.Run(scope, func(t *testing.T) {
			s, a, bound := userFixture(t)
			list := "/client/@me/user/" + scope + "/"
			ans := a.do("POST", list, userBody(scope, "anna", bound[scope]))
			boundID := bound[scope]
			if scope == UserScopeClient {
				boundID = DemoClientID
			}
			wantJSON(t, ans, http.StatusCreated, fmt.Sprintf(`{
				"id": %d, %q: %d, "login": "anna", "name": "User anna", "email": "anna@example.com",
				"access": "full", "status": "active", "timezone": "Europe/Moscow", "comment": "",
				"extra_params": "null"}`, FirstUserID, userBoundField[scope], boundID))
			u := decode[map[string]any](t, ans, http.StatusCreated)
			path := fmt.Sprintf("/client/%d/user/%s/%d", DemoClientID, scope, FirstUserID)
			wantJSON(t, a.do("GET", path+"/", nil), http.StatusOK, ans.body)
			if got := decode[[]map[string]any](t, a.do("GET", list, nil), http.StatusOK); !reflect.DeepEqual(got, []map[string]any{u}) {
				t.Fatalf("list %v", got)
			}
			if pw, ok := s.UserPassword(FirstUserID); !ok || pw != "pw-anna" {
				t.Fatalf("password %q %v", pw, ok)
			}

			// Partial PUT: fields left out keep their values; login and the
			// POST-only fields are ignored; the password changes.
			got := decode[map[string]any](t, a.do("PUT", path, map[string]any{
				"name": "Anna K.", "access": "read_only", "status": "blocked", "timezone": "Asia/Novosibirsk",
				"comment": "night shift", "password": "rotated", "login": "other", "email_notify": "x",
			}), http.StatusOK)
			u["name"], u["access"], u["status"], u["timezone"], u["comment"] = "Anna K.", "read_only", "blocked", "Asia/Novosibirsk", "night shift"
			if !reflect.DeepEqual(got, u) {
				t.Fatalf("after PUT %v\nwant %v", got, u)
			}
			if pw, _ := s.UserPassword(FirstUserID); pw != "rotated" {
				t.Fatalf("password after PUT %q", pw)
			}
			// The answer sent back changes nothing, the password neither.
			if again := decode[map[string]any](t, a.do("PUT", path, got), http.StatusOK); !reflect.DeepEqual(again, u) {
				t.Fatalf("round trip %v", again)
			}
			if pw, _ := s.UserPassword(FirstUserID); pw != "rotated" {
				t.Fatalf("password after a PUT without one %q", pw)
			}
			stored, _ := s.User(FirstUserID)
			if stored.Scope != scope || stored.Login != "anna" || stored.Name != "Anna K." || stored.password != "" {
				t.Fatalf("store %+v", stored)
			}

			// Other scopes do not serve the user.
			for _, other := range userScopes {
				if other != scope {
					wantStatus(t, a.do("GET", fmt.Sprintf("/client/@me/user/%s/%d", other, FirstUserID), nil), http.StatusNotFound)
					wantStatus(t, a.do("DELETE", fmt.Sprintf("/client/@me/user/%s/%d", other, FirstUserID), nil), http.StatusNotFound)
					if n := len(decode[[]any](t, a.do("GET", "/client/@me/user/"+other+"/", nil), http.StatusOK)); n != 0 {
						t.Fatalf("%s lists %d users", other, n)
					}
				}
			}
			wantStatus(t, a.do("DELETE", path, nil), http.StatusNoContent)
			for _, m := range []string{"GET", "PUT", "DELETE"} {
				wantJSON(t, a.do(m, path, map[string]any{"name": "x"}), http.StatusNotFound, `{"message":"Record not found"}`)
			}
			if _, ok := s.UserPassword(FirstUserID); ok || len(s.Users()) != 0 {
				t.Fatal("user still stored")
			}
			// Ids are not reused; the login is free again.
			if again := mustCreate[map[string]any](t, a, list, userBody(scope, "anna", bound[scope])); again["id"] != float64(FirstUserID+1) {
				t.Fatalf("next id %v", again["id"])
			}
		})
	}
}

// The password is taken on POST and PUT and never answered, by no call.
func TestUserPasswordNeverAnswered(t *testing.T) {
	s, a, bound := userFixture(t)
	const secret = "S3cret-Passw0rd"
	for i, scope := range userScopes {
		body := userBody(scope, fmt.Sprint("u", i), bound[scope])
		body["password"] = secret
		ans := a.do("POST", "/client/@me/user/"+scope+"/", body)
		id := decode[map[string]any](t, ans, http.StatusCreated)["id"]
		path := fmt.Sprintf("/client/@me/user/%s/%v", scope, id)
		for _, ans := range []answer{
			ans,
			a.do("GET", path, nil),
			a.do("GET", "/client/@me/user/"+scope+"/", nil),
			a.do("PUT", path, map[string]any{"password": secret + "2"}),
			a.do("PUT", path, map[string]any{"name": "x"}),
		} {
			if strings.Contains(ans.body, secret) || strings.Contains(ans.body, "password") {
				t.Fatalf("%s answer shows the password: %s", scope, ans.body)
			}
		}
	}
	for _, u := range s.Users() {
		if pw, _ := s.UserPassword(u.ID); pw != secret+"2" || u.password != "" {
			t.Fatalf("user %d: password %q, helper copy %q", u.ID, pw, u.password)
		}
	}
	// A rejected PUT does not change the password.
	wantStatus(t, a.do("PUT", fmt.Sprintf("/client/@me/user/client/%d", FirstUserID), map[string]any{"password": "new", "status": "gone"}),
		http.StatusBadRequest)
	if pw, _ := s.UserPassword(FirstUserID); pw != secret+"2" {
		t.Fatalf("password %q after a rejected PUT", pw)
	}
}

func TestUserValidation(t *testing.T) {
	cases := []struct {
		name, field, problem string
		edit                 func(map[string]any)
	}{
		{"missing login", "login", "required", func(b map[string]any) { delete(b, "login") }},
		{"empty login", "login", "empty", func(b map[string]any) { b["login"] = "" }},
		{"login with blank", "login", "blanks", func(b map[string]any) { b["login"] = "an na" }},
		{"login not string", "login", "string", func(b map[string]any) { b["login"] = 7 }},
		{"missing name", "name", "required", func(b map[string]any) { delete(b, "name") }},
		{"blank name", "name", "empty", func(b map[string]any) { b["name"] = "  " }},
		{"missing email", "email", "required", func(b map[string]any) { delete(b, "email") }},
		{"missing password", "password", "required", func(b map[string]any) { delete(b, "password") }},
		{"null password", "password", "required", func(b map[string]any) { b["password"] = nil }},
		{"email_notify not boolean", "email_notify", "boolean", func(b map[string]any) { b["email_notify"] = "yes" }},
		{"email_for_notify not string", "email_for_notify", "string", func(b map[string]any) { b["email_for_notify"] = 1 }},
		// The rest apply to PUT too.
		{"bad email", "email", "e-mail address", func(b map[string]any) { b["email"] = "anna.example.com" }},
		{"email without domain", "email", "e-mail address", func(b map[string]any) { b["email"] = "anna@" }},
		{"empty password", "password", "empty", func(b map[string]any) { b["password"] = "" }},
		{"password not string", "password", "string", func(b map[string]any) { b["password"] = 1234 }},
		{"bad access", "access", "'full', 'read_only'", func(b map[string]any) { b["access"] = "admin" }},
		{"bad status", "status", "'active', 'blocked'", func(b map[string]any) { b["status"] = "Active" }},
		{"bad timezone", "timezone", "unknown timezone", func(b map[string]any) { b["timezone"] = "Mars/Olympus" }},
		{"comment not string", "comment", "string", func(b map[string]any) { b["comment"] = false }},
		{"extra_params not string", "extra_params", "string", func(b map[string]any) { b["extra_params"] = map[string]any{} }},
	}
	const putFrom = 11
	s, a, bound := userFixture(t)
	for _, scope := range userScopes {
		list := "/client/@me/user/" + scope + "/"
		for _, tc := range cases {
			t.Run(scope+"/"+tc.name, func(t *testing.T) {
				body := userBody(scope, "anna", bound[scope])
				tc.edit(body)
				wantError(t, a.do("POST", list, body), http.StatusBadRequest, "validation_error", tc.field, tc.problem)
			})
		}
	}
	// The bound extension or group: required, existing, never null.
	for _, tc := range []struct {
		scope, field, problem string
		value                 any
	}{
		{UserScopeExtension, "extension_id", "required", nil},
		{UserScopeExtension, "extension_id", "extension 42 does not exist", 42},
		{UserScopeExtension, "extension_id", "positive", 0},
		{UserScopeExtension, "extension_id", "integer", "100"},
		{UserScopeExtensionGroup, "extension_group_id", "required", nil},
		{UserScopeExtensionGroup, "extension_group_id", "extension group 42 does not exist", 42},
		{UserScopeExtensionGroup, "extension_group_id", "extension group", bound[UserScopeExtension]},
	} {
		body := userBody(tc.scope, "anna", 0)
		body[tc.field] = tc.value
		wantError(t, a.do("POST", "/client/@me/user/"+tc.scope+"/", body), http.StatusBadRequest, "validation_error", tc.field, tc.problem)
	}
	if n := len(s.Users()); n != 0 {
		t.Fatalf("rejected POSTs stored %d users", n)
	}
	for _, scope := range userScopes {
		u := mustCreate[map[string]any](t, a, "/client/@me/user/"+scope+"/", userBody(scope, "u-"+scope, bound[scope]))
		path := fmt.Sprintf("/client/@me/user/%s/%v", scope, u["id"])
		for _, tc := range cases[putFrom:] {
			body := map[string]any{}
			tc.edit(body)
			wantError(t, a.do("PUT", path, body), http.StatusBadRequest, "validation_error", tc.field, tc.problem)
		}
		if scope != UserScopeClient {
			field := userBoundField[scope]
			wantError(t, a.do("PUT", path, `{"`+field+`":null}`), http.StatusBadRequest, "validation_error", field, "required")
			wantError(t, a.do("PUT", path, `{"`+field+`":4242}`), http.StatusBadRequest, "validation_error", field, "4242 does not exist")
		}
		wantJSON(t, a.do("GET", path, nil), http.StatusOK, mustJSON(t, u))
	}
}

// Logins are unique over every scope; the login cannot be changed.
func TestUserLoginDuplicate(t *testing.T) {
	s, a, bound := userFixture(t)
	first := mustCreate[map[string]any](t, a, "/client/@me/user/client/", userBody(UserScopeClient, "anna", 0))
	for _, scope := range userScopes {
		ans := a.do("POST", "/client/@me/user/"+scope+"/", userBody(scope, "anna", bound[scope]))
		wantError(t, ans, http.StatusConflict, "already_exists", `"anna"`, fmt.Sprint(first["id"]))
	}
	// Logins compare exactly.
	other := mustCreate[map[string]any](t, a, "/client/@me/user/extension/", userBody(UserScopeExtension, "Anna", bound[UserScopeExtension]))
	if len(s.Users()) != 2 {
		t.Fatalf("users %+v", s.Users())
	}
	// A PUT with another user's login is not a rename, so no conflict.
	got := decode[map[string]any](t, a.do("PUT", fmt.Sprintf("/client/@me/user/extension/%v", other["id"]), map[string]any{"login": "anna"}), http.StatusOK)
	if got["login"] != "Anna" {
		t.Fatalf("login changed: %v", got)
	}
	// Drift: a duplicate put by a helper blocks the next PUT of either.
	s.PutUser(User{Scope: UserScopeClient, Login: "anna", Name: "twin", Email: "t@example.com"})
	wantError(t, a.do("PUT", fmt.Sprintf("/client/@me/user/client/%v", first["id"]), map[string]any{"name": "x"}), http.StatusConflict, "already_exists")
}

// A user's extension or group must exist and cannot be deleted while the
// user is bound to it.
func TestUserBindings(t *testing.T) {
	s, a, bound := userFixture(t)
	e2 := s.PutExtension(Extension{Name: "101", Type: "phone"})
	eu := mustCreate[map[string]any](t, a, "/client/@me/user/extension/", userBody(UserScopeExtension, "ext", bound[UserScopeExtension]))
	gu := mustCreate[map[string]any](t, a, "/client/@me/user/extension_group/", userBody(UserScopeExtensionGroup, "grp", bound[UserScopeExtensionGroup]))
	extPath := fmt.Sprintf("/client/@me/extension/%d", bound[UserScopeExtension])
	groupPath := fmt.Sprintf("/client/@me/extension_group/%d", bound[UserScopeExtensionGroup])
	wantError(t, a.do("DELETE", extPath, nil), http.StatusConflict, "in_use", `"ext"`, "extension_id")
	wantError(t, a.do("DELETE", groupPath, nil), http.StatusConflict, "in_use", `"grp"`, "extension_group_id")
	// Moving the user frees the extension.
	euPath := fmt.Sprintf("/client/@me/user/extension/%v", eu["id"])
	got := decode[map[string]any](t, a.do("PUT", euPath, map[string]any{"extension_id": e2.ID}), http.StatusOK)
	if got["extension_id"] != float64(e2.ID) {
		t.Fatalf("after move %v", got)
	}
	wantStatus(t, a.do("DELETE", extPath, nil), http.StatusNoContent)
	wantStatus(t, a.do("DELETE", fmt.Sprintf("/client/@me/user/extension_group/%v", gu["id"]), nil), http.StatusNoContent)
	wantStatus(t, a.do("DELETE", groupPath, nil), http.StatusNoContent)
	// A dangling binding (drift) is served as it is.
	s.DeleteExtension(e2.ID)
	got = decode[map[string]any](t, a.do("GET", euPath, nil), http.StatusOK)
	if got["extension_id"] != float64(e2.ID) {
		t.Fatalf("dangling %v", got)
	}
}

func TestUserFiltersAndPaging(t *testing.T) {
	s, a, bound := userFixture(t)
	e2 := s.PutExtension(Extension{Name: "101", Type: "phone"})
	for i := range 30 {
		ext := bound[UserScopeExtension]
		if i%3 == 0 {
			ext = e2.ID
		}
		status, access := "active", "full"
		if i%2 == 1 {
			status, access = "blocked", "read_only"
		}
		s.PutUser(User{Scope: UserScopeExtension, ExtensionID: &ext, Login: fmt.Sprint("e", i), Name: fmt.Sprint("n", i%5),
			Email: fmt.Sprintf("e%d@example.com", i), Status: status, Access: access, Timezone: "UTC", Comment: fmt.Sprint("c", i%4)})
		s.PutUser(User{Login: fmt.Sprint("c", i), Name: "client"})
	}
	g := bound[UserScopeExtensionGroup]
	s.PutUser(User{ExtensionGroupID: &g, Login: "g0", Name: "group", Timezone: "Asia/Tokyo", Access: "full", Status: "active"})
	logins := func(scope string) func(string) []string {
		return listed(t, a, "/client/@me/user/"+scope+"/", func(u map[string]any) string { return fmt.Sprint(u["login"]) })
	}
	wantListed(t, logins(UserScopeExtension), []listCase{
		{fmt.Sprintf("extension_id=%d&per_page=4", e2.ID), []string{"e0", "e3", "e6", "e9"}},
		{fmt.Sprintf("extension_id=%d&status=blocked&access=read_only", e2.ID), []string{"e3", "e9", "e15", "e21", "e27"}},
		{"name=n1&name=n2&comment=c1", []string{"e1", "e17", "e21"}},
		{"login=e5&login=c5&login=e7", []string{"e5", "e7"}},
		{"email=e4@example.com", []string{"e4"}},
		{"timezone=UTC&per_page=5&page=6", []string{"e25", "e26", "e27", "e28", "e29"}},
		{"timezone=Europe/Moscow", nil},
		{"status=Active", nil},
		{"extension_id=1", nil},
		{"page=2&per_page=25", []string{"e25", "e26", "e27", "e28", "e29"}},
	})
	// Client users filter only on id and login: other keys are ignored.
	wantListed(t, logins(UserScopeClient), []listCase{
		{"login=c3&login=e3&name=nobody", []string{"c3"}},
		{fmt.Sprintf("id=%d&id=%d", FirstUserID+1, FirstUserID+3), []string{"c0", "c1"}},
		{"per_page=3&page=10", []string{"c27", "c28", "c29"}},
	})
	wantListed(t, logins(UserScopeExtensionGroup), []listCase{
		{fmt.Sprintf("extension_group_id=%d&timezone=Asia/Tokyo", g), []string{"g0"}},
		{"extension_group_id=1", nil},
	})
	if got := logins(UserScopeClient)(""); len(got) != DefaultPerPage {
		t.Fatalf("first page %v", got)
	}
	for _, q := range []string{"id=x", "extension_id=1.5", "per_page=501", "page=0"} {
		wantError(t, a.do("GET", "/client/@me/user/extension/?"+q, nil), http.StatusBadRequest, "validation_error")
	}
}

// PutUser keeps the password of the user it replaces.
func TestUserHelpers(t *testing.T) {
	s, a, _ := userFixture(t)
	u := mustCreate[map[string]any](t, a, "/client/@me/user/client/", userBody(UserScopeClient, "anna", 0))
	id := idOf(t, u)
	stored, _ := s.User(id)
	stored.Name = "drift"
	if got := s.PutUser(stored); got.Name != "drift" || got.password != "" {
		t.Fatalf("PutUser %+v", got)
	}
	if pw, _ := s.UserPassword(id); pw != "pw-anna" {
		t.Fatalf("password %q after PutUser", pw)
	}
	if !s.SetUserPassword(id, "set") || s.SetUserPassword(id+100, "x") {
		t.Fatal("SetUserPassword results")
	}
	if pw, _ := s.UserPassword(id); pw != "set" {
		t.Fatalf("password %q", pw)
	}
	fresh := s.PutUser(User{Login: "new"})
	if pw, ok := s.UserPassword(fresh.ID); !ok || pw != "" || fresh.Scope != UserScopeClient || fresh.ClientID != DemoClientID {
		t.Fatalf("new user %+v, password %q", fresh, pw)
	}
	if !s.DeleteUser(id) || s.DeleteUser(id) {
		t.Fatal("DeleteUser results")
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// idOf is the id of a decoded answer object.
func idOf(t *testing.T, v map[string]any) int64 {
	t.Helper()
	id, ok := v["id"].(float64)
	if !ok {
		t.Fatalf("no id in %v", v)
	}
	return int64(id)
}
