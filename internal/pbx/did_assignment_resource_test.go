package pbx_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

const (
	didAddr     = "telecom_pbx_did_assignment.test"
	didsPathRe  = `/client/[^/]+/did/?$`
	didPathRe   = `/client/[^/]+/did/\d+/?$`
	moscowMain  = "00" + sandbox.DemoMessageDID // allows messages
	spbOffice   = "+" + sandbox.DemoDID
	notOwnedDID = "+79990000000"
)

// didConfig is one assignment "test"; extra holds its other attribute lines.
func didConfig(env *acctest.PBXEnv, number, extra string) string {
	return env.ProviderConfig("") + fmt.Sprintf(`
resource "telecom_pbx_did_assignment" "test" {
  number = %q
%s}
`, number, extra)
}

// testExtensions makes phone extensions through the API client, as another
// tool would, and deletes them after the test.
func testExtensions(t *testing.T, env *acctest.PBXEnv, names ...string) []int64 {
	t.Helper()
	ctx := context.Background()
	var ids []int64
	for _, name := range names {
		e, err := env.Client.Extensions().Create(ctx, env.ClientID, api.Extension{Name: name, Type: "phone", Status: "active"})
		if err != nil {
			t.Fatalf("creating extension %s: %v", name, err)
		}
		ids = append(ids, e.ID)
		t.Cleanup(func() { _ = env.Client.Extensions().Delete(context.Background(), env.ClientID, e.ID) })
	}
	return ids
}

// checkDIDsUnassigned is the CheckDestroy of DID assignments: every DID of
// the state is still the client's, and routed nowhere.
func checkDIDsUnassigned(env *acctest.PBXEnv, numbers ...string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		for _, number := range numbers {
			did, err := env.Client.FindDID(context.Background(), env.ClientID, number)
			if err != nil {
				return fmt.Errorf("after destroy: %w", err)
			}
			if did.Assigned() {
				return fmt.Errorf("after destroy DID %s is still assigned: extension %v, messages %v", number, routedTo(did.ExtensionID), routedTo(did.MessageExtensionID))
			}
		}
		return nil
	}
}

// checkSandboxDID checks where the sandbox routes a DID (0 = nowhere).
func checkSandboxDID(env *acctest.PBXEnv, number string, extension, messages int64) resource.TestCheckFunc {
	return func(*terraform.State) error {
		for _, d := range env.Sandbox.DIDs() {
			if api.DIDNumber(d.Name) != api.DIDNumber(number) {
				continue
			}
			if routedTo(d.ExtensionID) != extension || routedTo(d.MessageExtensionID) != messages {
				return fmt.Errorf("the sandbox routes DID %s to extension %d, messages %d; want %d, %d",
					number, routedTo(d.ExtensionID), routedTo(d.MessageExtensionID), extension, messages)
			}
			return nil
		}
		return fmt.Errorf("the sandbox has no DID %s", number)
	}
}

// checkPUTBodies checks the bodies of the PUTs on pathRe since the last
// request reset: each must be exactly one of want (JSON, any key order).
func checkPUTBodies(env *acctest.PBXEnv, pathRe string, want ...string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		re := regexp.MustCompile(pathRe)
		var got []string
		for _, r := range env.Sandbox.Kit.Requests() {
			if r.Method == http.MethodPut && re.MatchString(r.Path) {
				got = append(got, canonicalJSON(r.Body))
			}
		}
		if len(got) != len(want) {
			return fmt.Errorf("PUT bodies on %s: %q, want %q", pathRe, got, want)
		}
		for i := range want {
			if got[i] != canonicalJSON(want[i]) {
				return fmt.Errorf("PUT bodies on %s: %q, want %q", pathRe, got, want)
			}
		}
		return nil
	}
}

