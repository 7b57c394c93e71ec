package pbx_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
	"github.com/hashicorp/terraform-plugin-testing/config"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/provider"
)

const (
	extPhoneAddr     = "telecom_pbx_extension_phone.desk"
	extPhoneDeskAddr = "telecom_pbx_extension.desk"
	// extPhonePathRe is the SIP settings endpoint of any extension.
	extPhonePathRe = `/extension/[0-9]+/phone/?$`
	// SIP passwords of the tests.
	sipPassword1 = "sip-First-Secret-71"
	sipPassword2 = "sip-Second-Secret-72"
	sipPassword3 = "sip-Third-Secret-73"
	// extPhoneGreeting is the client's own sound "Office greeting".
	extPhoneGreeting = sandbox.DemoHoldMusicSoundID + 1
)

// extPhoneConfig is the provider (with the extra lines), the ephemeral
// variable sip_password, the phone extension "desk" (180) and, unless body
// is "", its SIP settings "desk" with the attribute lines body.
func extPhoneConfig(env *acctest.PBXEnv, extra, body string) string {
	cfg := env.ProviderConfig(extra) + `
variable "sip_password" {
  type      = string
  sensitive = true
  ephemeral = true
}

resource "telecom_pbx_extension" "desk" {
  name  = "180"
  type  = "phone"
  label = "tf-acc-desk"
}
`
	if body == "" {
		return cfg
	}
	return cfg + `
resource "telecom_pbx_extension_phone" "desk" {
  extension_id = telecom_pbx_extension.desk.extension_id
` + body + "}\n"
}

// extPhoneVars gives the ephemeral variable its value.
func extPhoneVars(password string) config.Variables {
	return config.Variables{"sip_password": config.StringVariable(password)}
}

// checkExtPhone runs check on the SIP settings and the password the
// emulator holds for the extension at extensionAddr.
func checkExtPhone(env *acctest.PBXEnv, extensionAddr string, check func(p sandbox.PhoneSettings, password string) error) resource.TestCheckFunc {
	return sandboxObject(extensionAddr, "extension_id", func(id int64) (sandbox.PhoneSettings, bool) { return env.Sandbox.ExtensionPhone(id) },
		func(p sandbox.PhoneSettings) error {
			password, _ := env.Sandbox.PhonePassword(p.ExtensionID)
			return check(p, password)
		})
}

// checkExtPhonePassword: the extension's SIP password at the PBX is want.
func checkExtPhonePassword(env *acctest.PBXEnv, extensionAddr, want string) resource.TestCheckFunc {
	return checkExtPhone(env, extensionAddr, func(_ sandbox.PhoneSettings, password string) error {
		if password != want {
			return fmt.Errorf("the SIP password at the PBX is %q, want %q", password, want)
		}
		return nil
	})
}

// extPhonePlanHasNoSecret: no form of the secrets is anywhere in the plan
// (terraform show -json of the saved plan).
type extPhonePlanHasNoSecret []string

func (p extPhonePlanHasNoSecret) CheckPlan(_ context.Context, req plancheck.CheckPlanRequest, resp *plancheck.CheckPlanResponse) {
	raw, err := json.Marshal(req.Plan)
	if err != nil {
		resp.Error = err
		return
	}
	resp.Error = acctest.NoSecretsIn("the plan", string(raw), acctest.SecretForms(p...))
}

// updateExtPhone changes the settings of the stored extension behind
// Terraform's back, then forgets the recorded requests.
func updateExtPhone(t *testing.T, env *acctest.PBXEnv, extensionID *string, change func(*sandbox.PhoneSettings)) func() {
	return func() {
		p, ok := env.Sandbox.ExtensionPhone(mustID(t, *extensionID))
		mustHave(t, ok, "phone extension "+*extensionID)
		change(&p)
		env.Sandbox.PutExtensionPhone(p)
		env.Sandbox.Kit.ResetRequests()
	}
}

