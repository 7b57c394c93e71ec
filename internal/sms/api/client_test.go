package api

import (
	"errors"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sms/sandbox"
)

// With a token: the token goes in "Authorization: Bearer", and the body
// carries no username or password (the API accepts one way per request).
func TestTokenAuthIsBearerOnly(t *testing.T) {
	t.Parallel()
	// The API user is disabled, so only the token can have worked.
	e := newEnv(t, sandbox.WithAPIUser("", ""))
	c := e.newClient(func(c *Config) { c.Username, c.Password = "ignored-user", "ignored-password" })

	if _, err := c.Subaccounts(testCtx(t)); err != nil {
		t.Fatalf("Subaccounts with the token: %v", err)
	}
	reqs := e.requests(actionIndex)
	if len(reqs) != 1 {
		t.Fatalf("index requests = %d, want 1", len(reqs))
	}
	r := reqs[0]
	if r.Method != http.MethodPost {
		t.Errorf("method = %s, want POST", r.Method)
	}
	if r.Path != "/subaccounts/index.json" {
		t.Errorf("path = %q, want /subaccounts/index.json", r.Path)
	}
	if got := r.Header.Get("Authorization"); got != "Bearer "+sandbox.DemoAPIToken {
		t.Errorf("Authorization = %q, want the Bearer token", got)
	}
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type = %q, want application/json", ct)
	}
	b := body(t, r)
	for _, k := range []string{"username", "password"} {
		if _, ok := b[k]; ok {
			t.Errorf("body %s carries %q next to the token", r.Body, k)
		}
	}
	if strings.Contains(r.Body, "ignored-password") || strings.Contains(r.Body, "ignored-user") {
		t.Errorf("body %s carries the API user although a token is set", r.Body)
	}
	if b["system"] != systemName {
		t.Errorf("system = %v, want %q", b["system"], systemName)
	}
}

// Without a token: the API user's username and password in the body, and
// no Authorization header at all.
func TestAPIUserAuthInBodyOnly(t *testing.T) {
	t.Parallel()
	// The token is disabled, so only the body credentials can have worked.
	e := newEnv(t, sandbox.WithAPIToken(""))
	c := e.newClient(func(c *Config) {
		c.APIToken, c.Username, c.Password = "", sandbox.DemoUsername, sandbox.DemoPassword
	})
	ctx := testCtx(t)

	if _, err := c.Subaccounts(ctx); err != nil {
		t.Fatalf("Subaccounts with the API user: %v", err)
	}
	id, err := c.CreateSubaccount(ctx, newSub("bodyauth"))
	if err != nil {
		t.Fatalf("CreateSubaccount with the API user: %v", err)
	}
	if err := c.SetLimit(ctx, id, "eco", 5); err != nil {
		t.Fatalf("SetLimit with the API user: %v", err)
	}
	if err := c.DeleteSubaccount(ctx, id); err != nil {
		t.Fatalf("DeleteSubaccount with the API user: %v", err)
	}
	reqs := e.sb.Kit.Requests()
	if len(reqs) != 4 {
		t.Fatalf("requests = %d, want 4 (index, add, limit, delete)", len(reqs))
	}
	for _, r := range reqs {
		if h, ok := r.Header["Authorization"]; ok {
			t.Errorf("%s sent Authorization %q without a token", r.Path, h)
		}
		b := body(t, r)
		if b["username"] != sandbox.DemoUsername || b["password"] != sandbox.DemoPassword {
			t.Errorf("%s body has username %v, password %v; want the API user", r.Path, b["username"], b["password"])
		}
	}
	// The API user is not mistaken for the new subaccount's login.
	add := body(t, reqs[1])
	if add["subaccount_username"] != "bodyauth" || add["subaccount_password"] != "s3cret-pw" {
		t.Errorf("add body = %v, want the subaccount's own username and password", add)
	}
}

func TestSubaccountsListsTheTemplate(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	got, err := e.client.Subaccounts(testCtx(t))
	if err != nil {
		t.Fatal(err)
	}
	want := []SubaccountRef{{ID: sandbox.DemoTemplateID, Username: sandbox.DemoTemplateUsername}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Subaccounts = %+v, want %+v", got, want)
	}

	empty := newEnv(t, sandbox.WithoutSeed())
	got, err = empty.client.Subaccounts(testCtx(t))
	if err != nil || len(got) != 0 {
		t.Errorf("Subaccounts of an empty account = %+v, %v; want none, no error", got, err)
	}
}

func TestViewReturnsEveryField(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	got, err := e.client.Subaccount(testCtx(t), sandbox.DemoTemplateID)
	if err != nil {
		t.Fatal(err)
	}
	want := Subaccount{
		ID: sandbox.DemoTemplateID, Username: sandbox.DemoTemplateUsername, Name: sandbox.DemoTemplateName,
		Phone: sandbox.DemoTemplatePhone, Email: sandbox.DemoTemplateEmail,
	}
	if got != want {
		t.Errorf("Subaccount = %+v, want %+v", got, want)
	}
	if b := body(t, e.requests(actionView)[0]); b["id"] != float64(sandbox.DemoTemplateID) {
		t.Errorf("view body id = %v, want %d as a JSON number", b["id"], sandbox.DemoTemplateID)
	}
}

