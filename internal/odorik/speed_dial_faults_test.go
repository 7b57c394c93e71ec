package odorik_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

const speedDialsList = `/speed_dials\.json$`

func addFault(t *testing.T, env *acctest.OdorikEnv, f sandboxkit.Fault) {
	t.Helper()
	if err := env.Sandbox.Kit.AddFault(f); err != nil {
		t.Fatal(err)
	}
}

// checkRequests asserts how many requests of method to paths ending in
// suffix the sandbox received.
func checkRequests(env *acctest.OdorikEnv, method, suffix string, want int) resource.TestCheckFunc {
	return func(*terraform.State) error {
		got := 0
		for _, r := range env.Sandbox.Kit.Requests() {
			if r.Method == method && strings.HasSuffix(r.Path, suffix) {
				got++
			}
		}
		if got != want {
			return fmt.Errorf("the sandbox received %d %s …%s, want %d", got, method, suffix, want)
		}
		return nil
	}
}

// A create whose answer is lost, or refused with a 5xx, ends with exactly
// one speed dial at Odorik and a clean state: the POST is repeated only when
// the listing shows it did not take effect.
func TestAccOdorikSpeedDial_lostCreate(t *testing.T) {
	cases := []struct {
		name      string
		s         speedDial
		fault     sandboxkit.Fault
		provider  string
		wantPOSTs int
	}{
		{
			name:      "POST committed, answer dropped, shortcut assigned: found, not posted again",
			s:         speedDial{number: "*754321", name: "tf-acc-lost-1"},
			fault:     sandboxkit.Fault{Kind: sandboxkit.KindDrop},
			wantPOSTs: 1,
		},
		{
			name:      "POST committed, answer dropped, shortcut given",
			s:         speedDial{shortcut: 61, number: "*754321", name: "tf-acc-lost-2"},
			fault:     sandboxkit.Fault{Kind: sandboxkit.KindDrop},
			wantPOSTs: 1,
		},
		{
			name:      "answer dropped with retries disabled: still found",
			s:         speedDial{number: "*754321", name: "tf-acc-lost-3"},
			fault:     sandboxkit.Fault{Kind: sandboxkit.KindDrop},
			provider:  "max_retries = 0",
			wantPOSTs: 1,
		},
		{
			name:      "HTTP 500 once on the POST: verified absent, posted again",
			s:         speedDial{number: "*754321", name: "tf-acc-lost-4"},
			fault:     sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: 500},
			wantPOSTs: 2,
		},
		{
			name:      "HTTP 429 with Retry-After on the POST: checked after the wait, posted again",
			s:         speedDial{number: "*754321", name: "tf-acc-lost-6"},
			fault:     sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: 429, RetryAfter: "1"},
			wantPOSTs: 2,
		},
		{
			name:      "connection reset before the POST arrived: posted again",
			s:         speedDial{shortcut: 62, number: "*754321", name: "tf-acc-lost-5"},
			fault:     sandboxkit.Fault{Kind: sandboxkit.KindReset},
			wantPOSTs: 2,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			env := acctest.Odorik(t)
			env.RequireSandbox(t)
			c.fault.Method, c.fault.Path, c.fault.Times = http.MethodPost, speedDialsList, 1
			addFault(t, env, c.fault)
			resource.ParallelTest(t, resource.TestCase{
				ProtoV6ProviderFactories: acctest.ProviderFactories,
				CheckDestroy:             checkNoSpeedDial(env, c.s.name),
				Steps: []resource.TestStep{{
					Config: env.ProviderConfig(c.provider) + c.s.hcl(),
					ConfigPlanChecks: resource.ConfigPlanChecks{
						PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
					},
					Check: resource.ComposeAggregateTestCheckFunc(
						checkSpeedDial(env, c.s.number, c.s.name), // exactly one
						checkRequests(env, http.MethodPost, "/speed_dials.json", c.wantPOSTs),
					),
				}},
			})
		})
	}
}

// A refresh that meets HTTP 5xx: retried; when it keeps failing the plan
// fails saying so, and the state keeps the speed dial.
func TestAccOdorikSpeedDial_refresh5xx(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t)
	s := speedDial{shortcut: 63, number: "*754321", name: "tf-acc-refresh"}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkNoSpeedDial(env, s.name),
		Steps: []resource.TestStep{
			{Config: speedDialConfig(env, s)},
			{
				// Once: the HTTP client repeats the listing.
				PreConfig: func() {
					addFault(t, env, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: 503, Method: http.MethodGet, Path: speedDialsList, Times: 1})
				},
				Config:   speedDialConfig(env, s),
				PlanOnly: true,
			},
			{
				// Always, with retries off.
				PreConfig: func() {
					addFault(t, env, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: 500, Method: http.MethodGet, Path: speedDialsList})
				},
				Config:      env.ProviderConfig("max_retries = 0") + s.hcl(),
				PlanOnly:    true,
				ExpectError: acctest.Phrases("Error reading Odorik speed dial", "Could not read speed dial 63", "unexpected HTTP 500"),
			},
			{
				PreConfig: func() { env.Sandbox.Kit.ClearFaults() },
				Config:    speedDialConfig(env, s),
				PlanOnly:  true,
				Check:     checkSpeedDial(env, s.number, s.name),
			},
		},
	})
}

