package pbx_test

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tftypes"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/querycheck"
	"github.com/hashicorp/terraform-plugin-testing/querycheck/queryfilter"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// Identity ({client_id, did_id}) and the list resource of
// telecom_pbx_did_assignment, through the protocol (every make test) and
// with a Terraform new enough for them (gated).

const didType = "telecom_pbx_did_assignment"

// routeSeeded routes the seeded DID id to an extension, behind Terraform's
// back, and returns the extension.
func routeSeeded(env *acctest.PBXEnv, id int64, name string) int64 {
	ext := env.Sandbox.PutExtension(sandbox.Extension{Name: name, Type: "phone", Status: "active"}).ID
	d, _ := env.Sandbox.DID(id)
	d.ExtensionID = &ext
	env.Sandbox.PutDID(d)
	return ext
}

// The query lists the assigned DIDs only, one listing request for all, each
// with its numeric identity, a display name saying where it rings and, with
// include_resource, what an import by that identity reads.
func TestProtocolPBXDIDAssignment_listsAssigned(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	spb := routeSeeded(env, sandbox.FirstDIDID, "100")
	moscow := routeSeeded(env, sandbox.FirstDIDID+1, "101")
	d, _ := env.Sandbox.DID(sandbox.FirstDIDID + 1)
	d.MessageExtensionID = &spb
	env.Sandbox.PutDID(d)
	p := acctest.NewProtocol(t, env)
	env.Sandbox.Kit.ResetRequests()

	results := p.List(didType, nil, true, 0)
	if len(results) != 2 {
		t.Fatalf("%d results, want the 2 assigned DIDs of %d: %v", len(results), len(env.Sandbox.DIDs()), results)
	}
	if n := countRequests(env, http.MethodGet, didsPathRe); n != 1 {
		t.Errorf("%d listing requests, want 1", n)
	}
	if n := countRequests(env, http.MethodGet, clientInfoPathRe); n != 0 {
		t.Errorf("%d client_info requests, want none: every DID names its client", n)
	}
	for i, want := range []struct {
		id      int64
		number  string
		display string
		ext     int64
	}{
		{sandbox.FirstDIDID, "00" + sandbox.DemoDID, fmt.Sprintf("00%s -> extension %d (DID %d)", sandbox.DemoDID, spb, sandbox.FirstDIDID), spb},
		{sandbox.FirstDIDID + 1, "00" + sandbox.DemoMessageDID, fmt.Sprintf("00%s -> extension %d, messages to extension %d (DID %d)",
			sandbox.DemoMessageDID, moscow, spb, sandbox.FirstDIDID+1), moscow},
	} {
		r := results[i]
		if errs := acctest.Errors(r.Diagnostics); len(errs) > 0 {
			t.Fatal(errs)
		}
		if r.DisplayName != want.display {
			t.Errorf("display name %q, want %q", r.DisplayName, want.display)
		}
		if acctest.String(t, r.Identity["client_id"]) != demoClient || acctest.Int(t, r.Identity["did_id"]) != want.id {
			t.Errorf("identity %v", r.Identity)
		}
		res := r.Resource
		if acctest.String(t, res["number"]) != want.number || acctest.Int(t, res["extension_id"]) != want.ext ||
			acctest.String(t, res["client_id"]) != demoClient || acctest.String(t, res["id"]) != demoClient+"/"+itoa(want.id) {
			t.Errorf("resource %v", res)
		}
		imported, identity, diags := p.ImportByIdentity(didType, acctest.Values{"client_id": demoClient, "did_id": want.id})
		if errs := acctest.Errors(diags); len(errs) > 0 {
			t.Fatal(errs)
		}
		imported, _, diags = p.Read(didType, imported, identity)
		if errs := acctest.Errors(diags); len(errs) > 0 {
			t.Fatal(errs)
		}
		for attr, v := range imported {
			if !v.Equal(res[attr]) {
				t.Errorf("%s: the list result has %v, an import by identity reads %v", attr, res[attr], v)
			}
		}
	}
	if !results[0].Resource["message_extension_id"].IsNull() {
		t.Errorf("message_extension_id of a DID without one: %v", results[0].Resource["message_extension_id"])
	}
}