// create (one PUT of the configured settings and the password from an
// ephemeral variable) -> import verify and import block -> one setting
// changed in place, sent alone -> the password rotated in place by its
// version -> settings left out changed behind Terraform's back: no diff,
// nothing sent -> managed ones changed: planned back, only they sent ->
// the resource removed: forgotten, the settings stay at the PBX.
func TestAccPBXExtensionPhone_lifecycle(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	managed := fmt.Sprintf(`  auth_type                         = "both"
  record_enabled                    = %%t
  label                             = "Reception desk"
  announce_sound_upon_incoming_call = %d
  conference_pin                    = "4321"
`, extPhoneGreeting)
	password := func(version int) string {
		return fmt.Sprintf("  password_wo                       = var.sip_password\n  password_wo_version               = %d\n", version)
	}
	secrets := []string{sipPassword1, sipPassword2}
	noSecretInState := []statecheck.StateCheck{acctest.StateHasNoSecrets("Reception desk", acctest.SecretForms(secrets...))}
	var extensionID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkHeld(env.Sandbox.Extensions, describeExtension),
		Steps: []resource.TestStep{
			{
				Config:          extPhoneConfig(env, "", fmt.Sprintf(managed, true)+password(1)),
				ConfigVariables: extPhoneVars(sipPassword1),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(extPhoneAddr, plancheck.ResourceActionCreate),
						plancheck.ExpectKnownValue(extPhoneAddr, tfjsonpath.New("password_wo"), knownvalue.Null()),
						extPhonePlanHasNoSecret(secrets),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan(), extPhonePlanHasNoSecret(secrets)},
				},
				ConfigStateChecks: noSecretInState,
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr(extPhoneDeskAddr, "extension_id", &extensionID),
					resource.TestCheckResourceAttrPair(extPhoneAddr, "extension_id", extPhoneDeskAddr, "extension_id"),
					resource.TestMatchResourceAttr(extPhoneAddr, "id", regexp.MustCompile(`^@me/[1-9][0-9]*$`)),
					resource.TestCheckResourceAttr(extPhoneAddr, "client_id", "@me"),
					resource.TestCheckResourceAttr(extPhoneAddr, "auth_type", "both"),
					resource.TestCheckResourceAttr(extPhoneAddr, "record_enabled", "true"),
					resource.TestCheckResourceAttr(extPhoneAddr, "conference_pin", "4321"),
					resource.TestCheckNoResourceAttr(extPhoneAddr, "password_wo"),
					resource.TestCheckResourceAttr(extPhoneAddr, "password_wo_version", "1"),
					// Left out: read from the PBX (its defaults).
					resource.TestCheckResourceAttr(extPhoneAddr, "allow_webrtc", "false"),
					resource.TestCheckResourceAttr(extPhoneAddr, "record_transfer", "false"),
					resource.TestCheckResourceAttr(extPhoneAddr, "call_screening_enabled", "false"),
					resource.TestCheckResourceAttr(extPhoneAddr, "conference_announce_caller_name", "true"),
					resource.TestCheckResourceAttr(extPhoneAddr, "conference_end_on_exit", "true"),
					resource.TestCheckNoResourceAttr(extPhoneAddr, "announce_sound_upon_outgoing_call"),
					acctest.CheckAttributesHaveNoSecrets(acctest.SecretForms(secrets...)),
					checkPutBodies(env, extPhonePathRe, "announce_sound_upon_incoming_call,auth_type,conference_pin,label,password,record_enabled"),
					checkExtPhone(env, extPhoneDeskAddr, func(p sandbox.PhoneSettings, password string) error {
						if p.AuthType != "both" || !p.RecordEnabled || p.Label != "Reception desk" || deref(p.AnnounceSoundUponIncomingCall) != extPhoneGreeting ||
							p.ConferencePIN != "4321" || password != sipPassword1 || p.AllowWebRTC || !p.ConferenceEndOnExit {
							return fmt.Errorf("the sandbox holds %+v, password %q", p, password)
						}
						return nil
					}),
				),
			},
			{
				ResourceName: extPhoneAddr, ImportState: true, ImportStateVerify: true,
				ImportStateVerifyIgnore: []string{"password_wo", "password_wo_version"},
				ConfigVariables:         extPhoneVars(sipPassword1),
			},
			{
				// Without a password_wo_version the import plans clean.
				Config:          extPhoneConfig(env, "", fmt.Sprintf(managed, true)),
				ConfigVariables: extPhoneVars(sipPassword1),
				ResourceName:    extPhoneAddr, ImportState: true, ImportStateKind: resource.ImportBlockWithID,
			},
			{
				PreConfig:       resetRequests(env),
				Config:          extPhoneConfig(env, "", fmt.Sprintf(managed, false)+password(1)),
				ConfigVariables: extPhoneVars(sipPassword1),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(extPhoneAddr, plancheck.ResourceActionUpdate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(extPhoneAddr, "record_enabled", "false"),
					checkPutBodies(env, extPhonePathRe, "record_enabled"),
					checkExtPhonePassword(env, extPhoneDeskAddr, sipPassword1),
				),
			},
			{
				// A new version sends the new password alone, in place.
				PreConfig:       resetRequests(env),
				Config:          extPhoneConfig(env, "", fmt.Sprintf(managed, false)+password(2)),
				ConfigVariables: extPhoneVars(sipPassword2),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(extPhoneAddr, plancheck.ResourceActionUpdate),
						extPhonePlanHasNoSecret(secrets),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				ConfigStateChecks: noSecretInState,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(extPhoneAddr, "extension_id", &extensionID),
					resource.TestCheckResourceAttr(extPhoneAddr, "password_wo_version", "2"),
					checkPutBodies(env, extPhonePathRe, "password"),
					checkExtPhonePassword(env, extPhoneDeskAddr, sipPassword2),
					acctest.CheckAttributesHaveNoSecrets(acctest.SecretForms(secrets...)),
				),
			},
			{
				// Settings left out, changed behind Terraform's back: read,
				// never a diff, never sent.
				PreConfig: updateExtPhone(t, env, &extensionID, func(p *sandbox.PhoneSettings) {
					p.AllowWebRTC, p.RecordTransfer, p.CallScreeningEnabled, p.ConferenceEndOnExit = true, true, true, false
					hold := sandbox.DemoHoldMusicSoundID
					p.AnnounceSoundUponOutgoingCall = &hold
				}),
				Config:          extPhoneConfig(env, "", fmt.Sprintf(managed, false)+password(2)),
				ConfigVariables: extPhoneVars(sipPassword2),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(extPhoneAddr, "allow_webrtc", "true"),
					resource.TestCheckResourceAttr(extPhoneAddr, "conference_end_on_exit", "false"),
					resource.TestCheckResourceAttr(extPhoneAddr, "announce_sound_upon_outgoing_call", strconv.FormatInt(sandbox.DemoHoldMusicSoundID, 10)),
					checkRequests(env, http.MethodPut, `.*`, 0),
				),
			},
			{
				// Managed settings changed behind Terraform's back: planned
				// back, and only they are sent; the password is not.
				PreConfig: updateExtPhone(t, env, &extensionID, func(p *sandbox.PhoneSettings) {
					p.AuthType, p.Label, p.RecordEnabled = "digest", "changed by hand", true
				}),
				Config:          extPhoneConfig(env, "", fmt.Sprintf(managed, false)+password(2)),
				ConfigVariables: extPhoneVars(sipPassword2),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(extPhoneAddr, plancheck.ResourceActionUpdate),
						plancheck.ExpectKnownValue(extPhoneAddr, tfjsonpath.New("auth_type"), knownvalue.StringExact("both")),
						plancheck.ExpectKnownValue(extPhoneAddr, tfjsonpath.New("allow_webrtc"), knownvalue.Bool(true)),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkPutBodies(env, extPhonePathRe, "auth_type,label,record_enabled"),
					checkExtPhone(env, extPhoneDeskAddr, func(p sandbox.PhoneSettings, password string) error {
						if p.AuthType != "both" || p.Label != "Reception desk" || p.RecordEnabled || !p.AllowWebRTC || p.ConferenceEndOnExit ||
							password != sipPassword2 {
							return fmt.Errorf("the sandbox holds %+v, password %q", p, password)
						}
						return nil
					}),
				),
			},
			{
				// Removed from the configuration: forgotten, nothing sent,
				// the settings and the password stay as they are.
				PreConfig:       resetRequests(env),
				Config:          extPhoneConfig(env, "", ""),
				ConfigVariables: extPhoneVars(sipPassword2),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(extPhoneAddr, plancheck.ResourceActionDestroy)},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkNotInState(extPhoneAddr),
					checkRequests(env, http.MethodPut, `.*`, 0),
					checkRequests(env, http.MethodDelete, `.*`, 0),
					checkExtPhone(env, extPhoneDeskAddr, func(p sandbox.PhoneSettings, password string) error {
						if p.AuthType != "both" || p.Label != "Reception desk" || p.ConferencePIN != "4321" || password != sipPassword2 {
							return fmt.Errorf("forgetting the settings changed them: %+v, password %q", p, password)
						}
						return nil
					}),
				),
			},
		},
	})
}

