package pbx_test

import (
	"context"
	"fmt"
	"net/http"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/provider"
)

const (
	settingsAddr     = "telecom_pbx_client_settings.test"
	settingsPathRe   = `/client/[^/]+/client/?$`
	clientANIPathRe  = `/client/[^/]+/ani/?$`
	holdMusicTitle   = "Office music on hold"
	settingsDialRule = `
resource "telecom_pbx_dial_rule" "office" {
  name  = "tf-acc-settings"
  rules = [{ match_exp = "^8(\\d{10})$", repl_exp = "7\\1" }]
}
`
)

// settingsConfig is a telecom_pbx_client_settings "test" with the attribute
// lines body, after the provider block and any other blocks in extra.
func settingsConfig(env *acctest.PBXEnv, extra, body string) string {
	return env.ProviderConfig("") + extra + fmt.Sprintf(`
resource "telecom_pbx_client_settings" "test" {
%s}
`, body)
}

// holdMusicLookup picks the hold music by title, as users do.
const holdMusicLookup = `
data "telecom_pbx_sounds" "hold" {
  title = "` + holdMusicTitle + `"
}
`

// clientSnapshot is the client as the API reads it: the settings and the
// default caller id.
type clientSnapshot struct {
	info api.ClientInfo
	ani  string
}

func snapshotClient(env *acctest.PBXEnv) (clientSnapshot, error) {
	ctx := context.Background()
	info, err := env.Client.ClientSettings(ctx, env.ClientID)
	if err != nil {
		return clientSnapshot{}, err
	}
	ani, err := env.Client.ClientANI(ctx, env.ClientID)
	return clientSnapshot{info, ani}, err
}

// checkClientUnchangedSince is the CheckDestroy of client settings:
// destroying them changed nothing at the PBX since *before was taken.
func checkClientUnchangedSince(env *acctest.PBXEnv, before *clientSnapshot) resource.TestCheckFunc {
	return func(*terraform.State) error {
		now, err := snapshotClient(env)
		if err != nil {
			return err
		}
		if !reflect.DeepEqual(now, *before) {
			return fmt.Errorf("destroying the settings changed the client:\nbefore %+v\nafter  %+v", *before, now)
		}
		return nil
	}
}

// storeClient keeps a snapshot of the client for a later check.
func storeClient(env *acctest.PBXEnv, into *clientSnapshot) resource.TestCheckFunc {
	return func(*terraform.State) error {
		var err error
		*into, err = snapshotClient(env)
		return err
	}
}

// checkClient runs check on the client settings the sandbox holds.
func checkClient(env *acctest.PBXEnv, check func(ci sandbox.ClientInfo, ani string) error) resource.TestCheckFunc {
	return func(*terraform.State) error { return check(env.Sandbox.ClientInfo(), env.Sandbox.ClientANI()) }
}

