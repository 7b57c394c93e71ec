package sandbox

import (
	"net/http"
	"net/url"
	"testing"
)

// everyAction lists one successful-looking body per served action.
func everyAction() []struct {
	action string
	body   map[string]any
} {
	return []struct {
		action string
		body   map[string]any
	}{
		{"index", map[string]any{}},
		{"view", map[string]any{"id": DemoTemplateID}},
		{"add", map[string]any{"subaccount_username": "newsub", "subaccount_password": "pw12345", "subaccount_id": DemoTemplateID}},
		{"limit", map[string]any{"id": DemoTemplateID, "type": LimitECO, "value": 10}},
		{"delete", map[string]any{"id": DemoTemplateID}},
	}
}

func TestBearerTokenAuthenticates(t *testing.T) {
	_, a := newAPI(t)
	wantJSON(t, a.postJSON(path("index"), map[string]any{}, bearerHeader(DemoAPIToken)...),
		`{"items":[{"id":1194,"username":"wojtek"}]}`)
	// Scheme is case-insensitive; the token needs no body at all.
	wantJSON(t, a.raw(http.MethodPost, path("index"), "", nil, "Authorization", "bearer "+DemoAPIToken),
		`{"items":[{"id":1194,"username":"wojtek"}]}`)
}

func TestBodyCredentialsAuthenticateJSONAndForm(t *testing.T) {
	_, a := newAPI(t)
	wantJSON(t, a.postJSON(path("index"), userJSON(nil)), `{"items":[{"id":1194,"username":"wojtek"}]}`)
	wantJSON(t, a.postForm(path("index"), vals("username", DemoUsername, "password", DemoPassword)),
		`{"items":[{"id":1194,"username":"wojtek"}]}`)
}

func TestMissingOrWrongCredentialsAnswer1001OnEveryAction(t *testing.T) {
	s, a := newAPI(t)
	type creds struct {
		name    string
		headers []string
		user    url.Values
	}
	cases := []creds{
		{"none", nil, nil},
		{"wrong token", bearerHeader("nope"), nil},
		{"empty bearer", []string{"Authorization", "Bearer "}, nil},
		{"username only", nil, vals("username", DemoUsername)},
		{"password only", nil, vals("password", DemoPassword)},
		{"wrong password", nil, vals("username", DemoUsername, "password", "wrong")},
		{"wrong user", nil, vals("username", "someone", "password", DemoPassword)},
		{"token as password", nil, vals("username", DemoUsername, "password", DemoAPIToken)},
		{"basic auth", []string{"Authorization", "Basic c2FuZGJveF9hcGlfdXNlcjpzYW5kYm94LWFwaS1wYXNzd29yZA=="}, nil},
	}
	for _, ep := range everyAction() {
		for _, tc := range cases {
			body := map[string]any{}
			for k, v := range ep.body {
				body[k] = v
			}
			for k := range tc.user {
				body[k] = tc.user.Get(k)
			}
			msg := wantError(t, a.postJSON(path(ep.action), body, tc.headers...), CodeInvalidUser)
			if msg != "Incorrect login or password" {
				t.Fatalf("%s/%s: message %q", ep.action, tc.name, msg)
			}
		}
	}
	wantCount(t, s, 1)
	if l := s.Limits(DemoTemplateID); len(l) != 0 {
		t.Fatalf("unauthenticated limit stored: %v", l)
	}
}

func TestBearerHeaderDecidesWhenBothAreSent(t *testing.T) {
	_, a := newAPI(t)
	// Correct token, wrong body user: accepted.
	wantJSON(t, a.postJSON(path("index"), map[string]any{"username": "x", "password": "y"}, bearerHeader(DemoAPIToken)...),
		`{"items":[{"id":1194,"username":"wojtek"}]}`)
	// Wrong token, correct body user: refused.
	wantError(t, a.postJSON(path("index"), userJSON(nil), bearerHeader("wrong")...), CodeInvalidUser)
	// A Basic header is not a Bearer one: the body user decides.
	wantJSON(t, a.postForm(path("index"), vals("username", DemoUsername, "password", DemoPassword), "Authorization", "Basic eDp5"),
		`{"items":[{"id":1194,"username":"wojtek"}]}`)
}

