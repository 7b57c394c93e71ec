package ipex_test

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// Attributes an import cannot know: the write-only version and the id of
// an order placed by an earlier apply.
var notImported = []string{"sip_password_wo_version", "request_id"}

// create (number spelled +420 with spaces, every setting, a SIP password)
// -> import by the number in two spellings, and as an import block with an
// empty plan -> settings changed in place by an order (same id, password not
// sent) -> new password version: an in-place change that sends it -> the
// number respelled twice: no replacement, no order -> another number
// replaces it -> destroy deactivates, checked through the API.
func TestAccIPEXVoIPNumber_lifecycle(t *testing.T) {
	env := acctest.IPEX(t)
	env.RequireSandbox(t)
	const national = "601555111"
	base := full(env, "+420 601 555 111")
	base.password, base.version = "first-SIP-pass-1", "1"
	changed := base
	changed.clir, changed.limit = sandbox.CLIRTemporaryAllowed, "800.5"
	changed.profile, changed.tariff = strconv.FormatInt(sandbox.ProfileBusinessID, 10), strconv.FormatInt(sandbox.TariffPlanBusinessID, 10)
	bumped := changed
	bumped.password, bumped.version = "second-SIP-pass-2", "2"
	plain := bumped
	plain.number = national
	prefixed := bumped
	prefixed.number = "00420" + national
	other := bumped
	other.number = "601555112"
	importable := base // what an import can match exactly: no write-only settings
	importable.password, importable.version = "", ""

	var firstID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkNumbersCanceled(env),
		Steps: []resource.TestStep{
			{
				Config: config(env, base),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(numAddr, plancheck.ResourceActionCreate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(numAddr, "id", national),
					resource.TestCheckResourceAttr(numAddr, "number", "+420 601 555 111"), // as written
					resource.TestCheckResourceAttr(numAddr, "customer_id", strconv.FormatInt(env.CustomerID, 10)),
					resource.TestCheckResourceAttr(numAddr, "profile_id", "1"),
					resource.TestCheckResourceAttr(numAddr, "tariff_plan_id", "501"),
					resource.TestCheckResourceAttr(numAddr, "clir", "permanent"),
					resource.TestCheckResourceAttr(numAddr, "international_limit", "500"),
					resource.TestCheckResourceAttr(numAddr, "sip_password_wo_version", "1"),
					resource.TestCheckResourceAttr(numAddr, "status", "active"),
					resource.TestCheckNoResourceAttr(numAddr, "sip_password_wo"),
					checkRequestIDIsLast(env, numAddr, sandbox.TypeActivateVoip),
					acctest.StoreAttr(numAddr, "id", &firstID),
					checkStored(env, national, func(n sandbox.Number) error {
						if n.Status != sandbox.StatusActive || n.CustomerID != env.CustomerID || n.ProfileID != 1 || n.TariffPlanID != 501 ||
							n.CLIR != "permanent" || n.InternationalLimit == nil || *n.InternationalLimit != 500 {
							return fmt.Errorf("settings differ from the configuration")
						}
						return nil
					}),
					checkSIPPassword(env, national, "first-SIP-pass-1"),
					checkOrderCount(env, sandbox.TypeActivateVoip, 1),
					checkOrderCount(env, sandbox.TypeChangeVoip, 0),
				),
			},
			{
				// By the number as written in the configuration.
				ResourceName:            numAddr,
				ImportState:             true,
				ImportStateId:           "+420 601 555 111",
				ImportStateVerify:       true,
				ImportStateVerifyIgnore: notImported,
			},
			{
				// By the national number: the import keeps that spelling.
				ResourceName:  numAddr,
				ImportState:   true,
				ImportStateId: national,
				ImportStateCheck: func(states []*terraform.InstanceState) error {
					if len(states) != 1 {
						return fmt.Errorf("import gave %d states", len(states))
					}
					a := states[0].Attributes
					want := map[string]string{
						"id": national, "number": national, "customer_id": strconv.FormatInt(env.CustomerID, 10),
						"profile_id": "1", "tariff_plan_id": "501", "clir": "permanent", "international_limit": "500", "status": "active",
					}
					for k, v := range want {
						if a[k] != v {
							return fmt.Errorf("imported %s = %q, want %q (all: %v)", k, a[k], v, a)
						}
					}
					for _, k := range []string{"request_id", "sip_password_wo", "sip_password_wo_version"} {
						if a[k] != "" {
							return fmt.Errorf("import set %s = %q, which the API cannot tell", k, a[k])
						}
					}
					return nil
				},
			},
			{
				// As an import block: the plan for the same configuration is
				// empty.
				Config:          config(env, importable),
				ResourceName:    numAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithID,
				ImportStateId:   "+420 601 555 111",
			},
			{
				// A number IPEX does not have cannot be imported.
				ResourceName:  numAddr,
				ImportState:   true,
				ImportStateId: "601555119",
				ExpectError:   acctest.Phrases("Cannot import non-existent remote object"),
			},
			{
				PreConfig: func() { env.Sandbox.Kit.ResetRequests() },
				Config:    config(env, changed),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(numAddr, plancheck.ResourceActionUpdate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(numAddr, "id", &firstID),
					resource.TestCheckResourceAttr(numAddr, "clir", "temporaryAllowed"),
					resource.TestCheckResourceAttr(numAddr, "international_limit", "800.5"),
					resource.TestCheckResourceAttr(numAddr, "profile_id", "2"),
					resource.TestCheckResourceAttr(numAddr, "tariff_plan_id", "502"),
					resource.TestCheckResourceAttr(numAddr, "status", "active"),
					checkStored(env, national, func(n sandbox.Number) error {
						if n.CLIR != "temporaryAllowed" || n.InternationalLimit == nil || *n.InternationalLimit != 800.5 ||
							n.ProfileID != 2 || n.TariffPlanID != 502 || n.Status != sandbox.StatusActive {
							return fmt.Errorf("the change did not arrive")
						}
						return nil
					}),
					checkOrderCount(env, sandbox.TypeActivateVoip, 1),
					checkOrderCount(env, sandbox.TypeChangeVoip, 1),
					checkRequestIDIsLast(env, numAddr, sandbox.TypeChangeVoip),
					checkLastChangeSentPassword(env, false), // same version: not sent
					checkSIPPassword(env, national, "first-SIP-pass-1"),
				),
			},
			{
				Config: config(env, bumped),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(numAddr, plancheck.ResourceActionUpdate),
						plancheck.ExpectKnownValue(numAddr, tfjsonpath.New("sip_password_wo_version"), knownvalue.Int64Exact(2)),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(numAddr, "id", &firstID),
					resource.TestCheckResourceAttr(numAddr, "sip_password_wo_version", "2"),
					resource.TestCheckNoResourceAttr(numAddr, "sip_password_wo"),
					checkSIPPassword(env, national, "second-SIP-pass-2"),
					checkLastChangeSentPassword(env, true),
					checkOrderCount(env, sandbox.TypeChangeVoip, 2),
					checkRequestIDIsLast(env, numAddr, sandbox.TypeChangeVoip),
				),
			},
			respelled(env, plain, national, &firstID),
			respelled(env, prefixed, "00420"+national, &firstID),
			{
				Config: config(env, other),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(numAddr, plancheck.ResourceActionDestroyBeforeCreate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(numAddr, "id", "601555112"),
					resource.TestCheckResourceAttr(numAddr, "status", "active"),
					checkStored(env, national, func(n sandbox.Number) error {
						if n.Status != sandbox.StatusCanceled {
							return fmt.Errorf("the replaced number is %q, want canceled", n.Status)
						}
						return nil
					}),
					checkSIPPassword(env, "601555112", "second-SIP-pass-2"),
					checkOrderCount(env, sandbox.TypeActivateVoip, 2),
					checkOrderCount(env, sandbox.TypeDeactivateVoip, 1),
				),
			},
		},
	})
}

