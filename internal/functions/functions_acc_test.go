package functions_test

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
)

// Acceptance tests of the provider functions through the real terraform
// binary: what a user writes in HCL, what terraform prints, what lands in
// outputs, check blocks and preconditions.

// needsFunctions skips below Terraform 1.8, the first version with
// provider-defined functions.
var needsFunctions = []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_8_0)}

// pureProvider is the provider block of the tests that only call functions:
// no vendor is configured, and none is needed.
const pureProvider = "provider \"telecom\" {}\n"

// argumentError is the regular expression of the diagnostic terraform 1.8+
// prints when a provider function returns an argument error:
//
//	Error: Invalid function argument
//	…
//	Invalid value for "<param>" parameter: <detail>.
func argumentError(param, detail string) *regexp.Regexp {
	return regexp.MustCompile(acctest.Words("Invalid function argument") + `[\s\S]*` +
		acctest.Words(fmt.Sprintf("Invalid value for %q parameter: %s", param, detail)))
}

// outputsAre checks outputs in state, in a stable order.
func outputsAre(want map[string]knownvalue.Check) []statecheck.StateCheck {
	names := make([]string, 0, len(want))
	for name := range want {
		names = append(names, name)
	}
	slices.Sort(names)
	checks := make([]statecheck.StateCheck, 0, len(names))
	for _, name := range names {
		checks = append(checks, statecheck.ExpectKnownOutputValue(name, want[name]))
	}
	return checks
}

// outputs renders `output "name" { value = expr }` blocks, in a stable order.
func outputs(exprs map[string]string) string {
	names := make([]string, 0, len(exprs))
	for name := range exprs {
		names = append(names, name)
	}
	slices.Sort(names)
	var b strings.Builder
	for _, name := range names {
		fmt.Fprintf(&b, "output %q {\n  value = %s\n}\n", name, exprs[name])
	}
	return b.String()
}

// errorCase is one call that must fail with an argument error.
type errorCase struct {
	name   string
	expr   string // the function call, in HCL
	param  string // the parameter terraform must blame
	detail string // the start of the provider's message, as words
}

// runErrorCases plans each call in its own configuration and expects
// terraform's "Invalid function argument" diagnostic naming the parameter.
func runErrorCases(t *testing.T, cases []errorCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			resource.ParallelTest(t, resource.TestCase{
				ProtoV6ProviderFactories: acctest.ProviderFactories,
				TerraformVersionChecks:   needsFunctions,
				Steps: []resource.TestStep{{
					Config:      pureProvider + outputs(map[string]string{"result": tc.expr}),
					ExpectError: argumentError(tc.param, tc.detail),
				}},
			})
		})
	}
}

// ---------------------------------------------------------------------------
// normalize_number

func TestAccNormalizeNumber_values(t *testing.T) {
	call := func(number, cc string) string {
		return fmt.Sprintf("provider::telecom::normalize_number(%q, %q)", number, cc)
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		TerraformVersionChecks:   needsFunctions,
		Steps: []resource.TestStep{{
			Config: pureProvider + outputs(map[string]string{
				"plus_spaces":         call("+420 602 123 456", "420"),
				"national_parens":     call("(0602) 123-456", "420"),
				"national_plain":      call("602123456", "420"),
				"double_zero":         call("00420 602 123 456", "420"),
				"foreign_double_zero": call("0044 20 7946 0018", "420"),
				"dots_slashes":        call("602.123/456", "00420"),
				"uk_trunk_zero":       call("020 7946 0018", "+44"),
				"sip_name":            call("hejda_test1", "420"),
				"star_code":           call("*754321", "420"),
			}),
			ConfigStateChecks: outputsAre(map[string]knownvalue.Check{
				"plus_spaces":     knownvalue.StringExact("00420602123456"),
				"national_parens": knownvalue.StringExact("00420602123456"),
				"national_plain":  knownvalue.StringExact("00420602123456"),
				"double_zero":     knownvalue.StringExact("00420602123456"),
				// An international number keeps its own country code.
				"foreign_double_zero": knownvalue.StringExact("00442079460018"),
				"dots_slashes":        knownvalue.StringExact("00420602123456"),
				// "+44" is accepted and the trunk prefix 0 is dropped.
				"uk_trunk_zero": knownvalue.StringExact("00442079460018"),
				"sip_name":      knownvalue.StringExact("hejda_test1"),
				"star_code":     knownvalue.StringExact("*754321"),
			}),
		}},
	})
}