// Whether the API answers the SIP password is not documented: answered in
// clear or masked, it is in no state and no plan, re-plans are empty, and
// a rotation and an import change nothing of that.
func TestAccPBXExtensionPhone_passwordInAnswers(t *testing.T) {
	for name, mode := range map[string]sandbox.PhonePasswordMode{
		"clear": sandbox.PhonePasswordClear, "masked": sandbox.PhonePasswordMasked,
	} {
		t.Run(name, func(t *testing.T) {
			env := acctest.PBX(t, sandbox.WithPhonePasswordInAnswers(mode))
			env.RequireSandbox(t)
			body := func(version int) string {
				return fmt.Sprintf("  auth_type           = \"digest\"\n  label               = \"tf-acc-secret\"\n"+
					"  password_wo         = var.sip_password\n  password_wo_version = %d\n", version)
			}
			secrets := []string{sipPassword1, sipPassword2, sandbox.PhonePasswordMask}
			noSecret := resource.ComposeAggregateTestCheckFunc(
				acctest.CheckAttributesHaveNoSecrets(acctest.SecretForms(secrets...)),
				resource.TestCheckNoResourceAttr(extPhoneAddr, "password_wo"),
			)
			noSecretInState := []statecheck.StateCheck{acctest.StateHasNoSecrets("tf-acc-secret", acctest.SecretForms(secrets...))}
			resource.ParallelTest(t, resource.TestCase{
				ProtoV6ProviderFactories: acctest.ProviderFactories,
				Steps: []resource.TestStep{
					{
						Config:          extPhoneConfig(env, "", body(1)),
						ConfigVariables: extPhoneVars(sipPassword1),
						ConfigPlanChecks: resource.ConfigPlanChecks{
							PreApply:             []plancheck.PlanCheck{extPhonePlanHasNoSecret(secrets)},
							PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan(), extPhonePlanHasNoSecret(secrets)},
						},
						ConfigStateChecks: noSecretInState,
						Check:             resource.ComposeAggregateTestCheckFunc(noSecret, checkExtPhonePassword(env, extPhoneDeskAddr, sipPassword1)),
					},
					{
						// A refresh reads the answer with the password.
						Config:          extPhoneConfig(env, "", body(1)),
						ConfigVariables: extPhoneVars(sipPassword1),
						ConfigPlanChecks: resource.ConfigPlanChecks{
							PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan(), extPhonePlanHasNoSecret(secrets)},
						},
						ConfigStateChecks: noSecretInState,
						Check:             noSecret,
					},
					{
						Config:          extPhoneConfig(env, "", body(2)),
						ConfigVariables: extPhoneVars(sipPassword2),
						ConfigPlanChecks: resource.ConfigPlanChecks{
							PreApply: []plancheck.PlanCheck{
								plancheck.ExpectResourceAction(extPhoneAddr, plancheck.ResourceActionUpdate),
								extPhonePlanHasNoSecret(secrets),
							},
							PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan(), extPhonePlanHasNoSecret(secrets)},
						},
						ConfigStateChecks: noSecretInState,
						Check:             resource.ComposeAggregateTestCheckFunc(noSecret, checkExtPhonePassword(env, extPhoneDeskAddr, sipPassword2)),
					},
					{
						ResourceName: extPhoneAddr, ImportState: true, ImportStateVerify: true,
						ImportStateVerifyIgnore: []string{"password_wo_version"},
						ConfigVariables:         extPhoneVars(sipPassword2),
						ImportStateCheck: func(states []*terraform.InstanceState) error {
							for _, s := range states {
								for k, v := range s.Attributes {
									if err := acctest.NoSecretsIn("imported "+k, v, acctest.SecretForms(secrets...)); err != nil {
										return err
									}
								}
							}
							return nil
						},
					},
				},
			})
		})
	}
}

