package pbx_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// The Telphin faults (429 with a reset, 5xx on a refresh, a PUT whose
// answer is lost) for the two PBX resources that are written with PUTs
// only: a DID assignment and the client settings. Each resource runs the
// same three tests (writeFault).

// writeFault is one resource under the faults.
type writeFault struct {
	addr   string
	config func(env *acctest.PBXEnv, extension int64) string
	// puts are the PUT endpoints its apply uses; reads the GET endpoints
	// of its refresh.
	puts, reads []string
	noun        string // as its diagnostics name it
	// applied checks the PBX holds what config configures.
	applied func(env *acctest.PBXEnv, extension int64) resource.TestCheckFunc
}

var didFaults = writeFault{
	addr: didAddr,
	config: func(env *acctest.PBXEnv, extension int64) string {
		return didConfig(env, spbOffice, fmt.Sprintf("  extension_id = %d\n", extension))
	},
	puts: []string{didPathRe}, reads: []string{didsPathRe}, noun: "PBX DID assignment",
	applied: func(env *acctest.PBXEnv, extension int64) resource.TestCheckFunc {
		return checkSandboxDID(env, spbOffice, extension, 0)
	},
}

var settingsFaults = writeFault{
	addr: settingsAddr,
	config: func(env *acctest.PBXEnv, _ int64) string {
		return settingsConfig(env, "", "  timezone          = \"Asia/Omsk\"\n  default_caller_id = \""+spbOffice+"\"\n")
	},
	puts: []string{settingsPathRe, clientANIPathRe}, reads: []string{settingsPathRe, clientANIPathRe}, noun: "PBX client settings",
	applied: func(env *acctest.PBXEnv, _ int64) resource.TestCheckFunc {
		return checkClient(env, func(ci sandbox.ClientInfo, ani string) error {
			if ci.Timezone != "Asia/Omsk" || ani != sandbox.DemoDID {
				return fmt.Errorf("the sandbox holds time zone %s, ANI %q", ci.Timezone, ani)
			}
			return nil
		})
	},
}

func TestAccPBXDIDAssignment_rateLimitShortReset(t *testing.T) { testRateLimitShortReset(t, didFaults) }
func TestAccPBXClientSettings_rateLimitShortReset(t *testing.T) {
	testRateLimitShortReset(t, settingsFaults)
}
func TestAccPBXDIDAssignment_serverErrorOnRefresh(t *testing.T) {
	testServerErrorOnRefresh(t, didFaults)
}
func TestAccPBXClientSettings_serverErrorOnRefresh(t *testing.T) {
	testServerErrorOnRefresh(t, settingsFaults)
}
func TestAccPBXDIDAssignment_lostPUTAnswer(t *testing.T)  { testLostPUTAnswer(t, didFaults) }
func TestAccPBXClientSettings_lostPUTAnswer(t *testing.T) { testLostPUTAnswer(t, settingsFaults) }

// faultEnv is a sandbox with an extension to route DIDs to.
func faultEnv(t *testing.T) (*acctest.PBXEnv, int64) {
	t.Helper()
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	return env, env.Sandbox.PutExtension(sandbox.Extension{Name: "301", Type: "phone", Status: "active"}).ID
}

// HTTP 429 whose quota resets in two seconds: the provider waits, and the
// apply ends with the PBX as configured and an empty plan.
func testRateLimitShortReset(t *testing.T, f writeFault) {
	env, ext := faultEnv(t)
	var exhaustedUntil time.Time
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			PreConfig: func() {
				env.Sandbox.ExhaustQuota(2 * time.Second)
				exhaustedUntil = time.Now().Add(2 * time.Second)
			},
			Config: f.config(env, ext),
			ConfigPlanChecks: resource.ConfigPlanChecks{
				PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
			},
			Check: resource.ComposeAggregateTestCheckFunc(
				f.applied(env, ext),
				func(*terraform.State) error {
					refused, after := 0, 0
					for _, r := range env.Sandbox.Kit.Requests() {
						switch {
						case !strings.HasPrefix(r.Path, sandbox.BasePath):
						case r.Time.Before(exhaustedUntil.Add(-100 * time.Millisecond)):
							refused++
						case r.Time.After(exhaustedUntil):
							after++
						}
					}
					if refused == 0 || after == 0 {
						return fmt.Errorf("%d API requests while the quota was used up, %d after; want some of each", refused, after)
					}
					return nil
				},
			),
		}},
	})
}

// HTTP 503 on the refresh: twice is ridden out (the plan is empty); for
// good, the plan fails with the read's error, saying 503.
func testServerErrorOnRefresh(t *testing.T, f writeFault) {
	env, ext := faultEnv(t)
	cfg := f.config(env, ext)
	fail := func(times int) func() {
		return func() {
			for _, re := range f.reads {
				if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: 503, Method: http.MethodGet, Path: re, Times: times}); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{Config: cfg},
			{
				PreConfig: fail(2),
				Config:    cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(f.applied(env, ext), func(*terraform.State) error {
					for _, fs := range env.Sandbox.Kit.Faults() {
						if fs.Hits != 2 {
							return fmt.Errorf("fault %+v hit %d requests, want 2", fs.Fault, fs.Hits)
						}
					}
					return nil
				}),
			},
			{
				PreConfig:   func() { env.Sandbox.Kit.ClearFaults(); fail(100)() },
				Config:      strings.Replace(cfg, "provider \"telecom\" {\n", "provider \"telecom\" {\n  max_retries = 1\n", 1),
				PlanOnly:    true,
				ExpectError: acctest.Phrases("Error reading "+f.noun, "Telphin API answered HTTP 503"),
			},
			{PreConfig: env.Sandbox.Kit.ClearFaults, Config: cfg, PlanOnly: true},
		},
	})
}

// The PBX applies a PUT and the answer is lost: a PUT says what the object
// becomes, so the provider repeats it, and the end state is the
// configuration, with an empty plan. The same for the unassigning PUT of
// a DID's destroy.
func testLostPUTAnswer(t *testing.T, f writeFault) {
	env, ext := faultEnv(t)
	dropPUTs := func() {
		env.Sandbox.Kit.ClearFaults()
		env.Sandbox.Kit.ResetRequests()
		for _, re := range f.puts {
			if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: http.MethodPut, Path: re, Times: 1}); err != nil {
				t.Fatal(err)
			}
		}
	}
	repeatedOnce := func(*terraform.State) error {
		for _, re := range f.puts {
			if n := countRequests(env, http.MethodPut, re); n != 2 {
				return fmt.Errorf("%d PUTs on %s, want 2 (the one whose answer was lost, repeated)", n, re)
			}
		}
		return nil
	}
	steps := []resource.TestStep{{
		PreConfig: dropPUTs,
		Config:    f.config(env, ext),
		ConfigPlanChecks: resource.ConfigPlanChecks{
			PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
		},
		Check: resource.ComposeAggregateTestCheckFunc(f.applied(env, ext), repeatedOnce),
	}}
	if f.addr == didAddr {
		steps = append(steps, resource.TestStep{
			PreConfig: dropPUTs,
			Config:    env.ProviderConfig(""),
			Check:     resource.ComposeAggregateTestCheckFunc(checkDIDsUnassigned(env, spbOffice), repeatedOnce),
		})
	}
	resource.ParallelTest(t, resource.TestCase{ProtoV6ProviderFactories: acctest.ProviderFactories, Steps: steps})
}
