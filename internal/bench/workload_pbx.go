package main

import (
	"fmt"
	"time"

	pbx "github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// pbxRateLimit replaces the emulator's request quota (10000 an hour, as the
// vendor's) so that the quota never shapes the timings.
const pbxRateLimit = 1_000_000

// pbxWorkload: N objects of the default client, half time intervals and
// half dial-rule lists (two collections).
var pbxWorkload = workload{
	name:        "pbx",
	description: "telecom_pbx_interval and telecom_pbx_dial_rule (half each) of one client",
	collections: 2,
	note:        fmt.Sprintf("the PBX emulator's request quota is raised from %d to %d per hour (pbx sandbox WithRateLimit) so that it does not interfere", pbx.DefaultRateLimit, pbxRateLimit),
	start: func() *sandboxEnv {
		sb := pbx.New(pbx.WithRateLimit(pbxRateLimit, time.Hour))
		return serve(sb, sb.Kit, func(base string) string {
			return fmt.Sprintf("  pbx {\n    app_id     = %q\n    app_secret = %q\n    base_url   = %q\n  }\n",
				pbx.DemoAppID, pbx.DemoAppSecret, base)
		})
	},
	resources: func(n int) string {
		intervals := (n + 1) / 2
		return fmt.Sprintf(`resource "telecom_pbx_interval" "i" {
  count      = %d
  name       = "bench interval ${count.index}"
  timezone   = "Europe/Prague"
  conditions = [{ start_dow = 2, end_dow = 6, start_time = "09:00:00", end_time = "18:00:00" }]
}

resource "telecom_pbx_dial_rule" "d" {
  count = %d
  name  = "bench dial rule ${count.index}"
  rules = [{ match_exp = "^8(\\d{10})$", repl_exp = "7\\1" }]
}
`, intervals, n-intervals)
	},
}
