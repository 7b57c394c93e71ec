package odorik_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
)

// Identity and list resources through the protocol: Terraform 1.11 on CI
// cannot drive them (identity needs 1.12, list resources 1.14).

func TestProtocolOdorikRoute_listsRulesWithIdentity(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t)
	first, err := env.Sandbox.AddRoute(sandbox.GeographicNumber, "00420777111222", "*754321")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := env.Sandbox.AddRoute(sandbox.GeographicNumber, "*", "00420737007770"); err != nil {
		t.Fatal(err)
	}
	p := acctest.NewProtocol(t, env)
	env.Sandbox.Kit.ResetRequests()

	results := p.List("telecom_odorik_route", acctest.Values{"public_number": "+420533533533"}, true, 0)
	want, _ := env.Sandbox.Routes(sandbox.GeographicNumber)
	if len(results) != len(want) || len(want) < 3 {
		t.Fatalf("%d results, want the number's %d rules (the seeded one and two more)", len(results), len(want))
	}
	byID := map[int64]acctest.ListResult{}
	for _, r := range results {
		if errs := acctest.Errors(r.Diagnostics); len(errs) > 0 {
			t.Fatalf("result %q: %v", r.DisplayName, errs)
		}
		if got := acctest.String(t, r.Identity["public_number"]); got != sandbox.GeographicNumber {
			t.Errorf("identity public_number = %q, want the canonical %s whatever the filter's spelling", got, sandbox.GeographicNumber)
		}
		byID[acctest.Int(t, r.Identity["route_id"])] = r
	}
	r, ok := byID[first.ID]
	if !ok {
		t.Fatalf("rule %d not listed: %v", first.ID, byID)
	}
	if r.DisplayName != "00420533533533: 00420777111222 -> *754321" {
		t.Errorf("display name %q", r.DisplayName)
	}
	if r.Resource == nil {
		t.Fatal("include_resource gave no resource object")
	}
	for attr, want := range map[string]string{
		"id": "00420533533533/" + itoa(first.ID), "public_number": sandbox.GeographicNumber,
		"source_number": "00420777111222", "ringing_number": "*754321",
	} {
		if got := acctest.String(t, r.Resource[attr]); got != want {
			t.Errorf("resource %s = %q, want %q", attr, got, want)
		}
	}
	if n := countRequests(env, "/routes.json"); n != 1 {
		t.Errorf("%d listings of the number's rules, want 1 (never one request per rule)", n)
	}

	env.Sandbox.Kit.ResetRequests()
	limited := p.List("telecom_odorik_route", acctest.Values{"public_number": sandbox.GeographicNumber}, false, 2)
	if len(limited) != 2 {
		t.Errorf("limit 2 gave %d results", len(limited))
	}
	for _, r := range limited {
		if r.Resource != nil {
			t.Error("a resource object came without include_resource")
		}
	}
}

func TestProtocolOdorikRoute_listsEveryNumberWithoutFilter(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t)
	if _, err := env.Sandbox.AddRoute(sandbox.MobileNumber, "*", "*754321"); err != nil {
		t.Fatal(err)
	}
	p := acctest.NewProtocol(t, env)
	env.Sandbox.Kit.ResetRequests()
	results := p.List("telecom_odorik_route", nil, false, 0)
	numbers := map[string]bool{}
	for _, r := range results {
		numbers[acctest.String(t, r.Identity["public_number"])] = true
	}
	if !numbers[sandbox.GeographicNumber] || !numbers[sandbox.MobileNumber] {
		t.Errorf("listed the rules of %v, want every public number's", numbers)
	}
	listings := countRequests(env, "/routes.json")
	if total := env.Sandbox.Kit.RequestCount(); total != listings+1 {
		t.Errorf("%d requests, want one for the public numbers and one per number (%d)", total, listings)
	}
}

func TestProtocolOdorikRoute_importByIdentityThenRead(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t)
	route, err := env.Sandbox.AddRoute(sandbox.GeographicNumber, "00420777111222", "*754321")
	if err != nil {
		t.Fatal(err)
	}
	p := acctest.NewProtocol(t, env)
	state, identity, diags := p.ImportByIdentity("telecom_odorik_route", acctest.Values{"public_number": sandbox.GeographicNumber, "route_id": route.ID})
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if acctest.Int(t, state["route_id"]) != route.ID || acctest.String(t, state["public_number"]) != sandbox.GeographicNumber {
		t.Errorf("imported state %v", state)
	}
	state, identity, diags = p.Read("telecom_odorik_route", state, identity)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if acctest.String(t, state["ringing_number"]) != "*754321" || acctest.String(t, state["source_number"]) != "00420777111222" {
		t.Errorf("read after import: %v", state)
	}
	if acctest.Int(t, identity["route_id"]) != route.ID || acctest.String(t, identity["public_number"]) != sandbox.GeographicNumber {
		t.Errorf("identity after read: %v", identity)
	}

	_, _, diags = p.ImportByIdentity("telecom_odorik_route", acctest.Values{"public_number": "not a number", "route_id": route.ID})
	if errs := acctest.Errors(diags); len(errs) != 1 || !strings.Contains(errs[0], "Invalid import ID for telecom_odorik_route") {
		t.Errorf("a bad identity gave %v", errs)
	}
}

