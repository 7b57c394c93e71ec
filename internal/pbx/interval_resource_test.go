package pbx_test

import (
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

const intervalAddr = "telecom_pbx_interval.test"

func intervalConfig(env *acctest.PBXEnv, name, conditions string) string {
	return intervalConfigWith(env.ProviderConfig(""), name, "", conditions)
}

// intervalConfigWith builds the configuration from a provider block and an
// optional client_id line ("" leaves client_id out).
func intervalConfigWith(provider, name, clientID, conditions string) string {
	clientLine := ""
	if clientID != "" {
		clientLine = fmt.Sprintf("  client_id  = %q\n", clientID)
	}
	return provider + fmt.Sprintf(`
resource "telecom_pbx_interval" "test" {
%s  name       = %q
  timezone   = "Europe/Prague"
  conditions = %s
}
`, clientLine, name, conditions)
}

// Conditions used by several tests.
const (
	officeHoursHHMM   = `[{ start_dow = 2, end_dow = 6, start_time = "09:00", end_time = "18:00" }]`
	officeHoursHHMMSS = `[{ start_dow = 2, end_dow = 6, start_time = "09:00:00", end_time = "18:00:00" }]`
)

// create -> import (command, verified) -> import block (plan no-op) ->
// in-place update with the same id -> empty re-plan -> destroy, checked at
// the emulator.
func TestAccPBXInterval_lifecycle(t *testing.T) {
	env := acctest.PBX(t)
	var firstID, intervalID string
	twoConditions := `[
    { start_dow = 2, end_dow = 6, start_time = "08:30:00", end_time = "17:30:00" },
    { month = 12, start_mday = 24, end_mday = 26 },
  ]`
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy: resource.ComposeAggregateTestCheckFunc(
			checkIntervalsGone(env),
			checkIntervalCount(env, 0),
		),
		Steps: []resource.TestStep{
			{
				Config: intervalConfig(env, "tf-acc-office", officeHoursHHMM),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(intervalAddr, plancheck.ResourceActionCreate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(intervalAddr, "client_id", "@me"),
					resource.TestCheckResourceAttr(intervalAddr, "name", "tf-acc-office"),
					resource.TestCheckResourceAttr(intervalAddr, "timezone", "Europe/Prague"),
					resource.TestCheckResourceAttr(intervalAddr, "conditions.#", "1"),
					resource.TestCheckResourceAttr(intervalAddr, "conditions.0.start_dow", "2"),
					resource.TestCheckResourceAttr(intervalAddr, "conditions.0.end_dow", "6"),
					resource.TestCheckResourceAttr(intervalAddr, "conditions.0.start_time", "09:00"),
					resource.TestCheckNoResourceAttr(intervalAddr, "conditions.0.month"),
					resource.TestMatchResourceAttr(intervalAddr, "interval_id", regexp.MustCompile(`^[1-9][0-9]*$`)),
					resource.TestMatchResourceAttr(intervalAddr, "id", regexp.MustCompile(`^@me/[1-9][0-9]*$`)),
					acctest.StoreAttr(intervalAddr, "id", &firstID),
					acctest.StoreAttr(intervalAddr, "interval_id", &intervalID),
					resource.TestCheckResourceAttrWith(intervalAddr, "id", func(id string) error {
						if id != "@me/"+intervalID {
							return fmt.Errorf("id %q is not @me/<interval_id> (%s)", id, intervalID)
						}
						return nil
					}),
					checkIntervalCount(env, 1),
					checkSandboxInterval(env, intervalAddr, func(iv sandbox.Interval) error {
						want := sandbox.Condition{StartDow: 2, EndDow: 6, StartTime: "09:00:00", EndTime: "18:00:00", Type: sandbox.ConditionPeriodic}
						if iv.Name != "tf-acc-office" || iv.Timezone != "Europe/Prague" || len(iv.Conditions) != 1 || iv.Conditions[0] != want {
							return fmt.Errorf("the sandbox holds %+v", iv)
						}
						return nil
					}),
				),
			},
			{
				ResourceName:      intervalAddr,
				ImportState:       true,
				ImportStateVerify: true,
			},
			{
				// terraform plan with an import block and the same
				// configuration must be an import and nothing else.
				Config:          intervalConfig(env, "tf-acc-office", officeHoursHHMM),
				ResourceName:    intervalAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithID,
			},
			{
				Config: intervalConfig(env, "tf-acc-office 2", twoConditions),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(intervalAddr, plancheck.ResourceActionUpdate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(intervalAddr, "id", &firstID),
					resource.TestCheckResourceAttrPtr(intervalAddr, "interval_id", &intervalID),
					resource.TestCheckResourceAttr(intervalAddr, "name", "tf-acc-office 2"),
					resource.TestCheckResourceAttr(intervalAddr, "conditions.#", "2"),
					resource.TestCheckResourceAttr(intervalAddr, "conditions.1.month", "12"),
					resource.TestCheckNoResourceAttr(intervalAddr, "conditions.1.start_dow"),
					checkIntervalCount(env, 1),
					checkSandboxInterval(env, intervalAddr, func(iv sandbox.Interval) error {
						if strconv.FormatInt(iv.ID, 10) != intervalID {
							return fmt.Errorf("the sandbox holds interval %d, want %s", iv.ID, intervalID)
						}
						if iv.Name != "tf-acc-office 2" || len(iv.Conditions) != 2 ||
							iv.Conditions[0].StartTime != "08:30:00" ||
							iv.Conditions[1].Month != 12 || iv.Conditions[1].StartMday != 24 || iv.Conditions[1].EndMday != 26 {
							return fmt.Errorf("the update did not reach the sandbox: %+v", iv)
						}
						return nil
					}),
				),
			},
		},
	})
}

