package ipex_test

import (
	"fmt"
	"regexp"
	"strconv"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex/sandbox"
)

const (
	profilesAddr = "data.telecom_ipex_voip_profiles.all"
	numberAddr   = "data.telecom_ipex_voip_number.seeded"
	numberAddr2  = "data.telecom_ipex_voip_number.plain"
)

// The profiles in the API's order; the detail and technical state of the
// seeded number in two spellings; a state change at IPEX shows on the next
// read; auth_scheme = "bearer" sends "Bearer <token>"; an unknown number is
// an error.
func TestAccIPEXDataSources(t *testing.T) {
	env := acctest.IPEX(t)
	env.RequireSandbox(t)
	n := sandbox.DemoExistingNumber
	dataCfg := `
data "telecom_ipex_voip_profiles" "all" {}

data "telecom_ipex_voip_number" "seeded" {
  number = "+420 ` + n[:3] + " " + n[3:6] + " " + n[6:] + `"
}

data "telecom_ipex_voip_number" "plain" {
  number = "` + n + `"
}
`
	profileChecks := []resource.TestCheckFunc{resource.TestCheckResourceAttr(profilesAddr, "profiles.#", strconv.Itoa(len(env.Sandbox.Profiles())))}
	for i, p := range env.Sandbox.Profiles() {
		profileChecks = append(profileChecks,
			resource.TestCheckResourceAttr(profilesAddr, fmt.Sprintf("profiles.%d.id", i), strconv.FormatInt(p.ID, 10)),
			resource.TestCheckResourceAttr(profilesAddr, fmt.Sprintf("profiles.%d.name", i), p.Name),
		)
	}
	detail := func(addr, status string) resource.TestCheckFunc {
		return resource.ComposeAggregateTestCheckFunc(
			resource.TestCheckResourceAttr(addr, "customer_id", strconv.FormatInt(sandbox.DemoCustomerID, 10)),
			resource.TestCheckResourceAttr(addr, "profile_id", strconv.FormatInt(sandbox.ProfileDefaultID, 10)),
			resource.TestCheckResourceAttr(addr, "tariff_plan_id", strconv.FormatInt(sandbox.TariffPlanStandardID, 10)),
			resource.TestCheckResourceAttr(addr, "clir", sandbox.CLIRTemporaryAllowed),
			resource.TestCheckResourceAttr(addr, "international_limit", "500"),
			resource.TestCheckResourceAttr(addr, "status", status),
			resource.TestCheckResourceAttr(addr, "technical_status", status),
		)
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: env.ProviderConfig("") + dataCfg,
				Check: resource.ComposeAggregateTestCheckFunc(append(profileChecks,
					resource.TestCheckResourceAttr(profilesAddr, "profiles.0.name", "Default Profile"),
					detail(numberAddr, sandbox.StatusActive),
					detail(numberAddr2, sandbox.StatusActive),
					resource.TestCheckResourceAttr(numberAddr, "number", "+420 910 123 456"), // as written
					resource.TestCheckResourceAttr(numberAddr2, "number", n),
					func(*terraform.State) error {
						if c := len(requestsMatching(env, "GET", `^/v1/voip/`+n+`/state$`)); c == 0 {
							return fmt.Errorf("the technical state was never read")
						}
						return nil
					},
				)...),
			},
			{
				// Limited at IPEX (e.g. the credit ran out); bearer tokens.
				PreConfig: func() {
					num, _ := env.Sandbox.Number(n)
					num.Status = sandbox.StatusLimited
					env.Sandbox.PutNumber(num)
					env.Sandbox.Kit.ResetRequests()
				},
				Config: withIPEXSetting(env, `auth_scheme = "bearer"`) + dataCfg,
				Check: resource.ComposeAggregateTestCheckFunc(
					detail(numberAddr, sandbox.StatusLimited),
					func(*terraform.State) error {
						calls := requestsMatching(env, "", `^/v1/(voip|requests)`)
						if len(calls) == 0 {
							return fmt.Errorf("no API call recorded")
						}
						bearer := regexp.MustCompile(`^Bearer [0-9a-f]{48}$`)
						for _, r := range calls {
							if a := r.Header.Get("Authorization"); !bearer.MatchString(a) {
								return fmt.Errorf("%s %s sent Authorization %q, want Bearer <token>", r.Method, r.Path, a)
							}
						}
						return nil
					},
				),
			},
			{
				Config: env.ProviderConfig("") + `
data "telecom_ipex_voip_number" "unknown" {
  number = "601999999"
}
`,
				ExpectError: acctest.Phrases("Error reading IPEX VoIP number", "Could not read 601999999:", "answered 404 Not Found"),
			},
		},
	})
}

// With the raw scheme (the default) the token goes alone.
func TestAccIPEXDataSources_rawAuthorization(t *testing.T) {
	env := acctest.IPEX(t)
	env.RequireSandbox(t)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config: env.ProviderConfig("") + `data "telecom_ipex_voip_profiles" "all" {}`,
			Check: func(*terraform.State) error {
				calls := requestsMatching(env, "GET", `^/v1/voip/profiles$`)
				raw := regexp.MustCompile(`^[0-9a-f]{48}$`)
				for _, r := range calls {
					if a := r.Header.Get("Authorization"); !raw.MatchString(a) {
						return fmt.Errorf("Authorization %q, want the token alone", a)
					}
				}
				if len(calls) == 0 {
					return fmt.Errorf("no profiles call recorded")
				}
				return nil
			},
		}},
	})
}

// No ipex block and no IPEX_* variable: the IPEX resource and data sources
// fail at plan time naming the settings and variables.
// Not parallel: it empties the IPEX_* environment variables (t.Setenv).
func TestAccIPEX_notConfigured(t *testing.T) {
	for _, name := range []string{"IPEX_USERNAME", "IPEX_PASSWORD", "IPEX_API_URL", "IPEX_AUTH_SCHEME"} {
		t.Setenv(name, "")
	}
	notConfigured := func(address string) *regexp.Regexp {
		return regexp.MustCompile(`(?s)IPEX\s+is\s+not\s+configured.*` + regexp.QuoteMeta(address) +
			`.*ipex\s+\{.*username\s+=.*password\s+=.*IPEX_USERNAME\s+IPEX_PASSWORD`)
	}
	v := voip{number: "601555999", customer: sandbox.DemoCustomerID, profile: "1", tariff: "501"}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config:      "provider \"telecom\" {}\n" + v.hcl(),
				PlanOnly:    true,
				ExpectError: notConfigured(numAddr),
			},
			{
				Config:      "provider \"telecom\" {}\n" + `data "telecom_ipex_voip_profiles" "all" {}`,
				PlanOnly:    true,
				ExpectError: notConfigured(profilesAddr),
			},
			{
				Config:      "provider \"telecom\" {}\n" + `data "telecom_ipex_voip_number" "n" { number = "601555999" }`,
				PlanOnly:    true,
				ExpectError: notConfigured("data.telecom_ipex_voip_number.n"),
			},
		},
	})
}
