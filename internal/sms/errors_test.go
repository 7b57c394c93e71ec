package sms_test

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"regexp"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sms/sandbox"
)

// A template that does not exist (4500) and a username that is taken
// (4502) fail the apply with the code and an English explanation of what
// to do, and nothing is created.
func TestAccSMSSubaccount_apiErrorsSurfaced(t *testing.T) {
	if os.Getenv(resource.EnvTfAcc) == "" {
		t.Skipf("acceptance test: set %s", resource.EnvTfAcc)
	}
	env := acctest.SMS(t)
	tpl, err := env.Client.Subaccount(context.Background(), env.TemplateID)
	if err != nil {
		t.Fatalf("reading the template: %v", err)
	}
	noTemplate := sub{username: username("tpl"), password: "pw-4500", templateID: 987654321}
	taken := sub{username: tpl.Username, password: "pw-4502", templateID: env.TemplateID}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy: resource.ComposeAggregateTestCheckFunc(
			checkOnlyTemplateLeft(env),
			// Each refused add was sent once: a definite answer is neither
			// repeated nor looked up.
			func(*terraform.State) error {
				if env.Sandbox == nil {
					return nil
				}
				if n := countAction(env, actAdd); n != 2 {
					return fmt.Errorf("add requests = %d, want 2", n)
				}
				if n := countAction(env, actIndex); n != 0 {
					return fmt.Errorf("index requests = %d, want 0", n)
				}
				return nil
			},
		),
		Steps: []resource.TestStep{
			{
				Config: config(env, noTemplate),
				ExpectError: acctest.Phrases("Error creating SMS subaccount", `Could not create subaccount "`+noTemplate.username+`"`,
					"subaccounts/add failed with error 4500",
					"the template subaccount (template_id) does not exist; create it in the Customer Panel first"),
			},
			{
				Config: config(env, taken),
				ExpectError: acctest.Phrases("Error creating SMS subaccount", "subaccounts/add failed with error 4502",
					"could not be created with this username: it is taken or not allowed.",
					"Pick another username, or import the existing subaccount."),
			},
		},
	})
}

// {"success":false} from subaccounts/limit: the subaccount is deleted in
// the customer panel while the apply's limit call is on its way (the call
// is held by a latency fault until the deletion is done), so the API
// answers limit of an unknown id. The apply fails saying so.
func TestAccSMSSubaccount_limitSuccessFalse(t *testing.T) {
	env := acctest.SMS(t)
	env.RequireSandbox(t)
	user := username("sfalse")
	before := sub{username: user, password: "pw-false", templateID: env.TemplateID, limits: `{ eco = 1 }`}
	after := before
	after.limits = `{ eco = 2 }`
	var id string
	deleted := make(chan struct{})
	stop := make(chan struct{})
	t.Cleanup(func() { close(stop) })
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkOnlyTemplateLeft(env),
		Steps: []resource.TestStep{
			{
				Config: config(env, before),
				Check:  acctest.StoreAttr(subAddr, "id", &id),
			},
			{
				PreConfig: func() {
					env.Sandbox.Kit.ResetRequests()
					if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{
						Kind: sandboxkit.KindLatency, Delay: time.Second, Path: actionPathRe(actLimit), Times: 1,
					}); err != nil {
						t.Fatal(err)
					}
					go func() {
						tick := time.NewTicker(5 * time.Millisecond)
						defer tick.Stop()
						for {
							select {
							case <-stop:
								return
							case <-tick.C:
							}
							if countAction(env, actLimit) > 0 {
								env.Sandbox.DeleteSubaccount(mustID(id))
								close(deleted)
								return
							}
						}
					}()
				},
				Config: config(env, after),
				ExpectError: regexp.MustCompile(`(?s)Error\s+setting\s+SMS\s+subaccount\s+limits.*` +
					`Could\s+not\s+set\s+the\s+limits\s+of\s+subaccount\s+` + `\d+` + `:\s+eco:\s+SerwerSMS\s+subaccounts/limit\s+answered\s+` +
					regexp.QuoteMeta(`{"success":false}`) + `:\s+the\s+operation\s+was\s+not\s+performed.*subaccount\s+id\s+does\s+not\s+exist`),
			},
			{
				// The next plan sees the subaccount gone and creates it again.
				PreConfig: func() {
					select {
					case <-deleted:
					default:
						t.Fatal("the limit call never reached the sandbox, so nothing was deleted")
					}
					if n := countAction(env, actLimit); n != 1 {
						t.Fatalf("limit requests = %d, want 1 (success:false is definite)", n)
					}
				},
				Config: config(env, after),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(subAddr, plancheck.ResourceActionCreate)},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkUsernameCount(env, user, 1),
					checkLimits(env, subAddr, map[string]int{"eco": 2}),
				),
			},
		},
	})
}