// HH:MM in the configuration, HH:MM:SS from the API: the user's spelling
// stays in state and there is no diff. Then (SPEC: "HH:MM accepted and
// equal") rewriting 09:00 as 09:00:00 names the same times, so the plan must
// stay empty too.
func TestAccPBXInterval_timeSpelling(t *testing.T) {
	env := acctest.PBX(t)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkIntervalsGone(env),
		Steps: []resource.TestStep{
			{
				Config: intervalConfig(env, "tf-acc-hhmm", officeHoursHHMM),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPreRefresh:  []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(intervalAddr, "conditions.0.start_time", "09:00"),
					resource.TestCheckResourceAttr(intervalAddr, "conditions.0.end_time", "18:00"),
					checkSandboxInterval(env, intervalAddr, func(iv sandbox.Interval) error {
						if iv.Conditions[0].StartTime != "09:00:00" || iv.Conditions[0].EndTime != "18:00:00" {
							return fmt.Errorf("the sandbox holds %+v, want the API's HH:MM:SS spelling", iv.Conditions)
						}
						return nil
					}),
				),
			},
			{
				// Terraform core plans a change whenever the configured
				// string changes, so a spelling change is an in-place update;
				// the provider sees nothing to send and makes no request.
				PreConfig: func() { env.Sandbox.Kit.ResetRequests() },
				Config:    intervalConfig(env, "tf-acc-hhmm", officeHoursHHMMSS),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(intervalAddr, plancheck.ResourceActionUpdate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(intervalAddr, "conditions.0.start_time", "09:00:00"),
					func(*terraform.State) error {
						for _, r := range env.Sandbox.Kit.Requests() {
							if r.Method == http.MethodPut {
								return fmt.Errorf("a spelling-only change sent %s %s", r.Method, r.Path)
							}
						}
						return nil
					},
				),
			},
		},
	})
}