// A page a request, and no page after the limit.
func TestProtocolPBXDIDAssignment_listPagesAndLimit(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	ext := env.Sandbox.PutExtension(sandbox.Extension{Name: "100", Type: "phone", Status: "active"}).ID
	for i := range 150 {
		env.Sandbox.PutDID(sandbox.DID{Name: fmt.Sprintf("7495300%04d", i), ExtensionID: &ext})
	}
	p := acctest.NewProtocol(t, env)
	env.Sandbox.Kit.ResetRequests()
	if results := p.List(didType, acctest.Values{"client_id": demoClient}, false, 0); len(results) != 150 {
		t.Errorf("%d results, want the 150 assigned DIDs", len(results))
	}
	if n := countRequests(env, http.MethodGet, didsPathRe); n != 2 {
		t.Errorf("%d listing requests for 154 DIDs, want 2 (one per page)", n)
	}
	env.Sandbox.Kit.ResetRequests()
	if limited := p.List(didType, nil, true, 10); len(limited) != 10 {
		t.Errorf("limit 10 gave %d results", len(limited))
	}
	if n := countRequests(env, http.MethodGet, didsPathRe); n != 1 {
		t.Errorf("limit 10 took %d listing requests, want 1", n)
	}
}

// Identity on create and update, after import by number, by ID and by
// identity, for state without one, and for a DID that is gone.
func TestProtocolPBXDIDAssignment_identity(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	ext := env.Sandbox.PutExtension(sandbox.Extension{Name: "100", Type: "phone", Status: "active"}).ID
	p := acctest.NewProtocol(t, env)
	env.Sandbox.Kit.ResetRequests()
	want := func(identity map[string]tftypes.Value, id int64) {
		t.Helper()
		if identity == nil || acctest.String(t, identity["client_id"]) != demoClient || acctest.Int(t, identity["did_id"]) != id {
			t.Errorf("identity %v, want client %s, did %d", identity, demoClient, id)
		}
	}
	config := acctest.Values{"number": "+" + sandbox.DemoDID, "extension_id": ext}
	state, identity, diags := p.Apply(didType, nil, nil, config)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	want(identity, sandbox.FirstDIDID)
	config["extension_id"] = nil
	if state, identity, diags = p.Apply(didType, state, identity, config); len(acctest.Errors(diags)) > 0 {
		t.Fatal(acctest.Errors(diags))
	}
	want(identity, sandbox.FirstDIDID)
	if !state["extension_id"].IsNull() || !state["message_extension_id"].IsNull() {
		t.Errorf("updated to no extension: %v", state)
	}
	if n := countRequests(env, http.MethodGet, clientInfoPathRe); n != 0 {
		t.Errorf("%d client_info requests, want none: the DID's answers name its client", n)
	}

	state, identity = p.ImportByIDAndRead(didType, "@me/+"+sandbox.DemoDID)
	if acctest.String(t, state["number"]) != "+"+sandbox.DemoDID || acctest.String(t, state["id"]) != "@me/"+itoa(sandbox.FirstDIDID) {
		t.Errorf("imported by number: %v", state)
	}
	want(identity, sandbox.FirstDIDID)

	// State from before identities: filled in on read, also once the DID is
	// gone (only the API can then say who @me is).
	old := p.State(didType, acctest.Values{"id": "@me/" + itoa(sandbox.FirstDIDID+2), "client_id": "@me",
		"did_id": sandbox.FirstDIDID + 2, "number": "0074951234568"})
	state, identity, _ = p.Read(didType, old, nil)
	if state == nil || acctest.String(t, state["number"]) != "0074951234568" || !state["extension_id"].IsNull() {
		t.Errorf("an unassigned DID read: %v, want it kept (drift, not gone)", state)
	}
	want(identity, sandbox.FirstDIDID+2)
	env.Sandbox.DeleteDID(sandbox.FirstDIDID + 2)
	state, identity, diags = acctest.NewProtocol(t, env).Read(didType, old, nil)
	if errs := acctest.Errors(diags); len(errs) > 0 || state != nil {
		t.Errorf("a released DID: state %v, %v; want it removed", state, errs)
	}
	want(identity, sandbox.FirstDIDID+2)

	// An identity naming no DID imports, and the read after it finds
	// nothing (as for every PBX object).
	state, identity, diags = p.ImportByIdentity(didType, acctest.Values{"client_id": demoClient, "did_id": int64(424242)})
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if state, _, diags = p.Read(didType, state, identity); state != nil || len(acctest.Errors(diags)) > 0 {
		t.Errorf("a DID that does not exist read as %v, %v", state, acctest.Errors(diags))
	}
}

// The same with the real terraform, where it is new enough (identity 1.12,
// query 1.14).

