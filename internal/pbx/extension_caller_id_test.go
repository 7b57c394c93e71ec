package pbx_test

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// The caller id endpoint of any extension.
const extensionANIPathRe = `/extension/[0-9]+/ani/?$`

// callerIDExtension is the extension "test" (200, a phone) with the
// default_caller_id line number ("" leaves it out).
func callerIDExtension(env *acctest.PBXEnv, number string) string {
	body := "  name  = \"200\"\n  type  = \"phone\"\n  label = \"tf-acc-caller-id\"\n"
	if number != "" {
		body += fmt.Sprintf("  default_caller_id = %q\n", number)
	}
	return extensionConfig(env, body)
}

// checkExtensionANI: the caller id of the extension at address is want at
// the PBX (a DID name, "" for none).
func checkExtensionANI(env *acctest.PBXEnv, address, want string) resource.TestCheckFunc {
	return sandboxExtension(env, address, func(e sandbox.Extension) error {
		if e.ANI != want {
			return fmt.Errorf("extension %d has the caller id %q at the PBX, want %q", e.ID, e.ANI, want)
		}
		return nil
	})
}

// setExtensionANI sets an extension's caller id behind Terraform's back
// and forgets the recorded requests.
func setExtensionANI(t *testing.T, env *acctest.PBXEnv, id *string, ani string) func() {
	return func() {
		e, ok := env.Sandbox.Extension(mustID(t, *id))
		mustHave(t, ok, "extension "+*id)
		e.ANI = ani
		env.Sandbox.PutExtension(e)
		env.Sandbox.Kit.ResetRequests()
	}
}

// create with a caller id in 00 spelling (the PBX gets its own spelling,
// in a PUT of its own) -> import verify (an import reads it) and import
// block -> the + spelling of the same number: no request, and the
// re-plans are empty ->
// another DID: only the caller id is sent -> removed: reset to none at the
// PBX -> destroy.
func TestAccPBXExtensionCallerID_lifecycle(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	var extensionID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkExtensionsGone(env), checkHeld(env.Sandbox.Extensions, describeExtension)),
		Steps: []resource.TestStep{
			{
				PreConfig: resetRequests(env),
				Config:    callerIDExtension(env, "00"+sandbox.DemoDID),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr(extensionAddr, "extension_id", &extensionID),
					resource.TestCheckResourceAttr(extensionAddr, "default_caller_id", "00"+sandbox.DemoDID),
					checkExtensionANI(env, extensionAddr, sandbox.DemoDID),
					checkPUTBodies(env, extensionANIPathRe, `{"ani_number":"`+sandbox.DemoDID+`"}`),
					checkRequests(env, http.MethodPut, extensionPathRe, 0),
				),
			},
			{ResourceName: extensionAddr, ImportState: true, ImportStateVerify: true},
			{
				Config:       callerIDExtension(env, "00"+sandbox.DemoDID),
				ResourceName: extensionAddr, ImportState: true, ImportStateKind: resource.ImportBlockWithID,
			},
			{
				// The same number spelled with +: Terraform plans the new
				// spelling (the attribute is not computed), and nothing is
				// sent; the refresh keeps it.
				PreConfig: resetRequests(env),
				Config:    callerIDExtension(env, "+"+sandbox.DemoDID),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(extensionAddr, plancheck.ResourceActionUpdate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(extensionAddr, "default_caller_id", "+"+sandbox.DemoDID),
					checkRequests(env, http.MethodPut, `.*`, 0),
					checkExtensionANI(env, extensionAddr, sandbox.DemoDID),
				),
			},
			{
				PreConfig: resetRequests(env),
				Config:    callerIDExtension(env, "+"+sandbox.DemoMessageDID),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(extensionAddr, plancheck.ResourceActionUpdate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(extensionAddr, "extension_id", &extensionID),
					resource.TestCheckResourceAttr(extensionAddr, "default_caller_id", "+"+sandbox.DemoMessageDID),
					checkExtensionANI(env, extensionAddr, sandbox.DemoMessageDID),
					checkPUTBodies(env, extensionANIPathRe, `{"ani_number":"`+sandbox.DemoMessageDID+`"}`),
					checkRequests(env, http.MethodPut, extensionPathRe, 0),
				),
			},
			{
				PreConfig: resetRequests(env),
				Config:    callerIDExtension(env, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(extensionAddr, plancheck.ResourceActionUpdate),
						plancheck.ExpectKnownValue(extensionAddr, tfjsonpath.New("default_caller_id"), knownvalue.Null()),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckNoResourceAttr(extensionAddr, "default_caller_id"),
					checkExtensionANI(env, extensionAddr, ""),
					checkPUTBodies(env, extensionANIPathRe, `{"ani_number":""}`),
					checkRequests(env, http.MethodPut, extensionPathRe, 0),
				),
			},
		},
	})
}

