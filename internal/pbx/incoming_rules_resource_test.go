package pbx_test

import (
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// Rules of the lifecycle, as configured and as the emulator holds them
// (describeRule).
const (
	ruleCascade = `{
      type            = "cascade"
      interval_id     = telecom_pbx_interval.hours.interval_id
      cascade_numbers = [{ delay = 0, number = "100" }, { delay = 20, number = "+79161234567" }]
    }`
	heldCascade = "cascade cascade=0:100,20:+79161234567 interval"

	ruleTransferUnanswered = `{ type = "transfer", call_status = "no_answer", transfer_dst = ["+79161234568"] }`
	heldTransferUnanswered = "transfer status=no_answer dst=+79161234568"

	ruleVoicemail = `{ type = "voicemail", name = "after hours" }`
	heldVoicemail = `voicemail name="after hours"`

	ruleHangupAnonymous = `{ type = "hangup", caller_id_action = "anonymous" }`
	heldHangupAnonymous = "hangup caller=anonymous"

	ruleVoicemailUnanswered = `{ type = "voicemail", name = "after hours", call_status = "no_answer" }`
	heldVoicemailUnanswered = `voicemail name="after hours" status=no_answer`

	ruleTransferInHours = `{
      type         = "transfer"
      interval_id  = telecom_pbx_interval.hours.interval_id
      transfer_dst = ["100"]
    }`
	heldTransferInHours = "transfer dst=100 interval"
)

// Create over four rules made by hand (taken over by position: the one
// equal to its configured rule is not written, the surplus one is deleted),
// import, then reorder, insert in the middle, remove from the middle and
// from the end, change one field, change a rule's type: after each the
// emulator holds exactly the configured rules, ids at surviving positions
// stay, only the fields that changed are sent, the desk never has no
// rules, the order call is never used and the re-plan is empty. Removing
// the resource deletes every rule of the extension.
func TestAccPBXIncomingRules_lifecycle(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	writes := watchRuleWrites(env)
	var ids ruleIDs
	var finalIDs []string
	// update is a step to rules whose expected state is held, keeping the
	// first keep rule ids, with the PUT bodies given.
	update := func(keep int, rules, held []string, puts ...string) resource.TestStep {
		return resource.TestStep{
			PreConfig: writes.begin,
			Config:    deskConfig(env, rules...),
			ConfigPlanChecks: resource.ConfigPlanChecks{
				PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(incomingRulesAddr, plancheck.ResourceActionUpdate)},
				PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
			},
			Check: resource.ComposeAggregateTestCheckFunc(
				checkDeskRules(env, held...),
				ids.keep(keep),
				writes.neverEmpty(),
				checkPutBodies(env, incomingRulePathRe, puts...),
				resource.TestCheckResourceAttr(incomingRulesAddr, "rules.#", fmt.Sprint(len(rules))),
			),
		}
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy: resource.ComposeAggregateTestCheckFunc(
			checkHeld(env.Sandbox.Extensions, describeExtension),
			func(*terraform.State) error {
				for _, e := range env.Sandbox.Extensions() {
					if n := len(env.Sandbox.IncomingRules(e.ID)); n > 0 {
						return fmt.Errorf("extension %d still has %d rules", e.ID, n)
					}
				}
				return nil
			},
		),
		Steps: []resource.TestStep{
			{Config: deskConfig(env)},
			{
				// Four rules made by hand; the second is the configured
				// second rule already.
				PreConfig: func() {
					putDeskRules(t, env,
						sandbox.IncomingRule{Type: "busy"},
						sandbox.IncomingRule{Type: "transfer", CallStatus: "no_answer", TransferDst: []string{"+79161234568"}},
						sandbox.IncomingRule{Type: "hangup"},
						sandbox.IncomingRule{Type: "playfile", PlayfileSound: ptr(sandbox.DemoHoldMusicSoundID)},
					)
					ids.remember(env)
					writes.begin()
				},
				Config: deskConfig(env, ruleCascade, ruleTransferUnanswered, ruleVoicemail),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(incomingRulesAddr, plancheck.ResourceActionCreate),
						plancheck.ExpectUnknownValue(incomingRulesAddr, tfjsonpath.New("rule_ids")),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkDeskRules(env, heldCascade, heldTransferUnanswered, heldVoicemail),
					ids.keep(3),
					writes.neverEmpty(),
					checkPutBodies(env, incomingRulePathRe, "cascade_numbers,interval_id,type", "name,type"),
					checkRequests(env, http.MethodPost, incomingRulesPathRe, 0),
					checkRequests(env, http.MethodDelete, incomingRulePathRe, 1),
					resource.TestCheckResourceAttr(incomingRulesAddr, "client_id", "@me"),
					resource.TestCheckResourceAttrPair(incomingRulesAddr, "extension_id", deskAddr, "extension_id"),
					resource.TestMatchResourceAttr(incomingRulesAddr, "id", regexp.MustCompile(`^@me/[0-9]+$`)),
					resource.TestCheckResourceAttr(incomingRulesAddr, "rules.0.call_status", "any"),
					resource.TestCheckResourceAttr(incomingRulesAddr, "rules.0.caller_id_action", "any"),
					resource.TestCheckResourceAttr(incomingRulesAddr, "rules.0.allow_public_transfer", "true"),
					resource.TestCheckNoResourceAttr(incomingRulesAddr, "rules.0.name"),
				),
			},
			{ResourceName: incomingRulesAddr, ImportState: true, ImportStateVerify: true},
			// Reorder the last two.
			update(3, []string{ruleCascade, ruleVoicemail, ruleTransferUnanswered},
				[]string{heldCascade, heldVoicemail, heldTransferUnanswered},
				"call_status,name,transfer_dst,type", "call_status,name,transfer_dst,type"),
			// Insert in the middle: the rules after it are rewritten, the
			// last one is added.
			update(3, []string{ruleCascade, ruleHangupAnonymous, ruleVoicemail, ruleTransferUnanswered},
				[]string{heldCascade, heldHangupAnonymous, heldVoicemail, heldTransferUnanswered},
				"caller_id_action,name,type", "call_status,name,transfer_dst,type"),
			// Remove from the middle: the rules after it move up, the last
			// one is deleted.
			update(3, []string{ruleCascade, ruleVoicemail, ruleTransferUnanswered},
				[]string{heldCascade, heldVoicemail, heldTransferUnanswered},
				"caller_id_action,name,type", "call_status,name,transfer_dst,type"),
			// Remove from the end: one DELETE, nothing else.
			update(2, []string{ruleCascade, ruleVoicemail}, []string{heldCascade, heldVoicemail}),
			// One field of one rule.
			update(2, []string{ruleCascade, ruleVoicemailUnanswered}, []string{heldCascade, heldVoicemailUnanswered}, "call_status"),
			// A new type: its own field is sent, the old type's cleared.
			update(2, []string{ruleTransferInHours, ruleVoicemailUnanswered}, []string{heldTransferInHours, heldVoicemailUnanswered},
				"cascade_numbers,transfer_dst,type"),
			{ResourceName: incomingRulesAddr, ImportState: true, ImportStateVerify: true},
			{
				// The resource leaves the configuration: every rule of the
				// extension is deleted, the extension stays.
				PreConfig: func() {
					finalIDs = ids.last
					env.Sandbox.Kit.ResetRequests()
				},
				Config: deskConfig(env),
				Check: resource.ComposeAggregateTestCheckFunc(
					checkNotInState(incomingRulesAddr),
					checkDeskRules(env),
					func(*terraform.State) error {
						var deleted []string
						for _, r := range env.Sandbox.Kit.Requests() {
							if r.Method == http.MethodDelete {
								deleted = append(deleted, r.Path)
							}
						}
						for _, id := range finalIDs {
							if !slicesContainsSuffix(deleted, "/incom_rule/"+id) {
								return fmt.Errorf("rule %s was not deleted: DELETEs %v", id, deleted)
							}
						}
						if len(deleted) != len(finalIDs) {
							return fmt.Errorf("DELETEs %v, want one per rule %v", deleted, finalIDs)
						}
						return nil
					},
					checkHeld(env.Sandbox.Extensions, describeExtension, `345*100 phone active ""`),
				),
			},
		},
	})
}

