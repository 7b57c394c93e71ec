package ipex_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
)

// badNumber is one configuration that must be rejected at plan time,
// before any request, with an error naming the attribute.
type badNumber struct {
	name   string // resource name
	mod    func(*voip)
	attr   string // attribute the error must name
	detail string // phrase the message must contain (see words)
}

const czechNumber = "must be a Czech number: 9 digits, optionally after +420 or 00420"

var badNumbers = []badNumber{
	{"number_letters", func(v *voip) { v.number = "60155a111" }, "number", `"60155a111" ` + czechNumber},
	{"number_8_digits", func(v *voip) { v.number = "60155511" }, "number", czechNumber},
	{"number_10_digits", func(v *voip) { v.number = "6015551110" }, "number", czechNumber},
	{"number_slovak_prefix", func(v *voip) { v.number = "+421601555111" }, "number", `"+421601555111" ` + czechNumber},
	{"number_prefix_8_digits", func(v *voip) { v.number = "+42060155511" }, "number", czechNumber},
	{"number_00420_letters", func(v *voip) { v.number = "00420 601 55x 111" }, "number", czechNumber},
	{"number_empty", func(v *voip) { v.number = "" }, "number", czechNumber},
	{"customer_zero", func(v *voip) { v.customer = 0 }, "customer_id", "value must be at least 1, got: 0"},
	{"customer_negative", func(v *voip) { v.customer = -7 }, "customer_id", "value must be at least 1, got: -7"},
	{"profile_zero", func(v *voip) { v.profile = "0" }, "profile_id", "value must be at least 1, got: 0"},
	{"tariff_zero", func(v *voip) { v.tariff = "0" }, "tariff_plan_id", "value must be at least 1, got: 0"},
	{"clir_sometimes", func(v *voip) { v.clir = "sometimes" }, "clir", `value must be one of: ["permanent" "temporaryAllowed" "temporaryRestricted"], got: "sometimes"`},
	{"clir_wrong_case", func(v *voip) { v.clir = "Permanent" }, "clir", "value must be one of"},
	{"limit_negative", func(v *voip) { v.limit = "-1" }, "international_limit", "value must be at least 0"},
	{"sip_password_short", func(v *voip) { v.password, v.version = "short7!", "1" }, "sip_password_wo", "string length must be at least 8, got: 7"},
	// A version alone would send nothing: it needs the password it versions.
	{"sip_version_without_password", func(v *voip) { v.version = "1" }, "sip_password_wo_version",
		`Attribute "sip_password_wo" must be specified when "sip_password_wo_version" is specified`},
}

func validBad(env *acctest.IPEXEnv) voip { return full(env, "601555901") }

// Every bad configuration is rejected at plan time with its own error on
// its attribute, and the sandbox sees no request. All of them are in one
// configuration: terraform reports every error, and ErrorCheck matches each
// resource's errors separately.
func TestAccIPEXVoIPNumber_invalidConfig(t *testing.T) {
	env := acctest.IPEX(t)
	env.RequireSandbox(t)
	t.Cleanup(func() { env.RequireNoRequests(t) }) // also when a step fails
	var cfg strings.Builder
	cfg.WriteString(env.ProviderConfig(""))
	for _, c := range badNumbers {
		v := validBad(env)
		c.mod(&v)
		v.name = c.name
		cfg.WriteString(v.hcl())
	}
	// The data source checks the number the same way.
	cfg.WriteString("\ndata \"telecom_ipex_voip_number\" \"bad\" {\n  number = \"+420 12 34\"\n}\n")
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config:   cfg.String(),
			PlanOnly: true,
		}},
		ErrorCheck: func(err error) error {
			if err == nil {
				return fmt.Errorf("%d bad configurations were accepted at plan time", len(badNumbers)+1)
			}
			blocks := diagnosticsByResource(err.Error())
			var problems []string
			for _, c := range badNumbers {
				if p := check(numType+"."+c.name, c.attr, c.detail, blocks); p != "" {
					problems = append(problems, p)
				}
			}
			if p := check("data.telecom_ipex_voip_number.bad", "number", `"+420 12 34" `+czechNumber, blocks); p != "" {
				problems = append(problems, p)
			}
			if len(problems) > 0 {
				return fmt.Errorf("%d of %d bad configurations were not rejected as expected:\n\n%s",
					len(problems), len(badNumbers)+1, strings.Join(problems, "\n\n"))
			}
			if n := len(diagnosticStart.FindAllString(err.Error(), -1)); n < len(badNumbers)+1 {
				return fmt.Errorf("%d errors for %d bad configurations", n, len(badNumbers)+1)
			}
			return nil
		},
	})
}

// check returns "" when one of the address's diagnostics names attr and
// says detail, otherwise what is wrong.
func check(address, attr, detail string, blocks map[string][]string) string {
	head := fmt.Sprintf("%s: want an error on %s saying %q", address, attr, detail)
	got := blocks[address]
	if len(got) == 0 {
		return head + "; it was accepted at plan time"
	}
	// terraform names the attribute in the summary or quotes its source line.
	where := regexp.MustCompile(`(Attribute\s+` + regexp.QuoteMeta(attr) + `\s|\d+:\s+` + regexp.QuoteMeta(attr) + `\s+=)`)
	want := regexp.MustCompile(acctest.Words(detail))
	for _, b := range got {
		if where.MatchString(b) && want.MatchString(b) {
			return ""
		}
	}
	return head + "; got:\n    " + strings.ReplaceAll(strings.TrimSpace(strings.Join(got, "\n")), "\n", "\n    ")
}

// A malformed import ID is refused before any request, with the expected
// form.
func TestAccIPEXVoIPNumber_invalidImportID(t *testing.T) {
	env := acctest.IPEX(t)
	env.RequireSandbox(t)
	t.Cleanup(func() { env.RequireNoRequests(t) }) // also when a step fails
	cfg := config(env, full(env, "601555902"))
	var steps []resource.TestStep
	for _, id := range []string{"abc", "60155590", "+421601555902", "601555902/1"} {
		steps = append(steps, resource.TestStep{
			Config: cfg, ResourceName: numAddr, ImportState: true, ImportStateId: id,
			ExpectError: acctest.Phrases("Invalid import ID for telecom_ipex_voip_number", fmt.Sprintf("%q is not a number.", id),
				"Expected the number: 9 digits, optionally after +420 or 00420, e.g. 601123456."),
		})
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps:                    steps,
	})
}

var (
	diagnosticStart = regexp.MustCompile(`(?m)^Error: `)
	diagnosticOwner = regexp.MustCompile(`with ((?:data\.)?telecom_[a-z_]+\.[A-Za-z0-9_-]+)(?:\[[^\]]*\])?,`)
)

// diagnosticsByResource splits terraform's error output into diagnostics
// and groups them by the resource they name ("with <address>,").
func diagnosticsByResource(output string) map[string][]string {
	out := map[string][]string{}
	starts := diagnosticStart.FindAllStringIndex(output, -1)
	for i, s := range starts {
		end := len(output)
		if i+1 < len(starts) {
			end = starts[i+1][0]
		}
		block := output[s[0]:end]
		if m := diagnosticOwner.FindStringSubmatch(block); m != nil {
			out[m[1]] = append(out[m[1]], block)
		}
	}
	return out
}
