package pbx_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
)

// badCase is one configuration that must be rejected at plan time, before
// any request, with an error on one attribute.
type badCase struct {
	name   string // resource name in the configuration
	attrs  string // JSON object: attributes that replace the valid base ones
	path   string // attribute path of the error, as the framework spells it
	detail string // phrase the message must contain (see words)
	// where overrides how the terraform output must show the attribute
	// (a regular expression); by default the path itself, or for a
	// top-level attribute the source line terraform quotes.
	where string
}

const (
	intervalType = "telecom_pbx_interval"
	dialRuleType = "telecom_pbx_dial_rule"
)

// badKind is a resource or data source type with its bad cases and the
// valid attributes the cases start from.
type badKind struct {
	block string // "resource" or "data"
	typ   string
	base  string // JSON object
	cases []badCase
}

var badKinds = []badKind{
	{"resource", intervalType, `{"name": "tf-acc-bad", "timezone": "Europe/Prague", "conditions": [{"month": 1}]}`, badIntervals},
	{"resource", dialRuleType, `{"name": "tf-acc-bad", "rules": [{"match_exp": "^1$", "repl_exp": "1"}]}`, badDialRules},
	{"data", "telecom_pbx_client", `{}`, badClientDataSources},
}

// address is the case's address in terraform's output.
func (k badKind) address(c badCase) string {
	if k.block == "data" {
		return "data." + k.typ + "." + c.name
	}
	return k.typ + "." + c.name
}

const (
	datetimeA = "2025-12-24 00:00:00"
	datetimeB = "2025-12-27 00:00:00"
)

var badIntervals = []badCase{
	// Half pairs.
	{name: "pair_dow", attrs: `{"conditions": [{"start_dow": 2}]}`, path: "conditions[0].end_dow", detail: "must be set together with start_dow"},
	{name: "pair_mday", attrs: `{"conditions": [{"end_mday": 5}]}`, path: "conditions[0].start_mday", detail: "must be set together with end_mday"},
	{name: "pair_time", attrs: `{"conditions": [{"start_time": "09:00"}]}`, path: "conditions[0].end_time", detail: "must be set together with start_time"},
	{name: "pair_datetime", attrs: `{"conditions": [{"end_datetime": "` + datetimeB + `"}]}`, path: "conditions[0].start_datetime", detail: "must be set together with end_datetime"},
	{name: "pair_in_second_condition", attrs: `{"conditions": [{"month": 1}, {"start_dow": 1}]}`, path: "conditions[1].end_dow", detail: "must be set together with start_dow"},
	{name: "sched_partial", attrs: `{"conditions": [{"sched_start_date": "2025-01-06"}]}`, path: "conditions[0].sched_active_days", detail: "must be set together with sched_start_date"},
	// Ranges. 0 is a value the user wrote, not "unset": it must get the
	// range message, not be taken for a missing field.
	{name: "dow_0", attrs: `{"conditions": [{"start_dow": 0, "end_dow": 3}]}`, path: "conditions[0].start_dow", detail: "from 1 to 7, got 0"},
	{name: "dow_8", attrs: `{"conditions": [{"start_dow": 2, "end_dow": 8}]}`, path: "conditions[0].end_dow", detail: "from 1 to 7, got 8"},
	{name: "mday_32", attrs: `{"conditions": [{"start_mday": 1, "end_mday": 32}]}`, path: "conditions[0].end_mday", detail: "from 1 to 31, got 32"},
	{name: "month_13", attrs: `{"conditions": [{"month": 13}]}`, path: "conditions[0].month", detail: "from 1 to 12, got 13"},
	{name: "month_0", attrs: `{"conditions": [{"month": 0, "start_dow": 2, "end_dow": 6}]}`, path: "conditions[0].month", detail: "from 1 to 12, got 0"},
	{name: "sched_active_0", attrs: `{"conditions": [{"sched_start_date": "2025-01-06", "sched_active_days": 0, "sched_skip_days": 2}]}`, path: "conditions[0].sched_active_days", detail: "of at least 1, got 0"},
	{name: "sched_skip_negative", attrs: `{"conditions": [{"sched_start_date": "2025-01-06", "sched_active_days": 1, "sched_skip_days": -1}]}`, path: "conditions[0].sched_skip_days", detail: "of at least 1, got -1"},
	// Formats.
	{name: "time_25", attrs: `{"conditions": [{"start_time": "25:00", "end_time": "26:00"}]}`, path: "conditions[0].start_time", detail: "must be a time of day as HH:MM:SS or HH:MM"},
	{name: "time_empty_strings", attrs: `{"conditions": [{"month": 1, "start_time": "", "end_time": ""}]}`, path: "conditions[0].start_time", detail: "must not be empty: leave the field out"},
	{name: "datetime_format", attrs: `{"conditions": [{"start_datetime": "2025-12-24T00:00:00", "end_datetime": "` + datetimeB + `"}]}`, path: "conditions[0].start_datetime", detail: "must be a date and time as YYYY-MM-DD HH:MM:SS"},
	{name: "datetime_no_such_day", attrs: `{"conditions": [{"start_datetime": "2025-02-30 00:00:00", "end_datetime": "` + datetimeB + `"}]}`, path: "conditions[0].start_datetime", detail: "must be a date and time as YYYY-MM-DD HH:MM:SS"},
	{name: "sched_date_format", attrs: `{"conditions": [{"sched_start_date": "06.01.2025", "sched_active_days": 1, "sched_skip_days": 1}]}`, path: "conditions[0].sched_start_date", detail: "must be a date as YYYY-MM-DD"},
	// Order.
	{name: "time_order", attrs: `{"conditions": [{"start_time": "18:00", "end_time": "09:00"}]}`, path: "conditions[0].end_time", detail: "must be later than start_time"},
	{name: "time_equal_spellings", attrs: `{"conditions": [{"start_time": "09:00", "end_time": "09:00:00"}]}`, path: "conditions[0].end_time", detail: "must be later than start_time"},
	{name: "mday_order", attrs: `{"conditions": [{"start_mday": 10, "end_mday": 10}]}`, path: "conditions[0].end_mday", detail: "must be greater than start_mday"},
	{name: "datetime_order", attrs: `{"conditions": [{"start_datetime": "` + datetimeB + `", "end_datetime": "` + datetimeA + `"}]}`, path: "conditions[0].end_datetime", detail: "must be after start_datetime"},
	// Combinations and emptiness.
	{name: "datetime_with_month", attrs: `{"conditions": [{"start_datetime": "` + datetimeA + `", "end_datetime": "` + datetimeB + `", "month": 12}]}`, path: "conditions[0].month", detail: "cannot be combined with start_datetime/end_datetime"},
	{name: "empty_condition", attrs: `{"conditions": [{}]}`, path: "conditions[0]", detail: "a condition needs at least one field",
		// terraform finds a list element in the source and quotes its line.
		where: `(conditions\[0\]|\d+:\s+\{\},)`},
	{name: "conditions_empty", attrs: `{"conditions": []}`, path: "conditions", detail: "must contain at least 1 elements"},
	{name: "timezone_unknown", attrs: `{"timezone": "Europe/Atlantis"}`, path: "timezone", detail: `"Europe/Atlantis" is not an IANA time zone name`},
	{name: "timezone_local", attrs: `{"timezone": "Local"}`, path: "timezone", detail: "must be an IANA time zone name"},
	{name: "name_blank", attrs: `{"name": "   "}`, path: "name", detail: "must not be empty"},
	{name: "client_id_bad", attrs: `{"client_id": "abc"}`, path: "client_id", detail: "must be a numeric client id or @me"},
}

