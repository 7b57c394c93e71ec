package odorik_test

import (
	"context"
	"fmt"
	"net/http"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

const ringingAddr = "telecom_odorik_ringing.test"

func ringingConfig(env *acctest.OdorikEnv, public, target string) string {
	return env.ProviderConfig("") + fmt.Sprintf(`
resource "telecom_odorik_ringing" "test" {
  public_number  = %q
  ringing_number = %q
}
`, public, target)
}

// checkRinging asserts whether target rings in parallel on number, read
// through the ringings endpoint.
func checkRinging(env *acctest.OdorikEnv, number, target string, want bool) resource.TestCheckFunc {
	return func(*terraform.State) error {
		rings, err := env.Client.Ringings(context.Background(), number)
		if err != nil {
			return err
		}
		got := 0
		for _, r := range rings {
			if r.RingingNumber == target {
				got++
			}
		}
		if (got == 1) != want || got > 1 {
			return fmt.Errorf("%s rings %s %d times, want present=%v: %+v", number, target, got, want, rings)
		}
		return nil
	}
}

func TestAccOdorikRinging_lifecycle(t *testing.T) {
	env := acctest.Odorik(t)
	n := env.PublicNumber
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy: resource.ComposeTestCheckFunc(
			checkRinging(env, n, "*754321", false),
			checkRinging(env, n, "00420737007770", false),
		),
		Steps: []resource.TestStep{
			{
				Config: ringingConfig(env, n, "*754321"),
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(ringingAddr, "id", n+"/*754321"),
					resource.TestCheckResourceAttr(ringingAddr, "ringing_number", "*754321"),
					checkRinging(env, n, "*754321", true),
					// A ringing is a route with source "*": the routes view shows it.
					checkRouteCount(env, n, "*", "*754321", 1),
				),
			},
			{ResourceName: ringingAddr, ImportState: true, ImportStateVerify: true},
			{
				Config: ringingConfig(env, n, "+420737007770"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(ringingAddr, plancheck.ResourceActionDestroyBeforeCreate),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(ringingAddr, "ringing_number", "+420737007770"),
					resource.TestCheckResourceAttr(ringingAddr, "id", n+"/00420737007770"),
					checkRinging(env, n, "*754321", false),
					checkRinging(env, n, "00420737007770", true),
				),
			},
			{Config: ringingConfig(env, n, "+420737007770"), PlanOnly: true},
		},
	})
}

func TestAccOdorikRinging_driftDeleted(t *testing.T) {
	env := acctest.Odorik(t)
	n := env.PublicNumber
	cfg := ringingConfig(env, n, "*754321")
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkRinging(env, n, "*754321", false),
		Steps: []resource.TestStep{
			{Config: cfg},
			{
				PreConfig: func() {
					if err := env.Client.DeleteRinging(context.Background(), n, "*754321"); err != nil {
						t.Fatal(err)
					}
				},
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(ringingAddr, plancheck.ResourceActionCreate)},
				},
				Check: checkRinging(env, n, "*754321", true),
			},
		},
	})
}

func TestAccOdorikRinging_lostResponse(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t)
	n := env.PublicNumber
	if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: http.MethodPost, Path: `/ringings\.json$`, Times: 1}); err != nil {
		t.Fatal(err)
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkRinging(env, n, "*754321", false),
		Steps: []resource.TestStep{{
			Config: ringingConfig(env, n, "*754321"),
			Check: resource.ComposeAggregateTestCheckFunc(
				checkRinging(env, n, "*754321", true),
				checkPOSTs(env, 1),
			),
		}},
	})
}

func TestAccOdorikRinging_invalidInput(t *testing.T) {
	env := acctest.Odorik(t)
	var steps []resource.TestStep
	for _, c := range []struct{ public, target, err string }{
		{"", "*754321", `Invalid number`},
		{"0042053353353x", "*754321", `"0042053353353x" is not valid here`},
		{env.PublicNumber, "", `Invalid number`},
		{env.PublicNumber, "*", `"\*" is not valid here`},
		{env.PublicNumber, "ring me", `"ring me" is not valid here`},
	} {
		steps = append(steps, resource.TestStep{
			Config: ringingConfig(env, c.public, c.target), PlanOnly: true, ExpectError: regexp.MustCompile(c.err),
		})
	}
	for _, id := range []string{"00420533533533", "00420533533533/", "abc def/*754321", "00420533533533/ring me"} {
		steps = append(steps, resource.TestStep{
			Config: ringingConfig(env, env.PublicNumber, "*754321"), ResourceName: ringingAddr,
			ImportState: true, ImportStateId: id,
			ExpectError: regexp.MustCompile(`Expected\s+<public_number>/<ringing_number>`),
		})
	}
	resource.ParallelTest(t, resource.TestCase{ProtoV6ProviderFactories: acctest.ProviderFactories, Steps: steps})
	env.RequireNoRequests(t)
}
