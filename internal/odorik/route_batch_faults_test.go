package odorik_test

import (
	"fmt"
	"net/http"
	"strconv"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// Routes and ringings created at once on one number share listings; a POST
// whose answer is lost while the others are in flight must leave exactly
// one rule per resource, each resource holding its own rule's id.
func TestAccOdorikRoute_lostAnswerInABatch(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t)
	n := env.PublicNumber
	const routes, target = 6, "*754321"
	// The first matching fault applies: two slow POSTs, the third committed
	// but its answer dropped, the rest slow, so the adds overlap.
	for _, f := range []sandboxkit.Fault{
		{Kind: sandboxkit.KindLatency, Method: http.MethodPost, Delay: 200 * time.Millisecond, Times: 2},
		{Kind: sandboxkit.KindDrop, Method: http.MethodPost, Times: 1},
		{Kind: sandboxkit.KindLatency, Method: http.MethodPost, Delay: 200 * time.Millisecond},
	} {
		if err := env.Sandbox.Kit.AddFault(f); err != nil {
			t.Fatal(err)
		}
	}
	cfg := env.ProviderConfig("") + fmt.Sprintf(`
resource "telecom_odorik_route" "r" {
  count          = %d
  public_number  = %q
  source_number  = format("00420733100%%03d", count.index)
  ringing_number = %q
}

resource "telecom_odorik_ringing" "g" {
  count          = 2
  public_number  = %[2]q
  ringing_number = format("00420777100%%03d", count.index)
}
`, routes, n, target)
	checks := []resource.TestCheckFunc{checkPOSTs(env, routes+2), checkOwnRuleIDs(env, n, routes)}
	for i := range routes {
		checks = append(checks, checkRouteCount(env, n, fmt.Sprintf("00420733100%03d", i), target, 1))
	}
	for i := range 2 {
		checks = append(checks, checkRouteCount(env, n, "*", fmt.Sprintf("00420777100%03d", i), 1))
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps:                    []resource.TestStep{{Config: cfg, Check: resource.ComposeAggregateTestCheckFunc(checks...)}},
	})
}

// checkOwnRuleIDs: every route resource's route_id is a stored rule with
// the resource's source.
func checkOwnRuleIDs(env *acctest.OdorikEnv, number string, routes int) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		for i := range routes {
			rs, ok := s.RootModule().Resources[fmt.Sprintf("telecom_odorik_route.r.%d", i)]
			if !ok {
				return fmt.Errorf("route %d not in state", i)
			}
			id, err := strconv.ParseInt(rs.Primary.Attributes["route_id"], 10, 64)
			if err != nil {
				return err
			}
			stored, err := matchingRoutes(env, number, rs.Primary.Attributes["source_number"], rs.Primary.Attributes["ringing_number"])
			if err != nil {
				return err
			}
			if len(stored) != 1 || stored[0].ID != id {
				return fmt.Errorf("route %d holds id %d, the stored rules of its source are %+v", i, id, stored)
			}
		}
		return nil
	}
}
