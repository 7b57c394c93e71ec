package pbx_test

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// The filters: type, status and extension_group_id go to the PBX as the
// listing's query, name is matched by the provider in either spelling; an
// extension made by hand reads as the resource would.
func TestAccPBXExtensionsDataSource_filters(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	g := env.Sandbox.PutExtensionGroup(sandbox.ExtensionGroup{Name: "tf-acc-sales"})
	limit := int64(4)
	env.Sandbox.PutExtension(sandbox.Extension{Name: "345*301", Type: "phone", Status: "active", Label: "Anna",
		ExtensionGroupID: &g.ID, DialRuleLimit: &limit, DIDAsTransferCallerID: "None"})
	env.Sandbox.PutExtension(sandbox.Extension{Name: "345*302", Type: "phone", Status: "blocked", ExtensionGroupID: &g.ID, DIDAsTransferCallerID: "None"})
	env.Sandbox.PutExtension(sandbox.Extension{Name: "345*303", Type: "queue", Status: "active", DIDAsTransferCallerID: "None"})
	env.Sandbox.PutExtension(sandbox.Extension{Name: "345*304", Type: "fax", Status: "active", DIDAsTransferCallerID: "None"})
	cfg := env.ProviderConfig("") + fmt.Sprintf(`
data "telecom_pbx_extensions" "all" {}

data "telecom_pbx_extensions" "active_sales_phones" {
  client_id          = %q
  type               = "phone"
  status             = "active"
  extension_group_id = %d
}

data "telecom_pbx_extensions" "short" {
  name = "303"
}

data "telecom_pbx_extensions" "full" {
  name = "345*304"
}

data "telecom_pbx_extensions" "none" {
  type = "conference"
}
`, env.NumericClientID, g.ID)
	const all, sales = "data.telecom_pbx_extensions.all", "data.telecom_pbx_extensions.active_sales_phones"
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			PreConfig: resetRequests(env),
			Config:    cfg,
			Check: resource.ComposeAggregateTestCheckFunc(
				resource.TestCheckResourceAttr(all, "extensions.#", "4"),
				resource.TestCheckResourceAttr(sales, "extensions.#", "1"),
				resource.TestCheckResourceAttr(sales, "extensions.0.name", "301"),
				resource.TestCheckResourceAttr(sales, "extensions.0.full_name", "345*301"),
				resource.TestCheckResourceAttr(sales, "extensions.0.label", "Anna"),
				resource.TestCheckResourceAttr(sales, "extensions.0.extension_group_id", strconv.FormatInt(g.ID, 10)),
				resource.TestCheckResourceAttr(sales, "extensions.0.dial_rule_limit", "4"),
				resource.TestCheckResourceAttr(sales, "extensions.0.ani_rfc3325", "false"),
				resource.TestCheckNoResourceAttr(sales, "extensions.0.dial_rule_id"),
				resource.TestCheckNoResourceAttr(sales, "extensions.0.caller_id_name"),
				resource.TestCheckResourceAttr("data.telecom_pbx_extensions.short", "extensions.#", "1"),
				resource.TestCheckResourceAttr("data.telecom_pbx_extensions.short", "extensions.0.type", "queue"),
				resource.TestCheckResourceAttr("data.telecom_pbx_extensions.full", "extensions.#", "1"),
				resource.TestCheckResourceAttr("data.telecom_pbx_extensions.full", "extensions.0.name", "304"),
				resource.TestCheckResourceAttr("data.telecom_pbx_extensions.none", "extensions.#", "0"),
				checkListingQueries(env),
			),
		}},
	})
}

// checkListingQueries: every read was one listing request (one page),
// each carrying the PBX filters of one data source and never name; no
// extension was read by id.
func checkListingQueries(env *acctest.PBXEnv) resource.TestCheckFunc {
	return func(*terraform.State) error {
		re := regexp.MustCompile(extensionsPathRe)
		seen := map[string]bool{}
		for _, r := range env.Sandbox.Kit.Requests() {
			if r.Method != http.MethodGet || !re.MatchString(r.Path) {
				continue
			}
			q, err := url.ParseQuery(r.RawQuery)
			if err != nil {
				return err
			}
			if q.Has("name") || q.Get("page") != "1" {
				return fmt.Errorf("listing query %q: want page 1 and no name filter", r.RawQuery)
			}
			seen[q.Get("type")+"/"+q.Get("status")+"/"+q.Get("extension_group_id")] = true
		}
		if len(seen) != 3 || !seen["//"] || !seen["conference//"] {
			return fmt.Errorf("the listings used the filters %v, want none, conference, and the sales phones'", seen)
		}
		if n := countRequests(env, http.MethodGet, extensionPathRe); n != 0 {
			return fmt.Errorf("%d extensions were read by id, want none", n)
		}
		return nil
	}
}