// respelled is a step that writes the same number differently: an
// in-place update of the spelling only, no order, the same id.
func respelled(env *acctest.IPEXEnv, v voip, spelling string, id *string) resource.TestStep {
	var orders int
	return resource.TestStep{
		PreConfig: func() { orders = len(env.Sandbox.Orders()) },
		Config:    config(env, v),
		ConfigPlanChecks: resource.ConfigPlanChecks{
			PreApply: []plancheck.PlanCheck{
				plancheck.ExpectResourceAction(numAddr, plancheck.ResourceActionUpdate), // not a replacement
				plancheck.ExpectKnownValue(numAddr, tfjsonpath.New("number"), knownvalue.StringExact(spelling)),
			},
			PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
		},
		Check: resource.ComposeAggregateTestCheckFunc(
			resource.TestCheckResourceAttr(numAddr, "number", spelling),
			resource.TestCheckResourceAttrPtr(numAddr, "id", id),
			resource.TestCheckResourceAttr(numAddr, "status", "active"),
			func(*terraform.State) error {
				if n := len(env.Sandbox.Orders()); n != orders {
					return fmt.Errorf("respelling the number placed %d orders", n-orders)
				}
				return nil
			},
		),
	}
}

// Removing an optional setting from the configuration must settle: after
// the apply, the re-plan is empty (the spec's rule for every resource).
func TestAccIPEXVoIPNumber_settingRemoved(t *testing.T) {
	env := acctest.IPEX(t)
	env.RequireSandbox(t)
	base := full(env, "601555121")
	without := base
	without.clir, without.limit = "", ""
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkNumbersCanceled(env),
		Steps: []resource.TestStep{
			{Config: config(env, base), Check: resource.TestCheckResourceAttr(numAddr, "clir", "permanent")},
			{
				Config: config(env, without),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
			},
		},
	})
}