// create (one PUT of what the configuration sets, the default caller id,
// references to a dial rule list and a sound by title) -> import verify ->
// import block -> update (only what changed is sent; an attribute left out
// of the configuration stays as it is) -> destroy, which changes nothing.
func TestAccPBXClientSettings_lifecycle(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	// A list attached by another tool, for the last step: the one Terraform
	// made can then be destroyed (the PBX refuses to delete a list the
	// client uses, and destroying the settings leaves them as they are).
	outside, err := env.Client.DialRules().Create(context.Background(), env.ClientID,
		api.DialRuleList{Name: "tf-acc-outside", DialRules: []api.DialRule{{MatchExp: `^(\d+)$`, ReplExp: `\1`}}})
	if err != nil {
		t.Fatal(err)
	}
	first := `  timezone          = "Europe/Prague"
  geo_list          = "RU CZ"
  hold_music        = data.telecom_pbx_sounds.hold.sounds[0].id
  dial_rule_id      = telecom_pbx_dial_rule.office.dial_rule_id
  default_caller_id = "00` + sandbox.DemoDID + `"
`
	second := `  timezone             = "Asia/Yekaterinburg"
  hold_music           = data.telecom_pbx_sounds.hold.sounds[0].id
  dial_rule_id         = ` + strconv.FormatInt(outside.ID, 10) + `
  call_interactive_url = "https://hooks.example.com/call"
  default_caller_id    = "+` + sandbox.DemoMessageDID + `"
`
	blocks := holdMusicLookup + settingsDialRule
	var dialRuleID string
	var last clientSnapshot
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkClientUnchangedSince(env, &last),
		Steps: []resource.TestStep{
			{
				PreConfig: env.Sandbox.Kit.ResetRequests,
				Config:    settingsConfig(env, blocks, first),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(settingsAddr, plancheck.ResourceActionCreate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr("telecom_pbx_dial_rule.office", "dial_rule_id", &dialRuleID),
					resource.TestCheckResourceAttr(settingsAddr, "id", "@me"),
					resource.TestCheckResourceAttr(settingsAddr, "client_id", "@me"),
					resource.TestCheckResourceAttr(settingsAddr, "timezone", "Europe/Prague"),
					resource.TestCheckResourceAttr(settingsAddr, "hold_music", strconv.FormatInt(sandbox.DemoHoldMusicSoundID, 10)),
					resource.TestCheckResourceAttrPair(settingsAddr, "dial_rule_id", "telecom_pbx_dial_rule.office", "dial_rule_id"),
					resource.TestCheckResourceAttr(settingsAddr, "default_caller_id", "00"+sandbox.DemoDID),
					// Not in the configuration: read from the PBX.
					resource.TestCheckResourceAttr(settingsAddr, "disk_space_notify_threshold", "90"),
					resource.TestCheckResourceAttr(settingsAddr, "call_interactive_method", "GET"),
					resource.TestCheckResourceAttr(settingsAddr, "call_interactive_out_call", "false"),
					resource.TestCheckResourceAttr(settingsAddr, "call_interactive_url", ""),
					resource.TestCheckNoResourceAttr(settingsAddr, "sip_network_permission_id"),
					checkClient(env, func(ci sandbox.ClientInfo, ani string) error {
						if ci.Timezone != "Europe/Prague" || ci.GeoList != "RU CZ" || routedTo(ci.HoldMusic) != sandbox.DemoHoldMusicSoundID ||
							strconv.FormatInt(routedTo(ci.DialRuleID), 10) != dialRuleID || ani != sandbox.DemoDID {
							return fmt.Errorf("the sandbox holds %+v, ANI %q", ci, ani)
						}
						return nil
					}),
					func(s *terraform.State) error {
						return checkPUTBodies(env, settingsPathRe, fmt.Sprintf(
							`{"timezone":"Europe/Prague","hold_music":%d,"dial_rule_id":%s,"geo_list":"RU CZ"}`,
							sandbox.DemoHoldMusicSoundID, dialRuleID))(s)
					},
					checkPUTBodies(env, clientANIPathRe, `{"ani_number":"`+sandbox.DemoDID+`"}`),
				),
			},
			{ResourceName: settingsAddr, ImportState: true, ImportStateVerify: true},
			{
				Config:       settingsConfig(env, blocks, first),
				ResourceName: settingsAddr, ImportState: true, ImportStateKind: resource.ImportBlockWithID,
			},
			{
				PreConfig: env.Sandbox.Kit.ResetRequests,
				Config:    settingsConfig(env, blocks, second),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(settingsAddr, plancheck.ResourceActionUpdate),
						// No longer managed: no diff, the PBX's value stays.
						plancheck.ExpectKnownValue(settingsAddr, tfjsonpath.New("geo_list"), knownvalue.StringExact("RU CZ")),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(settingsAddr, "timezone", "Asia/Yekaterinburg"),
					resource.TestCheckResourceAttr(settingsAddr, "geo_list", "RU CZ"),
					resource.TestCheckResourceAttr(settingsAddr, "default_caller_id", "+"+sandbox.DemoMessageDID),
					checkPUTBodies(env, settingsPathRe, fmt.Sprintf(
						`{"timezone":"Asia/Yekaterinburg","dial_rule_id":%d,"call_interactive_url":"https://hooks.example.com/call"}`, outside.ID)),
					checkPUTBodies(env, clientANIPathRe, `{"ani_number":"`+sandbox.DemoMessageDID+`"}`),
					checkClient(env, func(ci sandbox.ClientInfo, ani string) error {
						if ci.Timezone != "Asia/Yekaterinburg" || ci.GeoList != "RU CZ" || routedTo(ci.DialRuleID) != outside.ID ||
							ci.CallInteractiveURL != "https://hooks.example.com/call" || ani != sandbox.DemoMessageDID {
							return fmt.Errorf("the sandbox holds %+v, ANI %q", ci, ani)
						}
						return nil
					}),
					storeClient(env, &last),
				),
			},
		},
	})
}