func TestAccNormalizeNumber_errors(t *testing.T) {
	runErrorCases(t, []errorCase{
		{
			name:   "bad character",
			expr:   `provider::telecom::normalize_number("602x123", "420")`,
			param:  "number",
			detail: `number "602x123" has 'x' at position 4: only digits, a leading '+'`,
		},
		{
			// The position counts the characters of the number as the
			// user wrote it, the leading "+" included: x is the 12th.
			name:   "bad character after plus",
			expr:   `provider::telecom::normalize_number("+420 602 12x 456", "420")`,
			param:  "number",
			detail: `number "+420 602 12x 456" has 'x' at position 12:`,
		},
		{
			name:   "plus inside",
			expr:   `provider::telecom::normalize_number("420+602123456", "420")`,
			param:  "number",
			detail: `number "420+602123456" has a '+' that is not at the start`,
		},
		{
			name:   "too short",
			expr:   `provider::telecom::normalize_number("+12345", "420")`,
			param:  "number",
			detail: `number "+12345" has 5 digits once in international form (0012345); expected 6 to 20`,
		},
		{
			name:   "country code too long",
			expr:   `provider::telecom::normalize_number("602123456", "4200")`,
			param:  "country_code",
			detail: `country code "4200" must be 1 to 3 digits not starting with 0, such as 420 or +44`,
		},
		{
			// The country code is checked first, even for a number that
			// would not need it, so each error blames one argument.
			name:   "empty country code with a SIP name",
			expr:   `provider::telecom::normalize_number("hejda_test1", "")`,
			param:  "country_code",
			detail: `country code "" must be 1 to 3 digits`,
		},
	})
}

// ---------------------------------------------------------------------------
// dial_rewrite

// HCL doubles backslashes: "^0(\\d{9})$" is the pattern ^0(\d{9})$ and
// "00420\\1" the replacement 00420\1.
const dialRewriteLocals = `
locals {
  specific = { match_exp = "^(\\d{9})$", repl_exp = "00420\\1", comment = "national without 0" }
  catchall = { match_exp = "^(\\d+)$", repl_exp = "\\1" }

  # Rules with and without a comment: a tuple of objects of two types.
  plan = [
    { match_exp = "^0(\\d{9})$", repl_exp = "00420\\1", comment = "national with trunk 0" },
    { match_exp = "^(?!112$)(\\d{3})$", repl_exp = "*\\0" },
    { match_exp = "^\\+", repl_exp = "00" },
  ]
}
`

func TestAccDialRewrite_values(t *testing.T) {
	rw := func(rules, number string) string {
		return fmt.Sprintf("provider::telecom::dial_rewrite(%s, %q)", rules, number)
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		TerraformVersionChecks:   needsFunctions,
		Steps: []resource.TestStep{{
			Config: pureProvider + dialRewriteLocals + outputs(map[string]string{
				// The same number and the same two rules in both orders: the
				// first rule that matches wins.
				"specific_first": rw("[local.specific, local.catchall]", "602123456"),
				"catchall_first": rw("[local.catchall, local.specific]", "602123456"),
				"catchall_only":  rw("[local.specific, local.catchall]", "1234"),

				"national": rw("local.plan", "0602123456"),
				// \0 is the whole match; a PCRE look-ahead (not RE2) keeps
				// 112 out of the short-number rule.
				"short":     rw("local.plan", "150"),
				"emergency": rw("local.plan", "112"),
				// Only the matched part is replaced; the rest is kept.
				"plus": rw("local.plan", "+420602123456"),
				// No rule matches: null.
				"no_match":   rw("local.plan", "hejda_test1"),
				"empty_list": rw("[]", "602123456"),

				// Back-references: groups swapped; a group that took no part
				// in the match is empty.
				"swap":     rw(`[{ match_exp = "^(\\d{3})(\\d{3})$", repl_exp = "\\2-\\1" }]`, "123456"),
				"optional": rw(`[{ match_exp = "^(1)?(\\d+)$", repl_exp = "[\\1]\\2" }]`, "23"),
			}),
			ConfigPlanChecks: resource.ConfigPlanChecks{
				PreApply: []plancheck.PlanCheck{
					// Null outputs are not stored in state; the plan shows them.
					plancheck.ExpectKnownOutputValue("no_match", knownvalue.Null()),
					plancheck.ExpectKnownOutputValue("empty_list", knownvalue.Null()),
					plancheck.ExpectKnownOutputValue("emergency", knownvalue.Null()),
				},
			},
			ConfigStateChecks: outputsAre(map[string]knownvalue.Check{
				"specific_first": knownvalue.StringExact("00420602123456"),
				"catchall_first": knownvalue.StringExact("602123456"),
				"catchall_only":  knownvalue.StringExact("1234"),
				"national":       knownvalue.StringExact("00420602123456"),
				"short":          knownvalue.StringExact("*150"),
				"plus":           knownvalue.StringExact("00420602123456"),
				"swap":           knownvalue.StringExact("456-123"),
				"optional":       knownvalue.StringExact("[]23"),
			}),
		}},
	})
}