// Settings of an extension that is not a phone: a clear error at apply,
// and nothing is sent to the PBX's phone endpoint; an import of them says
// what the PBX says.
func TestAccPBXExtensionPhone_notAPhone(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	cfg := env.ProviderConfig("") + `
resource "telecom_pbx_extension" "queue" {
  name  = "181"
  type  = "queue"
  label = "tf-acc-queue"
}

resource "telecom_pbx_extension_phone" "desk" {
  extension_id = telecom_pbx_extension.queue.extension_id
  auth_type    = "digest"
}
`
	queue := env.Sandbox.PutExtension(sandbox.Extension{Name: "345*182", Type: "queue", Status: "active", DIDAsTransferCallerID: "None"})
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy: resource.ComposeAggregateTestCheckFunc(
			checkHeld(env.Sandbox.Extensions, describeExtension, `345*182 queue active ""`),
			checkRequests(env, http.MethodPut, extPhonePathRe, 0),
		),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				ExpectError: acctest.Phrases("Error creating PBX extension phone settings", "Could not create the SIP settings of extension",
					"(345*181) is a queue extension: SIP phone settings exist only for extensions of type = phone"),
			},
			{
				Config: cfg, ResourceName: extPhoneAddr, ImportState: true, ImportStateId: fmt.Sprintf("@me/%d", queue.ID),
				ExpectError: acctest.Phrases("Error reading PBX extension phone settings",
					"Extension 345*182 is of type queue: phone settings exist only for extensions of type phone"),
			},
		},
	})
}