// Attributes left out of the configuration are never sent and never show
// a diff, whatever happens to them at the PBX; the managed ones altered
// behind Terraform's back are planned back, and only they are sent.
func TestAccPBXClientSettings_drift(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	cfg := settingsConfig(env, holdMusicLookup, `  timezone          = "Europe/Prague"
  hold_music        = data.telecom_pbx_sounds.hold.sounds[0].id
  default_caller_id = "+`+sandbox.DemoDID+`"
`)
	alterUnmanaged := func() {
		ci := env.Sandbox.ClientInfo()
		ci.GeoList, ci.CallInteractiveURL, ci.CallInteractiveMethod, ci.DiskSpaceNotifyThreshold = "*", "https://other.example.com", "POST", 75
		env.Sandbox.SetClientInfo(ci)
		env.Sandbox.Kit.ResetRequests()
	}
	alterManaged := func() {
		ci := env.Sandbox.ClientInfo()
		ci.Timezone, ci.HoldMusic, ci.GeoList = "UTC", nil, "US"
		env.Sandbox.SetClientInfo(ci)
		env.Sandbox.SetClientANI(sandbox.DemoMessageDID)
		env.Sandbox.Kit.ResetRequests()
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{Config: cfg},
			{
				PreConfig: alterUnmanaged,
				Config:    cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(settingsAddr, "geo_list", "*"),
					resource.TestCheckResourceAttr(settingsAddr, "call_interactive_method", "POST"),
					resource.TestCheckResourceAttr(settingsAddr, "disk_space_notify_threshold", "75"),
					checkRequests(env, http.MethodPut, `.*`, 0),
				),
			},
			{
				PreConfig: alterManaged,
				Config:    cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(settingsAddr, plancheck.ResourceActionUpdate),
						plancheck.ExpectKnownValue(settingsAddr, tfjsonpath.New("timezone"), knownvalue.StringExact("Europe/Prague")),
						plancheck.ExpectKnownValue(settingsAddr, tfjsonpath.New("geo_list"), knownvalue.StringExact("US")),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkPUTBodies(env, settingsPathRe, fmt.Sprintf(`{"timezone":"Europe/Prague","hold_music":%d}`, sandbox.DemoHoldMusicSoundID)),
					checkPUTBodies(env, clientANIPathRe, `{"ani_number":"`+sandbox.DemoDID+`"}`),
					checkClient(env, func(ci sandbox.ClientInfo, ani string) error {
						if ci.Timezone != "Europe/Prague" || routedTo(ci.HoldMusic) != sandbox.DemoHoldMusicSoundID || ci.GeoList != "US" || ani != sandbox.DemoDID {
							return fmt.Errorf("the sandbox holds %+v, ANI %q", ci, ani)
						}
						return nil
					}),
				),
			},
		},
	})
}

// Settings with nothing managed: created with reads only, and a plan of
// their destroy warns that the settings stay as they are.
func TestAccPBXClientSettings_nothingManaged(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	var before clientSnapshot
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkClientUnchangedSince(env, &before),
		Steps: []resource.TestStep{{
			PreConfig: func() {
				env.Sandbox.Kit.ResetRequests()
				if err := storeClient(env, &before)(nil); err != nil {
					t.Fatal(err)
				}
			},
			Config: settingsConfig(env, "", ""),
			ConfigPlanChecks: resource.ConfigPlanChecks{
				PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
			},
			Check: resource.ComposeAggregateTestCheckFunc(
				resource.TestCheckResourceAttr(settingsAddr, "timezone", sandbox.DemoTimezone),
				resource.TestCheckNoResourceAttr(settingsAddr, "default_caller_id"),
				checkRequests(env, http.MethodPut, `.*`, 0),
				checkClientUnchangedSince(env, &before),
			),
		}},
	})
}