func TestAccDialRewrite_errors(t *testing.T) {
	runErrorCases(t, []errorCase{
		{
			// Rule 0 matches "1", yet the invalid rule 1 is an error: the
			// PBX would refuse the whole list.
			name:   "invalid PCRE names the rule",
			expr:   `provider::telecom::dial_rewrite([{ match_exp = "^1", repl_exp = "x" }, { match_exp = "^(1", repl_exp = "" }], "1")`,
			param:  "rules",
			detail: `rule 1: match_exp is not a valid PCRE pattern`,
		},
		{
			name:   "back-reference to a missing group",
			expr:   `provider::telecom::dial_rewrite([{ match_exp = "^(1)", repl_exp = "\\2" }], "1")`,
			param:  "rules",
			detail: `rule 0: repl_exp refers to group \2, but match_exp has only 1 capture group`,
		},
		{
			name:   "empty pattern",
			expr:   `provider::telecom::dial_rewrite([{ match_exp = "", repl_exp = "1" }], "1")`,
			param:  "rules",
			detail: `rule 0: match_exp must not be empty`,
		},
		{
			name:   "rules not a list",
			expr:   `provider::telecom::dial_rewrite("^1", "1")`,
			param:  "rules",
			detail: `rules: expected a list`,
		},
		{
			name:   "rule not an object",
			expr:   `provider::telecom::dial_rewrite(["^1"], "1")`,
			param:  "rules",
			detail: `rule 0: expected an object`,
		},
		{
			name:   "missing repl_exp",
			expr:   `provider::telecom::dial_rewrite([{ match_exp = "^1" }], "1")`,
			param:  "rules",
			detail: `rule 0: repl_exp is missing`,
		},
		{
			name:   "missing match_exp",
			expr:   `provider::telecom::dial_rewrite([{ repl_exp = "1" }], "1")`,
			param:  "rules",
			detail: `rule 0: match_exp is missing`,
		},
	})
}

// ---------------------------------------------------------------------------
// interval_contains

// Time zones matter: every instant below is checked in Europe/Prague (CET,
// CEST from 2026-03-29 01:00 UTC). 2026-07-04 is a Saturday, 2026-07-06 a
// Monday; 1 = Sunday for the PBX.
const intervalLocals = `
locals {
  office = {
    timezone   = "Europe/Prague"
    conditions = [{ start_dow = 2, end_dow = 6, start_time = "09:00", end_time = "17:00:00" }]
  }
  weekend = {
    timezone   = "Europe/Prague"
    conditions = [{ start_dow = 7, end_dow = 1 }]
  }
  holidays = {
    timezone = "Europe/Prague"
    conditions = [
      { month = 12, start_mday = 24, end_mday = 26 },
      { start_datetime = "2026-01-01 00:00:00", end_datetime = "2026-01-01 23:59:59" },
    ]
  }
  # One day on, one day off from Saturday 2026-03-28, across the DST change.
  shifts = {
    timezone   = "Europe/Prague"
    conditions = [{ sched_start_date = "2026-03-28", sched_active_days = 1, sched_skip_days = 1 }]
  }
}
`

