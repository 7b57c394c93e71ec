package pbx_test

import (
	"fmt"
	"regexp"
	"strconv"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

const (
	clientMe      = "data.telecom_pbx_client.me"
	clientNumeric = "data.telecom_pbx_client.numeric"
)

func TestAccClientDataSource(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t) // asserts the seeded client
	numeric := env.NumericClientID
	cfg := env.ProviderConfig("") + fmt.Sprintf(`
data "telecom_pbx_client" "me" {}

data "telecom_pbx_client" "numeric" {
  client_id = %q
}
`, numeric)
	var attachedID int64
	unknown := `Error\s+reading\s+PBX\s+client.*client\s+99999.*client_not_found.*The\s+client_id\s+does\s+not\s+exist`
	foreign := `Error\s+reading\s+PBX\s+client.*client\s+` + strconv.Itoa(sandbox.ForeignClientID) + `.*access_denied.*may\s+not\s+access`
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{
				// A client that does not exist, and one of another customer.
				Config: env.ProviderConfig("") + fmt.Sprintf(`
data "telecom_pbx_client" "unknown" {
  client_id = "99999"
}

data "telecom_pbx_client" "foreign" {
  client_id = "%d"
}
`, sandbox.ForeignClientID),
				ExpectError: regexp.MustCompile(`(?s)(` + unknown + `.*` + foreign + `|` + foreign + `.*` + unknown + `)`),
			},
			{
				Config: cfg,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(clientMe, "client_id", "@me"),
					resource.TestCheckResourceAttr(clientMe, "id", numeric),
					resource.TestCheckResourceAttr(clientMe, "name", sandbox.DemoClientName),
					resource.TestCheckResourceAttr(clientMe, "timezone", sandbox.DemoTimezone),
					resource.TestCheckResourceAttr(clientMe, "extension_len", "3"),
					resource.TestCheckNoResourceAttr(clientMe, "dial_rule_id"),
					resource.TestCheckResourceAttr(clientNumeric, "client_id", numeric),
					resource.TestCheckResourceAttr(clientNumeric, "id", numeric),
					resource.TestCheckResourceAttr(clientNumeric, "name", sandbox.DemoClientName),
					resource.TestCheckResourceAttr(clientNumeric, "timezone", sandbox.DemoTimezone),
					resource.TestCheckResourceAttr(clientNumeric, "extension_len", "3"),
					resource.TestCheckNoResourceAttr(clientNumeric, "dial_rule_id"),
				),
			},
			{
				// A list is attached to the client, and its time zone changed,
				// in the PBX web admin.
				PreConfig: func() {
					l := env.Sandbox.PutDialRule(sandbox.DialRuleList{
						Name: "attached by hand", DialRules: []sandbox.DialRule{{MatchExp: `^(\d+)$`, ReplExp: `\1`}},
					})
					attachedID = l.ID
					ci := env.Sandbox.ClientInfo()
					ci.DialRuleID = &attachedID
					ci.Timezone = "Asia/Yekaterinburg"
					env.Sandbox.SetClientInfo(ci)
				},
				Config: cfg,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrWith(clientMe, "dial_rule_id", func(v string) error {
						if v != strconv.FormatInt(attachedID, 10) {
							return fmt.Errorf("dial_rule_id = %q, want %d", v, attachedID)
						}
						return nil
					}),
					resource.TestCheckResourceAttrWith(clientNumeric, "dial_rule_id", func(v string) error {
						if v != strconv.FormatInt(attachedID, 10) {
							return fmt.Errorf("dial_rule_id = %q, want %d", v, attachedID)
						}
						return nil
					}),
					resource.TestCheckResourceAttr(clientMe, "timezone", "Asia/Yekaterinburg"),
				),
			},
		},
	})
}

// No pbx block and no PBX_* variable: every PBX resource and data source
// fails at plan time with an error that names the settings and variables.
// Not parallel: it empties the PBX_* environment variables (t.Setenv).
func TestAccPBX_notConfigured(t *testing.T) {
	for _, name := range []string{"PBX_APP_ID", "PBX_APP_SECRET", "PBX_CLIENT_ID", "PBX_API_URL"} {
		t.Setenv(name, "")
	}
	// The error is on the resource (or data source) that needs the PBX, and
	// names the block, its settings and their environment variables.
	notConfigured := func(address string) *regexp.Regexp {
		return regexp.MustCompile(`(?s)Telphin\s+PBX\s+is\s+not\s+configured\s+with\s+` + regexp.QuoteMeta(address) +
			`,.*pbx\s+\{.*app_id\s+=.*app_secret\s+=.*PBX_APP_ID\s+PBX_APP_SECRET`)
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: "provider \"telecom\" {}\n" + `resource "telecom_pbx_interval" "test" {
  name       = "tf-acc"
  timezone   = "UTC"
  conditions = [{ month = 1 }]
}`,
				PlanOnly:    true,
				ExpectError: notConfigured("telecom_pbx_interval.test"),
			},
			{
				Config: "provider \"telecom\" {}\n" + `resource "telecom_pbx_dial_rule" "test" {
  name  = "tf-acc"
  rules = [{ match_exp = "^1$", repl_exp = "1" }]
}`,
				PlanOnly:    true,
				ExpectError: notConfigured("telecom_pbx_dial_rule.test"),
			},
			{
				Config:      "provider \"telecom\" {}\n" + `data "telecom_pbx_client" "me" {}`,
				PlanOnly:    true,
				ExpectError: notConfigured("data.telecom_pbx_client.me"),
			},
		},
	})
}