// An import has no spelling of the user's to keep: times whose seconds are
// zero read back as HH:MM, as the docs and the examples write them. A
// configuration written that way is verified by the import and plans
// nothing after it (SPEC: "After import, a plan with the same config is
// empty").
func TestAccPBXInterval_importTimeHHMM(t *testing.T) {
	env := acctest.PBX(t)
	cfg := intervalConfig(env, "tf-acc-import hhmm", officeHoursHHMM)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkIntervalsGone(env),
		Steps: []resource.TestStep{
			{Config: cfg},
			{
				ResourceName:      intervalAddr,
				ImportState:       true,
				ImportStateVerify: true,
				ImportStateCheck: func(states []*terraform.InstanceState) error {
					if len(states) != 1 || states[0].Attributes["conditions.0.start_time"] != "09:00" {
						return fmt.Errorf("imported %+v, want start_time as the docs write it (09:00)", states)
					}
					return nil
				},
			},
			{
				// terraform plan with an import block and the HH:MM
				// configuration: an import and nothing else.
				Config:          cfg,
				ResourceName:    intervalAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithID,
			},
		},
	})
}

// An interval made outside Terraform (so the PBX holds HH:MM:SS) is
// imported with terraform import under an HH:MM configuration: the first
// plan is empty.
func TestAccPBXInterval_importThenPlanHHMM(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	made := env.Sandbox.PutInterval(sandbox.Interval{
		Name: "tf-acc-made by hand", Timezone: "Europe/Prague",
		Conditions: []sandbox.Condition{{StartDow: 2, EndDow: 6, StartTime: "09:00:00", EndTime: "18:00:00", Type: sandbox.ConditionPeriodic}},
	})
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkIntervalsGone(env),
		Steps: []resource.TestStep{
			{
				Config:             intervalConfig(env, "tf-acc-made by hand", officeHoursHHMM),
				ResourceName:       intervalAddr,
				ImportState:        true,
				ImportStateId:      fmt.Sprintf("@me/%d", made.ID),
				ImportStatePersist: true,
			},
			{
				PreConfig: func() { env.Sandbox.Kit.ResetRequests() },
				Config:    intervalConfig(env, "tf-acc-made by hand", officeHoursHHMM),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(intervalAddr, "conditions.0.start_time", "09:00"),
					resource.TestCheckResourceAttr(intervalAddr, "conditions.0.end_time", "18:00"),
					checkRequests(env, http.MethodPut, `.*`, 0),
				),
			},
		},
	})
}

// Fields the API answers as 0 or "" (everything the configuration leaves
// out) do not show a diff, for every kind of condition.
func TestAccPBXInterval_unsetFieldsNoDiff(t *testing.T) {
	env := acctest.PBX(t)
	conditions := `[
    { month = 12 },
    { start_mday = 1, end_mday = 5 },
    { sched_start_date = "2025-01-06", sched_active_days = 2, sched_skip_days = 2 },
    { start_datetime = "2025-12-24 00:00:00", end_datetime = "2025-12-27 06:00:00" },
    { start_dow = 7, end_dow = 1 },
  ]`
	cfg := intervalConfig(env, "tf-acc-sparse", conditions)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkIntervalsGone(env),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(intervalAddr, tfjsonpath.New("conditions").AtSliceIndex(0).AtMapKey("start_dow"), knownvalue.Null()),
					statecheck.ExpectKnownValue(intervalAddr, tfjsonpath.New("conditions").AtSliceIndex(0).AtMapKey("start_time"), knownvalue.Null()),
					statecheck.ExpectKnownValue(intervalAddr, tfjsonpath.New("conditions").AtSliceIndex(0).AtMapKey("start_datetime"), knownvalue.Null()),
					statecheck.ExpectKnownValue(intervalAddr, tfjsonpath.New("conditions").AtSliceIndex(1).AtMapKey("month"), knownvalue.Null()),
					statecheck.ExpectKnownValue(intervalAddr, tfjsonpath.New("conditions").AtSliceIndex(2).AtMapKey("sched_skip_days"), knownvalue.Int64Exact(2)),
					statecheck.ExpectKnownValue(intervalAddr, tfjsonpath.New("conditions").AtSliceIndex(3).AtMapKey("sched_start_date"), knownvalue.Null()),
					statecheck.ExpectKnownValue(intervalAddr, tfjsonpath.New("conditions").AtSliceIndex(4).AtMapKey("start_dow"), knownvalue.Int64Exact(7)),
				},
				Check: checkSandboxInterval(env, intervalAddr, func(iv sandbox.Interval) error {
					if len(iv.Conditions) != 5 {
						return fmt.Errorf("the sandbox holds %d conditions, want 5", len(iv.Conditions))
					}
					// The API really answers zero values for the unset fields.
					if c := iv.Conditions[0]; c.Month != 12 || c.StartDow != 0 || c.StartTime != "" || c.StartDatetime != "" {
						return fmt.Errorf("condition 0 in the sandbox: %+v", c)
					}
					if c := iv.Conditions[3]; c.Type != sandbox.ConditionDatetime || c.Month != 0 {
						return fmt.Errorf("condition 3 in the sandbox: %+v", c)
					}
					return nil
				}),
			},
			{
				ResourceName:      intervalAddr,
				ImportState:       true,
				ImportStateVerify: true,
			},
		},
	})
}