var badDialRules = []badCase{
	{name: "pcre_invalid", attrs: `{"rules": [{"match_exp": "([0-9]", "repl_exp": "1"}]}`, path: "rules[0].match_exp", detail: "is not a valid PCRE pattern"},
	{name: "pcre_invalid_second_rule", attrs: `{"rules": [{"match_exp": "^1$", "repl_exp": "1"}, {"match_exp": "^(8", "repl_exp": "1"}]}`, path: "rules[1].match_exp", detail: "is not a valid PCRE pattern"},
	{name: "match_empty", attrs: `{"rules": [{"match_exp": "", "repl_exp": "1"}]}`, path: "rules[0].match_exp", detail: "must not be empty"},
	{name: "backref_beyond_groups", attrs: `{"rules": [{"match_exp": "^8([0-9]{10})$", "repl_exp": "7\\2"}]}`, path: "rules[0].repl_exp", detail: `refers to group \2, but match_exp has only 1 capture group`},
	{name: "backref_without_groups", attrs: `{"rules": [{"match_exp": "^1$", "repl_exp": "\\1"}]}`, path: "rules[0].repl_exp", detail: "match_exp has no capture groups"},
	{name: "rules_empty", attrs: `{"rules": []}`, path: "rules", detail: "must contain at least 1 elements"},
	{name: "comment_empty", attrs: `{"rules": [{"match_exp": "^1$", "repl_exp": "1", "comment": ""}]}`, path: "rules[0].comment", detail: "string length must be at least 1"},
	{name: "name_blank", attrs: `{"name": ""}`, path: "name", detail: "must not be empty"},
	{name: "client_id_bad", attrs: `{"client_id": "12a"}`, path: "client_id", detail: "must be a numeric client id or @me"},
}

