package pbx_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// Identity and list resource of telecom_pbx_user through the protocol, for
// every make test (Terraform 1.11 cannot drive them): users live in one
// collection per scope, and the scope is part of the identity.

const userType = "telecom_pbx_user"

// putUsersOfEveryScope stores a client user, an extension user and a group
// user (in the order the list resource walks the scopes) and returns their
// ids, the extension's and the group's.
func putUsersOfEveryScope(t *testing.T, env *acctest.PBXEnv) (users []int64, extension, group int64) {
	t.Helper()
	extension = env.Sandbox.PutExtension(sandbox.Extension{Name: "220", Type: "phone", Status: "active", DIDAsTransferCallerID: "None"}).ID
	group = env.Sandbox.PutExtensionGroup(sandbox.ExtensionGroup{Name: "tf-acc-sales", ExtraParams: "null"}).ID
	for _, u := range []sandbox.User{
		{Scope: "client", Login: "tf-acc-boss", Name: "The Boss", Email: "boss@example.com", Comment: "owner"},
		{Scope: "extension", Login: "tf-acc-anna", Name: "Anna Novak", Email: "anna@example.com", ExtensionID: &extension},
		{Scope: "extension_group", Login: "tf-acc-sales", Name: "Sales desk", Email: "sales@example.com", ExtensionGroupID: &group},
	} {
		users = append(users, putUser(t, env, u, "by-hand-"+u.Login).ID)
	}
	return users, extension, group
}

// The list resource walks the three scopes, one listing request each: every
// result carries its scope in its identity, id and display name, the
// numeric client, the binding of its scope, no password, and the values an
// import by its identity reads.
func TestProtocolPBXUser_listsEveryScope(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	ids, extension, group := putUsersOfEveryScope(t, env)
	p := acctest.NewProtocol(t, env)
	env.Sandbox.Kit.ResetRequests()

	results := p.List(userType, nil, true, 0)
	want := []struct {
		scope, display string
		extensionID    int64
		groupID        int64
		comment        string
	}{
		{"client", fmt.Sprintf("tf-acc-boss (The Boss, client user %d)", ids[0]), 0, 0, "owner"},
		{"extension", fmt.Sprintf("tf-acc-anna (Anna Novak, extension user %d)", ids[1]), extension, 0, ""},
		{"extension_group", fmt.Sprintf("tf-acc-sales (Sales desk, extension group user %d)", ids[2]), 0, group, ""},
	}
	if len(results) != len(want) {
		t.Fatalf("%d results, want %d: %v", len(results), len(want), results)
	}
	if n := countRequests(env, http.MethodGet, usersPathRe); n != 3 {
		t.Errorf("%d listing requests, want 3 (one page of each scope)", n)
	}
	if n := countRequests(env, http.MethodGet, userPathRe); n != 0 {
		t.Errorf("%d users read one by one, want none", n)
	}
	// Extension and group users are answered without client_id: the
	// provider asks once per process who @me is.
	if n := countRequests(env, http.MethodGet, clientInfoPathRe); n > 1 {
		t.Errorf("%d client_info requests, want at most one per process", n)
	}

	for i, r := range results {
		w := want[i]
		if errs := acctest.Errors(r.Diagnostics); len(errs) > 0 {
			t.Fatalf("result %q: %v", r.DisplayName, errs)
		}
		if r.DisplayName != w.display {
			t.Errorf("display name %q, want %q", r.DisplayName, w.display)
		}
		checkUserIdentity(t, r.Identity, w.scope, ids[i])
		res := r.Resource
		if res == nil {
			t.Fatal("include_resource gave no resource object")
		}
		for attr, v := range map[string]string{
			"id": fmt.Sprintf("%s/%s/%d", demoClient, w.scope, ids[i]), "client_id": demoClient, "scope": w.scope,
			"access": "full", "status": "active", "timezone": sandbox.DemoTimezone, "comment": w.comment,
		} {
			if got := acctest.String(t, res[attr]); got != v {
				t.Errorf("%s: %s = %q, want %q", r.DisplayName, attr, got, v)
			}
		}
		if acctest.Int(t, res["user_id"]) != ids[i] || acctest.Int(t, res["extension_id"]) != w.extensionID ||
			acctest.Int(t, res["extension_group_id"]) != w.groupID {
			t.Errorf("%s: user_id %v, extension_id %v, extension_group_id %v", r.DisplayName, res["user_id"], res["extension_id"],
				res["extension_group_id"])
		}
		if !res["password_wo"].IsNull() || !res["password_wo_version"].IsNull() {
			t.Errorf("%s: password_wo %v, password_wo_version %v; the PBX answers neither", r.DisplayName, res["password_wo"],
				res["password_wo_version"])
		}
		// Imports read the listing again: after the counts above.
		p.CheckListedAsImported(userType, r)
	}

	// A numeric client id, a limit that ends the walk in the second scope.
	env.Sandbox.Kit.ResetRequests()
	limited := acctest.NewProtocol(t, env).List(userType, acctest.Values{"client_id": demoClient}, false, 2)
	if len(limited) != 2 || limited[0].Resource != nil || limited[1].DisplayName != want[1].display {
		t.Errorf("limit 2 without include_resource: %v", limited)
	}
	if n := countRequests(env, http.MethodGet, usersPathRe); n != 2 {
		t.Errorf("%d listing requests for a limit of 2, want 2 (the group users are not listed)", n)
	}
	if n := countRequests(env, http.MethodGet, clientInfoPathRe); n != 0 {
		t.Errorf("%d client_info requests for a numeric client id, want none", n)
	}
}