// A caller id that is not one of the client's DIDs: the PBX refuses it,
// and the error says what to do. On create the extension exists by then:
// it is kept in state (tainted), not orphaned, and destroyed with the
// rest; on update the extension keeps its caller id.
func TestAccPBXExtensionCallerID_notADID(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	advice := []string{"HTTP 400", "default_caller_id " + notOwnedDID + " must be one of the client's DIDs",
		"the data source telecom_pbx_dids lists the DIDs of a client"}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkHeld(env.Sandbox.Extensions, describeExtension),
		Steps: []resource.TestStep{
			{
				Config:      callerIDExtension(env, notOwnedDID),
				ExpectError: acctest.Phrases(append([]string{"Error creating PBX extension", `Could not create extension "200" for client @me`}, advice...)...),
			},
			{
				// The extension made before the refusal is in state,
				// tainted: the next plan replaces it, nothing is left over.
				Config:   callerIDExtension(env, notOwnedDID),
				PlanOnly: true, ExpectNonEmptyPlan: true,
			},
			{
				Config: callerIDExtension(env, "+"+sandbox.DemoDID),
				Check: resource.ComposeAggregateTestCheckFunc(
					checkHeld(env.Sandbox.Extensions, describeExtension, `345*200 phone active "tf-acc-caller-id"`),
					checkExtensionANI(env, extensionAddr, sandbox.DemoDID),
				),
			},
			{
				Config:      callerIDExtension(env, notOwnedDID),
				ExpectError: acctest.Phrases(append([]string{"Error updating PBX extension", "Could not update extension"}, advice...)...),
			},
			{
				Config:             callerIDExtension(env, notOwnedDID),
				PlanOnly:           true,
				ExpectNonEmptyPlan: true,
			},
			{
				Config: callerIDExtension(env, "+"+sandbox.DemoDID),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: checkExtensionANI(env, extensionAddr, sandbox.DemoDID),
			},
		},
	})
}

// Drift of a managed caller id: changed or reset behind Terraform's back,
// it is planned back and only it is sent.
func TestAccPBXExtensionCallerID_drift(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	cfg := callerIDExtension(env, "+"+sandbox.DemoDID)
	var extensionID string
	backInPlace := func(before string) resource.TestStep {
		return resource.TestStep{
			PreConfig: setExtensionANI(t, env, &extensionID, before),
			Config:    cfg,
			ConfigPlanChecks: resource.ConfigPlanChecks{
				PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(extensionAddr, plancheck.ResourceActionUpdate),
					plancheck.ExpectKnownValue(extensionAddr, tfjsonpath.New("default_caller_id"), knownvalue.StringExact("+"+sandbox.DemoDID)),
				},
				PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
			},
			Check: resource.ComposeAggregateTestCheckFunc(
				checkExtensionANI(env, extensionAddr, sandbox.DemoDID),
				checkPUTBodies(env, extensionANIPathRe, `{"ani_number":"`+sandbox.DemoDID+`"}`),
				checkRequests(env, http.MethodPut, extensionPathRe, 0),
			),
		}
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkHeld(env.Sandbox.Extensions, describeExtension),
		Steps: []resource.TestStep{
			{Config: cfg, Check: acctest.StoreAttr(extensionAddr, "extension_id", &extensionID)},
			backInPlace(sandbox.DemoMessageDID),
			backInPlace(""),
		},
	})
}

// An extension made by hand with a caller id is imported: the import reads
// the caller id (in the examples' spelling, 00…), and a configuration with
// it plans clean; without it, the plan resets it (it is not computed).
func TestAccPBXExtensionCallerID_importReadsIt(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	made := env.Sandbox.PutExtension(sandbox.Extension{Name: "345*200", Type: "phone", Status: "active", Label: "tf-acc-caller-id",
		DIDAsTransferCallerID: "None", ANI: sandbox.DemoMessageDID})
	importID := fmt.Sprintf("@me/%d", made.ID)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkHeld(env.Sandbox.Extensions, describeExtension),
		Steps: []resource.TestStep{
			{
				Config: callerIDExtension(env, "00"+sandbox.DemoMessageDID), ResourceName: extensionAddr,
				ImportState: true, ImportStateId: importID,
				ImportStateCheck: func(states []*terraform.InstanceState) error {
					if got := states[0].Attributes["default_caller_id"]; got != "00"+sandbox.DemoMessageDID {
						return fmt.Errorf("imported default_caller_id %q, want 00%s", got, sandbox.DemoMessageDID)
					}
					return nil
				},
			},
			{
				Config: callerIDExtension(env, "00"+sandbox.DemoMessageDID), ResourceName: extensionAddr,
				ImportState: true, ImportStateId: importID, ImportStatePersist: true,
			},
			{
				PreConfig: resetRequests(env),
				Config:    callerIDExtension(env, "00"+sandbox.DemoMessageDID),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkRequests(env, http.MethodPut, `.*`, 0),
					checkExtensionANI(env, extensionAddr, sandbox.DemoMessageDID),
				),
			},
			{
				Config: callerIDExtension(env, "00"+sandbox.DemoMessageDID), ResourceName: extensionAddr,
				ImportState: true, ImportStateKind: resource.ImportBlockWithID, ImportStateId: importID,
			},
			{
				Config: callerIDExtension(env, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(extensionAddr, plancheck.ResourceActionUpdate),
						plancheck.ExpectKnownValue(extensionAddr, tfjsonpath.New("default_caller_id"), knownvalue.Null()),
					},
				},
				Check: checkExtensionANI(env, extensionAddr, ""),
			},
		},
	})
}