var badClientDataSources = []badCase{
	{name: "client_id_bad", attrs: `{"client_id": "me"}`, path: "client_id", detail: "must be a numeric client id or @me"},
}

// Every bad configuration is rejected at plan time, each with its own
// error on its attribute, and the sandbox sees no request.
//
// All of them go into one configuration: terraform validates every
// resource and reports every error, so one plan checks them all, and
// ErrorCheck matches each resource's errors separately (ExpectError holds
// one pattern for the whole output and would need a plan per case). A case
// that is accepted, or rejected with the wrong message, fails on its own.
func TestAccPBX_invalidConfig(t *testing.T) {
	env := acctest.PBX(t)
	t.Cleanup(func() { env.RequireNoRequests(t) }) // also when a step fails
	var cfg strings.Builder
	cfg.WriteString(env.ProviderConfig(""))
	total := 0
	for _, k := range badKinds {
		for _, c := range k.cases {
			cfg.WriteString(hclBlock(t, k, c))
			total++
		}
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config:   cfg.String(),
			PlanOnly: true,
		}},
		ErrorCheck: func(err error) error {
			blocks := diagnosticsByResource(err.Error())
			var problems []string
			for _, k := range badKinds {
				for _, c := range k.cases {
					if p := c.checkOutput(k.address(c), blocks[k.address(c)]); p != "" {
						problems = append(problems, p)
					}
				}
			}
			if len(problems) > 0 {
				return fmt.Errorf("%d of %d bad configurations were not rejected as expected:\n\n%s",
					len(problems), total, strings.Join(problems, "\n\n"))
			}
			return nil
		},
	})
}

// The same cases at the protocol level: the provider's diagnostic is
// attached to the attribute path of the offending nested element (the path
// terraform uses to point into the source).
func TestPBX_invalidConfigAttributePaths(t *testing.T) {
	server, err := acctest.ProviderFactories["telecom"]()
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range badKinds {
		for _, c := range k.cases {
			t.Run(k.address(c), func(t *testing.T) {
				config := &tfprotov6.DynamicValue{JSON: mergedAttrs(t, k, c.attrs)}
				var diags []*tfprotov6.Diagnostic
				if k.block == "data" {
					resp, err := server.ValidateDataResourceConfig(context.Background(), &tfprotov6.ValidateDataResourceConfigRequest{TypeName: k.typ, Config: config})
					if err != nil {
						t.Fatal(err)
					}
					diags = resp.Diagnostics
				} else {
					resp, err := server.ValidateResourceConfig(context.Background(), &tfprotov6.ValidateResourceConfigRequest{TypeName: k.typ, Config: config})
					if err != nil {
						t.Fatal(err)
					}
					diags = resp.Diagnostics
				}
				detail := regexp.MustCompile(acctest.Words(c.detail))
				var got []string
				for _, d := range diags {
					if d.Severity != tfprotov6.DiagnosticSeverityError {
						continue
					}
					at := attributePath(d.Attribute)
					if at == c.path && detail.MatchString(d.Detail) {
						return
					}
					got = append(got, fmt.Sprintf("%s: %s: %s", at, d.Summary, d.Detail))
				}
				t.Errorf("want an error on %s saying %q; got %d errors:\n%s", c.path, c.detail, len(got), strings.Join(got, "\n"))
			})
		}
	}
}

// A malformed import ID is refused before any request, with the expected form.
func TestAccPBX_invalidImportID(t *testing.T) {
	env := acctest.PBX(t)
	t.Cleanup(func() { env.RequireNoRequests(t) }) // also when a step fails
	cfg := intervalConfig(env, "tf-acc-import", officeHoursHHMM) + `
resource "telecom_pbx_dial_rule" "test" {
  name  = "tf-acc-import"
  rules = [{ match_exp = "^1$", repl_exp = "1" }]
}
`
	var steps []resource.TestStep
	for _, id := range []string{"x", "abc/5", "@me/0"} {
		steps = append(steps, resource.TestStep{
			Config: cfg, ResourceName: intervalAddr, ImportState: true, ImportStateId: id,
			ExpectError: regexp.MustCompile(`(?s)Invalid\s+import\s+ID\s+for\s+telecom_pbx_interval.*` + regexp.QuoteMeta(id) +
				`.*Expected\s+<client_id>/<interval_id>,\s+e\.g\.\s+@me/42`),
		})
	}
	for _, id := range []string{"@me/"} {
		steps = append(steps, resource.TestStep{
			Config: cfg, ResourceName: dialRuleAddr, ImportState: true, ImportStateId: id,
			ExpectError: regexp.MustCompile(`(?s)Invalid\s+import\s+ID\s+for\s+telecom_pbx_dial_rule.*Expected\s+<client_id>/<dial_rule_id>`),
		})
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps:                    steps,
	})
}

