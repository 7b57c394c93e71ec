package odorik_test

import (
	"context"
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
)

const routeAddr = "telecom_odorik_route.test"

func routeConfig(env *acctest.OdorikEnv, public, source, ringing string) string {
	return env.ProviderConfig("") + fmt.Sprintf(`
resource "telecom_odorik_route" "test" {
  public_number  = %q
  source_number  = %q
  ringing_number = %q
}
`, public, source, ringing)
}

func TestAccOdorikRoute_lifecycle(t *testing.T) {
	env := acctest.Odorik(t)
	n := env.PublicNumber
	var firstID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy: resource.ComposeTestCheckFunc(
			checkRouteCount(env, n, "00420733123456", "*754321", 0),
			checkRouteCount(env, n, "00420733123456", "*754322", 0),
		),
		Steps: []resource.TestStep{
			{
				Config: routeConfig(env, n, "00420733123456", "*754321"),
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(routeAddr, "public_number", n),
					resource.TestCheckResourceAttr(routeAddr, "source_number", "00420733123456"),
					resource.TestCheckResourceAttr(routeAddr, "ringing_number", "*754321"),
					resource.TestMatchResourceAttr(routeAddr, "route_id", regexp.MustCompile(`^[1-9][0-9]*$`)),
					resource.TestMatchResourceAttr(routeAddr, "id", regexp.MustCompile(`^`+n+`/[1-9][0-9]*$`)),
					checkRouteCount(env, n, "00420733123456", "*754321", 1),
					acctest.StoreAttr(routeAddr, "id", &firstID),
				),
			},
			{
				ResourceName:      routeAddr,
				ImportState:       true,
				ImportStateVerify: true,
			},
			{
				// The API cannot change a rule: a new target replaces it.
				Config: routeConfig(env, n, "00420733123456", "*754322"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(routeAddr, plancheck.ResourceActionDestroyBeforeCreate),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(routeAddr, "ringing_number", "*754322"),
					checkRouteCount(env, n, "00420733123456", "*754321", 0),
					checkRouteCount(env, n, "00420733123456", "*754322", 1),
					resource.TestCheckResourceAttrWith(routeAddr, "id", func(id string) error {
						if id == firstID {
							return fmt.Errorf("id %s did not change on replacement", id)
						}
						return nil
					}),
				),
			},
			{
				Config:   routeConfig(env, n, "00420733123456", "*754322"),
				PlanOnly: true, // the re-plan is empty
			},
		},
	})
}

// The user's "+420…" spelling stays in state although the API answers
// "00420…", and switching spellings is an in-place update, not a replacement.
func TestAccOdorikRoute_numberSpelling(t *testing.T) {
	env := acctest.Odorik(t)
	plus := "+" + env.PublicNumber[2:]
	var routeID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkRouteCount(env, env.PublicNumber, "00420733123456", "00420737007770", 0),
		Steps: []resource.TestStep{
			{
				Config: routeConfig(env, plus, "+420733123456", "+420737007770"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(routeAddr, "public_number", plus),
					resource.TestCheckResourceAttr(routeAddr, "source_number", "+420733123456"),
					resource.TestCheckResourceAttr(routeAddr, "ringing_number", "+420737007770"),
					checkRouteCount(env, env.PublicNumber, "00420733123456", "00420737007770", 1),
					acctest.StoreAttr(routeAddr, "route_id", &routeID),
				),
			},
			{
				Config: routeConfig(env, env.PublicNumber, "00420733123456", "00420737007770"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(routeAddr, plancheck.ResourceActionUpdate),
					},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(routeAddr, "public_number", env.PublicNumber),
					resource.TestCheckResourceAttrPtr(routeAddr, "route_id", &routeID),
					checkRouteCount(env, env.PublicNumber, "00420733123456", "00420737007770", 1),
				),
			},
		},
	})
}

func TestAccOdorikRoute_driftDeleted(t *testing.T) {
	env := acctest.Odorik(t)
	n := env.PublicNumber
	cfg := routeConfig(env, n, "00420733123456", "*754321")
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkRouteCount(env, n, "00420733123456", "*754321", 0),
		Steps: []resource.TestStep{
			{Config: cfg},
			{
				// Someone deletes the rule in the Odorik web admin.
				PreConfig: func() {
					routes, err := matchingRoutes(env, n, "00420733123456", "*754321")
					if err != nil || len(routes) != 1 {
						t.Fatalf("before drift: %v %+v", err, routes)
					}
					if err := env.Client.DeleteRoute(context.Background(), n, routes[0].ID); err != nil {
						t.Fatal(err)
					}
				},
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(routeAddr, plancheck.ResourceActionCreate)},
				},
				Check: checkRouteCount(env, n, "00420733123456", "*754321", 1),
			},
		},
	})
}

func TestAccOdorikRoute_driftNumberRemoved(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t)
	n := sandbox.NomadicNumber
	cfg := routeConfig(env, n, "*", "*754321")
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{Config: cfg},
			{
				// The number leaves the account: the rule goes with it.
				PreConfig: func() {
					if !env.Sandbox.RemoveNumber(n) {
						t.Fatal("the sandbox did not have the number")
					}
				},
				RefreshState:       true,
				ExpectNonEmptyPlan: true,
				Check:              checkNotInState(routeAddr),
			},
		},
	})
}

func TestAccOdorikRoute_invalidInput(t *testing.T) {
	env := acctest.Odorik(t)
	cases := []struct {
		public, source, ringing string
		err                     string
	}{
		{"", "*", "*754321", `Invalid number`},
		{"00420abc533", "*", "*754321", `"00420abc533" is not valid here`},
		{"533533533", "*", "*754321", `expected an international number`},
		{env.PublicNumber, "", "*754321", `expected "\*" \(any caller\)`},
		{env.PublicNumber, "boss", "*754321", `"boss" is not valid here`},
		{env.PublicNumber, "*", "", `expected a number`},
		{env.PublicNumber, "*", "733 123 456", `"733 123 456" is not valid here`},
		{env.PublicNumber, "*", "0042x", `"0042x" is not valid here`},
	}
	var steps []resource.TestStep
	for _, c := range cases {
		steps = append(steps, resource.TestStep{
			Config:      routeConfig(env, c.public, c.source, c.ringing),
			PlanOnly:    true,
			ExpectError: regexp.MustCompile(c.err),
		})
	}
	for _, id := range []string{"garbage", "00420533533533/", "00420533533533/abc", "00420533533533/-4", "0042O533/12", "/12"} {
		steps = append(steps, resource.TestStep{
			Config:        routeConfig(env, env.PublicNumber, "*", "*754321"),
			ResourceName:  routeAddr,
			ImportState:   true,
			ImportStateId: id,
			ExpectError:   regexp.MustCompile(`Expected\s+<public_number>/<route_id>`),
		})
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps:                    steps,
	})
	env.RequireNoRequests(t)
}
