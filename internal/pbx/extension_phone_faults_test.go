package pbx_test

import (
	"fmt"
	"net/http"
	"regexp"
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

// extPhoneFaultBody is the settings the fault tests manage.
const extPhoneFaultBody = `  auth_type           = "network"
  record_enabled      = true
  password_wo         = var.sip_password
  password_wo_version = 1
`

// checkExtPhoneFaultSettings: the PBX holds what extPhoneFaultBody says,
// with label.
func checkExtPhoneFaultSettings(env *acctest.PBXEnv, label string) resource.TestCheckFunc {
	return checkExtPhone(env, extPhoneDeskAddr, func(p sandbox.PhoneSettings, password string) error {
		if p.AuthType != "network" || !p.RecordEnabled || p.Label != label || password != sipPassword1 {
			return fmt.Errorf("the sandbox holds %+v, password %q", p, password)
		}
		return nil
	})
}

// HTTP 5xx while refreshing the settings: a passing one is retried and the
// plan is empty; a lasting one fails the refresh with the vendor's answer.
func TestAccPBXExtensionPhone_serverErrorOnRefresh(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	addFault := func(times int) func() {
		return func() {
			env.Sandbox.Kit.ClearFaults()
			if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: http.StatusBadGateway,
				Method: http.MethodGet, Path: extPhonePathRe, Times: times}); err != nil {
				t.Fatal(err)
			}
		}
	}
	oneHit := func(*terraform.State) error {
		if f := env.Sandbox.Kit.Faults(); len(f) != 1 || f[0].Hits != 1 {
			return fmt.Errorf("faults %+v, want one 502 answered", f)
		}
		return nil
	}
	vars := extPhoneVars(sipPassword1)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{Config: extPhoneConfig(env, "", extPhoneFaultBody), ConfigVariables: vars},
			{
				PreConfig:       addFault(1),
				Config:          extPhoneConfig(env, "", extPhoneFaultBody),
				ConfigVariables: vars,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(oneHit, checkExtPhoneFaultSettings(env, "")),
			},
			{
				PreConfig:       addFault(0),
				Config:          extPhoneConfig(env, "  max_retries = 1\n", extPhoneFaultBody),
				ConfigVariables: vars,
				PlanOnly:        true,
				ExpectError: regexp.MustCompile(`(?s)Error\s+reading\s+PBX\s+extension\s+phone\s+settings.*Could\s+not\s+read\s+the\s+SIP\s+` +
					`settings\s+of\s+extension\s+[0-9]+:\s+Telphin\s+API\s+answered\s+HTTP\s+502`),
			},
			{
				PreConfig:       func() { env.Sandbox.Kit.ClearFaults() },
				Config:          extPhoneConfig(env, "", extPhoneFaultBody),
				ConfigVariables: vars,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: checkExtPhoneFaultSettings(env, ""),
			},
		},
	})
}

// HTTP 429 whose quota resets in two seconds: the provider waits for the
// reset, and the settings are written once the quota is back.
func TestAccPBXExtensionPhone_rateLimitShortReset(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	var resetAt time.Time
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkHeld(env.Sandbox.Extensions, describeExtension),
		Steps: []resource.TestStep{
			{
				Config:          extPhoneConfig(env, "", ""),
				ConfigVariables: extPhoneVars(sipPassword1),
			},
			{
				PreConfig: func() {
					env.Sandbox.Kit.ResetRequests()
					env.Sandbox.ExhaustQuota(2 * time.Second)
					resetAt = time.Now().Add(2 * time.Second)
				},
				Config:          extPhoneConfig(env, "", extPhoneFaultBody),
				ConfigVariables: extPhoneVars(sipPassword1),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkExtPhoneFaultSettings(env, ""),
					func(*terraform.State) error {
						var first, put time.Time
						for _, r := range env.Sandbox.Kit.Requests() {
							if !strings.HasPrefix(r.Path, sandbox.BasePath) {
								continue
							}
							if first.IsZero() {
								first = r.Time
							}
							if r.Method == http.MethodPut && regexp.MustCompile(extPhonePathRe).MatchString(r.Path) {
								put = r.Time
							}
						}
						if !first.Before(resetAt) || put.Before(resetAt) {
							return fmt.Errorf("first request at %v, settings written at %v; want one refused before %v and the write after it",
								first, put, resetAt)
						}
						return nil
					},
					checkPutBodies(env, extPhonePathRe, "auth_type,password,record_enabled"),
				),
			},
		},
	})
}

// The answers to the settings' PUTs are lost, on create and on update,
// after the PBX applied them: the PUT says what the settings become, so it
// is repeated as it was, and the result is the same as without the fault.
func TestAccPBXExtensionPhone_lostPutAnswer(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	dropPut := func() {
		env.Sandbox.Kit.ClearFaults()
		env.Sandbox.Kit.ResetRequests()
		if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: http.MethodPut, Path: extPhonePathRe, Times: 1}); err != nil {
			t.Fatal(err)
		}
	}
	oneLost := func(*terraform.State) error {
		if f := env.Sandbox.Kit.Faults(); len(f) != 1 || f[0].Hits != 1 {
			return fmt.Errorf("faults %+v, want one answer lost", f)
		}
		return nil
	}
	labelled := extPhoneFaultBody + "  label               = \"tf-acc-lost\"\n"
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{
				PreConfig:       dropPut,
				Config:          extPhoneConfig(env, "", extPhoneFaultBody),
				ConfigVariables: extPhoneVars(sipPassword1),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					oneLost,
					checkExtPhoneFaultSettings(env, ""),
					checkPutBodies(env, extPhonePathRe, "auth_type,password,record_enabled", "auth_type,password,record_enabled"),
					resource.TestCheckResourceAttr(extPhoneAddr, "auth_type", "network"),
				),
			},
			{
				PreConfig:       dropPut,
				Config:          extPhoneConfig(env, "", labelled),
				ConfigVariables: extPhoneVars(sipPassword1),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(extPhoneAddr, plancheck.ResourceActionUpdate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					oneLost,
					checkExtPhoneFaultSettings(env, "tf-acc-lost"),
					checkPutBodies(env, extPhonePathRe, "label", "label"),
				),
			},
		},
	})
}