// checkUserIdentity: { client_id = numeric, scope, user_id }.
func checkUserIdentity(t *testing.T, identity map[string]tftypes.Value, scope string, id int64) {
	t.Helper()
	acctest.CheckIdentity(t, identity, acctest.Values{"client_id": demoClient, "scope": scope, "user_id": id})
}

// An identity names the scope: the same id in another scope's collection is
// not that user (the import finds nothing); a scope that does not exist is
// an invalid import, by identity and by ID string, naming the form.
func TestProtocolPBXUser_importByIdentity(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	ids, extension, _ := putUsersOfEveryScope(t, env)
	p := acctest.NewProtocol(t, env)

	state, identity, diags := p.ImportByIdentity(userType, acctest.Values{"client_id": demoClient, "scope": "extension", "user_id": ids[1]})
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	state, identity, diags = p.Read(userType, state, identity)
	if errs := acctest.Errors(diags); len(errs) > 0 || state == nil {
		t.Fatalf("read after import: %v, state %v", errs, state)
	}
	checkUserIdentity(t, identity, "extension", ids[1])
	if acctest.String(t, state["login"]) != "tf-acc-anna" || acctest.Int(t, state["extension_id"]) != extension ||
		acctest.String(t, state["id"]) != fmt.Sprintf("%s/extension/%d", demoClient, ids[1]) {
		t.Errorf("imported %v", state)
	}

	// The extension user's id under the client scope: nothing there.
	state, identity, diags = p.ImportByIdentity(userType, acctest.Values{"client_id": demoClient, "scope": "client", "user_id": ids[1]})
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if state, _, diags = p.Read(userType, state, identity); len(acctest.Errors(diags)) > 0 || state != nil {
		t.Errorf("user %d read as a client user: %v, state %v; want it gone", ids[1], acctest.Errors(diags), state)
	}

	for _, bad := range []struct {
		identity acctest.Values
		id       string
	}{
		{identity: acctest.Values{"client_id": demoClient, "scope": "admin", "user_id": ids[0]}},
		{id: fmt.Sprintf("@me/admin/%d", ids[0])},
		{id: fmt.Sprintf("@me/%d", ids[0])},
		{id: "@me/client/anna"},
	} {
		if bad.identity != nil {
			_, _, diags = p.ImportByIdentity(userType, bad.identity)
		} else {
			_, _, diags = p.ImportByID(userType, bad.id)
		}
		errs := strings.Join(acctest.Errors(diags), "\n")
		if !strings.Contains(errs, "Invalid import ID for telecom_pbx_user") ||
			!strings.Contains(errs, "Expected <client_id>/<scope>/<user_id>, e.g. 12345/extension/42") {
			t.Errorf("import %v%s: %q, want an invalid import ID naming the form", bad.identity, bad.id, errs)
		}
	}
}

// Identity on create and update; state from before identities gets one on
// its next read, also when the user is gone by then.
func TestProtocolPBXUser_identity(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	group := env.Sandbox.PutExtensionGroup(sandbox.ExtensionGroup{Name: "tf-acc-identity", ExtraParams: "null"}).ID
	p := acctest.NewProtocol(t, env)
	config := acctest.Values{
		"login": "tf-acc-identity", "name": "Identity", "email": "identity@example.com", "extension_group_id": group,
		"password_wo": userPassword1, "password_wo_version": 1,
	}
	state, identity, diags := p.Apply(userType, nil, nil, config)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	id := acctest.Int(t, state["user_id"])
	checkUserIdentity(t, identity, "extension_group", id)
	if !state["password_wo"].IsNull() || acctest.String(t, state["scope"]) != "extension_group" {
		t.Errorf("created %v", state)
	}
	if pw, _ := env.Sandbox.UserPassword(id); pw != userPassword1 {
		t.Error("the PBX does not hold the configured password")
	}

	config["name"] = "Identity 2"
	state, identity, diags = p.Apply(userType, state, identity, config)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	checkUserIdentity(t, identity, "extension_group", id)
	if acctest.String(t, state["name"]) != "Identity 2" || acctest.Int(t, state["user_id"]) != id {
		t.Errorf("updated %v", state)
	}

	old := p.State(userType, acctest.Values{
		"id": fmt.Sprintf("@me/extension_group/%d", id), "client_id": "@me", "scope": "extension_group", "user_id": id,
		"login": "tf-acc-identity", "name": "Identity 2", "email": "identity@example.com", "extension_group_id": group,
	})
	if _, identity, diags = p.Read(userType, old, nil); len(acctest.Errors(diags)) > 0 {
		t.Fatal(acctest.Errors(diags))
	}
	checkUserIdentity(t, identity, "extension_group", id)
	env.Sandbox.DeleteUser(id)
	state, identity, diags = acctest.NewProtocol(t, env).Read(userType, old, nil)
	if errs := acctest.Errors(diags); len(errs) > 0 || state != nil {
		t.Fatalf("reading a vanished user: %v, state %v", errs, state)
	}
	checkUserIdentity(t, identity, "extension_group", id)
}