// slicesContainsSuffix: one of paths ends with suffix (or suffix + "/").
func slicesContainsSuffix(paths []string, suffix string) bool {
	for _, p := range paths {
		if strings.HasSuffix(strings.TrimSuffix(p, "/"), suffix) {
			return true
		}
	}
	return false
}

// Every rule type and condition round-trips with an empty re-plan and an
// exact import: busy, transfer to 1 and to 10 numbers, simple_transfer,
// hangup, playfile (a sound from telecom_pbx_sounds), voicemail, cascade;
// caller_id_action matches, not_matches and anonymous; call_status busy;
// an interval; allow_public_transfer false. A rule the API answers as
// group_call (simple_transfer's older name) plans no change.
func TestAccPBXIncomingRules_everyType(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	ten := make([]string, 10)
	for i := range ten {
		ten[i] = fmt.Sprintf("%d", 101+i)
	}
	cfg := deskConfig(env,
		`{ type = "busy" }`,
		`{ type = "transfer", transfer_dst = ["+79161234567"] }`,
		`{ type = "transfer", transfer_dst = ["`+strings.Join(ten, `", "`)+`"] }`,
		`{ type = "simple_transfer", transfer_dst = ["101", "345*102"] }`,
		`{ type = "hangup", caller_id_action = "anonymous" }`,
		`{ type = "playfile", playfile_sound = data.telecom_pbx_sounds.greeting.sounds[0].id }`,
		`{ type = "voicemail", call_status = "busy" }`,
		`{ type = "cascade", cascade_numbers = [{ delay = 5, number = "101" }, { delay = 0, number = "100" }] }`,
		`{ type = "transfer", caller_id_action = "matches", caller_id = "^(\\+|)7812", transfer_dst = ["+78121234567"] }`,
		`{ type = "busy", caller_id_action = "not_matches", caller_id = "^\\+?7(495|499)\\d{7}$" }`,
		`{
      type                  = "transfer"
      name                  = "mobile in office hours"
      interval_id           = telecom_pbx_interval.hours.interval_id
      transfer_dst          = ["+79161234567"]
      allow_public_transfer = false
    }`,
	) + `
data "telecom_pbx_sounds" "greeting" {
  title = "Office greeting"
}
`
	held := []string{
		"busy",
		"transfer dst=+79161234567",
		"transfer dst=" + strings.Join(ten, ","),
		"simple_transfer dst=101,345*102",
		"hangup caller=anonymous",
		fmt.Sprintf("playfile sound=%d", sandbox.DemoHoldMusicSoundID+1),
		"voicemail status=busy",
		"cascade cascade=5:101,0:100",
		`transfer caller=matches pattern=^(\+|)7812 dst=+78121234567`,
		`busy caller=not_matches pattern=^\+?7(495|499)\d{7}$`,
		`transfer name="mobile in office hours" dst=+79161234567 interval no-public-transfer`,
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkHeld(env.Sandbox.Extensions, describeExtension),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkDeskRules(env, held...),
					resource.TestCheckResourceAttr(incomingRulesAddr, "rules.2.transfer_dst.#", "10"),
					resource.TestCheckResourceAttr(incomingRulesAddr, "rules.10.allow_public_transfer", "false"),
					resource.TestCheckResourceAttrPair(incomingRulesAddr, "rules.10.interval_id", "telecom_pbx_interval.hours", "interval_id"),
					resource.TestCheckResourceAttr(incomingRulesAddr, "rules.5.playfile_sound", fmt.Sprint(sandbox.DemoHoldMusicSoundID+1)),
					resource.TestCheckNoResourceAttr(incomingRulesAddr, "rules.0.transfer_dst"),
					resource.TestCheckNoResourceAttr(incomingRulesAddr, "rules.0.cascade_numbers"),
					resource.TestCheckNoResourceAttr(incomingRulesAddr, "rules.0.caller_id"),
				),
			},
			{ResourceName: incomingRulesAddr, ImportState: true, ImportStateVerify: true},
			{
				// The simple_transfer rule comes back as group_call.
				PreConfig: func() {
					r := env.Sandbox.IncomingRules(deskID(env))[3]
					r.Type = "group_call"
					env.Sandbox.PutIncomingRule(r)
					env.Sandbox.Kit.ResetRequests()
				},
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectEmptyPlan(),
						plancheck.ExpectKnownValue(incomingRulesAddr, tfjsonpath.New("rules").AtSliceIndex(3).AtMapKey("type"),
							knownvalue.StringExact("simple_transfer")),
					},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(incomingRulesAddr, "rules.3.type", "simple_transfer"),
					checkNoRuleWrites(env),
				),
			},
			{
				// A change to that rule sends only what changed: the
				// older name is not a change of type.
				PreConfig: resetRequests(env),
				Config:    strings.Replace(cfg, `["101", "345*102"]`, `["101", "345*103"]`, 1),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(incomingRulesAddr, plancheck.ResourceActionUpdate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkPutBodies(env, incomingRulePathRe, "transfer_dst"),
					func(*terraform.State) error {
						if r := env.Sandbox.IncomingRules(deskID(env))[3]; describeRule(r) != "group_call dst=101,345*103" {
							return fmt.Errorf("the fourth rule is %s", describeRule(r))
						}
						return nil
					},
				),
			},
		},
	})
}

