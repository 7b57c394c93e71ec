package pbx_test

import (
	"regexp"
	"strconv"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// The quotas, as the emulator is told; an unknown client is an error.
func TestAccPBXLimitsDataSource(t *testing.T) {
	env := acctest.PBX(t, sandbox.WithLimits(func(l *sandbox.Limits) { l.ExtensionLimit, l.EventLimit = 3, 12 }))
	env.RequireSandbox(t)
	const limits = "data.telecom_pbx_limits.me"
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: env.ProviderConfig("") + "\ndata \"telecom_pbx_limits\" \"unknown\" {\n  client_id = \"99999\"\n}\n",
				ExpectError: regexp.MustCompile(`(?s)Error\s+reading\s+PBX\s+limits.*object\s+quotas\s+of\s+client\s+99999.*` +
					`client_not_found`),
			},
			{
				Config: env.ProviderConfig("") + `
data "telecom_pbx_limits" "me" {}

output "room_for_extensions" {
  value = data.telecom_pbx_limits.me.extension_limit - 1
}
`,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(limits, "extension_limit", "3"),
					resource.TestCheckResourceAttr(limits, "event_limit", "12"),
					resource.TestCheckResourceAttr(limits, "network_permission_limit", strconv.FormatInt(env.Sandbox.Limits().NetworkPermissionLimit, 10)),
					resource.TestCheckResourceAttr(limits, "disk_quota", "0"),
					resource.TestCheckNoResourceAttr(limits, "client_id"),
					resource.TestCheckOutput("room_for_extensions", "2"),
				),
			},
		},
	})
}