// A refresh reads the caller id of the extensions that set one, one
// request each, and of no other: extensions without default_caller_id
// cost no /ani/ request on create or refresh, and a caller id set by hand
// on one of them shows no diff.
func TestAccPBXExtensionCallerID_noRequestWhenUnset(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	cfg := env.ProviderConfig("")
	for i, number := range []string{"", "", "+" + sandbox.DemoDID} {
		line := ""
		if number != "" {
			line = fmt.Sprintf("  default_caller_id = %q\n", number)
		}
		cfg += fmt.Sprintf("\nresource \"telecom_pbx_extension\" \"e%d\" {\n  name = \"%d\"\n  type = \"phone\"\n%s}\n", i, 210+i, line)
	}
	var unsetID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkHeld(env.Sandbox.Extensions, describeExtension),
		Steps: []resource.TestStep{
			{
				PreConfig: resetRequests(env),
				Config:    cfg,
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr("telecom_pbx_extension.e0", "extension_id", &unsetID),
					checkRequests(env, http.MethodPut, extensionANIPathRe, 1),
					checkRequests(env, http.MethodGet, extensionANIPathRe, 0),
				),
			},
			{
				// A refresh (the plan before this apply): one /ani/ read.
				PreConfig: setExtensionANI(t, env, &unsetID, sandbox.DemoMessageDID),
				Config:    cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkRequests(env, http.MethodGet, extensionANIPathRe, 1),
					checkRequests(env, http.MethodGet, extensionsPathRe, 1),
					func(s *terraform.State) error {
						return checkRequests(env, http.MethodGet, `/extension/`+unsetID+`/ani/?$`, 0)(s)
					},
					resource.TestCheckNoResourceAttr("telecom_pbx_extension.e0", "default_caller_id"),
				),
			},
		},
	})
}

// A query's results carry each extension's caller id as an import reads
// it (00 spelling, null for none), so that the configuration they generate
// keeps it instead of resetting it.
func TestProtocolPBXExtensionCallerID_list(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	_, ids := putOffice(env)
	e, ok := env.Sandbox.Extension(ids["100"])
	mustHave(t, ok, "extension 100")
	e.ANI = sandbox.DemoDID
	env.Sandbox.PutExtension(e)
	p := acctest.NewProtocol(t, env)
	results := p.List("telecom_pbx_extension", nil, true, 0)
	if len(results) != 3 {
		t.Fatalf("%d results, want 3", len(results))
	}
	for _, r := range results {
		if errs := acctest.Errors(r.Diagnostics); len(errs) > 0 {
			t.Fatal(errs)
		}
		want := ""
		if acctest.Int(t, r.Resource["extension_id"]) == ids["100"] {
			want = "00" + sandbox.DemoDID
		}
		if got := acctest.String(t, r.Resource["default_caller_id"]); got != want {
			t.Errorf("%s: default_caller_id %q, want %q", r.DisplayName, got, want)
		}
		p.CheckListedAsImported("telecom_pbx_extension", r)
	}
}

// The configuration generated for an extension with a caller id plans
// with the import only (gated: Terraform 1.14).
func TestAccPBXExtensionCallerID_queryGeneratedConfigPlansClean(t *testing.T) {
	withCallerID := extensionType
	withCallerID.hcl = func(label, clientID string) string {
		return "\nresource \"telecom_pbx_extension\" \"test\" {\n" + clientIDLine(clientID) +
			fmt.Sprintf("  name              = \"160\"\n  type              = \"phone\"\n  label             = %q\n  default_caller_id = \"+%s\"\n}\n",
				label, sandbox.DemoDID)
	}
	testAccGeneratedConfig(t, withCallerID)
}
