package odorik_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
)

// Identity and the list resource of speed dials through the protocol, for
// the Terraform (1.11) that cannot drive them; speed_dial_discover_acc_test.go
// has the same with a newer terraform.

const speedDialType = "telecom_odorik_speed_dial"

func TestProtocolOdorikSpeedDial_listWithIdentity(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t)
	if err := env.Sandbox.PutSpeedDial(sandbox.SpeedDial{Shortcut: 40, Number: "*754321"}); err != nil {
		t.Fatal(err)
	}
	p := acctest.NewProtocol(t, env)
	env.Sandbox.Kit.ResetRequests()

	results := p.List(speedDialType, nil, true, 0)
	if len(results) != 3 {
		t.Fatalf("%d results, want the 2 seeded speed dials and one more", len(results))
	}
	byShortcut := map[int64]acctest.ListResult{}
	for _, r := range results {
		if errs := acctest.Errors(r.Diagnostics); len(errs) > 0 {
			t.Fatalf("result %q: %v", r.DisplayName, errs)
		}
		byShortcut[acctest.Int(t, r.Identity["shortcut"])] = r
	}
	support, unnamed := byShortcut[sandbox.SupportShortcut], byShortcut[40]
	if support.DisplayName != "1: Odorik podpora (*100)" || unnamed.DisplayName != "40: *754321" {
		t.Errorf("display names %q, %q", support.DisplayName, unnamed.DisplayName)
	}
	if support.Resource == nil {
		t.Fatal("include_resource gave no resource object")
	}
	for attr, want := range map[string]string{"id": "1", "number": sandbox.SupportSpeedDialNumber, "name": sandbox.SupportSpeedDialName} {
		if got := acctest.String(t, support.Resource[attr]); got != want {
			t.Errorf("resource %s = %q, want %q", attr, got, want)
		}
	}
	if acctest.Int(t, support.Resource["shortcut"]) != 1 {
		t.Errorf("resource shortcut %v", support.Resource["shortcut"])
	}
	if !unnamed.Resource["name"].IsNull() {
		t.Errorf("a speed dial without a name lists name %v, want null (as Read leaves it)", unnamed.Resource["name"])
	}
	if n := env.Sandbox.Kit.RequestCount(); n != 1 {
		t.Errorf("%d requests, want one listing (never one request per speed dial)", n)
	}

	limited := p.List(speedDialType, nil, false, 2)
	if len(limited) != 2 {
		t.Errorf("limit 2 gave %d results", len(limited))
	}
	for _, r := range limited {
		if r.Resource != nil {
			t.Error("a resource object came without include_resource")
		}
	}
}

func TestProtocolOdorikSpeedDial_importByIdentityThenRead(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t)
	p := acctest.NewProtocol(t, env)
	state, identity, diags := p.ImportByIdentity(speedDialType, acctest.Values{"shortcut": int64(sandbox.MobileShortcut)})
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if acctest.Int(t, state["shortcut"]) != sandbox.MobileShortcut || acctest.String(t, state["id"]) != "2" {
		t.Errorf("imported state %v", state)
	}
	state, identity, diags = p.Read(speedDialType, state, identity)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if acctest.String(t, state["number"]) != sandbox.MobileSpeedDialNumber || acctest.String(t, state["name"]) != sandbox.MobileSpeedDialName {
		t.Errorf("read after import: %v", state)
	}
	if acctest.Int(t, identity["shortcut"]) != sandbox.MobileShortcut {
		t.Errorf("identity after read: %v", identity)
	}

	for _, bad := range []int64{0, -2} {
		_, _, diags = p.ImportByIdentity(speedDialType, acctest.Values{"shortcut": bad})
		if errs := acctest.Errors(diags); len(errs) != 1 || !strings.Contains(errs[0], "Invalid import ID for telecom_odorik_speed_dial") {
			t.Errorf("identity shortcut %d gave %v", bad, errs)
		}
	}
	// By ID string: the read that follows gives the identity.
	state, _, diags = p.ImportByID(speedDialType, "1")
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	state, identity, diags = p.Read(speedDialType, state, nil)
	if errs := acctest.Errors(diags); len(errs) > 0 || acctest.String(t, state["number"]) != sandbox.SupportSpeedDialNumber || acctest.Int(t, identity["shortcut"]) != 1 {
		t.Errorf("import by ID, then read: state %v, identity %v, %v", state, identity, errs)
	}
}

// State written before identities existed: the next read fills the
// identity in, also when the speed dial is gone by then.
func TestProtocolOdorikSpeedDial_stateWithoutIdentity(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t)
	if err := env.Sandbox.PutSpeedDial(sandbox.SpeedDial{Shortcut: 41, Number: "00420737007770", Name: "old"}); err != nil {
		t.Fatal(err)
	}
	p := acctest.NewProtocol(t, env)
	old := p.State(speedDialType, acctest.Values{"id": "41", "shortcut": int64(41), "number": "+420737007770", "name": "old"})
	state, identity, diags := p.Read(speedDialType, old, nil)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if state == nil || acctest.Int(t, identity["shortcut"]) != 41 {
		t.Errorf("state %v, identity %v; want the speed dial kept and its identity filled in", state, identity)
	}
	if got := acctest.String(t, state["number"]); got != "+420737007770" {
		t.Errorf("number %q, want the spelling of the state kept", got)
	}

	env.Sandbox.DeleteSpeedDial(41)
	// A new provider process, as the next terraform command starts.
	state, identity, diags = acctest.NewProtocol(t, env).Read(speedDialType, old, nil)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatalf("reading a vanished speed dial from pre-identity state: %v", errs)
	}
	if state != nil {
		t.Errorf("state %v, want the vanished speed dial removed", state)
	}
	if acctest.Int(t, identity["shortcut"]) != 41 {
		t.Errorf("identity %v, want it set even though the speed dial is gone", identity)
	}
}

// The identity follows the shortcut: on create (assigned by the API) and
// when an update moves the speed dial.
func TestProtocolOdorikSpeedDial_identityOnCreateAndMove(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t)
	p := acctest.NewProtocol(t, env)
	config := acctest.Values{"number": "*754321", "name": "tf-acc-identity"}
	state, identity, diags := p.Apply(speedDialType, nil, nil, config)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if acctest.Int(t, state["shortcut"]) != 3 || acctest.Int(t, identity["shortcut"]) != 3 || acctest.String(t, state["id"]) != "3" {
		t.Errorf("created: state %v, identity %v; want the lowest free shortcut, 3", state, identity)
	}

	config["shortcut"] = int64(44)
	env.Sandbox.Kit.ResetRequests()
	state, identity, diags = p.Apply(speedDialType, state, identity, config)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if acctest.Int(t, state["shortcut"]) != 44 || acctest.Int(t, identity["shortcut"]) != 44 || acctest.String(t, state["id"]) != "44" {
		t.Errorf("moved: state %v, identity %v", state, identity)
	}
	var puts []string
	for _, r := range env.Sandbox.Kit.Requests() {
		if r.Method == http.MethodPut {
			puts = append(puts, r.Path+" "+r.Form.Encode())
		}
	}
	if len(puts) != 1 || !strings.HasSuffix(strings.Fields(puts[0])[0], "/speed_dials/3.json") || strings.Contains(puts[0], "number=") || strings.Contains(puts[0], "name=") {
		t.Errorf("PUTs %v, want one to speed_dials/3.json with the shortcut only", puts)
	}
	if _, ok := env.Sandbox.SpeedDial(3); ok {
		t.Error("shortcut 3 is still used")
	}
}
