package sandbox

import (
	"net/http"
	"strings"
	"testing"
)

func TestAddCreatesFromTemplate(t *testing.T) {
	s, a := newAPI(t)
	ans := a.call("add", map[string]any{"subaccount_username": "login1", "subaccount_password": "testABC",
		"subaccount_id": DemoTemplateID, "name": "testowe subkonto", "phone": "500600700", "email": "test@test.pl"})
	wantJSON(t, ans, `{"success":true,"id":1485}`)
	if strings.Contains(ans.body, "testABC") {
		t.Fatal("password echoed")
	}
	got := mustSub(t, s, 1485)
	want := Subaccount{ID: 1485, Username: "login1", Name: "testowe subkonto", Phone: "500600700",
		Email: "test@test.pl", TemplateID: DemoTemplateID}
	if !equalSub(got, want) {
		t.Fatalf("stored %+v, want %+v", got, want)
	}
	if !s.PasswordMatches(1485, "testABC") || s.PasswordMatches(1485, "testabc") || s.PasswordMatches(DemoTemplateID, "") {
		t.Fatal("PasswordMatches wrong")
	}
	// Ids only increase, also after a delete.
	wantJSON(t, a.call("delete", map[string]any{"id": 1485}), `{"success":true}`)
	if id := a.add("login2", nil); id != 1486 {
		t.Fatalf("next id %d", id)
	}
	// An API-made subaccount may be the template of another one.
	wantJSON(t, a.call("add", map[string]any{"subaccount_username": "login3", "subaccount_password": "pw12345",
		"subaccount_id": 1486}), `{"success":true,"id":1487}`)
	if mustSub(t, s, 1487).TemplateID != 1486 {
		t.Fatal("template id not kept")
	}
	// Limits are not copied from the template.
	wantJSON(t, a.call("limit", map[string]any{"id": 1486, "type": "eco", "value": 50}), `{"success":true,"id":1486}`)
	id := a.add("login4", map[string]any{"subaccount_id": 1486})
	if l := s.Limits(id); len(l) != 0 {
		t.Fatalf("new subaccount has limits %v", l)
	}
}

func TestAddRequiredParameters(t *testing.T) {
	s, a := newAPI(t)
	full := map[string]any{"subaccount_username": "req.user", "subaccount_password": "pw12345", "subaccount_id": DemoTemplateID}
	for _, k := range []string{"subaccount_username", "subaccount_password", "subaccount_id"} {
		for _, blank := range []any{nil, ""} {
			body := map[string]any{}
			for key, v := range full {
				body[key] = v
			}
			if blank == nil {
				delete(body, k)
			} else {
				body[k] = blank
			}
			wantError(t, a.call("add", body), CodeRequired)
		}
	}
	// The API user's username/password are not the subaccount's.
	wantError(t, a.postForm(path("add"), vals("username", DemoUsername, "password", DemoPassword, "subaccount_id", "1194")), CodeRequired)
	wantCount(t, s, 1)
}

func TestAddRequiresAnExistingTemplate(t *testing.T) {
	s, a := newAPI(t)
	for _, tmpl := range []any{123, "123", "abc", 0, -1194} {
		wantError(t, a.call("add", map[string]any{"subaccount_username": "tmpl.user", "subaccount_password": "pw12345",
			"subaccount_id": tmpl}), CodeBadTemplate)
	}
	// The template is checked before the username.
	wantError(t, a.call("add", map[string]any{"subaccount_username": "x", "subaccount_password": "pw12345",
		"subaccount_id": 123}), CodeBadTemplate)
	wantCount(t, s, 1)

	// Deleting the template makes it unusable.
	wantJSON(t, a.call("delete", map[string]any{"id": DemoTemplateID}), `{"success":true}`)
	wantError(t, a.call("add", map[string]any{"subaccount_username": "tmpl.user", "subaccount_password": "pw12345",
		"subaccount_id": DemoTemplateID}), CodeBadTemplate)

	// Without any subaccount nothing can be created.
	_, b := newAPI(t, WithoutSeed())
	wantError(t, b.call("add", map[string]any{"subaccount_username": "tmpl.user", "subaccount_password": "pw12345",
		"subaccount_id": DemoTemplateID}), CodeBadTemplate)
}

