package odorik_test

import (
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// The vendor's real failure modes during a route create: each must end with
// exactly one rule at Odorik and a clean state.
func TestAccOdorikRoute_faults(t *testing.T) {
	const source, target = "00420733123456", "*754321"
	postRoutes := `/routes\.json$`
	cases := []struct {
		name       string
		fault      sandboxkit.Fault
		wantPOSTs  int
		providerKV string
	}{
		{
			name:      "HTTP 500 once on the POST: verified absent, posted again",
			fault:     sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: 500, Method: http.MethodPost, Path: postRoutes, Times: 1},
			wantPOSTs: 2,
		},
		{
			name:      "HTTP 429 with Retry-After on the list",
			fault:     sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: 429, RetryAfter: "1", Method: http.MethodGet, Path: postRoutes, Times: 1},
			wantPOSTs: 1,
		},
		{
			name:      "connection reset on the list",
			fault:     sandboxkit.Fault{Kind: sandboxkit.KindReset, Method: http.MethodGet, Path: postRoutes, Times: 2},
			wantPOSTs: 1,
		},
		{
			name:      "POST committed but its response dropped: adopted, not posted twice",
			fault:     sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: http.MethodPost, Path: postRoutes, Times: 1},
			wantPOSTs: 1,
		},
		{
			name:       "dropped response with retries disabled: still adopted",
			fault:      sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: http.MethodPost, Path: postRoutes, Times: 1},
			wantPOSTs:  1,
			providerKV: "max_retries = 0",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			env := acctest.Odorik(t)
			env.RequireSandbox(t)
			n := env.PublicNumber
			if err := env.Sandbox.Kit.AddFault(c.fault); err != nil {
				t.Fatal(err)
			}
			cfg := strings.Replace(routeConfig(env, n, source, target), "provider \"telecom\" {\n", "provider \"telecom\" {\n"+c.providerKV+"\n", 1)
			resource.ParallelTest(t, resource.TestCase{
				ProtoV6ProviderFactories: acctest.ProviderFactories,
				CheckDestroy:             checkRouteCount(env, n, source, target, 0),
				Steps: []resource.TestStep{{
					Config: cfg,
					Check: resource.ComposeAggregateTestCheckFunc(
						checkRouteCount(env, n, source, target, 1),
						checkPOSTs(env, c.wantPOSTs),
					),
				}},
			})
		})
	}
}

// With retries off, a POST that failed with 503 fails the apply with the
// status in the message; the next apply creates exactly one rule.
func TestAccOdorikRoute_failedCreateThenRetry(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t)
	n := env.PublicNumber
	if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: 503, Method: http.MethodPost, Times: 1}); err != nil {
		t.Fatal(err)
	}
	cfg := strings.Replace(routeConfig(env, n, "*", "*754321"), "provider \"telecom\" {\n", "provider \"telecom\" {\nmax_retries = 0\n", 1)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkRouteCount(env, n, "*", "*754321", 0),
		Steps: []resource.TestStep{
			{Config: cfg, ExpectError: regexp.MustCompile(`(?s)Error creating Odorik route.*unexpected HTTP 503`)},
			{Config: cfg, Check: checkRouteCount(env, n, "*", "*754321", 1)},
		},
	})
}

func TestAccOdorikRoute_wrongCredentials(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t)
	cfg := strings.Replace(routeConfig(env, env.PublicNumber, "*", "*754321"), `"sandbox-api-password"`, `"wrong-password"`, 1)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config:      cfg,
			ExpectError: regexp.MustCompile(`(?s)authentication_failed.*ODORIK_PASSWORD`),
		}},
	})
	for _, r := range env.Sandbox.Kit.Requests() {
		if r.Method == http.MethodPost {
			t.Errorf("a rule was posted with wrong credentials: %+v", r)
		}
	}
}

func checkPOSTs(env *acctest.OdorikEnv, want int) resource.TestCheckFunc {
	return func(_ *terraform.State) error {
		got := 0
		for _, r := range env.Sandbox.Kit.Requests() {
			if r.Method == http.MethodPost {
				got++
			}
		}
		if got != want {
			return fmt.Errorf("the sandbox received %d POSTs, want %d", got, want)
		}
		return nil
	}
}