func TestAccIntervalContains_values(t *testing.T) {
	in := func(iv, ts string) string {
		return fmt.Sprintf("provider::telecom::interval_contains(local.%s, %q)", iv, ts)
	}
	want := map[string]bool{}
	exprs := map[string]string{}
	add := func(name, iv, ts string, contained bool) {
		exprs[name] = in(iv, ts)
		want[name] = contained
	}
	add("office_open", "office", "2026-07-06T09:30:00+02:00", true)
	add("office_before_start", "office", "2026-07-06T06:59:59Z", false) // 08:59:59 in Prague
	add("office_start_inclusive", "office", "2026-07-06T07:00:00Z", true)
	add("office_end_inclusive", "office", "2026-07-06T17:00:00+02:00", true)
	add("office_after_end", "office", "2026-07-06T17:00:01+02:00", false)
	add("office_saturday", "office", "2026-07-04T10:00:00+02:00", false)
	// 07:30 UTC is 08:30 in Prague on Friday before the change, 09:30 on
	// Monday after it: a fixed offset gets one of the two wrong.
	add("office_dst_before", "office", "2026-03-27T07:30:00Z", false)
	add("office_dst_after", "office", "2026-03-30T07:30:00Z", true)
	// start_dow 7 (Saturday) to end_dow 1 (Sunday) wraps.
	add("weekend_saturday", "weekend", "2026-07-04T12:00:00Z", true)
	add("weekend_sunday", "weekend", "2026-07-05T12:00:00Z", true)
	add("weekend_monday", "weekend", "2026-07-06T12:00:00Z", false)
	add("weekend_sunday_utc_monday_prague", "weekend", "2026-07-05T23:30:00Z", false)
	add("weekend_friday_utc_saturday_prague", "weekend", "2026-07-03T22:30:00Z", true)
	// Conditions combine with OR; fixed periods include both ends.
	add("holidays_christmas", "holidays", "2026-12-25T12:00:00+01:00", true)
	add("holidays_new_year_last_second", "holidays", "2026-01-01T23:59:59+01:00", true)
	add("holidays_jan_2_prague", "holidays", "2026-01-01T23:30:00Z", false)
	add("holidays_july", "holidays", "2026-07-01T12:00:00Z", false)
	// Whole calendar days: 2026-03-29 has 23 hours, 2026-03-30 is day 2 (on).
	add("shifts_day_0", "shifts", "2026-03-28T12:00:00+01:00", true)
	add("shifts_day_1", "shifts", "2026-03-29T12:00:00+02:00", false)
	add("shifts_day_2_after_dst", "shifts", "2026-03-30T00:30:00+02:00", true)
	add("shifts_before_start", "shifts", "2026-03-27T12:00:00+01:00", false)

	checks := map[string]knownvalue.Check{}
	for name, b := range want {
		checks[name] = knownvalue.Bool(b)
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		TerraformVersionChecks:   needsFunctions,
		Steps: []resource.TestStep{{
			Config:            pureProvider + intervalLocals + outputs(exprs),
			ConfigStateChecks: outputsAre(checks),
		}},
	})
}

func TestAccIntervalContains_errors(t *testing.T) {
	call := func(conditions, ts string) string {
		return fmt.Sprintf(`provider::telecom::interval_contains({ timezone = "Europe/Prague", conditions = %s }, %q)`, conditions, ts)
	}
	runErrorCases(t, []errorCase{
		{
			name:   "bad timezone",
			expr:   `provider::telecom::interval_contains({ timezone = "Europe/Praha", conditions = [{ month = 1 }] }, "2026-01-01T00:00:00Z")`,
			param:  "interval",
			detail: `timezone: "Europe/Praha" is not an IANA time zone name`,
		},
		{
			name:   "invalid condition field",
			expr:   call(`[{ month = 13 }]`, "2026-01-01T00:00:00Z"),
			param:  "interval",
			detail: `conditions[0].month must be a month`,
		},
		{
			// The index and field of the second condition.
			name:   "end before start in the second condition",
			expr:   call(`[{ month = 1 }, { start_time = "18:00", end_time = "09:00" }]`, "2026-01-01T00:00:00Z"),
			param:  "interval",
			detail: `conditions[1].end_time must be later than start_time`,
		},
		{
			name:   "half a pair",
			expr:   call(`[{ start_dow = 2 }]`, "2026-01-01T00:00:00Z"),
			param:  "interval",
			detail: `conditions[0].end_dow must be set together with start_dow`,
		},
		{
			name:   "unknown condition field",
			expr:   call(`[{ month = 1, weekday = 2 }]`, "2026-01-01T00:00:00Z"),
			param:  "interval",
			detail: `conditions[0]: "weekday" is not a condition field`,
		},
		{
			name:   "no conditions",
			expr:   call(`[]`, "2026-01-01T00:00:00Z"),
			param:  "interval",
			detail: `conditions: an interval needs at least one condition`,
		},
		{
			// telecom_pbx_interval rejects month = 0 ("leave the field out
			// to leave it unset"), and the function documents that it checks
			// an interval "with the same rules as telecom_pbx_interval".
			name:   "explicit zero as the resource rejects it",
			expr:   call(`[{ start_dow = 2, end_dow = 6, month = 0 }]`, "2026-01-05T10:00:00Z"),
			param:  "interval",
			detail: `conditions[0].month`,
		},
		{
			name:   "bad timestamp",
			expr:   call(`[{ month = 1 }]`, "2026-07-06 09:30"),
			param:  "timestamp",
			detail: `timestamp "2026-07-06 09:30" is not an RFC 3339 instant`,
		},
	})
}