// didHCL is an assignment of number to extension ext; clientID "" leaves
// it to the provider. An import by identity reads numbers as 00…, so the
// configurations it is compared with spell them so.
func didHCL(number, clientID string, ext int64) string {
	clientLine := ""
	if clientID != "" {
		clientLine = fmt.Sprintf("  client_id    = %q\n", clientID)
	}
	return fmt.Sprintf("\nresource %q \"test\" {\n%s  number       = %q\n  extension_id = %d\n}\n", didType, clientLine, number, ext)
}

// didAccTest runs steps where the Terraform version allows, with an
// extension to route the DID to; the DID is unassigned at the end.
func didAccTest(t *testing.T, version tfversion.TerraformVersionCheck, steps func(env *acctest.PBXEnv, ext int64) []resource.TestStep) {
	t.Helper()
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	ext := env.Sandbox.PutExtension(sandbox.Extension{Name: "100", Type: "phone", Status: "active"}).ID
	resource.ParallelTest(t, resource.TestCase{
		TerraformVersionChecks:   []tfversion.TerraformVersionCheck{version},
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkDIDsUnassigned(env, spbOffice),
		Steps:                    steps(env, ext),
	})
}

func TestAccPBXDIDAssignment_identity(t *testing.T) {
	didAccTest(t, tfversion.SkipBelow(tfversion.Version1_12_0), func(env *acctest.PBXEnv, ext int64) []resource.TestStep {
		return []resource.TestStep{
			{
				Config: env.ProviderConfig("") + didHCL("00"+sandbox.DemoDID, "", ext),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectIdentity(didAddr, map[string]knownvalue.Check{
						"client_id": knownvalue.StringExact(demoClient),
						"did_id":    knownvalue.Int64Exact(sandbox.FirstDIDID),
					}),
				},
			},
			{ResourceName: didAddr, ImportState: true, ImportStateKind: resource.ImportBlockWithID},
			{
				Config:       env.ProviderConfig("") + didHCL("00"+sandbox.DemoDID, demoClient, ext),
				ResourceName: didAddr, ImportState: true, ImportStateKind: resource.ImportBlockWithResourceIdentity,
			},
		}
	})
}

func TestAccPBXDIDAssignment_query(t *testing.T) {
	didAccTest(t, tfversion.SkipBelow(tfversion.Version1_14_0), func(env *acctest.PBXEnv, ext int64) []resource.TestStep {
		identity := map[string]knownvalue.Check{
			"client_id": knownvalue.StringExact(demoClient), "did_id": knownvalue.Int64Exact(sandbox.FirstDIDID),
		}
		return []resource.TestStep{
			{Config: env.ProviderConfig("") + didHCL("00"+sandbox.DemoDID, "", ext)},
			{
				Query: true,
				Config: `
list "telecom_pbx_did_assignment" "all" {
  provider         = telecom
  include_resource = true
}
`,
				QueryResultChecks: []querycheck.QueryResultCheck{
					querycheck.ExpectLength(didType+".all", 1), // the unassigned seeded DIDs are not listed
					querycheck.ExpectIdentity(didType+".all", identity),
					querycheck.ExpectResourceDisplayName(didType+".all", queryfilter.ByResourceIdentity(identity),
						knownvalue.StringExact(fmt.Sprintf("00%s -> extension %d (DID %d)", sandbox.DemoDID, ext, sandbox.FirstDIDID))),
					querycheck.ExpectResourceKnownValues(didType+".all", queryfilter.ByResourceIdentity(identity), []querycheck.KnownValueCheck{
						{Path: tfjsonpath.New("number"), KnownValue: knownvalue.StringExact("00" + sandbox.DemoDID)},
						{Path: tfjsonpath.New("extension_id"), KnownValue: knownvalue.Int64Exact(ext)},
						{Path: tfjsonpath.New("client_id"), KnownValue: knownvalue.StringExact(demoClient)},
					}),
				},
			},
		}
	})
}

// What an import by identity generates (the values terraform query
// -generate-config-out writes, see TestProtocolPBXDIDAssignment_listsAssigned)
// plans with the import only.
func TestAccPBXDIDAssignment_queryGeneratedConfigPlansClean(t *testing.T) {
	didAccTest(t, tfversion.SkipBelow(tfversion.Version1_14_0), func(env *acctest.PBXEnv, ext int64) []resource.TestStep {
		return []resource.TestStep{
			{Config: env.ProviderConfig("") + didHCL("00"+sandbox.DemoDID, "", ext)},
			{
				ResourceName: didAddr, ImportState: true, ImportStateKind: resource.ImportBlockWithResourceIdentity, GenerateConfig: true,
				ImportPlanChecks: resource.ImportPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(didAddr, plancheck.ResourceActionNoop)},
				},
			},
		}
	})
}