// A default caller id that is not one of the client's DIDs: the PBX
// refuses it, and the error says what to do.
func TestAccPBXClientSettings_defaultCallerIDNotADID(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config: settingsConfig(env, "", "  default_caller_id = \""+notOwnedDID+"\"\n"),
			ExpectError: acctest.Phrases("Error creating PBX client settings", "Could not create the settings of client @me",
				"HTTP 400", "default_caller_id "+notOwnedDID+" must be one of the client's DIDs",
				"the data source telecom_pbx_dids lists the DIDs of a client"),
		}},
	})
}

// Import by the numeric id and by @me; wrong import IDs name the form.
func TestAccPBXClientSettings_import(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	numeric := env.NumericClientID
	cfg := settingsConfig(env, "", "  client_id = \""+numeric+"\"\n  timezone  = \"Europe/Moscow\"\n")
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: cfg, ResourceName: settingsAddr, ImportState: true, ImportStateId: "me",
				ExpectError: acctest.Phrases("Invalid import ID for telecom_pbx_client_settings",
					`client_id "me" must be a numeric client id or @me`, "Expected <client_id>, e.g. @me or 12345"),
			},
			{
				Config: cfg, ResourceName: settingsAddr, ImportState: true, ImportStateId: "99999",
				ExpectError: regexp.MustCompile(`(?s)Error reading PBX client settings.*client_not_found`),
			},
			{Config: cfg, ResourceName: settingsAddr, ImportState: true, ImportStateId: numeric, ImportStatePersist: true},
			{
				PreConfig: env.Sandbox.Kit.ResetRequests,
				Config:    cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(settingsAddr, "id", numeric),
					resource.TestCheckResourceAttr(settingsAddr, "client_id", numeric),
					resource.TestCheckResourceAttr(settingsAddr, "geo_list", "RU"),
					checkRequests(env, http.MethodPut, `.*`, 0),
				),
			},
			{
				Config:       settingsConfig(env, "", "  timezone = \"Europe/Moscow\"\n"),
				ResourceName: settingsAddr, ImportState: true, ImportStateKind: resource.ImportBlockWithID, ImportStateId: "@me",
			},
		},
	})
}

// The plan of a destroy warns that the settings stay as they are (the
// framework passes no warnings to terraform-plugin-testing, so this asks
// the provider directly).
func TestProtocolPBXClientSettings_destroyWarns(t *testing.T) {
	ctx := context.Background()
	server := providerserver.NewProtocol6(provider.New("test")())()
	schemas, err := server.GetProviderSchema(ctx, &tfprotov6.GetProviderSchemaRequest{})
	if err != nil {
		t.Fatal(err)
	}
	typ := schemas.ResourceSchemas["telecom_pbx_client_settings"].ValueType()
	objType, ok := typ.(tftypes.Object)
	if !ok {
		t.Fatalf("schema type %T", typ)
	}
	attrs := map[string]tftypes.Value{}
	for name, at := range objType.AttributeTypes {
		attrs[name] = tftypes.NewValue(at, nil)
	}
	attrs["id"] = tftypes.NewValue(tftypes.String, "12345")
	attrs["client_id"] = tftypes.NewValue(tftypes.String, "12345")
	dynamic := func(v tftypes.Value) *tfprotov6.DynamicValue {
		dv, err := tfprotov6.NewDynamicValue(typ, v)
		if err != nil {
			t.Fatal(err)
		}
		return &dv
	}
	null := tftypes.NewValue(typ, nil)
	resp, err := server.PlanResourceChange(ctx, &tfprotov6.PlanResourceChangeRequest{
		TypeName: "telecom_pbx_client_settings", PriorState: dynamic(tftypes.NewValue(typ, attrs)),
		ProposedNewState: dynamic(null), Config: dynamic(null),
	})
	if err != nil {
		t.Fatal(err)
	}
	var warned bool
	for _, d := range resp.Diagnostics {
		if d.Severity == tfprotov6.DiagnosticSeverityError {
			t.Errorf("destroy plan error: %s: %s", d.Summary, d.Detail)
		}
		if d.Severity == tfprotov6.DiagnosticSeverityWarning && d.Summary == "PBX client settings stay as they are" &&
			strings.Contains(d.Detail, "settings of client 12345") && strings.Contains(d.Detail, "stay as they are at the PBX") {
			warned = true
		}
	}
	if !warned {
		t.Errorf("no warning that the settings stay: %+v", resp.Diagnostics)
	}
}
