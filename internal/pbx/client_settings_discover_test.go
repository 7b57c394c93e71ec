package pbx_test

import (
	"net/http"
	"testing"

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

// Identity ({client_id}) and the list resource of
// telecom_pbx_client_settings: through the protocol, and gated.

const settingsType = "telecom_pbx_client_settings"

// The query has one result, the client, named by its numeric id, with the
// settings an import by that identity reads; two requests, no more.
func TestProtocolPBXClientSettings_list(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	env.Sandbox.SetClientANI(sandbox.DemoDID)
	p := acctest.NewProtocol(t, env)
	env.Sandbox.Kit.ResetRequests()

	for _, config := range []acctest.Values{nil, {"client_id": "@me"}, {"client_id": demoClient}} {
		results := p.List(settingsType, config, true, 0)
		if len(results) != 1 {
			t.Fatalf("client_id %v: %d results, want the one client", config, len(results))
		}
		r := results[0]
		if errs := acctest.Errors(r.Diagnostics); len(errs) > 0 {
			t.Fatal(errs)
		}
		if want := sandbox.DemoClientName + " (client " + demoClient + ")"; r.DisplayName != want {
			t.Errorf("display name %q, want %q", r.DisplayName, want)
		}
		if acctest.String(t, r.Identity["client_id"]) != demoClient {
			t.Errorf("identity %v", r.Identity)
		}
		res := r.Resource
		if acctest.String(t, res["client_id"]) != demoClient || acctest.String(t, res["id"]) != demoClient ||
			acctest.String(t, res["timezone"]) != sandbox.DemoTimezone || acctest.String(t, res["default_caller_id"]) != "00"+sandbox.DemoDID ||
			!res["hold_music"].IsNull() {
			t.Errorf("resource %v", res)
		}
		imported, identity, diags := p.ImportByIdentity(settingsType, acctest.Values{"client_id": demoClient})
		if errs := acctest.Errors(diags); len(errs) > 0 {
			t.Fatal(errs)
		}
		if imported, _, diags = p.Read(settingsType, imported, identity); len(acctest.Errors(diags)) > 0 {
			t.Fatal(acctest.Errors(diags))
		}
		for attr, v := range imported {
			if !v.Equal(res[attr]) {
				t.Errorf("%s: the list result has %v, an import by identity reads %v", attr, res[attr], v)
			}
		}
	}
	// Each query: the settings and the default caller id; each import's
	// read the same.
	if n := countRequests(env, http.MethodGet, settingsPathRe); n != 6 {
		t.Errorf("%d settings reads, want 6 (3 queries, 3 reads after import)", n)
	}
	if n := countRequests(env, http.MethodGet, clientInfoPathRe); n != 0 {
		t.Errorf("%d client_info requests, want none: the settings name the client", n)
	}
	env.Sandbox.Kit.ResetRequests()
	if limited := p.List(settingsType, nil, false, 1); len(limited) != 1 || env.Sandbox.Kit.RequestCount() != 2 {
		t.Errorf("limit 1: %d results, %d requests", len(limited), env.Sandbox.Kit.RequestCount())
	}
}

// Identity on create (from the answer, no request to resolve @me), after an
// import by @me, and for state written without one.
func TestProtocolPBXClientSettings_identity(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	p := acctest.NewProtocol(t, env)
	env.Sandbox.Kit.ResetRequests()
	state, identity, diags := p.Apply(settingsType, nil, nil, acctest.Values{"timezone": "Europe/Riga"})
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if acctest.String(t, identity["client_id"]) != demoClient || acctest.String(t, state["client_id"]) != "@me" || acctest.String(t, state["id"]) != "@me" {
		t.Errorf("created: state %v, identity %v", state, identity)
	}
	if n := countRequests(env, http.MethodGet, clientInfoPathRe); n != 0 {
		t.Errorf("%d client_info requests, want none", n)
	}
	state, identity, diags = p.Apply(settingsType, state, identity, acctest.Values{"timezone": "Europe/Vilnius"})
	if errs := acctest.Errors(diags); len(errs) > 0 || acctest.String(t, identity["client_id"]) != demoClient {
		t.Errorf("updated: %v, identity %v", errs, identity)
	}
	if acctest.String(t, state["timezone"]) != "Europe/Vilnius" || env.Sandbox.ClientInfo().Timezone != "Europe/Vilnius" {
		t.Errorf("updated state %v", state)
	}

	state, identity = p.ImportByIDAndRead(settingsType, "@me")
	if acctest.String(t, state["client_id"]) != "@me" || acctest.String(t, identity["client_id"]) != demoClient {
		t.Errorf("imported as @me: state %v, identity %v", state, identity)
	}

	old := p.State(settingsType, acctest.Values{"id": "@me", "client_id": "@me", "timezone": "Europe/Vilnius"})
	if _, identity, diags = p.Read(settingsType, old, nil); len(acctest.Errors(diags)) > 0 || acctest.String(t, identity["client_id"]) != demoClient {
		t.Errorf("state without identity: %v, identity %v", acctest.Errors(diags), identity)
	}
	_, _, diags = p.ImportByIdentity(settingsType, acctest.Values{"client_id": "me"})
	if errs := acctest.Errors(diags); len(errs) != 1 {
		t.Errorf("a bad identity: %v", errs)
	}
}

func settingsAccTest(t *testing.T, version tfversion.TerraformVersionCheck, steps func(env *acctest.PBXEnv) []resource.TestStep) {
	t.Helper()
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	resource.ParallelTest(t, resource.TestCase{
		TerraformVersionChecks:   []tfversion.TerraformVersionCheck{version},
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps:                    steps(env),
	})
}

func TestAccPBXClientSettings_identity(t *testing.T) {
	settingsAccTest(t, tfversion.SkipBelow(tfversion.Version1_12_0), func(env *acctest.PBXEnv) []resource.TestStep {
		return []resource.TestStep{
			{
				Config: settingsConfig(env, "", "  timezone = \"Europe/Riga\"\n"),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectIdentity(settingsAddr, map[string]knownvalue.Check{"client_id": knownvalue.StringExact(demoClient)}),
					statecheck.ExpectKnownValue(settingsAddr, tfjsonpath.New("client_id"), knownvalue.StringExact("@me")),
				},
			},
			{ResourceName: settingsAddr, ImportState: true, ImportStateKind: resource.ImportBlockWithID},
			{
				Config:       settingsConfig(env, "", "  client_id = \""+demoClient+"\"\n  timezone  = \"Europe/Riga\"\n"),
				ResourceName: settingsAddr, ImportState: true, ImportStateKind: resource.ImportBlockWithResourceIdentity,
			},
		}
	})
}

