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

// officeConfig is a group, an extension in it and a network permission.
func officeConfig(env *acctest.PBXEnv, extra string) string {
	return env.ProviderConfig(extra) + `
resource "telecom_pbx_extension_group" "test" {
  name = "tf-acc-fault"
}

resource "telecom_pbx_extension" "test" {
  name               = "150"
  type               = "phone"
  label              = "tf-acc-fault"
  extension_group_id = telecom_pbx_extension_group.test.extension_group_id
}

resource "telecom_pbx_network_permission" "test" {
  name              = "tf-acc-fault"
  network_addresses = ["192.0.2.0/24"]
}
`
}

// checkOneOfEach: the emulator holds exactly the office of officeConfig.
func checkOneOfEach(env *acctest.PBXEnv) resource.TestCheckFunc {
	return resource.ComposeAggregateTestCheckFunc(
		checkHeld(env.Sandbox.ExtensionGroups, describeExtensionGroup, "tf-acc-fault"),
		checkHeld(env.Sandbox.Extensions, describeExtension, `345*150 phone active "tf-acc-fault"`),
		checkHeld(env.Sandbox.NetworkPermissions, describeNetworkPermission, "tf-acc-fault: 192.0.2.0/24"),
	)
}

func checkOfficeGone(env *acctest.PBXEnv) resource.TestCheckFunc {
	return resource.ComposeAggregateTestCheckFunc(
		checkHeld(env.Sandbox.ExtensionGroups, describeExtensionGroup),
		checkHeld(env.Sandbox.Extensions, describeExtension),
		checkHeld(env.Sandbox.NetworkPermissions, describeNetworkPermission),
	)
}

// The answers to the creates are lost after the PBX made the objects: the
// provider finds them instead of posting again, so neither this apply nor
// a second one leaves a duplicate (for an extension, the PBX would refuse
// the second POST of a name, 409).
func TestAccPBXExtension_droppedCreateResponse(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	for _, path := range []string{extensionsPathRe, extensionGroupsPathRe, networkPermissionsPathRe} {
		if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: http.MethodPost, Path: path, Times: 1}); err != nil {
			t.Fatal(err)
		}
	}
	onePostEach := resource.ComposeAggregateTestCheckFunc(
		checkRequests(env, http.MethodPost, extensionsPathRe, 1),
		checkRequests(env, http.MethodPost, extensionGroupsPathRe, 1),
		checkRequests(env, http.MethodPost, networkPermissionsPathRe, 1),
	)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkOfficeGone(env),
		Steps: []resource.TestStep{
			{
				Config: officeConfig(env, ""),
				Check: resource.ComposeAggregateTestCheckFunc(
					checkOneOfEach(env),
					onePostEach,
					func(*terraform.State) error {
						for _, f := range env.Sandbox.Kit.Faults() {
							if f.Hits != 1 {
								return fmt.Errorf("fault %+v hit %d requests, want 1", f.Fault, f.Hits)
							}
						}
						return nil
					},
					resource.TestCheckResourceAttr("telecom_pbx_extension.test", "full_name", "345*150"),
					resource.TestCheckResourceAttr("telecom_pbx_network_permission.test", "network_count", "1"),
				),
			},
			{
				Config: officeConfig(env, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(checkOneOfEach(env), onePostEach),
			},
		},
	})
}

// HTTP 429 whose quota resets in two seconds: the provider waits for the
// reset and the apply leaves exactly one of each.
func TestAccPBXExtension_rateLimitShortReset(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	var resetAt time.Time
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkOfficeGone(env),
		Steps: []resource.TestStep{{
			PreConfig: func() {
				env.Sandbox.ExhaustQuota(2 * time.Second)
				resetAt = time.Now().Add(2 * time.Second)
			},
			Config: officeConfig(env, ""),
			ConfigPlanChecks: resource.ConfigPlanChecks{
				PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
			},
			Check: resource.ComposeAggregateTestCheckFunc(
				checkOneOfEach(env),
				// The first create met the 429; the objects were made after
				// the reset.
				func(*terraform.State) error {
					var posts []time.Time
					for _, r := range env.Sandbox.Kit.Requests() {
						if r.Method == http.MethodPost && strings.HasPrefix(r.Path, sandbox.BasePath) {
							posts = append(posts, r.Time)
						}
					}
					if len(posts) < 4 || !posts[0].Before(resetAt) || posts[len(posts)-1].Before(resetAt) {
						return fmt.Errorf("creates at %v, want one refused before %v and the three made after it", posts, resetAt)
					}
					return nil
				},
			),
		}},
	})
}

// HTTP 5xx while refreshing: a passing one is retried and the plan is
// empty; a lasting one fails the refresh with the vendor's answer.
func TestAccPBXExtension_serverErrorOnRefresh(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	addFault := func(times int) func() {
		return func() {
			env.Sandbox.Kit.ClearFaults()
			if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: http.StatusServiceUnavailable,
				Method: http.MethodGet, Path: `/(extension|extension_group|network_permission)/`, Times: times}); err != nil {
				t.Fatal(err)
			}
		}
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkOfficeGone(env),
		Steps: []resource.TestStep{
			{Config: officeConfig(env, "")},
			{
				PreConfig: addFault(1),
				Config:    officeConfig(env, ""),
				PlanOnly:  true,
				Check: func(*terraform.State) error {
					if f := env.Sandbox.Kit.Faults(); len(f) != 1 || f[0].Hits != 1 {
						return fmt.Errorf("faults %+v, want one 503 answered", f)
					}
					return nil
				},
			},
			{
				PreConfig: addFault(0),
				Config:    officeConfig(env, "  max_retries = 1\n"),
				PlanOnly:  true,
				// The extension is read after its group, which fails first.
				ExpectError: regexp.MustCompile(`(?s)Error\s+reading\s+PBX\s+extension\s+group.*Could\s+not\s+read\s+extension\s+group\s+[0-9]+\s+of\s+client\s+@me:\s+Telphin\s+API\s+answered\s+HTTP\s+503`),
			},
			{
				PreConfig: func() { env.Sandbox.Kit.ClearFaults() },
				Config:    officeConfig(env, ""),
				PlanOnly:  true,
			},
		},
	})
}

// A refresh of 100 extensions of one client costs, in each provider
// process (each terraform command), one token and one listing of pages + 1
// requests (a page of 100, then the empty page that ends it); none is read
// by id.
func TestAccPBXExtension_refreshOf100(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	cfg := env.ProviderConfig("") + `
resource "telecom_pbx_extension" "test" {
  count = 100
  name  = tostring(500 + count.index)
  type  = "phone"
  label = "tf-acc-${count.index}"
}
`
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkHeld(env.Sandbox.Extensions, describeExtension),
		Steps: []resource.TestStep{
			{Config: cfg},
			{
				PreConfig: resetRequests(env),
				Config:    cfg,
				PlanOnly:  true,
				Check: func(*terraform.State) error {
					processes := countRequests(env, http.MethodPost, `/oauth/token$`)
					listings := countRequests(env, http.MethodGet, extensionsPathRe)
					if processes == 0 || listings != 2*processes {
						return fmt.Errorf("%d terraform commands made %d listing requests, want 2 each", processes, listings)
					}
					if n := countRequests(env, http.MethodGet, extensionPathRe); n != 0 {
						return fmt.Errorf("%d extensions were read by id, want none", n)
					}
					if n := env.Sandbox.Kit.RequestCount(); n != 3*processes {
						return fmt.Errorf("%d requests in all, want %d (a token and two pages per command)", n, 3*processes)
					}
					return nil
				},
			},
		},
	})
}