func TestAddUsernameRules(t *testing.T) {
	cases := []struct {
		username string
		ok       bool
	}{
		{"abc", true},
		{"ABCdef123", true},
		{"a.b_c@d-e", true},
		{"user@example.pl", true},
		{"12345678901234567890", true}, // 20
		{"...", true},
		{"ab", false},                    // 2
		{"123456789012345678901", false}, // 21
		{"with space", false},
		{"comma,user", false},
		{"plus+user", false},
		{"slash/user", false},
		{"zażółć", false},
		{"semi;colon", false},
		{"quote'user", false},
		{" lead", false},
	}
	for _, tc := range cases {
		s, a := newAPI(t)
		ans := a.call("add", map[string]any{"subaccount_username": tc.username, "subaccount_password": "pw12345",
			"subaccount_id": DemoTemplateID})
		if tc.ok {
			wantJSON(t, ans, `{"success":true,"id":1485}`)
			if mustSub(t, s, 1485).Username != tc.username {
				t.Fatalf("%q stored as %q", tc.username, mustSub(t, s, 1485).Username)
			}
			continue
		}
		msg := wantError(t, ans, CodeBadLogin)
		if !strings.Contains(msg, "3-20") {
			t.Fatalf("%q: message %q", tc.username, msg)
		}
		wantCount(t, s, 1)
	}
}

func TestAddPasswordRules(t *testing.T) {
	cases := []struct {
		password string
		ok       bool
	}{
		{"abc", true},
		{"12345678901234567890", true},
		{"hasło ze spacją!", true},
		{"ab", false},
		{"123456789012345678901", false},
	}
	for _, tc := range cases {
		s, a := newAPI(t)
		ans := a.call("add", map[string]any{"subaccount_username": "pw.user", "subaccount_password": tc.password,
			"subaccount_id": DemoTemplateID})
		if tc.ok {
			wantJSON(t, ans, `{"success":true,"id":1485}`)
			if !s.PasswordMatches(1485, tc.password) {
				t.Fatalf("%q not stored", tc.password)
			}
			continue
		}
		if msg := wantError(t, ans, CodeBadLogin); !strings.Contains(msg, "password") {
			t.Fatalf("%q: message %q", tc.password, msg)
		}
		wantCount(t, s, 1)
	}
}

func TestAddDuplicateUsername(t *testing.T) {
	s, a := newAPI(t)
	a.add("dup.user", nil)
	for _, u := range []string{"dup.user", "DUP.User", DemoTemplateUsername, "Wojtek"} {
		msg := wantError(t, a.call("add", map[string]any{"subaccount_username": u, "subaccount_password": "pw12345",
			"subaccount_id": DemoTemplateID}), CodeBadLogin)
		if !strings.Contains(msg, "taken") {
			t.Fatalf("%q: message %q", u, msg)
		}
	}
	s.ReserveUsername("Elsewhere")
	wantError(t, a.call("add", map[string]any{"subaccount_username": "elsewhere", "subaccount_password": "pw12345",
		"subaccount_id": DemoTemplateID}), CodeBadLogin)
	wantCount(t, s, 2)
	// After a delete the name is free again.
	wantJSON(t, a.call("delete", map[string]any{"id": 1485}), `{"success":true}`)
	wantStatus(t, a.call("add", map[string]any{"subaccount_username": "dup.user", "subaccount_password": "pw12345",
		"subaccount_id": DemoTemplateID}), http.StatusOK)
	wantCount(t, s, 2)
}

func TestAddPhone(t *testing.T) {
	s, a := newAPI(t)
	for _, bad := range []string{"abc", "12345", "+48 500 600 700", "500-600-700", "+4850060070012345"} {
		wantError(t, a.call("add", map[string]any{"subaccount_username": "ph.user", "subaccount_password": "pw12345",
			"subaccount_id": DemoTemplateID, "phone": bad}), CodeInvalidPhone)
	}
	wantCount(t, s, 1)
	id := a.add("ph.user", map[string]any{"phone": "500600700"})
	if got := mustSub(t, s, id).Phone; got != "500600700" {
		t.Fatalf("phone stored as %q", got)
	}

	n, b := newAPI(t, WithPhoneNormalization())
	cases := []struct{ in, want string }{
		{"500600700", "+48500600700"},
		{"48500600700", "+48500600700"},
		{"0048500600700", "+48500600700"},
		{"+48500600700", "+48500600700"},
		{"+420737007770", "+420737007770"},
		{"123456789012", "123456789012"},
	}
	for i, tc := range cases {
		name := "norm" + jsonInt(int64(i))
		id := b.add(name, map[string]any{"phone": tc.in})
		wantJSON(t, b.call("view", map[string]any{"id": id}),
			`{"id":`+jsonInt(id)+`,"username":"`+name+`","name":"","phone":"`+tc.want+`","email":""}`)
		if mustSub(t, n, id).Phone != tc.want {
			t.Fatalf("%s stored as %s", tc.in, mustSub(t, n, id).Phone)
		}
	}
}