// State written by the release before identities has none: the next read
// fills it in, also when the rule is gone by then.
func TestProtocolOdorikRoute_stateWithoutIdentity(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t)
	route, err := env.Sandbox.AddRoute(sandbox.GeographicNumber, "00420777111222", "*754321")
	if err != nil {
		t.Fatal(err)
	}
	p := acctest.NewProtocol(t, env)
	old := p.State("telecom_odorik_route", acctest.Values{
		"id": "00420533533533/" + itoa(route.ID), "public_number": "+420533533533",
		"source_number": "00420777111222", "ringing_number": "*754321", "route_id": route.ID,
	})
	state, identity, diags := p.Read("telecom_odorik_route", old, nil)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if state == nil || acctest.String(t, identity["public_number"]) != sandbox.GeographicNumber || acctest.Int(t, identity["route_id"]) != route.ID {
		t.Errorf("state %v, identity %v; want the rule kept and its identity filled in", state, identity)
	}

	env.Sandbox.DeleteRoute(sandbox.GeographicNumber, route.ID)
	// A new provider process, as the next terraform command starts: the
	// first one may reuse its listing for a few seconds.
	state, identity, diags = acctest.NewProtocol(t, env).Read("telecom_odorik_route", old, nil)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatalf("reading a vanished rule from pre-identity state: %v", errs)
	}
	if state != nil {
		t.Errorf("state %v, want the vanished rule removed", state)
	}
	if acctest.Int(t, identity["route_id"]) != route.ID {
		t.Errorf("identity %v, want it set even though the rule is gone", identity)
	}
}

func TestProtocolOdorikRoute_identityOnCreate(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t)
	p := acctest.NewProtocol(t, env)
	state, identity, diags := p.Apply("telecom_odorik_route", nil, nil, acctest.Values{
		"public_number": "+420533533533", "source_number": "00420777333444", "ringing_number": "*754322",
	})
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	id := acctest.Int(t, state["route_id"])
	if id == 0 || acctest.Int(t, identity["route_id"]) != id || acctest.String(t, identity["public_number"]) != sandbox.GeographicNumber {
		t.Errorf("state %v, identity %v", state, identity)
	}
}

func countRequests(env *acctest.OdorikEnv, suffix string) int {
	n := 0
	for _, r := range env.Sandbox.Kit.Requests() {
		if strings.HasSuffix(r.Path, suffix) {
			n++
		}
	}
	return n
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestProtocolOdorikRinging_listImportAndRead(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t)
	if _, err := env.Sandbox.AddRoute(sandbox.GeographicNumber, "*", "*754321"); err != nil {
		t.Fatal(err)
	}
	if _, err := env.Sandbox.AddRoute(sandbox.GeographicNumber, "00420777111222", "*754322"); err != nil {
		t.Fatal(err)
	}
	p := acctest.NewProtocol(t, env)
	results := p.List("telecom_odorik_ringing", acctest.Values{"public_number": sandbox.GeographicNumber}, true, 0)
	var found bool
	for _, r := range results {
		target := acctest.String(t, r.Identity["ringing_number"])
		if target == "*754322" {
			t.Error("a rule for one caller is listed as a parallel ringing")
		}
		if target == "*754321" {
			found = true
			if r.DisplayName != "00420533533533 also rings *754321" || acctest.String(t, r.Resource["id"]) != "00420533533533/*754321" {
				t.Errorf("result %q, resource %v", r.DisplayName, r.Resource)
			}
		}
	}
	if !found {
		t.Fatalf("the ringing *754321 is not listed: %v", results)
	}

	state, identity, diags := p.ImportByIdentity("telecom_odorik_ringing", acctest.Values{"public_number": sandbox.GeographicNumber, "ringing_number": "*754321"})
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	state, identity, diags = p.Read("telecom_odorik_ringing", state, identity)
	if errs := acctest.Errors(diags); len(errs) > 0 || state == nil || acctest.String(t, identity["ringing_number"]) != "*754321" {
		t.Fatalf("read after import: state %v, identity %v, %v", state, identity, errs)
	}

	// Pre-identity state of a ringing that is gone by now.
	old := p.State("telecom_odorik_ringing", acctest.Values{"id": "00420533533533/*754399", "public_number": "+420533533533", "ringing_number": "*754399"})
	state, identity, diags = p.Read("telecom_odorik_ringing", old, nil)
	if errs := acctest.Errors(diags); len(errs) > 0 || state != nil {
		t.Fatalf("state %v, errors %v; want the vanished ringing removed quietly", state, errs)
	}
	if acctest.String(t, identity["public_number"]) != sandbox.GeographicNumber || acctest.String(t, identity["ringing_number"]) != "*754399" {
		t.Errorf("identity %v, want it filled in from the old state", identity)
	}
}
