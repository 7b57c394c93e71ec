package sms_test

import (
	"fmt"
	"math/big"
	"net/http"
	"sort"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
	smsapi "github.com/telecom-tf/terraform-provider-telecom/internal/sms/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sms/sandbox"
)

// Identity and the list resource through the protocol: Terraform 1.11 on CI
// cannot drive them (identity needs 1.12, list resources 1.14).

// viewsWithoutObjects is how many subaccounts/view requests a query without
// include_resource makes per listed subaccount: none, such a query is the
// one index request (Complete reads the views only for include_resource).
const viewsWithoutObjects = 0

// listed subaccounts for a list test: two besides the seeded template, one
// with every optional field, one with none.
func listed(t *testing.T) (*acctest.SMSEnv, map[int64]sandbox.Subaccount) {
	t.Helper()
	env := acctest.SMS(t)
	env.RequireSandbox(t)
	want := map[int64]sandbox.Subaccount{}
	for _, sa := range []sandbox.Subaccount{
		{ID: 2001, Username: "tf-acc-full", Name: "Full Name", Phone: "+48500600700", Email: "full@example.com", TemplateID: sandbox.DemoTemplateID},
		{ID: 2002, Username: "tf-acc-bare", TemplateID: sandbox.DemoTemplateID},
	} {
		if err := env.Sandbox.PutSubaccount(sa); err != nil {
			t.Fatal(err)
		}
	}
	for _, sa := range env.Sandbox.Subaccounts() {
		want[sa.ID] = sa
	}
	return env, want
}

func TestProtocolSMSSubaccount_listWithObjects(t *testing.T) {
	env, want := listed(t)
	p := acctest.NewProtocol(t, env)
	env.Sandbox.Kit.ResetRequests()

	results := p.List(subType, nil, true, 0)
	if len(results) != len(want) || len(want) != 3 {
		t.Fatalf("%d results, want the %d subaccounts (the template and two more)", len(results), len(want))
	}
	for _, r := range results {
		if errs := acctest.Errors(r.Diagnostics); len(errs) > 0 {
			t.Fatalf("result %q: %v", r.DisplayName, errs)
		}
		id := acctest.Int(t, r.Identity["subaccount_id"])
		sa, ok := want[id]
		if !ok {
			t.Fatalf("result %q has identity %v, not a subaccount of the sandbox", r.DisplayName, r.Identity)
		}
		if wantName := fmt.Sprintf("%s (subaccount %d)", sa.Username, sa.ID); r.DisplayName != wantName {
			t.Errorf("display name %q, want %q", r.DisplayName, wantName)
		}
		if r.Resource == nil {
			t.Fatalf("%s: include_resource gave no resource object", r.DisplayName)
		}
		for attr, v := range map[string]string{
			"id": fmt.Sprint(id), "username": sa.Username, "name": sa.Name, "phone": sa.Phone, "email": sa.Email,
		} {
			if got := acctest.String(t, r.Resource[attr]); got != v {
				t.Errorf("%s: resource %s = %q, want %q", r.DisplayName, attr, got, v)
			}
		}
		if got := acctest.Int(t, r.Resource["subaccount_id"]); got != id {
			t.Errorf("%s: resource subaccount_id = %d", r.DisplayName, got)
		}
		// What cannot be read back is left out, so that the generated
		// configuration plans clean.
		for _, attr := range []string{"template_id", "password_wo", "password_wo_version", "limits"} {
			if !r.Resource[attr].IsNull() {
				t.Errorf("%s: resource %s = %v, want null (the API cannot read it)", r.DisplayName, attr, r.Resource[attr])
			}
		}
		// Unset optional fields are null, as Read leaves them, not "".
		if sa.ID == 2002 && !r.Resource["name"].IsNull() {
			t.Errorf("%s: name = %v, want null", r.DisplayName, r.Resource["name"])
		}
	}
	// One index for the listing, one view per subaccount: the only way the
	// API gives names, phones and e-mails.
	if n, v := countAction(env, actIndex), countAction(env, actView); n != 1 || v != len(want) {
		t.Errorf("%d index and %d view requests, want 1 and %d", n, v, len(want))
	}
	if total := env.Sandbox.Kit.RequestCount(); total != 1+len(want) {
		t.Errorf("%d requests, want %d", total, 1+len(want))
	}

	// limit stops the listing: no view of a subaccount that is not returned
	// (a new provider process: the first may reuse its index).
	env.Sandbox.Kit.ResetRequests()
	limited := acctest.NewProtocol(t, env).List(subType, nil, true, 2)
	if n, v := countAction(env, actIndex), countAction(env, actView); len(limited) != 2 || n != 1 || v != 2 {
		t.Errorf("limit 2: %d results, %d index and %d view requests; want 2, 1 and 2", len(limited), n, v)
	}
}