func TestCredentialsCanBeSwitched(t *testing.T) {
	s, a := newAPI(t, WithAPIToken("tok-2"), WithAPIUser("api2", "pw2"))
	wantError(t, a.call("index", nil), CodeInvalidUser)
	wantError(t, a.postJSON(path("index"), userJSON(nil)), CodeInvalidUser)
	wantStatus(t, a.postJSON(path("index"), map[string]any{}, bearerHeader("tok-2")...), http.StatusOK)
	wantJSON(t, a.postForm(path("view"), vals("username", "api2", "password", "pw2", "id", "1194")),
		`{"id":1194,"username":"wojtek","name":"Wojciech","phone":"+48730856000","email":"wojtek@mail.com"}`)

	// Rotation at run time: the old token stops working at once.
	s.SetAPIToken("tok-3")
	wantError(t, a.postJSON(path("index"), map[string]any{}, bearerHeader("tok-2")...), CodeInvalidUser)
	wantStatus(t, a.postJSON(path("index"), map[string]any{}, bearerHeader("tok-3")...), http.StatusOK)
	s.SetAPIUser("api3", "pw3")
	wantError(t, a.postForm(path("index"), vals("username", "api2", "password", "pw2")), CodeInvalidUser)
	wantStatus(t, a.postForm(path("index"), vals("username", "api3", "password", "pw3")), http.StatusOK)

	// Empty credentials disable that way of signing in.
	s.SetAPIToken("")
	wantError(t, a.raw(http.MethodPost, path("index"), "", nil, "Authorization", "Bearer "), CodeInvalidUser)
	s.SetAPIUser("", "")
	wantError(t, a.postForm(path("index"), vals("username", "", "password", "")), CodeInvalidUser)
}

func TestAccountSwitches(t *testing.T) {
	s, a := newAPI(t, WithoutAPIAccess())
	wantError(t, a.call("index", nil), CodeNoAPIAccess)
	wantError(t, a.postForm(path("index"), vals("username", DemoUsername, "password", DemoPassword)), CodeNoAPIAccess)
	// Wrong credentials are still 1001 first.
	wantError(t, a.postJSON(path("index"), map[string]any{}, bearerHeader("bad")...), CodeInvalidUser)
	s.SetAPIAccess(true)
	wantStatus(t, a.call("index", nil), http.StatusOK)

	s.SetAllowedIPs("10.1.2.3")
	wantError(t, a.call("index", nil), CodeInvalidIP)
	s.SetAllowedIPs("10.1.2.3", "127.0.0.1")
	wantStatus(t, a.call("index", nil), http.StatusOK)
	s.SetAllowedIPs("not an ip")
	wantError(t, a.call("index", nil), CodeInvalidIP)
	s.SetAllowedIPs()
	wantStatus(t, a.call("index", nil), http.StatusOK)

	s.SetAccountActive(false)
	wantError(t, a.call("index", nil), CodeAccountInactive)
	s.SetAPIAccess(false) // 1002 is checked before 1007
	wantError(t, a.call("index", nil), CodeNoAPIAccess)
	s.SetAPIAccess(true)
	s.SetAccountActive(true)

	s.SetSubaccountsPermission(false)
	for _, ep := range everyAction() {
		wantError(t, a.call(ep.action, ep.body), CodeNoPermission)
	}
	// error/<code> is not a subaccounts action.
	wantError(t, a.postJSON("/error/1004", map[string]any{}, bearerHeader(DemoAPIToken)...), CodeInvalidID)
	wantCount(t, s, 1)
	s.SetSubaccountsPermission(true)
	wantStatus(t, a.call("index", nil), http.StatusOK)
}

func TestAllowedIPsOption(t *testing.T) {
	_, a := newAPI(t, WithAllowedIPs("192.0.2.7"))
	wantError(t, a.call("index", nil), CodeInvalidIP)
	_, b := newAPI(t, WithAllowedIPs("::1", "127.0.0.1"))
	wantStatus(t, b.call("index", nil), http.StatusOK)
}