// Drift, on two intervals at once: one deleted behind Terraform's back
// (the plan creates it again), one altered (the plan updates it in place);
// the apply restores both as configured.
func TestAccPBXInterval_drift(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	const deletedAddr, alteredAddr = "telecom_pbx_interval.deleted", "telecom_pbx_interval.altered"
	cfg := env.ProviderConfig("") + `
resource "telecom_pbx_interval" "deleted" {
  name       = "tf-acc-drift deleted"
  timezone   = "Europe/Prague"
  conditions = [{ start_dow = 2, end_dow = 6, start_time = "09:00", end_time = "18:00" }]
}

resource "telecom_pbx_interval" "altered" {
  name     = "tf-acc-drift altered"
  timezone = "Europe/Prague"
  conditions = [
    { start_dow = 2, end_dow = 6, start_time = "09:00", end_time = "18:00" },
    { month = 12, start_mday = 24, end_mday = 26 },
  ]
}
`
	var deletedID, alteredID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkIntervalsGone(env), checkIntervalCount(env, 0)),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr(deletedAddr, "interval_id", &deletedID),
					acctest.StoreAttr(alteredAddr, "interval_id", &alteredID),
				),
			},
			{
				PreConfig: func() {
					// Someone deletes one in the PBX web admin …
					if !env.Sandbox.DeleteInterval(mustID(t, deletedID)) {
						t.Fatalf("the sandbox had no interval %s", deletedID)
					}
					// … and rewrites the other: name, time zone, conditions.
					env.Sandbox.PutInterval(sandbox.Interval{
						ID: mustID(t, alteredID), Name: "changed by hand", Timezone: "UTC",
						Conditions: []sandbox.Condition{
							{Month: 12, StartMday: 24, EndMday: 26, Type: sandbox.ConditionPeriodic},
							{StartDow: 1, EndDow: 7, StartTime: "10:00:00", EndTime: "12:00:00", Type: sandbox.ConditionPeriodic},
						},
					})
				},
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(deletedAddr, plancheck.ResourceActionCreate),
						plancheck.ExpectResourceAction(alteredAddr, plancheck.ResourceActionUpdate),
						plancheck.ExpectKnownValue(alteredAddr, tfjsonpath.New("name"), knownvalue.StringExact("tf-acc-drift altered")),
						plancheck.ExpectKnownValue(alteredAddr, tfjsonpath.New("conditions").AtSliceIndex(1).AtMapKey("month"), knownvalue.Int64Exact(12)),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkIntervalCount(env, 2),
					resource.TestCheckResourceAttrWith(deletedAddr, "interval_id", func(id string) error {
						if id == deletedID {
							return fmt.Errorf("interval_id %s was not replaced by the new interval's id", id)
						}
						return nil
					}),
					checkSandboxInterval(env, deletedAddr, func(iv sandbox.Interval) error {
						if iv.Name != "tf-acc-drift deleted" || len(iv.Conditions) != 1 || iv.Conditions[0].StartTime != "09:00:00" {
							return fmt.Errorf("the recreated interval is %+v", iv)
						}
						return nil
					}),
					resource.TestCheckResourceAttrPtr(alteredAddr, "interval_id", &alteredID),
					checkSandboxInterval(env, alteredAddr, func(iv sandbox.Interval) error {
						if iv.Name != "tf-acc-drift altered" || iv.Timezone != "Europe/Prague" || len(iv.Conditions) != 2 ||
							iv.Conditions[0].StartDow != 2 || iv.Conditions[0].StartTime != "09:00:00" || iv.Conditions[1].Month != 12 {
							return fmt.Errorf("the apply did not restore the configuration: %+v", iv)
						}
						return nil
					}),
				),
			},
			{
				// Deleted again: a refresh alone forgets it.
				PreConfig: func() {
					if !env.Sandbox.DeleteInterval(mustID(t, alteredID)) {
						t.Fatalf("the sandbox had no interval %s", alteredID)
					}
				},
				RefreshState:       true,
				ExpectNonEmptyPlan: true,
				Check:              checkNotInState(alteredAddr),
			},
		},
	})
}