func canonicalJSON(s string) string {
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return s
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// routedTo is an extension id, 0 for none.
func routedTo(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}

// create (one lookup, one PUT) -> import by did_id and by number (verified)
// -> import block -> update in place (only what changed is sent) ->
// spelling change (no request) -> replacement by another number (the old
// one unassigned) -> destroy: both DIDs still the client's, unassigned.
func TestAccPBXDIDAssignment_lifecycle(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	ext := testExtensions(t, env, "201", "202")
	first, second := strconv.FormatInt(ext[0], 10), strconv.FormatInt(ext[1], 10)
	didID := strconv.FormatInt(sandbox.FirstDIDID+1, 10) // the seeded Moscow main line
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkDIDsUnassigned(env, moscowMain, spbOffice),
		Steps: []resource.TestStep{
			{
				PreConfig: env.Sandbox.Kit.ResetRequests,
				Config:    didConfig(env, moscowMain, "  extension_id = "+first+"\n"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(didAddr, plancheck.ResourceActionCreate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(didAddr, "number", moscowMain),
					resource.TestCheckResourceAttr(didAddr, "did_id", didID),
					resource.TestCheckResourceAttr(didAddr, "id", "@me/"+didID),
					resource.TestCheckResourceAttr(didAddr, "client_id", "@me"),
					resource.TestCheckResourceAttr(didAddr, "extension_id", first),
					resource.TestCheckNoResourceAttr(didAddr, "message_extension_id"),
					checkSandboxDID(env, moscowMain, ext[0], 0),
					checkPUTBodies(env, didPathRe, `{"extension_id":`+first+`}`),
				),
			},
			{ResourceName: didAddr, ImportState: true, ImportStateVerify: true},
			{
				// By number, spelled as the state has it (an import by
				// did_id reads it as 00…).
				ResourceName: didAddr, ImportState: true, ImportStateVerify: true,
				ImportStateId: "@me/" + moscowMain,
			},
			{
				Config:       didConfig(env, moscowMain, "  extension_id = "+first+"\n"),
				ResourceName: didAddr, ImportState: true, ImportStateKind: resource.ImportBlockWithID,
			},
			{
				PreConfig: env.Sandbox.Kit.ResetRequests,
				Config:    didConfig(env, moscowMain, "  extension_id         = "+second+"\n  message_extension_id = "+first+"\n"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(didAddr, plancheck.ResourceActionUpdate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(didAddr, "did_id", didID),
					resource.TestCheckResourceAttr(didAddr, "message_extension_id", first),
					checkSandboxDID(env, moscowMain, ext[1], ext[0]),
					checkPUTBodies(env, didPathRe, `{"extension_id":`+second+`,"message_extension_id":`+first+`}`),
				),
			},
			{
				// Messages go nowhere again: only that is sent, as null.
				PreConfig: env.Sandbox.Kit.ResetRequests,
				Config:    didConfig(env, moscowMain, "  extension_id = "+second+"\n"),
				Check: resource.ComposeAggregateTestCheckFunc(
					checkSandboxDID(env, moscowMain, ext[1], 0),
					checkPUTBodies(env, didPathRe, `{"message_extension_id":null}`),
				),
			},
			{
				// + instead of 00: the same number, no request.
				PreConfig: env.Sandbox.Kit.ResetRequests,
				Config:    didConfig(env, "+"+sandbox.DemoMessageDID, "  extension_id = "+second+"\n"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(didAddr, plancheck.ResourceActionUpdate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(didAddr, "number", "+"+sandbox.DemoMessageDID),
					checkPUTBodies(env, didPathRe),
				),
			},
			{
				// Another number: this one is unassigned, that one assigned.
				Config: didConfig(env, spbOffice, "  extension_id = "+second+"\n"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(didAddr, plancheck.ResourceActionDestroyBeforeCreate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(didAddr, "did_id", strconv.FormatInt(sandbox.FirstDIDID, 10)),
					checkSandboxDID(env, moscowMain, 0, 0),
					checkSandboxDID(env, spbOffice, ext[1], 0),
				),
			},
		},
	})
}

// Drift: unassigned behind Terraform's back, the DID is planned to be
// assigned again (an update, not a create: the DID is still there);
// routed elsewhere, it is planned back. Released (no longer the client's),
// it leaves the state, and a new apply says the client lacks the number.
func TestAccPBXDIDAssignment_drift(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	ext := testExtensions(t, env, "211", "212")
	cfg := didConfig(env, spbOffice, fmt.Sprintf("  extension_id = %d\n", ext[0]))
	route := func(extension *int64) func() {
		return func() {
			d, ok := env.Sandbox.DID(sandbox.FirstDIDID)
			if !ok {
				t.Fatal("the seeded DID is gone")
			}
			d.ExtensionID = extension
			env.Sandbox.PutDID(d)
		}
	}
	backToFirst := resource.ConfigPlanChecks{
		PreApply: []plancheck.PlanCheck{
			plancheck.ExpectResourceAction(didAddr, plancheck.ResourceActionUpdate),
			plancheck.ExpectKnownValue(didAddr, tfjsonpath.New("extension_id"), knownvalue.Int64Exact(ext[0])),
		},
		PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{Config: cfg, Check: checkSandboxDID(env, spbOffice, ext[0], 0)},
			{PreConfig: route(nil), Config: cfg, ConfigPlanChecks: backToFirst, Check: checkSandboxDID(env, spbOffice, ext[0], 0)},
			{PreConfig: route(&ext[1]), Config: cfg, ConfigPlanChecks: backToFirst, Check: checkSandboxDID(env, spbOffice, ext[0], 0)},
			{
				PreConfig: func() {
					if !env.Sandbox.DeleteDID(sandbox.FirstDIDID) {
						t.Fatal("the seeded DID is gone")
					}
				},
				RefreshState:       true,
				ExpectNonEmptyPlan: true,
				Check:              checkNotInState(didAddr),
			},
			{
				Config: cfg,
				ExpectError: acctest.Phrases("Error creating PBX DID assignment", "Could not create DID "+spbOffice+" of client @me",
					"client @me has no DID "+spbOffice, "bought outside the API", "the data source telecom_pbx_dids lists the DIDs of a client"),
			},
		},
	})
}

// A number the client does not have: a clear error at apply that names it
// and says where the client's numbers are listed; nothing is sent.
func TestAccPBXDIDAssignment_numberNotOwned(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config: didConfig(env, notOwnedDID, ""),
			ExpectError: acctest.Phrases("Error creating PBX DID assignment",
				"client @me has no DID "+notOwnedDID+" (the PBX would list it with the name 79990000000)",
				`data "telecom_pbx_dids" "all" { client_id = "@me" }`),
		}},
	})
	if n := countRequests(env, http.MethodPut, `.*`); n != 0 {
		t.Errorf("%d PUTs for a number the client lacks", n)
	}
}