// The provider's messages are embedded by terraform in `Invalid value for
// "<param>" parameter: <message>.`, which adds its own full stop, and they
// are read by people who write HCL, not Go.
func TestAccFunctions_errorWording(t *testing.T) {
	cases := []struct {
		name, expr string
		want       string // a regular expression
	}{
		{
			// Today: "… has only 1 capture group.." (two full stops).
			name: "one full stop after a rule problem",
			expr: `provider::telecom::dial_rewrite([{ match_exp = "^(1)", repl_exp = "\\2" }], "1")`,
			want: acctest.Words("has only 1 capture group.") + `(\s|$)`,
		},
		{
			// Today: "… from 1 to 12, got 13.." (two full stops).
			name: "one full stop after a condition problem",
			expr: `provider::telecom::interval_contains({ timezone = "UTC", conditions = [{ month = 13 }] }, "2026-01-01T00:00:00Z")`,
			want: acctest.Words("got 13.") + `(\s|$)`,
		},
		{
			// Today: "rules: expected a list, got basetypes.StringType".
			name: "terraform type names",
			expr: `provider::telecom::dial_rewrite("^1", "1")`,
			want: acctest.Words("expected a list, got") + `\s+(a\s+)?string\b`,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			resource.ParallelTest(t, resource.TestCase{
				ProtoV6ProviderFactories: acctest.ProviderFactories,
				TerraformVersionChecks:   needsFunctions,
				Steps: []resource.TestStep{{
					Config:      pureProvider + outputs(map[string]string{"result": tc.expr}),
					ExpectError: regexp.MustCompile(tc.want),
				}},
			})
		})
	}
}

// ---------------------------------------------------------------------------
// With PBX resources

// Resource attributes go into the functions as they are: the rules of a
// telecom_pbx_dial_rule (with a comment attribute the function ignores) and
// a whole telecom_pbx_interval object (id, name, client_id… ignored).
func TestAccFunctions_pbxResourceAttributes(t *testing.T) {
	env := acctest.PBX(t)
	const dialRuleAddr = "telecom_pbx_dial_rule.x"
	cfg := env.ProviderConfig("") + `
resource "telecom_pbx_dial_rule" "x" {
  name = "tf-acc-functions"
  rules = [
    { match_exp = "^0(\\d{9})$", repl_exp = "00420\\1", comment = "national with trunk 0" },
    { match_exp = "^(\\d{3})$", repl_exp = "\\1" },
  ]
}

resource "telecom_pbx_interval" "x" {
  name       = "tf-acc-functions"
  timezone   = "Europe/Prague"
  conditions = [{ start_dow = 2, end_dow = 6, start_time = "09:00", end_time = "17:00" }]
}
` + outputs(map[string]string{
		"national":        `provider::telecom::dial_rewrite(telecom_pbx_dial_rule.x.rules, "0602123456")`,
		"short":           `provider::telecom::dial_rewrite(telecom_pbx_dial_rule.x.rules, "112")`,
		"unmatched":       `provider::telecom::dial_rewrite(telecom_pbx_dial_rule.x.rules, "+420602123456")`,
		"open_monday":     `provider::telecom::interval_contains(telecom_pbx_interval.x, "2026-07-06T09:30:00+02:00")`,
		"closed_saturday": `provider::telecom::interval_contains(telecom_pbx_interval.x, "2026-07-04T10:00:00+02:00")`,
		"open_after_dst":  `provider::telecom::interval_contains(telecom_pbx_interval.x, "2026-03-30T07:30:00Z")`,
	})
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		TerraformVersionChecks:   needsFunctions,
		Steps: []resource.TestStep{{
			Config: cfg,
			ConfigPlanChecks: resource.ConfigPlanChecks{
				// The rules come from the configuration, so the dial plan is
				// known before anything is created, as a check block needs.
				PreApply: []plancheck.PlanCheck{
					plancheck.ExpectKnownOutputValue("national", knownvalue.StringExact("00420602123456")),
					plancheck.ExpectKnownOutputValue("unmatched", knownvalue.Null()),
				},
			},
			Check: resource.ComposeAggregateTestCheckFunc(
				// The list really carried the extra attribute.
				resource.TestCheckResourceAttr(dialRuleAddr, "rules.0.comment", "national with trunk 0"),
				resource.TestCheckResourceAttrSet("telecom_pbx_interval.x", "interval_id"),
			),
			ConfigStateChecks: outputsAre(map[string]knownvalue.Check{
				"national":        knownvalue.StringExact("00420602123456"),
				"short":           knownvalue.StringExact("112"),
				"open_monday":     knownvalue.Bool(true),
				"closed_saturday": knownvalue.Bool(false),
				"open_after_dst":  knownvalue.Bool(true),
			}),
		}},
	})
}

