package functions

import (
	"context"
	"maps"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// Value builders. Terraform hands a dynamic argument to the provider as a
// DynamicValue around the concrete value: a tuple for an HCL [...] literal,
// a list for a resource's list attribute, numbers as Number.

func str(s string) attr.Value  { return types.StringValue(s) }
func i64(n int64) attr.Value   { return types.Int64Value(n) }
func num(f float64) attr.Value { return types.NumberValue(big.NewFloat(f)) }
func dyn(v attr.Value) attr.Value {
	return types.DynamicValue(v)
}

func typeOf(v attr.Value) attr.Type { return v.Type(context.Background()) }

func obj(attrs map[string]attr.Value) attr.Value {
	ts := make(map[string]attr.Type, len(attrs))
	for k, v := range attrs {
		ts[k] = typeOf(v)
	}
	return types.ObjectValueMust(ts, attrs)
}

func tuple(elems ...attr.Value) attr.Value {
	ts := make([]attr.Type, len(elems))
	for i, e := range elems {
		ts[i] = typeOf(e)
	}
	return types.TupleValueMust(ts, elems)
}

// list needs at least one element (the element type is taken from it).
func list(elems ...attr.Value) attr.Value { return types.ListValueMust(typeOf(elems[0]), elems) }

// errCase describes the expected outcome of a Run: either want (the result)
// or an error on argument errArg whose text contains errMentions.
type runCase struct {
	name        string
	args        []attr.Value
	want        attr.Value
	errArg      int64 // argument position of the error; anyArg: not checked
	errMentions []string
}

// anyArg: the error is the framework's own (argument conversion), whose
// position is not the function's business.
const anyArg = -1

func runFunc(t *testing.T, f function.Function, unknownResult attr.Value, tc runCase) {
	t.Helper()
	resp := &function.RunResponse{Result: function.NewResultData(unknownResult)}
	f.Run(t.Context(), function.RunRequest{Arguments: function.NewArgumentsData(tc.args)}, resp)

	if tc.errMentions != nil {
		if resp.Error == nil {
			t.Fatalf("Run succeeded with %v, want an error", resp.Result.Value())
		}
		if tc.errArg != anyArg {
			if resp.Error.FunctionArgument == nil {
				t.Errorf("error %q has no argument position, want %d", resp.Error.Text, tc.errArg)
			} else if *resp.Error.FunctionArgument != tc.errArg {
				t.Errorf("error %q is on argument %d, want %d", resp.Error.Text, *resp.Error.FunctionArgument, tc.errArg)
			}
		}
		for _, w := range tc.errMentions {
			if !strings.Contains(resp.Error.Text, w) {
				t.Errorf("error %q does not mention %q", resp.Error.Text, w)
			}
		}
		if !resp.Result.Value().Equal(unknownResult) {
			t.Errorf("result set to %v alongside an error", resp.Result.Value())
		}
		return
	}
	if resp.Error != nil {
		t.Fatalf("Run failed: %s (argument %v)", resp.Error.Text, argPos(resp.Error))
	}
	if got := resp.Result.Value(); !got.Equal(tc.want) {
		t.Errorf("result = %v, want %v", got, tc.want)
	}
}

func argPos(e *function.FuncError) any {
	if e.FunctionArgument == nil {
		return "none"
	}
	return *e.FunctionArgument
}

func TestNormalizeNumberRun(t *testing.T) {
	for _, tc := range []runCase{
		{name: "international with plus", args: []attr.Value{str("+420 602 123 456"), str("420")}, want: str("00420602123456")},
		{name: "international with 00", args: []attr.Value{str("00420 602-123-456"), str("44")}, want: str("00420602123456")},
		{name: "national gets the country code", args: []attr.Value{str("602 123 456"), str("420")}, want: str("00420602123456")},
		{name: "national with trunk prefix", args: []attr.Value{str("020 7946 0018"), str("44")}, want: str("00442079460018")},
		{name: "country code written +44", args: []attr.Value{str("(020) 7946.0018"), str("+44")}, want: str("00442079460018")},
		{name: "country code written 0044", args: []attr.Value{str("020 7946 0018"), str("0044")}, want: str("00442079460018")},
		{name: "long DID accepted", args: []attr.Value{str("+420 602 123 456 7890 1234"), str("420")}, want: str("0042060212345678901234")},
		{name: "SIP name unchanged", args: []attr.Value{str("hejda_test1"), str("420")}, want: str("hejda_test1")},
		{name: "star code unchanged", args: []attr.Value{str("*754321"), str("420")}, want: str("*754321")},
		{name: "multi-part star code unchanged", args: []attr.Value{str("*0888*1*2"), str("420")}, want: str("*0888*1*2")},

		{name: "letter in number", args: []attr.Value{str("602 12a 456"), str("420")}, errArg: 0, errMentions: []string{"602 12a 456", "'a'"}},
		{name: "empty number", args: []attr.Value{str(""), str("420")}, errArg: 0, errMentions: []string{"empty"}},
		{name: "number without digits", args: []attr.Value{str("()"), str("420")}, errArg: 0, errMentions: []string{"no digits"}},
		{name: "number too short", args: []attr.Value{str("+42060"), str("420")}, errArg: 0, errMentions: []string{"5 digits"}},
		{name: "number too long", args: []attr.Value{str("+420 602 123 456 7890 12345"), str("420")}, errArg: 0, errMentions: []string{"21 digits"}},
		{name: "plus in the middle", args: []attr.Value{str("420+602"), str("420")}, errArg: 0, errMentions: []string{"'+'"}},
		{name: "bad country code", args: []attr.Value{str("602 123 456"), str("4201")}, errArg: 1, errMentions: []string{"country code", "4201"}},
		{name: "empty country code", args: []attr.Value{str("602 123 456"), str("")}, errArg: 1, errMentions: []string{"country code"}},
		{name: "country code 0", args: []attr.Value{str("602 123 456"), str("0")}, errArg: 1, errMentions: []string{"country code"}},
		{name: "bad country code blamed even for an international number", args: []attr.Value{str("+420602123456"), str("x")}, errArg: 1, errMentions: []string{"country code"}},
		{name: "bad country code blamed even for a SIP name", args: []attr.Value{str("hejda_test1"), str("")}, errArg: 1, errMentions: []string{"country code"}},
		{name: "both bad: country code blamed first", args: []attr.Value{str("abc!"), str("x")}, errArg: 1, errMentions: []string{"country code"}},
		{name: "null number is refused by the framework", args: []attr.Value{types.StringNull(), str("420")}, errArg: anyArg, errMentions: []string{""}},
		{name: "null country code is refused by the framework", args: []attr.Value{str("602123456"), types.StringNull()}, errArg: anyArg, errMentions: []string{""}},
		{name: "wrong argument count", args: []attr.Value{str("602123456")}, errArg: anyArg, errMentions: []string{"targets count"}},
	} {
		t.Run(tc.name, func(t *testing.T) { runFunc(t, NewNormalizeNumber(), types.StringUnknown(), tc) })
	}
}

func TestDialRewriteRun(t *testing.T) {
	rule := func(match, repl string) attr.Value {
		return obj(map[string]attr.Value{"match_exp": str(match), "repl_exp": str(repl)})
	}
	// resourceRule is an element of telecom_pbx_dial_rule.rules.
	resourceRule := func(match, repl string, comment attr.Value) attr.Value {
		return obj(map[string]attr.Value{"match_exp": str(match), "repl_exp": str(repl), "comment": comment})
	}
	longDistance := resourceRule(`^8(\d{10})$`, `7\1`, str("long distance"))
	short := resourceRule(`^(\d{3})$`, `\1`, types.StringNull())
	resourceRules := dyn(list(longDistance, short))

	for _, tc := range []runCase{
		{name: "resource rules list, first rule", args: []attr.Value{resourceRules, str("89161234567")}, want: str("79161234567")},
		{name: "resource rules list, second rule", args: []attr.Value{resourceRules, str("112")}, want: str("112")},
		{name: "resource rules list, no match is null", args: []attr.Value{resourceRules, str("12345")}, want: types.StringNull()},
		{name: "tuple of objects with different extra attributes", args: []attr.Value{
			dyn(tuple(
				obj(map[string]attr.Value{"match_exp": str(`^00`), "repl_exp": str(`+`), "comment": str("intl"), "id": num(1)}),
				obj(map[string]attr.Value{"match_exp": str(`^0`), "repl_exp": str(`+420`), "client_id": str("c1"), "name": str("x"), "comment": dyn(types.DynamicNull())}),
			)), str("0602123456"),
		}, want: str("+420602123456")},
		{name: "tuple: first match wins", args: []attr.Value{dyn(tuple(rule(`^\d+$`, `any`), rule(`^1$`, `one`))), str("1")}, want: str("any")},
		{name: "partial match keeps the rest", args: []attr.Value{dyn(tuple(rule(`^00`, `+`))), str("00420602")}, want: str("+420602")},
		{name: "set of objects", args: []attr.Value{dyn(types.SetValueMust(typeOf(rule("a", "b")), []attr.Value{rule(`^9`, `0`)})), str("9123")}, want: str("0123")},
		{name: "list of maps", args: []attr.Value{dyn(list(types.MapValueMust(types.StringType, map[string]attr.Value{"match_exp": str(`^1`), "repl_exp": str(`2`)}))), str("123")}, want: str("223")},
		{name: "empty list is null", args: []attr.Value{dyn(types.ListValueMust(typeOf(rule("a", "b")), nil)), str("123")}, want: types.StringNull()},
		{name: "empty tuple is null", args: []attr.Value{dyn(tuple()), str("123")}, want: types.StringNull()},
		{name: "empty replacement", args: []attr.Value{dyn(tuple(rule(`^900`, ``))), str("900")}, want: str("")},
		{name: "non-ASCII number", args: []attr.Value{dyn(tuple(rule(`602`, `X`))), str("č602ž")}, want: str("čXž")},
		{name: "lookahead", args: []attr.Value{dyn(tuple(rule(`^(?!112$)(\d{3})$`, `0\1`))), str("113")}, want: str("0113")},

		{name: "invalid pattern in a later rule names the index", args: []attr.Value{dyn(tuple(rule(`^1$`, `a`), rule(`(`, `b`))), str("1")}, errArg: 0, errMentions: []string{"rule 1", "match_exp", "not a valid PCRE pattern"}},
		{name: "invalid pattern in a resource list", args: []attr.Value{dyn(list(longDistance, resourceRule(`[0-9`, `x`, types.StringNull()))), str("89161234567")}, errArg: 0, errMentions: []string{"rule 1", "match_exp"}},
		{name: `\2 with one group`, args: []attr.Value{dyn(tuple(rule(`^(\d)$`, `\2`))), str("1")}, errArg: 0, errMentions: []string{"rule 0", "repl_exp", `\2`}},
		{name: "match_exp missing", args: []attr.Value{dyn(tuple(obj(map[string]attr.Value{"repl_exp": str("x")}))), str("1")}, errArg: 0, errMentions: []string{"rule 0", "match_exp is missing"}},
		{name: "repl_exp missing in rule 1", args: []attr.Value{dyn(tuple(rule(`^1$`, `a`), obj(map[string]attr.Value{"match_exp": str("x")}))), str("1")}, errArg: 0, errMentions: []string{"rule 1", "repl_exp is missing"}},
		{name: "match_exp null", args: []attr.Value{dyn(tuple(obj(map[string]attr.Value{"match_exp": types.StringNull(), "repl_exp": str("x")}))), str("1")}, errArg: 0, errMentions: []string{"rule 0", "match_exp", "empty"}},
		{name: "match_exp a number", args: []attr.Value{dyn(tuple(obj(map[string]attr.Value{"match_exp": num(1), "repl_exp": str("x")}))), str("1")}, errArg: 0, errMentions: []string{"rule 0", "match_exp must be a string"}},
		{name: "repl_exp a bool", args: []attr.Value{dyn(tuple(obj(map[string]attr.Value{"match_exp": str("1"), "repl_exp": types.BoolValue(true)}))), str("1")}, errArg: 0, errMentions: []string{"rule 0", "repl_exp must be a string"}},
		{name: "rules a string", args: []attr.Value{dyn(str(`^1$`)), str("1")}, errArg: 0, errMentions: []string{"rules", "expected a list"}},
		{name: "rules a single object", args: []attr.Value{dyn(rule(`^1$`, `2`)), str("1")}, errArg: 0, errMentions: []string{"rules", "expected a list"}},
		{name: "rules null", args: []attr.Value{types.DynamicNull(), str("1")}, errArg: 0, errMentions: []string{"rules", "null"}},
		{name: "rule a string", args: []attr.Value{dyn(tuple(str(`^1$`))), str("1")}, errArg: 0, errMentions: []string{"rule 0", "expected an object"}},
		{name: "rule null in a tuple", args: []attr.Value{dyn(tuple(rule(`^2$`, `x`), types.DynamicNull())), str("1")}, errArg: 0, errMentions: []string{"rule 1"}},
		{name: "null number is refused by the framework", args: []attr.Value{resourceRules, types.StringNull()}, errArg: anyArg, errMentions: []string{""}},
	} {
		t.Run(tc.name, func(t *testing.T) { runFunc(t, NewDialRewrite(), types.StringUnknown(), tc) })
	}
}

func TestIntervalContainsRun(t *testing.T) {
	// resourceCondition is an element of telecom_pbx_interval.conditions:
	// every field present, unset ones null, numbers as Int64.
	resourceCondition := func(set map[string]attr.Value) attr.Value {
		attrs := map[string]attr.Value{
			"start_datetime": types.StringNull(), "end_datetime": types.StringNull(),
			"start_dow": types.Int64Null(), "end_dow": types.Int64Null(),
			"start_mday": types.Int64Null(), "end_mday": types.Int64Null(), "month": types.Int64Null(),
			"start_time": types.StringNull(), "end_time": types.StringNull(),
			"sched_start_date": types.StringNull(), "sched_active_days": types.Int64Null(), "sched_skip_days": types.Int64Null(),
		}
		maps.Copy(attrs, set)
		return obj(attrs)
	}
	resourceInterval := func(tz string, conds ...attr.Value) attr.Value {
		return dyn(obj(map[string]attr.Value{
			"id": str("c1/5"), "interval_id": i64(5), "client_id": str("c1"), "name": str("office"),
			"timezone": str(tz), "conditions": list(conds...),
		}))
	}
	// hclInterval is an object literal as written in HCL: a tuple of objects
	// with only the fields set, numbers as Number.
	hclInterval := func(tz string, conds ...attr.Value) attr.Value {
		return dyn(obj(map[string]attr.Value{"timezone": str(tz), "conditions": tuple(conds...)}))
	}
	office := resourceInterval("Europe/Prague",
		resourceCondition(map[string]attr.Value{"start_dow": i64(2), "end_dow": i64(6), "start_time": str("09:00"), "end_time": str("17:00:00")}),
		resourceCondition(map[string]attr.Value{"start_dow": i64(7), "end_dow": i64(7), "start_time": str("09:00"), "end_time": str("12:00")}),
	)
	hclOffice := hclInterval("Europe/Prague", obj(map[string]attr.Value{"start_dow": num(2), "end_dow": num(6), "start_time": str("09:00"), "end_time": str("17:00")}))
	hclMonth := func(month attr.Value) attr.Value {
		return hclInterval("UTC", obj(map[string]attr.Value{"month": month}))
	}
	autumn := hclInterval("Europe/Prague", obj(map[string]attr.Value{"start_time": str("02:00"), "end_time": str("02:59:59")}))
	yes, no := types.BoolValue(true), types.BoolValue(false)
	ts := str

	for _, tc := range []runCase{
		// Resource-shaped interval: extra attributes, Int64 numbers, null fields.
		{name: "resource: Monday 09:30 CEST", args: []attr.Value{office, ts("2026-07-06T09:30:00+02:00")}, want: yes},
		{name: "resource: Monday 07:30 UTC is 09:30 CEST", args: []attr.Value{office, ts("2026-07-06T07:30:00Z")}, want: yes},
		{name: "resource: Monday 17:00:01 CEST", args: []attr.Value{office, ts("2026-07-06T17:00:01+02:00")}, want: no},
		{name: "resource: Saturday 10:00 via the second condition (OR)", args: []attr.Value{office, ts("2026-07-04T10:00:00+02:00")}, want: yes},
		{name: "resource: Sunday", args: []attr.Value{office, ts("2026-07-05T10:00:00+02:00")}, want: no},
		// HCL-shaped interval: tuple, Number numbers, absent fields.
		{name: "hcl: Monday 09:00 inclusive", args: []attr.Value{hclOffice, ts("2026-07-06T07:00:00Z")}, want: yes},
		{name: "hcl: fractional second at the end", args: []attr.Value{hclOffice, ts("2026-07-06T15:00:00.5Z")}, want: yes},
		{name: "hcl: Saturday", args: []attr.Value{hclOffice, ts("2026-07-04T10:00:00+02:00")}, want: no},
		{name: "Number and Int64 are the same month", args: []attr.Value{hclMonth(num(7)), ts("2026-07-01T00:00:00Z")}, want: yes},
		{name: "Int64 month", args: []attr.Value{hclMonth(i64(7)), ts("2026-07-01T00:00:00Z")}, want: yes},
		{name: "Number month, other month", args: []attr.Value{hclMonth(num(7)), ts("2026-06-30T23:59:59Z")}, want: no},
		{name: "condition as a map of numbers", args: []attr.Value{hclInterval("UTC", types.MapValueMust(types.NumberType, map[string]attr.Value{"month": num(7)})), ts("2026-07-15T00:00:00Z")}, want: yes},
		{name: "null-typed (dynamic) field is unset", args: []attr.Value{hclInterval("UTC", obj(map[string]attr.Value{"month": num(7), "start_dow": dyn(types.DynamicNull()), "end_dow": dyn(types.DynamicNull())})), ts("2026-07-15T00:00:00Z")}, want: yes},
		{name: "DST Prague autumn: first 02:30", args: []attr.Value{autumn, ts("2026-10-25T00:30:00Z")}, want: yes},
		{name: "DST Prague autumn: second 02:30", args: []attr.Value{autumn, ts("2026-10-25T02:30:00+01:00")}, want: yes},
		{name: "DST Prague autumn: 03:00 CET", args: []attr.Value{autumn, ts("2026-10-25T02:00:00Z")}, want: no},
		{name: "dow wrap 7→1 on Sunday", args: []attr.Value{hclInterval("America/New_York", obj(map[string]attr.Value{"start_dow": num(7), "end_dow": num(1)})), ts("2026-07-06T03:00:00Z")}, want: yes},
		{name: "shift schedule", args: []attr.Value{hclInterval("UTC", obj(map[string]attr.Value{"sched_start_date": str("2026-07-01"), "sched_active_days": num(2), "sched_skip_days": num(1)})), ts("2026-07-03T12:00:00Z")}, want: no},

		// Argument 0: the interval.
		{name: "invalid condition names conditions[i].field", args: []attr.Value{hclInterval("UTC", obj(map[string]attr.Value{"month": num(7)}), obj(map[string]attr.Value{"start_dow": num(2), "end_dow": num(8)})), ts("2026-07-06T10:00:00Z")}, errArg: 0, errMentions: []string{"conditions[1].end_dow", "1 to 7"}},
		{name: "invalid resource condition", args: []attr.Value{resourceInterval("UTC", resourceCondition(map[string]attr.Value{"start_mday": i64(28), "end_mday": i64(3)})), ts("2026-07-06T10:00:00Z")}, errArg: 0, errMentions: []string{"conditions[0].end_mday"}},
		{name: "fractional number", args: []attr.Value{hclInterval("UTC", obj(map[string]attr.Value{"start_dow": num(2.5), "end_dow": num(6)})), ts("2026-07-06T10:00:00Z")}, errArg: 0, errMentions: []string{"conditions[0]", "start_dow", "whole number", "2.5"}},
		{name: "number beyond int64", args: []attr.Value{hclMonth(num(1e30)), ts("2026-07-06T10:00:00Z")}, errArg: 0, errMentions: []string{"conditions[0]", "month"}},
		{name: "number field given a string", args: []attr.Value{hclInterval("UTC", obj(map[string]attr.Value{"start_dow": str("2"), "end_dow": num(6)})), ts("2026-07-06T10:00:00Z")}, errArg: 0, errMentions: []string{"conditions[0]", "start_dow must be a number"}},
		{name: "string field given a number", args: []attr.Value{hclInterval("UTC", obj(map[string]attr.Value{"start_time": num(9), "end_time": str("17:00")})), ts("2026-07-06T10:00:00Z")}, errArg: 0, errMentions: []string{"conditions[0]", "start_time must be a string"}},
		{name: "unknown condition field (typo)", args: []attr.Value{hclInterval("UTC", obj(map[string]attr.Value{"start_dwo": num(2), "end_dow": num(6)})), ts("2026-07-06T10:00:00Z")}, errArg: 0, errMentions: []string{"conditions[0]", `"start_dwo" is not a condition field`}},
		{name: "comment in a condition", args: []attr.Value{hclInterval("UTC", obj(map[string]attr.Value{"month": num(7)}), obj(map[string]attr.Value{"month": num(8), "comment": str("august")})), ts("2026-07-06T10:00:00Z")}, errArg: 0, errMentions: []string{"conditions[1]", `"comment"`}},
		{name: "timezone missing", args: []attr.Value{dyn(obj(map[string]attr.Value{"conditions": tuple(obj(map[string]attr.Value{"month": num(7)}))})), ts("2026-07-06T10:00:00Z")}, errArg: 0, errMentions: []string{"timezone"}},
		{name: "timezone null", args: []attr.Value{dyn(obj(map[string]attr.Value{"timezone": types.StringNull(), "conditions": tuple(obj(map[string]attr.Value{"month": num(7)}))})), ts("2026-07-06T10:00:00Z")}, errArg: 0, errMentions: []string{"timezone"}},
		{name: "timezone a number", args: []attr.Value{dyn(obj(map[string]attr.Value{"timezone": num(1), "conditions": tuple(obj(map[string]attr.Value{"month": num(7)}))})), ts("2026-07-06T10:00:00Z")}, errArg: 0, errMentions: []string{"timezone must be a string"}},
		{name: "bad timezone", args: []attr.Value{hclInterval("Europe/Prag", obj(map[string]attr.Value{"month": num(7)})), ts("2026-07-06T10:00:00Z")}, errArg: 0, errMentions: []string{"timezone", "Europe/Prag"}},
		{name: "conditions missing", args: []attr.Value{dyn(obj(map[string]attr.Value{"timezone": str("UTC")})), ts("2026-07-06T10:00:00Z")}, errArg: 0, errMentions: []string{"conditions is missing"}},
		{name: "conditions a string", args: []attr.Value{dyn(obj(map[string]attr.Value{"timezone": str("UTC"), "conditions": str("month 7")})), ts("2026-07-06T10:00:00Z")}, errArg: 0, errMentions: []string{"conditions", "expected a list"}},
		{name: "conditions empty", args: []attr.Value{hclInterval("UTC"), ts("2026-07-06T10:00:00Z")}, errArg: 0, errMentions: []string{"conditions", "at least one condition"}},
		{name: "condition a string", args: []attr.Value{hclInterval("UTC", str("month=7")), ts("2026-07-06T10:00:00Z")}, errArg: 0, errMentions: []string{"conditions[0]", "expected an object"}},
		{name: "interval a list", args: []attr.Value{dyn(tuple(str("UTC"))), ts("2026-07-06T10:00:00Z")}, errArg: 0, errMentions: []string{"interval", "expected an object"}},
		{name: "interval null", args: []attr.Value{types.DynamicNull(), ts("2026-07-06T10:00:00Z")}, errArg: 0, errMentions: []string{"interval", "null"}},

		// Argument 1: the timestamp.
		{name: "timestamp without offset", args: []attr.Value{hclOffice, ts("2026-07-06T09:30:00")}, errArg: 1, errMentions: []string{"2026-07-06T09:30:00", "RFC 3339"}},
		{name: "timestamp with a space", args: []attr.Value{hclOffice, ts("2026-07-06 09:30:00Z")}, errArg: 1, errMentions: []string{"RFC 3339"}},
		{name: "timestamp a date only", args: []attr.Value{hclOffice, ts("2026-07-06")}, errArg: 1, errMentions: []string{"RFC 3339"}},
		{name: "timestamp empty", args: []attr.Value{hclOffice, ts("")}, errArg: 1, errMentions: []string{"RFC 3339"}},
		{name: "timestamp out of range hour", args: []attr.Value{hclOffice, ts("2026-07-06T24:30:00Z")}, errArg: 1, errMentions: []string{"RFC 3339"}},
		{name: "null timestamp is refused by the framework", args: []attr.Value{hclOffice, types.StringNull()}, errArg: anyArg, errMentions: []string{""}},
	} {
		t.Run(tc.name, func(t *testing.T) { runFunc(t, NewIntervalContains(), types.BoolUnknown(), tc) })
	}
}

func TestDefinitions(t *testing.T) {
	ctx := t.Context()
	want := map[string]struct {
		params     []string
		dynamic    []bool
		returnType attr.Type
	}{
		"normalize_number":  {params: []string{"number", "country_code"}, dynamic: []bool{false, false}, returnType: types.StringType},
		"dial_rewrite":      {params: []string{"rules", "number"}, dynamic: []bool{true, false}, returnType: types.StringType},
		"interval_contains": {params: []string{"interval", "timestamp"}, dynamic: []bool{true, false}, returnType: types.BoolType},
	}
	var names []string
	for _, newFunc := range All() {
		f := newFunc()
		var meta function.MetadataResponse
		f.Metadata(ctx, function.MetadataRequest{}, &meta)
		names = append(names, meta.Name)
		w, ok := want[meta.Name]
		if !ok {
			t.Errorf("unexpected function %q", meta.Name)
			continue
		}
		var def function.DefinitionResponse
		f.Definition(ctx, function.DefinitionRequest{}, &def)
		if def.Diagnostics.HasError() {
			t.Errorf("%s: Definition: %v", meta.Name, def.Diagnostics)
		}
		var valid function.DefinitionValidateResponse
		def.Definition.ValidateImplementation(ctx, function.DefinitionValidateRequest{FuncName: meta.Name}, &valid)
		if valid.Diagnostics.HasError() {
			t.Errorf("%s: invalid definition: %v", meta.Name, valid.Diagnostics)
		}
		if def.Definition.Summary == "" || def.Definition.MarkdownDescription == "" {
			t.Errorf("%s: summary or description missing", meta.Name)
		}
		if def.Definition.VariadicParameter != nil {
			t.Errorf("%s: unexpected variadic parameter", meta.Name)
		}
		if len(def.Definition.Parameters) != len(w.params) {
			t.Errorf("%s: %d parameters, want %d", meta.Name, len(def.Definition.Parameters), len(w.params))
			continue
		}
		for i, p := range def.Definition.Parameters {
			if p.GetName() != w.params[i] {
				t.Errorf("%s: parameter %d is %q, want %q", meta.Name, i, p.GetName(), w.params[i])
			}
			if p.GetMarkdownDescription() == "" {
				t.Errorf("%s: parameter %q has no description", meta.Name, p.GetName())
			}
			_, isDynamic := p.(function.DynamicParameter)
			_, isString := p.(function.StringParameter)
			if isDynamic != w.dynamic[i] || (!w.dynamic[i] && !isString) {
				t.Errorf("%s: parameter %q is %T", meta.Name, p.GetName(), p)
			}
			if p.GetAllowNullValue() || p.GetAllowUnknownValues() {
				t.Errorf("%s: parameter %q allows null or unknown values, which Run does not handle", meta.Name, p.GetName())
			}
		}
		if def.Definition.Return == nil || !def.Definition.Return.GetType().Equal(w.returnType) {
			t.Errorf("%s: return type %v, want %v", meta.Name, def.Definition.Return, w.returnType)
		}
	}
	slices.Sort(names)
	if !slices.Equal(names, []string{"dial_rewrite", "interval_contains", "normalize_number"}) {
		t.Errorf("All() functions are %v", names)
	}
}