// Changes behind Terraform's back: settings changed are set back in place;
// a number deleted, or canceled, leaves the state on refresh and is ordered
// again by the next apply.
func TestAccIPEXVoIPNumber_drift(t *testing.T) {
	env := acctest.IPEX(t)
	env.RequireSandbox(t)
	const n = "601555131"
	v := full(env, n)
	v.clir, v.limit = sandbox.CLIRTemporaryRestricted, "100"
	limit := 999.0
	drifted := sandbox.Number{Number: n, CustomerID: env.CustomerID, ProfileID: sandbox.ProfileDomesticOnlyID,
		TariffPlanID: sandbox.TariffPlanStandardID, CLIR: sandbox.CLIRPermanent, InternationalLimit: &limit, Status: sandbox.StatusActive}
	canceled := drifted
	canceled.Status = sandbox.StatusCanceled
	asConfigured := func(n sandbox.Number) error {
		if n.Status != sandbox.StatusActive || n.CLIR != sandbox.CLIRTemporaryRestricted || n.ProfileID != sandbox.ProfileDefaultID ||
			n.InternationalLimit == nil || *n.InternationalLimit != 100 {
			return fmt.Errorf("not as configured")
		}
		return nil
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkNumbersCanceled(env),
		Steps: []resource.TestStep{
			{Config: config(env, v), Check: checkStored(env, n, asConfigured)},
			{
				PreConfig: func() { env.Sandbox.PutNumber(drifted) },
				Config:    config(env, v),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(numAddr, plancheck.ResourceActionUpdate),
						plancheck.ExpectKnownValue(numAddr, tfjsonpath.New("clir"), knownvalue.StringExact(sandbox.CLIRTemporaryRestricted)),
					},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkStored(env, n, asConfigured),
					resource.TestCheckResourceAttr(numAddr, "profile_id", "1"),
					checkOrderCount(env, sandbox.TypeChangeVoip, 1),
					checkOrderCount(env, sandbox.TypeActivateVoip, 1),
				),
			},
			{
				// Deleted: a refresh forgets it ...
				PreConfig: func() {
					if !env.Sandbox.DeleteNumber(n) {
						t.Error("test setup: the number was not there to delete")
					}
				},
				RefreshState:       true,
				ExpectNonEmptyPlan: true,
				Check:              checkNotInState(numAddr),
			},
			{
				// ... and the next apply orders it again.
				Config: config(env, v),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(numAddr, plancheck.ResourceActionCreate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkStored(env, n, asConfigured),
					checkOrderCount(env, sandbox.TypeActivateVoip, 2),
					checkRequestIDIsLast(env, numAddr, sandbox.TypeActivateVoip),
				),
			},
			{
				// Deactivated at IPEX: canceled is gone for Terraform ...
				PreConfig:          func() { env.Sandbox.PutNumber(canceled) },
				RefreshState:       true,
				ExpectNonEmptyPlan: true,
				Check:              checkNotInState(numAddr),
			},
			{
				// ... and ordered again (IPEX accepts a canceled number).
				Config: config(env, v),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(numAddr, plancheck.ResourceActionCreate)},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkStored(env, n, asConfigured),
					resource.TestCheckResourceAttr(numAddr, "status", "active"),
					checkOrderCount(env, sandbox.TypeActivateVoip, 3),
				),
			},
			{
				// Canceled and straight into a plan (refresh included):
				// recreated, not an error.
				PreConfig: func() { env.Sandbox.PutNumber(canceled) },
				Config:    config(env, v),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(numAddr, plancheck.ResourceActionCreate)},
				},
				Check: checkOrderCount(env, sandbox.TypeActivateVoip, 4),
			},
		},
	})
}