// The answer of a PUT that moved the speed dial is lost: the HTTP client
// repeats the PUT, the API refuses it (the shortcut has moved), and the
// listing shows that the move happened.
func TestAccOdorikSpeedDial_moveAnswerLost(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t)
	s := speedDial{shortcut: 70, number: "*754321", name: "tf-acc-move"}
	moved := s
	moved.shortcut = 71
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkNoSpeedDial(env, s.name),
		Steps: []resource.TestStep{
			{Config: speedDialConfig(env, s)},
			{
				PreConfig: func() {
					addFault(t, env, sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: http.MethodPut, Times: 1})
				},
				Config: speedDialConfig(env, moved),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(speedDialAddr, "id", "71"),
					checkSpeedDial(env, s.number, s.name),
					checkRequests(env, http.MethodPut, "/speed_dials/70.json", 2),
				),
			},
		},
	})
}

// The vendor's documented refusals become diagnostics that name the speed
// dial, give the code and say what to do; nothing is left behind.
func TestAccOdorikSpeedDial_vendorErrors(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t)
	refused := func(code string) func() {
		return func() {
			addFault(t, env, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: http.StatusOK,
				Body: fmt.Sprintf(`{"errors":[%q]}`, code), Method: http.MethodPost, Path: speedDialsList, Times: 1})
		}
	}
	s := speedDial{number: "*754321", name: "tf-acc-refused"}
	steps := []resource.TestStep{
		{
			// Shortcut 1 holds the seeded support speed dial.
			Config: speedDialConfig(env, speedDial{shortcut: sandbox.SupportShortcut, number: "*754321", name: s.name}),
			ExpectError: acctest.Phrases("Error creating Odorik speed dial", "Could not create speed dial 1",
				`"shortcut_already_used"`, "choose a free shortcut", "terraform import telecom_odorik_speed_dial.<name> <shortcut>"),
		},
		{
			// Every shortcut taken.
			PreConfig: func() {
				for n := sandbox.MinShortcut; n <= sandbox.MaxShortcut; n++ {
					if _, ok := env.Sandbox.SpeedDial(n); !ok {
						if err := env.Sandbox.PutSpeedDial(sandbox.SpeedDial{Shortcut: n, Number: "*100", Name: "filler"}); err != nil {
							t.Fatal(err)
						}
					}
				}
			},
			Config: speedDialConfig(env, s),
			ExpectError: acctest.Phrases("Error creating Odorik speed dial", "Could not create a new speed dial to *754321",
				`"speed_dials_full"`, "delete a speed dial"),
		},
		{
			PreConfig: func() {
				for n := sandbox.MobileShortcut + 1; n <= sandbox.MaxShortcut; n++ {
					env.Sandbox.DeleteSpeedDial(n)
				}
				refused("invalid_number")()
			},
			Config:      speedDialConfig(env, s),
			ExpectError: acctest.Phrases("Error creating Odorik speed dial", `"invalid_number"`, "international form"),
		},
		{
			PreConfig:   refused("invalid_shortcut"),
			Config:      speedDialConfig(env, speedDial{shortcut: 80, number: s.number, name: s.name}),
			ExpectError: acctest.Phrases("Could not create speed dial 80", `"invalid_shortcut"`, "small whole number"),
		},
		{
			PreConfig:   refused("name_too_long"),
			Config:      speedDialConfig(env, s),
			ExpectError: acctest.Phrases("Error creating Odorik speed dial", `"name_too_long"`, "150 characters", "shorten it"),
		},
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkNoSpeedDial(env, s.name),
		Steps:                    steps,
	})
}

// Provider credentials of a line (its number and SIP password): speed dials
// refuse them, and the error says which credentials they need.
func TestAccOdorikSpeedDial_lineLogin(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t)
	cfg := speedDialConfig(env, speedDial{number: "*754321", name: "tf-acc-line"})
	cfg = strings.Replace(cfg, fmt.Sprintf("user = %q", sandbox.DemoUser), fmt.Sprintf("user = %q", sandbox.DemoLine), 1)
	cfg = strings.Replace(cfg, fmt.Sprintf("%q", sandbox.DemoPassword), fmt.Sprintf("%q", sandbox.DemoLineSIPPassword), 1)
	if !strings.Contains(cfg, sandbox.DemoLineSIPPassword) || !strings.Contains(cfg, sandbox.DemoLine) {
		t.Fatalf("test setup: the provider block is not a line login:\n%s", cfg)
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config: cfg,
			ExpectError: acctest.Phrases("Error creating Odorik speed dial", `"unauthorized"`,
				"speed dials need the account-wide login", "odorik.user (ODORIK_USER)", "account id",
				"odorik.password (ODORIK_PASSWORD)", "API password", "not a line number with that line's SIP password"),
		}},
	})
	if n := len(env.Sandbox.SpeedDials()); n != 2 {
		t.Errorf("%d speed dials, want the 2 seeded", n)
	}
	for _, r := range env.Sandbox.Kit.Requests() {
		if r.Method != http.MethodGet {
			t.Errorf("a line login sent %s %s", r.Method, r.Path)
		}
	}
}