// Rules changed, added in the middle and deleted behind Terraform's back
// show in the plan as an update and are put back, each time with the ids
// of the surviving positions kept; an extension deleted behind its back
// takes its rules out of the state.
func TestAccPBXIncomingRules_drift(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	cfg := deskConfig(env, ruleCascade, ruleTransferUnanswered, ruleVoicemail)
	held := []string{heldCascade, heldTransferUnanswered, heldVoicemail}
	var ids ruleIDs
	writes := watchRuleWrites(env)
	putBack := func(keep int, drift func(rules []sandbox.IncomingRule)) resource.TestStep {
		return resource.TestStep{
			PreConfig: func() {
				drift(env.Sandbox.IncomingRules(deskID(env)))
				writes.begin()
			},
			Config: cfg,
			ConfigPlanChecks: resource.ConfigPlanChecks{
				PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(incomingRulesAddr, plancheck.ResourceActionUpdate)},
				PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
			},
			Check: resource.ComposeAggregateTestCheckFunc(checkDeskRules(env, held...), ids.keep(keep), writes.neverEmpty()),
		}
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkHeld(env.Sandbox.Extensions, describeExtension),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				Check:  resource.ComposeAggregateTestCheckFunc(checkDeskRules(env, held...), ids.keep(0)),
			},
			// A rule changed.
			putBack(3, func(rules []sandbox.IncomingRule) {
				rules[1].CallStatus, rules[1].TransferDst = "busy", []string{"+79160000000"}
				env.Sandbox.PutIncomingRule(rules[1])
			}),
			// A rule inserted in the middle: it takes the second place's
			// content, the last rule is deleted.
			putBack(3, func([]sandbox.IncomingRule) {
				env.Sandbox.InsertIncomingRule(1, withRuleDefaults(deskID(env), sandbox.IncomingRule{Type: "busy"}))
				ids.remember(env)
			}),
			// The middle rule deleted: the last one moves up, one is added.
			putBack(1, func(rules []sandbox.IncomingRule) { env.Sandbox.DeleteIncomingRule(rules[1].ID) }),
			// Every rule deleted: they are made again.
			putBack(0, func(rules []sandbox.IncomingRule) {
				for _, r := range rules {
					env.Sandbox.DeleteIncomingRule(r.ID)
				}
			}),
			{
				// The extension deleted: the rules leave the state, and
				// both are planned again.
				PreConfig: func() { env.Sandbox.DeleteExtension(deskID(env)) },
				Config:    cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(deskAddr, plancheck.ResourceActionCreate),
						plancheck.ExpectResourceAction(incomingRulesAddr, plancheck.ResourceActionCreate),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: checkDeskRules(env, held...),
			},
		},
	})
}