// add -> view -> limit (every type) -> index -> delete, checked in the
// emulator's store.
func TestSubaccountLifecycle(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	in := NewSubaccount{
		Username: "lifecycle.01", Password: "pw-lifecycle", TemplateID: sandbox.DemoTemplateID,
		Name: "Life Cycle", Phone: "+48500600700", Email: "life@example.com",
	}
	id, err := e.client.CreateSubaccount(ctx, in)
	if err != nil {
		t.Fatalf("CreateSubaccount: %v", err)
	}
	if id < sandbox.FirstSubaccountID {
		t.Errorf("id = %d, want the emulator's new id (>= %d)", id, sandbox.FirstSubaccountID)
	}
	stored, ok := e.sb.Subaccount(id)
	if !ok {
		t.Fatalf("the emulator has no subaccount %d", id)
	}
	if stored.Username != in.Username || stored.Name != in.Name || stored.Phone != in.Phone ||
		stored.Email != in.Email || stored.TemplateID != sandbox.DemoTemplateID {
		t.Errorf("stored %+v, want the fields of %+v", stored, in)
	}
	if !e.sb.PasswordMatches(id, in.Password) {
		t.Error("the stored password is not the one sent")
	}
	add := body(t, e.requests(actionAdd)[0])
	want := map[string]any{
		"subaccount_username": in.Username, "subaccount_password": in.Password,
		"subaccount_id": float64(sandbox.DemoTemplateID), "name": in.Name, "phone": in.Phone, "email": in.Email,
	}
	for k, v := range want {
		if add[k] != v {
			t.Errorf("add body %s = %v, want %v", k, add[k], v)
		}
	}

	view, err := e.client.Subaccount(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if view != (Subaccount{ID: id, Username: in.Username, Name: in.Name, Phone: in.Phone, Email: in.Email}) {
		t.Errorf("Subaccount(%d) = %+v", id, view)
	}

	for i, typ := range LimitTypes {
		if err := e.client.SetLimit(ctx, id, typ, int64(10*(i+1))); err != nil {
			t.Fatalf("SetLimit %s: %v", typ, err)
		}
	}
	if got, want := e.sb.Limits(id), map[string]int{"eco": 10, "full": 20, "voice": 30, "mms": 40, "hlr": 50}; !reflect.DeepEqual(got, want) {
		t.Errorf("limits = %v, want %v", got, want)
	}
	// Setting again is absolute, not additive.
	if err := e.client.SetLimit(ctx, id, "eco", 3); err != nil {
		t.Fatal(err)
	}
	if got := e.sb.Limits(id)["eco"]; got != 3 {
		t.Errorf("eco = %d after setting 3", got)
	}
	lim := body(t, e.requests(actionLimit)[0])
	if lim["id"] != float64(id) || lim["type"] != "eco" || lim["value"] != float64(10) {
		t.Errorf("limit body = %v", lim)
	}

	ref, err := e.client.SubaccountByUsername(ctx, in.Username)
	if err != nil || ref != (SubaccountRef{ID: id, Username: in.Username}) {
		t.Errorf("SubaccountByUsername = %+v, %v; want id %d", ref, err, id)
	}

	if err := e.client.DeleteSubaccount(ctx, id); err != nil {
		t.Fatalf("DeleteSubaccount: %v", err)
	}
	if _, ok := e.sb.Subaccount(id); ok {
		t.Error("the subaccount still exists after DeleteSubaccount")
	}
	if n := e.count(actionView); n != 1 {
		t.Errorf("view requests = %d, want 1 (a successful delete needs no check)", n)
	}
	if _, err := e.client.Subaccount(ctx, id); !errors.Is(err, ErrNotFound) {
		t.Errorf("Subaccount after delete: err = %v, want ErrNotFound", err)
	}
}

// name, phone and email are left out of add when empty (the API would
// otherwise store "" or reject an empty phone).
func TestCreateOmitsEmptyOptionalFields(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	if _, err := e.client.CreateSubaccount(testCtx(t), newSub("minimal")); err != nil {
		t.Fatal(err)
	}
	add := body(t, e.requests(actionAdd)[0])
	for _, k := range []string{"name", "phone", "email"} {
		if v, ok := add[k]; ok {
			t.Errorf("add body has %s = %v for an empty field", k, v)
		}
	}
}

func TestSubaccountByUsernameNotFound(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	_, err := e.client.SubaccountByUsername(testCtx(t), "nobody")
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("err = %v, want ErrNotFound", err)
	}
	if !strings.Contains(err.Error(), `"nobody"`) {
		t.Errorf("error %q does not name the username", err)
	}
}

// A trailing slash in base_url does not double the slash.
func TestBaseURLTrailingSlash(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	c := e.newClient(func(c *Config) { c.BaseURL += "/" })
	if got := c.Config().BaseURL; got != e.url {
		t.Errorf("BaseURL = %q, want %q", got, e.url)
	}
	if _, err := c.Subaccounts(testCtx(t)); err != nil {
		t.Fatal(err)
	}
	if p := e.requests(actionIndex)[0].Path; p != "/subaccounts/index.json" {
		t.Errorf("path = %q", p)
	}
	if NewClient(Config{}).Config().BaseURL != DefaultBaseURL {
		t.Errorf("default BaseURL = %q, want %q", NewClient(Config{}).Config().BaseURL, DefaultBaseURL)
	}
}