func TestProtocolSMSSubaccount_listIdentitiesOnly(t *testing.T) {
	env, want := listed(t)
	p := acctest.NewProtocol(t, env)
	env.Sandbox.Kit.ResetRequests()
	results := p.List(subType, nil, false, 0)
	if len(results) != len(want) {
		t.Fatalf("%d results, want %d", len(results), len(want))
	}
	var names []string
	for _, r := range results {
		if r.Resource != nil {
			t.Error("a resource object came without include_resource")
		}
		if _, ok := want[acctest.Int(t, r.Identity["subaccount_id"])]; !ok {
			t.Errorf("identity %v", r.Identity)
		}
		names = append(names, r.DisplayName)
	}
	sort.Strings(names)
	if got := strings.Join(names, ", "); got != "tf-acc-bare (subaccount 2002), tf-acc-full (subaccount 2001), wojtek (subaccount 1194)" {
		t.Errorf("display names %s", got)
	}
	if n, v := countAction(env, actIndex), countAction(env, actView); n != 1 || v != viewsWithoutObjects*len(want) {
		t.Errorf("%d index and %d view requests, want 1 and %d", n, v, viewsWithoutObjects*len(want))
	}
}

// The request count of one query for an account with 100 subaccounts.
func TestProtocolSMSSubaccount_listHundred(t *testing.T) {
	env := acctest.SMS(t)
	env.RequireSandbox(t)
	for i := range int64(99) { // and the template: 100
		if err := env.Sandbox.PutSubaccount(sandbox.Subaccount{ID: 3000 + i, Username: fmt.Sprintf("tf-acc-h%03d", i)}); err != nil {
			t.Fatal(err)
		}
	}
	for _, include := range []bool{true, false} {
		p := acctest.NewProtocol(t, env) // a fresh provider: no shared index
		env.Sandbox.Kit.ResetRequests()
		if results := p.List(subType, nil, include, 0); len(results) != 100 {
			t.Fatalf("include_resource %v: %d results, want 100", include, len(results))
		}
		views := 100
		if !include {
			views = 100 * viewsWithoutObjects
		}
		if total := env.Sandbox.Kit.RequestCount(); total != 1+views {
			t.Errorf("include_resource %v: %d requests for 100 subaccounts, want %d", include, total, 1+views)
		}
		t.Logf("include_resource %v: %d requests for 100 subaccounts", include, env.Sandbox.Kit.RequestCount())
	}
}