// Import by number and by did_id with a numeric client, and import IDs
// that are wrong or name no DID of the client.
func TestAccPBXDIDAssignment_import(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	ext := testExtensions(t, env, "221")
	numeric := env.NumericClientID
	hcl := func(number string) string {
		return env.ProviderConfig("") + fmt.Sprintf(`
resource "telecom_pbx_did_assignment" "test" {
  client_id    = %q
  number       = %q
  extension_id = %d
}
`, numeric, number, ext[0])
	}
	did, _ := env.Sandbox.DID(sandbox.FirstDIDID + 2)
	did.ExtensionID = &ext[0]
	env.Sandbox.PutDID(did) // routed outside Terraform
	number := "+" + did.Name
	invalid := func(id, why string) resource.TestStep {
		return resource.TestStep{
			Config: hcl(number), ResourceName: didAddr, ImportState: true, ImportStateId: id,
			ExpectError: acctest.Phrases("Invalid import ID for telecom_pbx_did_assignment", why,
				"Expected <client_id>/<did_id> or <client_id>/<number>"),
		}
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkDIDsUnassigned(env, number),
		Steps: []resource.TestStep{
			invalid("@me", `"@me" is not of the form <client_id>/<did_id>`),
			invalid("@me/"+notOwnedDID, "client @me has no DID "+notOwnedDID),
			invalid("@me/+7abc", `number "+7abc" in "@me/+7abc" must be an international number`),
			invalid("me/"+number, `client_id "me" in "me/`+number+`" must be a numeric client id or @me`),
			invalid("@me/0", `did_id "0" must be a positive whole number`),
			{
				// An existing routing adopted by number: nothing to change.
				Config: hcl(number), ResourceName: didAddr, ImportState: true, ImportStateId: numeric + "/" + number,
				ImportStatePersist: true,
			},
			{
				PreConfig: env.Sandbox.Kit.ResetRequests,
				Config:    hcl(number),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(didAddr, "id", numeric+"/"+strconv.FormatInt(did.ID, 10)),
					resource.TestCheckResourceAttr(didAddr, "number", number),
					checkRequests(env, http.MethodPut, `.*`, 0),
				),
			},
			{
				ResourceName: didAddr, ImportState: true, ImportStateVerify: true,
				ImportStateId:           numeric + "/" + strconv.FormatInt(did.ID, 10),
				ImportStateVerifyIgnore: []string{"number"}, // read back as 00…, the state has +…
				ImportStateCheck: func(states []*terraform.InstanceState) error {
					if got := states[0].Attributes["number"]; got != "00"+did.Name {
						return fmt.Errorf("imported number %q, want the examples' spelling 00%s", got, did.Name)
					}
					return nil
				},
			},
		},
	})
}