// The answer to add is lost after the subaccount was committed: the apply
// still succeeds with the committed subaccount (found by username, add not
// repeated), and a second apply changes nothing: exactly one subaccount.
func TestAccSMSSubaccount_lostAddResponse(t *testing.T) {
	env := acctest.SMS(t)
	env.RequireSandbox(t)
	user := username("lost")
	cfg := config(env, sub{username: user, password: "pw-lost", templateID: env.TemplateID, limits: `{ full = 9 }`})
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkSubaccountsGone(env), checkOnlyTemplateLeft(env)),
		Steps: []resource.TestStep{
			{
				PreConfig: func() {
					if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{
						Kind: sandboxkit.KindDrop, Method: http.MethodPost, Path: actionPathRe(actAdd), Times: 1,
					}); err != nil {
						t.Fatal(err)
					}
				},
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					func(*terraform.State) error {
						if hits := env.Sandbox.Kit.Faults()[0].Hits; hits != 1 {
							return fmt.Errorf("the drop fault hit %d requests, want 1", hits)
						}
						return nil
					},
					checkActionCount(env, actAdd, 1),
					checkUsernameCount(env, user, 1),
					checkSandboxSub(env, subAddr, func(s2 sandbox.Subaccount) error {
						if s2.Username != user {
							return fmt.Errorf("state points at subaccount %d (%s), not the committed one", s2.ID, s2.Username)
						}
						return nil
					}),
					checkPassword(env, subAddr, "pw-lost"),
					checkLimits(env, subAddr, map[string]int{"full": 9}),
				),
			},
			{
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkActionCount(env, actAdd, 1),
					checkUsernameCount(env, user, 1),
				),
			},
		},
	})
}

// A limit that fails while the subaccount is being created leaves the
// subaccount in state (tainted), not orphaned: the next apply replaces it
// and there is still exactly one subaccount with the username.
func TestAccSMSSubaccount_limitFailsOnCreate(t *testing.T) {
	env := acctest.SMS(t)
	env.RequireSandbox(t)
	user := username("taint")
	cfg := env.ProviderConfig("max_retries = 0") + sub{username: user, password: "pw-taint", templateID: env.TemplateID, limits: `{ mms = 2 }`}.hcl()
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             resource.ComposeAggregateTestCheckFunc(checkSubaccountsGone(env), checkOnlyTemplateLeft(env)),
		Steps: []resource.TestStep{
			{
				PreConfig: func() {
					if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{
						Kind: sandboxkit.KindStatus, Status: http.StatusServiceUnavailable, Body: "maintenance", Path: actionPathRe(actLimit),
					}); err != nil {
						t.Fatal(err)
					}
				},
				Config:      cfg,
				ExpectError: acctest.Phrases("Error setting SMS subaccount limits", "was created, but its limits could not be set"),
			},
			{
				PreConfig: func() { env.Sandbox.Kit.ClearFaults() },
				Config:    cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(subAddr, plancheck.ResourceActionDestroyBeforeCreate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkUsernameCount(env, user, 1),
					checkLimits(env, subAddr, map[string]int{"mms": 2}),
				),
			},
		},
	})
}

// Without the sms block and SMS_* variables, the SMS resource and data
// source fail at plan time naming the settings and variables.
// Not parallel: it empties the SMS_* environment variables (t.Setenv).
func TestAccSMS_notConfigured(t *testing.T) {
	for _, name := range []string{"SMS_API_TOKEN", "SMS_USERNAME", "SMS_PASSWORD", "SMS_API_URL"} {
		t.Setenv(name, "")
	}
	notConfigured := func(address string) *regexp.Regexp {
		return regexp.MustCompile(`(?s)SerwerSMS\s+is\s+not\s+configured.*` + regexp.QuoteMeta(address) +
			`.*sms\s+\{.*api_token\s+=.*username\s+=.*password\s+=.*SMS_API_TOKEN\s+SMS_USERNAME\s+SMS_PASSWORD`)
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config:      "provider \"telecom\" {}\n" + sub{username: "tf-nocfg", password: "pw-nocfg", templateID: 1194}.hcl(),
				PlanOnly:    true,
				ExpectError: notConfigured(subAddr),
			},
			{
				Config:      "provider \"telecom\" {}\n" + `data "telecom_sms_subaccounts" "all" {}`,
				PlanOnly:    true,
				ExpectError: notConfigured("data.telecom_sms_subaccounts.all"),
			},
		},
	})
}
