package main

import (
	"fmt"

	sms "github.com/telecom-tf/terraform-provider-telecom/internal/sms/sandbox"
)

// smsWorkload: N SerwerSMS subaccounts copied from the seeded template (one
// collection: subaccounts/index).
var smsWorkload = workload{
	name:        "sms",
	description: "telecom_sms_subaccount",
	collections: 1,
	start: func() *sandboxEnv {
		sb := sms.New()
		return serve(sb, sb.Kit, func(base string) string {
			return fmt.Sprintf("  sms {\n    api_token = %q\n    base_url  = %q\n  }\n", sms.DemoAPIToken, base)
		})
	},
	resources: func(n int) string {
		return fmt.Sprintf(`resource "telecom_sms_subaccount" "s" {
  count               = %d
  username            = format("bench%%05d", count.index)
  template_id         = %d
  password_wo         = "bench-pass-1"
  password_wo_version = 1
}
`, n, sms.DemoTemplateID)
	},
}