// Wrong import IDs name the expected form, before any request.
func TestAccPBXExtensionPhone_invalidImportID(t *testing.T) {
	env := acctest.PBX(t)
	t.Cleanup(func() { env.RequireNoRequests(t) })
	cfg := env.ProviderConfig("") + `
resource "telecom_pbx_extension_phone" "desk" {
  extension_id = 372850
}
`
	var steps []resource.TestStep
	for _, id := range []string{"372850", "@me/desk", "me/372850", "@me/372850/1"} {
		steps = append(steps, resource.TestStep{
			Config: cfg, ResourceName: extPhoneAddr, ImportState: true, ImportStateId: id,
			ExpectError: regexp.MustCompile(`(?s)Invalid\s+import\s+ID\s+for\s+telecom_pbx_extension_phone.*` +
				`Expected\s+<client_id>/<extension_id>,\s+e\.g\.\s+@me/42`),
		})
	}
	resource.ParallelTest(t, resource.TestCase{ProtoV6ProviderFactories: acctest.ProviderFactories, Steps: steps})
}

// The plan of a destroy warns that the settings stay as they are (the
// framework passes no warnings to terraform-plugin-testing, so this asks
// the provider directly).
func TestProtocolPBXExtensionPhone_destroyWarns(t *testing.T) {
	ctx := context.Background()
	server := providerserver.NewProtocol6(provider.New("test")())()
	schemas, err := server.GetProviderSchema(ctx, &tfprotov6.GetProviderSchemaRequest{})
	if err != nil {
		t.Fatal(err)
	}
	typ, ok := schemas.ResourceSchemas["telecom_pbx_extension_phone"].ValueType().(tftypes.Object)
	if !ok {
		t.Fatal("the schema is not an object")
	}
	prior := p6Object(t, typ, map[string]any{"id": "12345/372850", "client_id": "12345", "extension_id": int64(372850)})
	null := tftypes.NewValue(typ, nil)
	resp, err := server.PlanResourceChange(ctx, &tfprotov6.PlanResourceChangeRequest{
		TypeName: "telecom_pbx_extension_phone", PriorState: p6Dynamic(t, typ, prior),
		ProposedNewState: p6Dynamic(t, typ, null), Config: p6Dynamic(t, typ, null),
	})
	if err != nil {
		t.Fatal(err)
	}
	var warned bool
	for _, d := range resp.Diagnostics {
		if d.Severity == tfprotov6.DiagnosticSeverityError {
			t.Errorf("destroy plan error: %s: %s", d.Summary, d.Detail)
		}
		if d.Severity == tfprotov6.DiagnosticSeverityWarning && d.Summary == "SIP phone settings stay as they are" &&
			strings.Contains(d.Detail, "extension 372850") && strings.Contains(d.Detail, "stay as they are at the PBX") {
			warned = true
		}
	}
	if !warned {
		t.Errorf("no warning that the settings stay: %+v", resp.Diagnostics)
	}
}

// p6Object is an object of typ with the given values (strings and int64s);
// the other attributes are null.
func p6Object(t *testing.T, typ tftypes.Object, values map[string]any) tftypes.Value {
	t.Helper()
	attrs := map[string]tftypes.Value{}
	for name, at := range typ.AttributeTypes {
		attrs[name] = tftypes.NewValue(at, nil)
	}
	for name, v := range values {
		at, ok := typ.AttributeTypes[name]
		if !ok {
			t.Fatalf("no attribute %s", name)
		}
		attrs[name] = tftypes.NewValue(at, v)
	}
	return tftypes.NewValue(typ, attrs)
}

func p6Dynamic(t *testing.T, typ tftypes.Type, v tftypes.Value) *tfprotov6.DynamicValue {
	t.Helper()
	dv, err := tfprotov6.NewDynamicValue(typ, v)
	if err != nil {
		t.Fatal(err)
	}
	return &dv
}