// An activation order that ends in error fails the apply with the order's
// id and message, and leaves nothing in state: the next apply (the cause
// fixed) orders the number again.
func TestAccIPEXVoIPNumber_orderError(t *testing.T) {
	env := acctest.IPEX(t)
	env.RequireSandbox(t)
	const n = "601555201"
	const msg = "1010: the number range 601555 is blocked by the regulator"
	env.Sandbox.FailOrdersFor(n, msg)
	v := full(env, n)
	firstOrder := strconv.FormatInt(sandbox.FirstRequestID, 10)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkNumbersCanceled(env),
		Steps: []resource.TestStep{
			{
				Config: config(env, v),
				ExpectError: acctest.Phrases("Error creating IPEX VoIP number", "Could not activate "+n+":",
					"IPEX order "+firstOrder+" (activate_voip for "+n+`) ended with status "error":`, `"`+msg+`"`),
			},
			{
				PreConfig: func() {
					if _, ok := env.Sandbox.Number(n); ok {
						t.Error("the failed activation left the number at IPEX")
					}
					if o, ok := env.Sandbox.Order(sandbox.FirstRequestID); !ok || o.Status != sandbox.OrderError {
						t.Errorf("the first order is %+v, want error", o)
					}
					env.Sandbox.ClearOrderFailures()
				},
				Config: config(env, v),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					// Nothing in state: a create, not an update.
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(numAddr, plancheck.ResourceActionCreate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(numAddr, "status", "active"),
					resource.TestCheckResourceAttr(numAddr, "request_id", strconv.FormatInt(sandbox.FirstRequestID+1, 10)),
					checkOrderCount(env, sandbox.TypeActivateVoip, 2),
				),
			},
		},
	})
}

// The create timeout ends the wait, not the order: the error names the
// order and how to look at it; once the order finished, the next apply
// takes the number over instead of ordering it again.
func TestAccIPEXVoIPNumber_createTimeout(t *testing.T) {
	env := acctest.IPEX(t, sandbox.WithOrderDelay(3*time.Second))
	env.RequireSandbox(t)
	const n = "601555301"
	v := full(env, n)
	v.timeouts = `create = "1s"`
	order := strconv.FormatInt(sandbox.FirstRequestID, 10)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkNumbersCanceled(env),
		Steps: []resource.TestStep{
			{
				Config: config(env, v),
				ExpectError: acctest.Phrases("Could not activate "+n+":", "IPEX order "+order+" (activate_voip for "+n+") is still",
					"GET /v1/requests/"+order, "run Terraform again"),
			},
			{
				PreConfig: func() {
					if o, ok := env.Sandbox.Order(sandbox.FirstRequestID); !ok || o.Status == sandbox.OrderFinished {
						t.Errorf("test setup: the order is %+v, want it still pending", o)
					}
					if done := env.Sandbox.FinishOrders(); done != 1 {
						t.Errorf("test setup: FinishOrders completed %d orders, want 1", done)
					}
				},
				Config: config(env, v),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(numAddr, plancheck.ResourceActionCreate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(numAddr, "id", n),
					resource.TestCheckResourceAttr(numAddr, "status", "active"),
					resource.TestCheckNoResourceAttr(numAddr, "request_id"), // taken over, not ordered
					checkOrderCount(env, sandbox.TypeActivateVoip, 1),
					checkOrderCount(env, sandbox.TypeChangeVoip, 0),
					func(*terraform.State) error {
						if c := len(requestsMatching(env, "POST", `^/v1/voip$`)); c != 1 {
							return fmt.Errorf("POST /v1/voip sent %d times, want 1", c)
						}
						return nil
					},
				),
			},
		},
	})
}