// The first view fails (the index names the template first). A subaccount
// deleted between the index and its view (1004) is left out; another
// failure is that result's error, and the listing goes on.
func TestProtocolSMSSubaccount_listViewFails(t *testing.T) {
	for _, c := range []struct {
		code, error string // "" error: the subaccount is left out
	}{{"1004", ""}, {"1005", "Error reading SMS subaccount: Could not read subaccount 1194"}} {
		env, want := listed(t)
		p := acctest.NewProtocol(t, env)
		if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{
			Kind: sandboxkit.KindStatus, Status: http.StatusOK, Path: actionPathRe(actView), Times: 1,
			Body: `{"error":{"code":` + c.code + `,"type":"InvalidID","message":"Invalid"}}`,
		}); err != nil {
			t.Fatal(err)
		}
		var errs []string
		ok := 0
		for _, r := range p.List(subType, nil, true, 0) {
			errs = append(errs, acctest.Errors(r.Diagnostics)...)
			if r.Resource != nil && len(r.Diagnostics) == 0 && acctest.Int(t, r.Identity["subaccount_id"]) != sandbox.DemoTemplateID {
				ok++
			}
		}
		if ok != len(want)-1 || (c.error == "") != (len(errs) == 0) || (c.error != "" && (len(errs) != 1 || !strings.Contains(errs[0], c.error))) {
			t.Errorf("view failing with %s: %d other subaccounts listed (want %d), errors %v (want %q)", c.code, ok, len(want)-1, errs, c.error)
		}
	}
}

// An import by identity goes through the same Import as the ID string; the
// read after it gives the state the listing's object has (so the
// configuration terraform query generates plans with imports only).
func TestProtocolSMSSubaccount_importByIdentityThenRead(t *testing.T) {
	env, want := listed(t)
	p := acctest.NewProtocol(t, env)
	state, identity, diags := p.ImportByIdentity(subType, acctest.Values{"subaccount_id": int64(2001)})
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if acctest.Int(t, state["subaccount_id"]) != 2001 || acctest.String(t, state["id"]) != "2001" {
		t.Errorf("imported state %v", state)
	}
	state, identity, diags = p.Read(subType, state, identity)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if acctest.Int(t, identity["subaccount_id"]) != 2001 {
		t.Errorf("identity after read: %v", identity)
	}
	sa := want[2001]
	if acctest.String(t, state["username"]) != sa.Username || acctest.String(t, state["email"]) != sa.Email {
		t.Errorf("read after import: %v", state)
	}
	// The index lists ids ascending: the template, then 2001.
	listedObject := p.List(subType, nil, true, 2)[1].Resource
	if acctest.Int(t, listedObject["subaccount_id"]) != 2001 {
		t.Fatalf("second result %v, want subaccount 2001", listedObject)
	}
	for attr, v := range state {
		if !listedObject[attr].Equal(v) {
			t.Errorf("listed %s = %v, but import and read give %v", attr, listedObject[attr], v)
		}
	}

	for _, bad := range []int64{0, -1} {
		_, _, diags = p.ImportByIdentity(subType, acctest.Values{"subaccount_id": bad})
		if errs := acctest.Errors(diags); len(errs) != 1 || !strings.Contains(errs[0], "Invalid import ID for telecom_sms_subaccount") {
			t.Errorf("identity %d gave %v", bad, errs)
		}
	}
	// The ID string still works, both forms.
	for _, id := range []string{"2001", "username:tf-acc-full"} {
		state, identity, diags := p.ImportByID(subType, id)
		if errs := acctest.Errors(diags); len(errs) > 0 || acctest.Int(t, state["subaccount_id"]) != 2001 {
			t.Errorf("import %s: %v, state %v", id, errs, state)
		}
		if identity != nil && acctest.Int(t, identity["subaccount_id"]) != 2001 {
			t.Errorf("import %s: identity %v", id, identity)
		}
	}
}