func TestAccPBXClientSettings_query(t *testing.T) {
	settingsAccTest(t, tfversion.SkipBelow(tfversion.Version1_14_0), func(env *acctest.PBXEnv) []resource.TestStep {
		identity := map[string]knownvalue.Check{"client_id": knownvalue.StringExact(demoClient)}
		return []resource.TestStep{
			{Config: settingsConfig(env, "", "  timezone = \"Europe/Riga\"\n")},
			{
				Query: true,
				Config: `
list "telecom_pbx_client_settings" "all" {
  provider         = telecom
  include_resource = true
}
`,
				QueryResultChecks: []querycheck.QueryResultCheck{
					querycheck.ExpectLength(settingsType+".all", 1),
					querycheck.ExpectIdentity(settingsType+".all", identity),
					querycheck.ExpectResourceDisplayName(settingsType+".all", queryfilter.ByResourceIdentity(identity),
						knownvalue.StringExact(sandbox.DemoClientName+" (client "+demoClient+")")),
					querycheck.ExpectResourceKnownValues(settingsType+".all", queryfilter.ByResourceIdentity(identity), []querycheck.KnownValueCheck{
						{Path: tfjsonpath.New("timezone"), KnownValue: knownvalue.StringExact("Europe/Riga")},
						{Path: tfjsonpath.New("geo_list"), KnownValue: knownvalue.StringExact("RU")},
						{Path: tfjsonpath.New("hold_music"), KnownValue: knownvalue.Null()},
					}),
				},
			},
		}
	})
}

// Generated configuration sets every setting (the import read them all)
// and plans with the import only: the empty strings and nulls the PBX
// answers pass validation.
func TestAccPBXClientSettings_queryGeneratedConfigPlansClean(t *testing.T) {
	settingsAccTest(t, tfversion.SkipBelow(tfversion.Version1_14_0), func(env *acctest.PBXEnv) []resource.TestStep {
		return []resource.TestStep{
			{Config: settingsConfig(env, "", "  default_caller_id = \"00"+sandbox.DemoDID+"\"\n")},
			{
				ResourceName: settingsAddr, ImportState: true, ImportStateKind: resource.ImportBlockWithResourceIdentity, GenerateConfig: true,
				ImportPlanChecks: resource.ImportPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(settingsAddr, plancheck.ResourceActionNoop)},
				},
			},
		}
	})
}
