package main

import (
	"fmt"

	odorik "github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
)

// routeNumbers is how many public numbers the routes are spread over.
const routeNumbers = 10

// routesWorkload: N Odorik routes, round-robin over ten public numbers
// (one routes list each), every route from its own caller. The emulator's
// add answers {} as the vendor's does, so each create must list to learn
// its rule's id.
var routesWorkload = routesOn("routes", "", odorik.WithCreateReply(false))

// routesReplyWorkload is routesWorkload against an emulator whose add
// answers the created rule (undocumented; the client uses it when present).
// Optional: -workloads routes,routes_reply compares both.
var routesReplyWorkload = func() workload {
	w := routesOn("routes_reply",
		"the emulator's route add answers the created rule (WithCreateReply), which the vendor does not document",
		odorik.WithCreateReply(true))
	w.optional = true
	return w
}()

func routesOn(name, note string, opts ...odorik.Option) workload {
	return workload{
		name:          name,
		description:   fmt.Sprintf("telecom_odorik_route over %d public numbers", routeNumbers),
		collections:   routeNumbers,
		note:          note,
		createTargets: true,
		start: func() *sandboxEnv {
			sb := odorik.New(opts...)
			// The emulator seeds three routable numbers; the bench's own ten are
			// added through its store helper (not a request, not recorded).
			for _, n := range benchNumbers(routeNumbers) {
				sb.AddNumber(n, odorik.TypeGeographic)
			}
			return serve(sb, sb.Kit, func(base string) string {
				return fmt.Sprintf("  odorik {\n    user     = %q\n    password = %q\n    base_url = %q\n  }\n",
					odorik.DemoUser, odorik.DemoPassword, base+odorik.BasePath)
			})
		},
		resources: func(n int) string {
			return fmt.Sprintf(`locals {
  numbers = %s
}

resource "telecom_odorik_route" "r" {
  count          = %d
  public_number  = local.numbers[count.index %% length(local.numbers)]
  source_number  = format("00420733%%06d", count.index)
  ringing_number = "*754321"
}
`, hclList(benchNumbers(routeNumbers)), n)
		},
	}
}

// benchNumbers are k Czech geographic numbers in the international 00…
// form, none of them seeded by the emulator.
func benchNumbers(k int) []string {
	out := make([]string, k)
	for i := range out {
		out[i] = fmt.Sprintf("00420533500%03d", i)
	}
	return out
}