// expectCheckBlock reads the result of a check block from the plan and the
// state (terraform records check results in both JSON documents).
type expectCheckBlock struct {
	name    string
	status  string // pass, fail, error or unknown
	message string // the failing assertion's error_message; "" when passing
}

func (e expectCheckBlock) CheckPlan(_ context.Context, req plancheck.CheckPlanRequest, resp *plancheck.CheckPlanResponse) {
	if req.Plan == nil {
		resp.Error = fmt.Errorf("no plan")
		return
	}
	resp.Error = e.find("plan", req.Plan.Checks)
}

func (e expectCheckBlock) CheckState(_ context.Context, req statecheck.CheckStateRequest, resp *statecheck.CheckStateResponse) {
	if req.State == nil {
		resp.Error = fmt.Errorf("no state")
		return
	}
	resp.Error = e.find("state", req.State.Checks)
}

// find looks the check block up in terraform-json's check results. They are
// read through their JSON form, so that this module does not import
// terraform-json, which it only depends on indirectly.
func (e expectCheckBlock) find(where string, checks any) error {
	raw, err := json.Marshal(checks)
	if err != nil {
		return err
	}
	var results []struct {
		Address struct {
			Kind string `json:"kind"`
			Name string `json:"name"`
		} `json:"address"`
		Status    string `json:"status"`
		Instances []struct {
			Problems []struct {
				Message string `json:"message"`
			} `json:"problems"`
		} `json:"instances"`
	}
	if err := json.Unmarshal(raw, &results); err != nil {
		return err
	}
	for _, c := range results {
		if c.Address.Kind != "check" || c.Address.Name != e.name {
			continue
		}
		var messages []string
		for _, i := range c.Instances {
			for _, p := range i.Problems {
				messages = append(messages, p.Message)
			}
		}
		if c.Status != e.status {
			return fmt.Errorf("%s: check.%s is %q, want %q (problems: %q)", where, e.name, c.Status, e.status, messages)
		}
		if e.message == "" && len(messages) > 0 || e.message != "" && !slices.Contains(messages, e.message) {
			return fmt.Errorf("%s: check.%s reports %q, want %q", where, e.name, messages, e.message)
		}
		return nil
	}
	return fmt.Errorf("%s: no result for check.%s in %s", where, e.name, raw)
}