// The access token dies while the apply polls an order: the provider logs
// in again, repeats the poll and the apply succeeds.
func TestAccIPEXVoIPNumber_tokenExpiresMidApply(t *testing.T) {
	env := acctest.IPEX(t, sandbox.WithOrderDelay(800*time.Millisecond))
	env.RequireSandbox(t)
	const n = "601555401"

	var (
		mu        sync.Mutex
		revokedAt time.Time
		before    int
	)
	done := make(chan struct{})
	revokeWhilePending := func() {
		defer close(done)
		deadline := time.Now().Add(30 * time.Second)
		for time.Now().Before(deadline) {
			for _, o := range env.Sandbox.Orders() {
				if o.Type == sandbox.TypeActivateVoip && (o.Status == sandbox.OrderNew || o.Status == sandbox.OrderProcessing) {
					mu.Lock()
					before = env.Sandbox.TokensIssued()
					env.Sandbox.RevokeTokens()
					revokedAt = time.Now()
					mu.Unlock()
					return
				}
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkNumbersCanceled(env),
		Steps: []resource.TestStep{{
			PreConfig: func() { go revokeWhilePending() },
			Config:    config(env, full(env, n)),
			Check: resource.ComposeAggregateTestCheckFunc(
				resource.TestCheckResourceAttr(numAddr, "status", "active"),
				checkOrderCount(env, sandbox.TypeActivateVoip, 1),
				func(*terraform.State) error {
					select {
					case <-done:
					case <-time.After(5 * time.Second):
						return fmt.Errorf("the revoking goroutine did not finish")
					}
					mu.Lock()
					defer mu.Unlock()
					if revokedAt.IsZero() {
						return fmt.Errorf("test setup: no pending order was seen, the tokens were never revoked")
					}
					if got := env.Sandbox.TokensIssued(); got <= before {
						return fmt.Errorf("tokens issued: %d before the revocation, %d now; want a new login", before, got)
					}
					return checkPollRepeatedWithNewToken(env, revokedAt)
				},
			),
		}},
	})
}

// checkPollRepeatedWithNewToken finds, after revokedAt, a poll of the order
// sent with a token from before (refused: 401), then a login, then the
// same poll with a new token.
func checkPollRepeatedWithNewToken(env *acctest.IPEXEnv, revokedAt time.Time) error {
	old := map[string]bool{}
	var refused, login, repeated bool
	var refusedPath string
	for _, r := range env.Sandbox.Kit.Requests() {
		auth := r.Header.Get("Authorization")
		switch {
		case r.Time.Before(revokedAt):
			if auth != "" {
				old[auth] = true
			}
		case !refused:
			if old[auth] && strings.HasPrefix(r.Path, "/v1/requests/") {
				refused, refusedPath = true, r.Path
			}
		case !login:
			login = r.Path == "/v1/token"
		case !repeated:
			repeated = r.Path == refusedPath && auth != "" && !old[auth]
		}
	}
	if !refused || !login || !repeated {
		return fmt.Errorf("after the revocation: poll with the old token %v, new login %v, poll repeated with a new token %v", refused, login, repeated)
	}
	return nil
}

// An API user with only the billing role cannot order a number: the error
// says which roles are needed. With one of them the apply works.
func TestAccIPEXVoIPNumber_forbidden(t *testing.T) {
	env := acctest.IPEX(t)
	env.RequireSandbox(t)
	const n = "601555501"
	env.Sandbox.SetRoles(sandbox.RoleFakturace)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkNumbersCanceled(env),
		Steps: []resource.TestStep{
			{
				Config: config(env, full(env, n)),
				ExpectError: acctest.Phrases("Error creating IPEX VoIP number", "POST /v1/voip answered 403 Forbidden", `"Insufficient scope"`,
					"lacks the role", "superadmin, admin, podpora (support) or realizace (provisioning)",
					"fakturace (billing) is not enough"),
			},
			{
				PreConfig: func() {
					if _, ok := env.Sandbox.Number(n); ok || len(env.Sandbox.Orders()) != 0 {
						t.Error("a refused order left a number or an order behind")
					}
					env.Sandbox.SetRoles(sandbox.RoleRealizace)
				},
				Config: config(env, full(env, n)),
				Check:  resource.TestCheckResourceAttr(numAddr, "status", "active"),
			},
		},
	})
}