// Identity is set on create and stays on update (limits in place). The
// password is write-only: the protocol passes it in the configuration only.
func TestProtocolSMSSubaccount_identityOnCreateAndUpdate(t *testing.T) {
	env := acctest.SMS(t)
	env.RequireSandbox(t)
	p := acctest.NewProtocol(t, env)
	cfg := acctest.Values{
		"username": "tf-acc-proto", "password_wo": "proto-Pass1", "template_id": sandbox.DemoTemplateID,
		"limits": limitsValue(map[string]int64{"eco": 5}),
	}
	state, identity, diags := p.Apply(subType, nil, nil, cfg)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	id := acctest.Int(t, state["subaccount_id"])
	if id == 0 || acctest.Int(t, identity["subaccount_id"]) != id {
		t.Fatalf("state %v, identity %v", state, identity)
	}
	if !env.Sandbox.PasswordMatches(id, "proto-Pass1") {
		t.Error("the subaccount was not created with the configured password")
	}
	if !state["password_wo"].IsNull() {
		t.Error("the write-only password is in the state")
	}

	cfg["limits"] = limitsValue(map[string]int64{"eco": 6})
	env.Sandbox.Kit.ResetRequests()
	state, identity, diags = p.Apply(subType, state, identity, cfg)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if acctest.Int(t, state["subaccount_id"]) != id || acctest.Int(t, identity["subaccount_id"]) != id {
		t.Errorf("after update: state %v, identity %v", state, identity)
	}
	if got := env.Sandbox.Limits(id)["eco"]; got != 6 || countAction(env, actAdd)+countAction(env, actDelete) != 0 {
		t.Errorf("update: eco limit %d, %d add/delete requests; want 6 in place", got, countAction(env, actAdd)+countAction(env, actDelete))
	}
}

// State written by the release before identities has none: the next read
// fills it in, also when the subaccount is gone by then.
func TestProtocolSMSSubaccount_stateWithoutIdentity(t *testing.T) {
	env, _ := listed(t)
	p := acctest.NewProtocol(t, env)
	old := p.State(subType, acctest.Values{
		"id": "2001", "subaccount_id": int64(2001), "username": "tf-acc-full", "template_id": sandbox.DemoTemplateID,
		"password_wo_version": int64(1), "name": "Full Name", "phone": "+48500600700", "email": "full@example.com",
	})
	state, identity, diags := p.Read(subType, old, nil)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if state == nil || acctest.Int(t, identity["subaccount_id"]) != 2001 || acctest.Int(t, state["template_id"]) != sandbox.DemoTemplateID {
		t.Errorf("state %v, identity %v; want the subaccount kept, its template too, and its identity filled in", state, identity)
	}

	env.Sandbox.DeleteSubaccount(2001)
	state, identity, diags = acctest.NewProtocol(t, env).Read(subType, old, nil)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatalf("reading a vanished subaccount from pre-identity state: %v", errs)
	}
	if state != nil {
		t.Errorf("state %v, want the vanished subaccount removed", state)
	}
	if acctest.Int(t, identity["subaccount_id"]) != 2001 {
		t.Errorf("identity %v, want it set even though the subaccount is gone", identity)
	}
}

// An API failure while listing is the list's error diagnostic.
func TestProtocolSMSSubaccount_listError(t *testing.T) {
	env := acctest.SMS(t)
	env.RequireSandbox(t)
	env.Sandbox.SetSubaccountsPermission(false)
	results := acctest.NewProtocol(t, env).List(subType, nil, false, 0)
	if len(results) != 1 {
		t.Fatalf("%d results, want one carrying the error", len(results))
	}
	if errs := acctest.Errors(results[0].Diagnostics); len(errs) != 1 || !strings.Contains(errs[0], "Error listing SMS subaccounts") {
		t.Errorf("diagnostics %v", errs)
	}
}

// limitsValue is a limits object with the given types set.
func limitsValue(set map[string]int64) tftypes.Value {
	types := map[string]tftypes.Type{}
	values := map[string]tftypes.Value{}
	for _, name := range smsapi.LimitTypes {
		types[name] = tftypes.Number
		values[name] = tftypes.NewValue(tftypes.Number, nil)
		if v, ok := set[name]; ok {
			values[name] = tftypes.NewValue(tftypes.Number, new(big.Float).SetInt64(v))
		}
	}
	return tftypes.NewValue(tftypes.Object{AttributeTypes: types}, values)
}