// client_id: the provider default (@me) is written to state; a numeric id
// replaces the object (the API sees a different client path); import with
// a numeric id; the provider's pbx.client_id default is honoured and
// changing it replaces too.
func TestAccPBXInterval_clientID(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	numeric := env.NumericClientID
	var meID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkIntervalsGone(env), checkIntervalCount(env, 0)),
		Steps: []resource.TestStep{
			{
				Config: intervalConfig(env, "tf-acc-client", officeHoursHHMM),
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(intervalAddr, "client_id", "@me"),
					resource.TestMatchResourceAttr(intervalAddr, "id", regexp.MustCompile(`^@me/[0-9]+$`)),
					acctest.StoreAttr(intervalAddr, "interval_id", &meID),
				),
			},
			{
				Config: intervalConfigWith(env.ProviderConfig(""), "tf-acc-client", numeric, officeHoursHHMM),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(intervalAddr, plancheck.ResourceActionDestroyBeforeCreate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(intervalAddr, "client_id", numeric),
					resource.TestMatchResourceAttr(intervalAddr, "id", regexp.MustCompile(`^`+numeric+`/[0-9]+$`)),
					resource.TestCheckResourceAttrWith(intervalAddr, "interval_id", func(id string) error {
						if id == meID {
							return fmt.Errorf("interval_id %s did not change on replacement", id)
						}
						if _, ok := env.Sandbox.Interval(mustID(t, meID)); ok {
							return fmt.Errorf("the old interval %s is still in the sandbox", meID)
						}
						return nil
					}),
					checkIntervalCount(env, 1),
				),
			},
			{
				// Import ID with the numeric client id.
				ResourceName:      intervalAddr,
				ImportState:       true,
				ImportStateVerify: true,
				ImportStateIdFunc: func(s *terraform.State) (string, error) {
					return numeric + "/" + s.RootModule().Resources[intervalAddr].Primary.Attributes["interval_id"], nil
				},
			},
			{
				// The provider default names the same client: nothing to do.
				Config:   intervalConfigWith(withPBXSetting(env, fmt.Sprintf("client_id = %q", numeric)), "tf-acc-client", "", officeHoursHHMM),
				PlanOnly: true,
			},
			{
				// Back to the provider's @me default: replaced.
				Config: intervalConfig(env, "tf-acc-client", officeHoursHHMM),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(intervalAddr, plancheck.ResourceActionDestroyBeforeCreate)},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(intervalAddr, "client_id", "@me"),
					checkIntervalCount(env, 1),
				),
			},
		},
	})
}