// A change order that ends in error fails the apply with the order's id
// and message and leaves the state as it was: the next apply proposes the
// same change again.
func TestAccIPEXVoIPNumber_changeOrderError(t *testing.T) {
	env := acctest.IPEX(t)
	env.RequireSandbox(t)
	const n = "601555211"
	const msg = "change refused: the line is being ported"
	v := full(env, n)
	changed := v
	changed.clir = sandbox.CLIRTemporaryRestricted
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkNumbersCanceled(env),
		Steps: []resource.TestStep{
			{Config: config(env, v)},
			{
				PreConfig: func() { env.Sandbox.FailOrdersFor(n, msg) },
				Config:    config(env, changed),
				ExpectError: acctest.Phrases("Error changing IPEX VoIP number", "Could not change "+n+":",
					"(change_voip for "+n+`) ended with status "error":`, `"`+msg+`"`),
			},
			{
				PreConfig: func() {
					if got, _ := env.Sandbox.Number(n); got.CLIR != sandbox.CLIRPermanent {
						t.Errorf("the failed change changed CLIR to %q", got.CLIR)
					}
					env.Sandbox.ClearOrderFailures()
				},
				Config: config(env, changed),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(numAddr, plancheck.ResourceActionUpdate),
						plancheck.ExpectKnownValue(numAddr, tfjsonpath.New("clir"), knownvalue.StringExact(sandbox.CLIRTemporaryRestricted)),
					},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(numAddr, "clir", sandbox.CLIRTemporaryRestricted),
					checkOrderCount(env, sandbox.TypeChangeVoip, 2),
				),
			},
		},
	})
}

// Destroy of a number that IPEX no longer has, or has already canceled
// (deactivated at IPEX between Terraform's refresh and its delete), succeeds:
// the spec's "delete of an object that is already gone succeeds", and Read
// treats canceled as gone.
func TestAccIPEXVoIPNumber_deleteAlreadyGone(t *testing.T) {
	for _, tc := range []struct {
		name   string
		number string
		meddle func(env *acctest.IPEXEnv, n string)
	}{
		{"deleted", "601555701", func(env *acctest.IPEXEnv, n string) { env.Sandbox.DeleteNumber(n) }},
		{"canceled", "601555702", func(env *acctest.IPEXEnv, n string) {
			got, _ := env.Sandbox.Number(n)
			got.Status = sandbox.StatusCanceled
			env.Sandbox.PutNumber(got)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := acctest.IPEX(t)
			env.RequireSandbox(t)
			n := tc.number
			done := make(chan struct{})
			// The deactivation request is held back 500 ms; meanwhile the
			// number goes away at IPEX.
			meddleOnDeactivate := func() {
				defer close(done)
				path := "/v1/voip/" + n + "/deactivate"
				if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{Kind: sandboxkit.KindLatency, Method: "PUT", Path: regexp.QuoteMeta(path), Delay: 500 * time.Millisecond, Times: 1}); err != nil {
					t.Error(err)
					return
				}
				for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
					if len(requestsMatching(env, "PUT", `^`+regexp.QuoteMeta(path)+`$`)) > 0 {
						tc.meddle(env, n)
						return
					}
				}
				t.Error("no deactivation request arrived")
			}
			resource.ParallelTest(t, resource.TestCase{
				ProtoV6ProviderFactories: acctest.ProviderFactories,
				Steps: []resource.TestStep{
					{Config: config(env, full(env, n))},
					{
						PreConfig: func() { go meddleOnDeactivate() },
						Config:    env.ProviderConfig(""), // the number removed from the configuration
						Check: resource.ComposeAggregateTestCheckFunc(
							checkNotInState(numAddr),
							func(*terraform.State) error {
								<-done
								if c := len(requestsMatching(env, "PUT", `/deactivate$`)); c != 1 {
									return fmt.Errorf("%d deactivation requests, want 1", c)
								}
								return nil
							},
						),
					},
				},
			})
		})
	}
}