// mergedAttrs is the base attributes of the kind with the case's on top, as JSON.
func mergedAttrs(t *testing.T, k badKind, attrs string) []byte {
	t.Helper()
	var base, over map[string]json.RawMessage
	if err := json.Unmarshal([]byte(k.base), &base); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(attrs), &over); err != nil {
		t.Fatalf("case attributes %s: %v", attrs, err)
	}
	for k, v := range over {
		base[k] = v
	}
	out, err := json.Marshal(base)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// hclBlock renders a case as a resource or data block. JSON values are valid HCL
// expressions (objects may use ":"); list elements go on lines of their own
// so that terraform can quote the element it complains about.
func hclBlock(t *testing.T, k badKind, c badCase) string {
	t.Helper()
	var attrs map[string]json.RawMessage
	if err := json.Unmarshal(mergedAttrs(t, k, c.attrs), &attrs); err != nil {
		t.Fatal(err)
	}
	keys := make([]string, 0, len(attrs))
	for k := range attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "\n%s %q %q {\n", k.block, k.typ, c.name)
	for _, k := range keys {
		var elems []json.RawMessage
		if json.Unmarshal(attrs[k], &elems) == nil && len(elems) > 0 {
			fmt.Fprintf(&b, "  %s = [\n", k)
			for _, e := range elems {
				fmt.Fprintf(&b, "    %s,\n", compactJSON(t, e))
			}
			b.WriteString("  ]\n")
			continue
		}
		fmt.Fprintf(&b, "  %s = %s\n", k, compactJSON(t, attrs[k]))
	}
	b.WriteString("}\n")
	return b.String()
}

func compactJSON(t *testing.T, raw []byte) string {
	t.Helper()
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		t.Fatal(err)
	}
	return b.String()
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

// whereRegexp is how terraform's output must show the attribute.
func (c badCase) whereRegexp() *regexp.Regexp {
	switch {
	case c.where != "":
		return regexp.MustCompile(c.where)
	case strings.ContainsAny(c.path, ".["):
		return regexp.MustCompile(regexp.QuoteMeta(c.path))
	default:
		// A top-level attribute: named in the message, or the source line
		// terraform quotes is its assignment.
		return regexp.MustCompile(`(Attribute\s+` + c.path + `\s|\d+:\s+` + c.path + `\s+=)`)
	}
}

// checkOutput returns "" when one of the resource's diagnostics shows the
// attribute and the expected message, otherwise what is wrong.
func (c badCase) checkOutput(address string, blocks []string) string {
	head := fmt.Sprintf("%s (%s): want an error on %s saying %q", address, c.attrs, c.path, c.detail)
	if len(blocks) == 0 {
		return head + "; the configuration was accepted at plan time"
	}
	where, detail := c.whereRegexp(), regexp.MustCompile(acctest.Words(c.detail))
	for _, b := range blocks {
		if where.MatchString(b) && detail.MatchString(b) {
			return ""
		}
	}
	var why []string
	for _, b := range blocks {
		switch {
		case !detail.MatchString(b):
			why = append(why, "message differs")
		default:
			why = append(why, "the attribute "+c.path+" is not named")
		}
	}
	return head + "; got (" + strings.Join(why, ", ") + "):\n    " + strings.ReplaceAll(strings.TrimSpace(strings.Join(blocks, "\n")), "\n", "\n    ")
}

// attributePath spells a protocol attribute path as the framework does:
// conditions[0].end_dow.
func attributePath(p *tftypes.AttributePath) string {
	if p == nil {
		return ""
	}
	var b strings.Builder
	for _, step := range p.Steps() {
		switch s := step.(type) {
		case tftypes.AttributeName:
			if b.Len() > 0 {
				b.WriteString(".")
			}
			b.WriteString(string(s))
		case tftypes.ElementKeyInt:
			fmt.Fprintf(&b, "[%d]", int64(s))
		case tftypes.ElementKeyString:
			fmt.Fprintf(&b, "[%q]", string(s))
		case tftypes.ElementKeyValue:
			// A set element of strings, as the framework spells it.
			var v string
			if err := tftypes.Value(s).As(&v); err != nil {
				fmt.Fprintf(&b, "[%v]", s)
				break
			}
			fmt.Fprintf(&b, "[Value(%q)]", v)
		default:
			fmt.Fprintf(&b, "[%v]", s)
		}
	}
	return b.String()
}