// A check block that asserts a dial plan. Terraform reports a failing
// assertion as a warning, never an error: the apply goes on. Nothing in
// terraform-plugin-testing (v1.16) exposes warnings or turns them into
// errors, so ExpectError cannot be used; instead the test reads the check's
// status and message from the plan and state JSON, where terraform records
// them, and shows that the apply of the failing step succeeded.
func TestAccDialRewrite_checkBlock(t *testing.T) {
	env := acctest.PBX(t)
	const msg = "A national number must leave the PBX as 00420 and nine digits."
	cfg := func(repl string) string {
		return env.ProviderConfig("") + fmt.Sprintf(`
resource "telecom_pbx_dial_rule" "plan" {
  name  = "tf-acc-check block"
  rules = [{ match_exp = "^0(\\d{9})$", repl_exp = %q, comment = "national" }]
}

check "national_numbers" {
  assert {
    condition     = provider::telecom::dial_rewrite(telecom_pbx_dial_rule.plan.rules, "0602123456") == "00420602123456"
    error_message = %q
  }
}

output "national" {
  value = provider::telecom::dial_rewrite(telecom_pbx_dial_rule.plan.rules, "0602123456")
}
`, repl, msg)
	}
	pass := expectCheckBlock{name: "national_numbers", status: "pass"}
	fail := expectCheckBlock{name: "national_numbers", status: "fail", message: msg}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		TerraformVersionChecks:   needsFunctions,
		Steps: []resource.TestStep{
			{
				Config: cfg(`00420\1`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{pass},
				},
				ConfigStateChecks: []statecheck.StateCheck{
					pass,
					statecheck.ExpectKnownOutputValue("national", knownvalue.StringExact("00420602123456")),
				},
			},
			{
				// A typo in the replacement breaks the dial plan: the check
				// fails at plan and again after the apply, which succeeds
				// (no ExpectError) and changes the list at the PBX.
				Config: cfg(`0042\1`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						fail,
						plancheck.ExpectResourceAction("telecom_pbx_dial_rule.plan", plancheck.ResourceActionUpdate),
					},
				},
				ConfigStateChecks: []statecheck.StateCheck{
					fail,
					statecheck.ExpectKnownOutputValue("national", knownvalue.StringExact("0042602123456")),
				},
				Check: checkPBXRules(env, "tf-acc-check block", `0042\1`),
			},
		},
	})
}

// A precondition on the PBX dial rule that uses dial_rewrite: a plan that
// would rewrite the emergency number fails with the precondition's message
// (which shows the function's result) and creates nothing; the corrected
// plan is applied.
func TestAccDialRewrite_precondition(t *testing.T) {
	env := acctest.PBX(t)
	const name = "tf-acc-precondition"
	cfg := func(rules string) string {
		return env.ProviderConfig("") + fmt.Sprintf(`
locals {
  rules = %s
}

resource "telecom_pbx_dial_rule" "plan" {
  name  = %q
  rules = local.rules

  lifecycle {
    precondition {
      condition     = provider::telecom::dial_rewrite(local.rules, "112") == "112"
      error_message = "The emergency number 112 must reach the PBX as it is, not as ${coalesce(provider::telecom::dial_rewrite(local.rules, "112"), "nothing")}."
    }
  }
}
`, rules, name)
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		TerraformVersionChecks:   needsFunctions,
		Steps: []resource.TestStep{
			{
				Config:      cfg(`[{ match_exp = "^(\\d+)$", repl_exp = "00420\\1", comment = "everything national" }]`),
				ExpectError: regexp.MustCompile(acctest.Words("Resource precondition failed") + `[\s\S]*` + acctest.Words("The emergency number 112 must reach the PBX as it is, not as 00420112.")),
			},
			{
				PreConfig: func() {
					if n, err := countPBXLists(env, name); err != nil || n != 0 {
						t.Errorf("after the failed precondition the PBX holds %d lists named %q (err %v), want 0", n, name, err)
					}
				},
				Config: cfg(`[
    { match_exp = "^(112|150|155|158)$", repl_exp = "\\1", comment = "emergency" },
    { match_exp = "^(\\d+)$", repl_exp = "00420\\1", comment = "everything national" },
  ]`),
				Check: checkPBXRules(env, name, `\1`, `00420\1`),
			},
		},
	})
}

// countPBXLists counts, through the API, the dial rule lists with this name.
func countPBXLists(env *acctest.PBXEnv, name string) (int, error) {
	lists, err := env.Client.DialRules().List(context.Background(), env.ClientID)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, l := range lists {
		if l.Name == name {
			n++
		}
	}
	return n, nil
}

// checkPBXRules asserts, through the API, that exactly one list has this
// name and that its rules have these replacements, in order.
func checkPBXRules(env *acctest.PBXEnv, name string, repls ...string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		lists, err := env.Client.DialRules().List(context.Background(), env.ClientID)
		if err != nil {
			return err
		}
		var found []string
		n := 0
		for _, l := range lists {
			if l.Name != name {
				continue
			}
			n++
			for _, r := range l.DialRules {
				found = append(found, r.ReplExp)
			}
		}
		if n != 1 || !slices.Equal(found, repls) {
			return fmt.Errorf("the PBX holds %d lists named %q with replacements %q, want one with %q", n, name, found, repls)
		}
		return nil
	}
}
