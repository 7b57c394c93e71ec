package pbx_test

import (
	"fmt"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tftypes"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/querycheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// Identity and list resources through the protocol: Terraform 1.11 on CI
// cannot drive them (identity needs 1.12, list resources 1.14). Every PBX
// object type runs the same tests (pbxTypes).

// clientInfoPathRe is the endpoint that resolves @me to the numeric id.
const clientInfoPathRe = `/client/client_info/[^/]+/?$`

// demoClient is the sandbox client's numeric id: what identities and list
// results hold whatever the provider default (@me) is.
var demoClient = strconv.Itoa(sandbox.DemoClientID)

// pbxType is one PBX resource type as the shared tests see it.
type pbxType struct {
	typeName string // telecom_pbx_interval
	idAttr   string // interval_id
	kind     string // interval, as display names say it
	listRe   string // its listing endpoint, to count pages
	// put stores an object in the sandbox, bypassing the API.
	put func(env *acctest.PBXEnv, name string) int64
	// remove deletes it behind Terraform's back.
	remove func(env *acctest.PBXEnv, id int64)
	// config is a resource configuration named name (client_id left to the
	// provider default).
	config func(name string) acctest.Values
	// checkContent checks what put stored as a read (list result, import)
	// shows it: the spelling an import gives.
	checkContent func(t *testing.T, state map[string]tftypes.Value)

	// For the acceptance tests (discover_acc_test.go):
	// hcl is a resource block "test" named name; clientID "" leaves
	// client_id to the provider default.
	hcl func(name, clientID string) string
	// hclContent is what a query result of hcl's object holds.
	hclContent []querycheck.KnownValueCheck
	// checkGone asserts through the API that the state's objects are gone.
	checkGone func(env *acctest.PBXEnv) resource.TestCheckFunc
}

var pbxTypes = []pbxType{
	{
		typeName: "telecom_pbx_interval", idAttr: "interval_id", kind: "interval", listRe: intervalsPathRe,
		put: func(env *acctest.PBXEnv, name string) int64 {
			return env.Sandbox.PutInterval(sandbox.Interval{Name: name, Timezone: "Europe/Prague", Conditions: []sandbox.Condition{
				{StartDow: 2, EndDow: 6, StartTime: "09:00:00", EndTime: "17:30:15", Type: sandbox.ConditionPeriodic},
			}}).ID
		},
		remove: func(env *acctest.PBXEnv, id int64) { env.Sandbox.DeleteInterval(id) },
		config: func(name string) acctest.Values {
			return acctest.Values{"name": name, "timezone": "Europe/Prague", "conditions": conditionsValue(
				map[string]any{"start_dow": 2, "end_dow": 6, "start_time": "09:00", "end_time": "18:00"},
			)}
		},
		checkContent: func(t *testing.T, state map[string]tftypes.Value) {
			t.Helper()
			if got := acctest.String(t, state["timezone"]); got != "Europe/Prague" {
				t.Errorf("timezone = %q", got)
			}
			cond := element(t, state["conditions"], 0)
			// HH:MM when the seconds are zero, as the examples write times.
			if start, end := acctest.String(t, cond["start_time"]), acctest.String(t, cond["end_time"]); start != "09:00" || end != "17:30:15" {
				t.Errorf("times %q-%q, want 09:00-17:30:15", start, end)
			}
			if !cond["month"].IsNull() || acctest.Int(t, cond["start_dow"]) != 2 {
				t.Errorf("condition %v", cond)
			}
		},
		hcl: func(name, clientID string) string { return intervalConfigWith("", name, clientID, officeHoursHHMM) },
		hclContent: []querycheck.KnownValueCheck{
			{Path: tfjsonpath.New("timezone"), KnownValue: knownvalue.StringExact("Europe/Prague")},
			{Path: tfjsonpath.New("conditions").AtSliceIndex(0).AtMapKey("start_time"), KnownValue: knownvalue.StringExact("09:00")},
			{Path: tfjsonpath.New("conditions").AtSliceIndex(0).AtMapKey("month"), KnownValue: knownvalue.Null()},
		},
		checkGone: checkIntervalsGone,
	},
	{
		typeName: "telecom_pbx_dial_rule", idAttr: "dial_rule_id", kind: "dial rule list", listRe: dialRulesPathRe,
		put: func(env *acctest.PBXEnv, name string) int64 {
			return env.Sandbox.PutDialRule(sandbox.DialRuleList{Name: name, DialRules: []sandbox.DialRule{
				{MatchExp: `^8(\d{10})$`, ReplExp: `7\1`},
			}}).ID
		},
		remove: func(env *acctest.PBXEnv, id int64) { env.Sandbox.DeleteDialRule(id) },
		config: func(name string) acctest.Values {
			return acctest.Values{"name": name, "rules": rulesValue(`^(\d{3})$`, `\1`)}
		},
		checkContent: func(t *testing.T, state map[string]tftypes.Value) {
			t.Helper()
			rule := element(t, state["rules"], 0)
			if acctest.String(t, rule["match_exp"]) != `^8(\d{10})$` || acctest.String(t, rule["repl_exp"]) != `7\1` || !rule["comment"].IsNull() {
				t.Errorf("rule %v", rule)
			}
		},
		hcl: func(name, clientID string) string {
			clientLine := ""
			if clientID != "" {
				clientLine = fmt.Sprintf("  client_id = %q\n", clientID)
			}
			return fmt.Sprintf("\nresource \"telecom_pbx_dial_rule\" \"test\" {\n%s  name  = %q\n  rules = %s\n}\n", clientLine, name, rulesLongFirst)
		},
		hclContent: []querycheck.KnownValueCheck{
			{Path: tfjsonpath.New("rules").AtSliceIndex(0).AtMapKey("repl_exp"), KnownValue: knownvalue.StringExact(`7\1`)},
			{Path: tfjsonpath.New("rules").AtSliceIndex(0).AtMapKey("comment"), KnownValue: knownvalue.StringExact("long distance")},
			{Path: tfjsonpath.New("rules").AtSliceIndex(1).AtMapKey("comment"), KnownValue: knownvalue.Null()},
		},
		checkGone: checkDialRulesGone,
	},
}

func TestProtocolPBX_listsWithIdentity(t *testing.T) {
	eachPBXType(t, func(t *testing.T, typ pbxType, env *acctest.PBXEnv) {
		office := typ.put(env, "tf-acc-office hours")
		night := typ.put(env, "tf-acc-night")
		p := acctest.NewProtocol(t, env)
		env.Sandbox.Kit.ResetRequests()

		// The provider default is @me; results name the client by number.
		results := p.List(typ.typeName, nil, true, 0)
		if len(results) != 2 {
			t.Fatalf("%d results, want 2: %v", len(results), results)
		}
		byID := map[int64]acctest.ListResult{}
		for _, r := range results {
			if errs := acctest.Errors(r.Diagnostics); len(errs) > 0 {
				t.Fatalf("result %q: %v", r.DisplayName, errs)
			}
			if got := acctest.String(t, r.Identity["client_id"]); got != demoClient {
				t.Errorf("identity client_id = %q, want the numeric %s, never @me", got, demoClient)
			}
			byID[acctest.Int(t, r.Identity[typ.idAttr])] = r
		}
		r, ok := byID[office]
		if !ok {
			t.Fatalf("%s %d not listed: %v", typ.kind, office, byID)
		}
		if want := fmt.Sprintf("tf-acc-office hours (%s %d)", typ.kind, office); r.DisplayName != want {
			t.Errorf("display name %q, want %q", r.DisplayName, want)
		}
		if want := fmt.Sprintf("tf-acc-night (%s %d)", typ.kind, night); byID[night].DisplayName != want {
			t.Errorf("display name %q, want %q", byID[night].DisplayName, want)
		}
		if r.Resource == nil {
			t.Fatal("include_resource gave no resource object")
		}
		for attr, want := range map[string]string{
			"id": demoClient + "/" + itoa(office), "client_id": demoClient, "name": "tf-acc-office hours",
		} {
			if got := acctest.String(t, r.Resource[attr]); got != want {
				t.Errorf("resource %s = %q, want %q", attr, got, want)
			}
		}
		if got := acctest.Int(t, r.Resource[typ.idAttr]); got != office {
			t.Errorf("resource %s = %d, want %d", typ.idAttr, got, office)
		}
		typ.checkContent(t, r.Resource)
		if n := countRequests(env, http.MethodGet, typ.listRe); n != 1 {
			t.Errorf("%d listing requests, want 1 (one page, never one request per object)", n)
		}
		if n := countRequests(env, http.MethodGet, clientInfoPathRe); n != 0 {
			t.Errorf("%d client_info requests, want none: every object names its client's numeric id", n)
		}

		// terraform query -generate-config-out writes the result's object;
		// plan -generate-config-out the state of an import by identity.
		// Both must be the same configuration.
		p.CheckListedAsImported(typ.typeName, r)

		// @me again, without the objects.
		env.Sandbox.Kit.ResetRequests()
		again := p.List(typ.typeName, acctest.Values{"client_id": "@me"}, false, 0)
		if len(again) != 2 || again[0].Resource != nil {
			t.Errorf("client_id @me without include_resource: %v", again)
		}
		if n := countRequests(env, http.MethodGet, clientInfoPathRe); n != 0 {
			t.Errorf("%d client_info requests, want none", n)
		}

		// A numeric client id needs no resolution, even in a new process.
		env.Sandbox.Kit.ResetRequests()
		numeric := acctest.NewProtocol(t, env).List(typ.typeName, acctest.Values{"client_id": demoClient}, false, 0)
		if len(numeric) != 2 || acctest.String(t, numeric[0].Identity["client_id"]) != demoClient {
			t.Errorf("client_id %s: %v", demoClient, numeric)
		}
		if n := countRequests(env, http.MethodGet, clientInfoPathRe); n != 0 {
			t.Errorf("%d client_info requests for a numeric client id, want none", n)
		}
	})
}

// A query reads whole pages and stops at its limit: the PBX counts every
// request against an hourly quota.
func TestProtocolPBX_listPagesAndLimit(t *testing.T) {
	eachPBXType(t, func(t *testing.T, typ pbxType, env *acctest.PBXEnv) {
		for i := range 100 {
			typ.put(env, fmt.Sprintf("tf-acc-%03d", i))
		}
		env.Sandbox.Kit.ResetRequests()

		// One query over a client with 100 objects, in a new process.
		results := acctest.NewProtocol(t, env).List(typ.typeName, nil, false, 0)
		if len(results) != 100 {
			t.Errorf("%d results, want 100", len(results))
		}
		// A full page (100) cannot tell that it is the last: the second
		// page is empty.
		if n := countRequests(env, http.MethodGet, typ.listRe); n != 2 {
			t.Errorf("%d listing requests, want 2 (a page of 100, then an empty one)", n)
		}
		if n := countRequests(env, http.MethodGet, clientInfoPathRe); n != 0 {
			t.Errorf("%d client_info requests, want none", n)
		}
		if n := countRequests(env, http.MethodPost, `/oauth/token$`); n != 1 {
			t.Errorf("%d token requests, want 1", n)
		}
		if n := env.Sandbox.Kit.RequestCount(); n != 3 {
			t.Errorf("%d requests in all, want 3 (token, two pages)", n)
		}

		for i := range 50 {
			typ.put(env, fmt.Sprintf("tf-acc-%03d", 100+i))
		}
		p := acctest.NewProtocol(t, env)
		env.Sandbox.Kit.ResetRequests()
		if results := p.List(typ.typeName, nil, false, 0); len(results) != 150 {
			t.Errorf("%d results, want 150", len(results))
		}
		if n := countRequests(env, http.MethodGet, typ.listRe); n != 2 {
			t.Errorf("150 objects took %d listing requests, want 2 (one per page)", n)
		}

		env.Sandbox.Kit.ResetRequests()
		limited := p.List(typ.typeName, nil, true, 10)
		if len(limited) != 10 {
			t.Errorf("limit 10 gave %d results", len(limited))
		}
		if n := countRequests(env, http.MethodGet, typ.listRe); n != 1 {
			t.Errorf("limit 10 took %d listing requests, want 1: no page after the limit", n)
		}
	})
}

func TestProtocolPBX_importByIdentityThenRead(t *testing.T) {
	eachPBXType(t, func(t *testing.T, typ pbxType, env *acctest.PBXEnv) {
		id := typ.put(env, "tf-acc-import")
		p := acctest.NewProtocol(t, env)

		state, identity, diags := p.ImportByIdentity(typ.typeName, acctest.Values{"client_id": demoClient, typ.idAttr: id})
		if errs := acctest.Errors(diags); len(errs) > 0 {
			t.Fatal(errs)
		}
		if acctest.Int(t, state[typ.idAttr]) != id || acctest.String(t, state["client_id"]) != demoClient ||
			acctest.String(t, state["id"]) != demoClient+"/"+itoa(id) {
			t.Errorf("imported state %v", state)
		}
		state, identity, diags = p.Read(typ.typeName, state, identity)
		if errs := acctest.Errors(diags); len(errs) > 0 {
			t.Fatal(errs)
		}
		if acctest.String(t, state["name"]) != "tf-acc-import" {
			t.Errorf("read after import: %v", state)
		}
		typ.checkContent(t, state)
		checkIdentity(t, typ, identity, id)

		// The ID string with @me: state keeps @me, the identity is numeric.
		state, identity, diags = p.ImportByID(typ.typeName, "@me/"+itoa(id))
		if errs := acctest.Errors(diags); len(errs) > 0 {
			t.Fatal(errs)
		}
		state, identity, diags = p.Read(typ.typeName, state, identity)
		if errs := acctest.Errors(diags); len(errs) > 0 {
			t.Fatal(errs)
		}
		if acctest.String(t, state["client_id"]) != "@me" || acctest.String(t, state["id"]) != "@me/"+itoa(id) {
			t.Errorf("imported by ID @me/%d: %v", id, state)
		}
		checkIdentity(t, typ, identity, id)

		_, _, diags = p.ImportByIdentity(typ.typeName, acctest.Values{"client_id": "me", typ.idAttr: id})
		if errs := acctest.Errors(diags); len(errs) != 1 || !strings.Contains(errs[0], "Invalid import ID for "+typ.typeName) {
			t.Errorf("a bad identity gave %v", errs)
		}
	})
}

// Identity is set on create and kept on update; the provider default @me
// stays in state, the identity holds the number.
func TestProtocolPBX_identityOnCreateAndUpdate(t *testing.T) {
	eachPBXType(t, func(t *testing.T, typ pbxType, env *acctest.PBXEnv) {
		p := acctest.NewProtocol(t, env)
		state, identity, diags := p.Apply(typ.typeName, nil, nil, typ.config("tf-acc-identity"))
		if errs := acctest.Errors(diags); len(errs) > 0 {
			t.Fatal(errs)
		}
		id := acctest.Int(t, state[typ.idAttr])
		if id == 0 || acctest.String(t, state["client_id"]) != "@me" {
			t.Fatalf("created state %v", state)
		}
		checkIdentity(t, typ, identity, id)

		state, identity, diags = p.Apply(typ.typeName, state, identity, typ.config("tf-acc-identity 2"))
		if errs := acctest.Errors(diags); len(errs) > 0 {
			t.Fatal(errs)
		}
		if acctest.String(t, state["name"]) != "tf-acc-identity 2" || acctest.Int(t, state[typ.idAttr]) != id {
			t.Errorf("updated state %v", state)
		}
		checkIdentity(t, typ, identity, id)
		if n := countRequests(env, http.MethodGet, clientInfoPathRe); n != 0 {
			t.Errorf("%d client_info requests, want none: the create's and update's answers name the client", n)
		}
	})
}

// State written by the release before identities has client_id @me and no
// identity: the next read fills the identity in with the numeric client id,
// also when the object is gone by then.
func TestProtocolPBX_stateWithoutIdentity(t *testing.T) {
	eachPBXType(t, func(t *testing.T, typ pbxType, env *acctest.PBXEnv) {
		id := typ.put(env, "tf-acc-old")
		p := acctest.NewProtocol(t, env)
		old := p.State(typ.typeName, acctest.Values{
			"id": "@me/" + itoa(id), "client_id": "@me", typ.idAttr: id, "name": "tf-acc-old",
		})
		state, identity, diags := p.Read(typ.typeName, old, nil)
		if errs := acctest.Errors(diags); len(errs) > 0 {
			t.Fatal(errs)
		}
		if state == nil || acctest.String(t, state["client_id"]) != "@me" {
			t.Errorf("state %v, want the object kept with client_id @me", state)
		}
		checkIdentity(t, typ, identity, id)

		typ.remove(env, id)
		// A new provider process, as the next terraform command starts:
		// the first one reuses its listing for a few seconds.
		env.Sandbox.Kit.ResetRequests()
		state, identity, diags = acctest.NewProtocol(t, env).Read(typ.typeName, old, nil)
		if errs := acctest.Errors(diags); len(errs) > 0 {
			t.Fatalf("reading a vanished %s from pre-identity state: %v", typ.kind, errs)
		}
		if state != nil {
			t.Errorf("state %v, want the vanished %s removed", state, typ.kind)
		}
		checkIdentity(t, typ, identity, id)
		if n := countRequests(env, http.MethodGet, clientInfoPathRe); n != 1 {
			t.Errorf("%d client_info requests, want 1: with the object gone, only the API can say who @me is", n)
		}
	})
}

// eachPBXType runs test for every PBX type, each against its own sandbox.
func eachPBXType(t *testing.T, test func(t *testing.T, typ pbxType, env *acctest.PBXEnv)) {
	t.Helper()
	for _, typ := range pbxTypes {
		t.Run(typ.typeName, func(t *testing.T) {
			env := acctest.PBX(t)
			env.RequireSandbox(t)
			test(t, typ, env)
		})
	}
}

func checkIdentity(t *testing.T, typ pbxType, identity map[string]tftypes.Value, id int64) {
	t.Helper()
	acctest.CheckIdentity(t, identity, acctest.Values{"client_id": demoClient, typ.idAttr: id})
}

// element is the i-th object of a list of objects.
func element(t *testing.T, list tftypes.Value, i int) map[string]tftypes.Value {
	t.Helper()
	var elems []tftypes.Value
	if err := list.As(&elems); err != nil {
		t.Fatal(err)
	}
	if i >= len(elems) {
		t.Fatalf("no element %d in %v", i, list)
	}
	var out map[string]tftypes.Value
	if err := elems[i].As(&out); err != nil {
		t.Fatal(err)
	}
	return out
}

var (
	conditionType = tftypes.Object{AttributeTypes: map[string]tftypes.Type{
		"start_datetime": tftypes.String, "end_datetime": tftypes.String,
		"start_dow": tftypes.Number, "end_dow": tftypes.Number,
		"start_mday": tftypes.Number, "end_mday": tftypes.Number, "month": tftypes.Number,
		"start_time": tftypes.String, "end_time": tftypes.String,
		"sched_start_date": tftypes.String, "sched_active_days": tftypes.Number, "sched_skip_days": tftypes.Number,
	}}
	ruleType = tftypes.Object{AttributeTypes: map[string]tftypes.Type{
		"match_exp": tftypes.String, "repl_exp": tftypes.String, "comment": tftypes.String,
	}}
)

// conditionsValue is a conditions list; fields left out are null.
func conditionsValue(conditions ...map[string]any) tftypes.Value {
	var elems []tftypes.Value
	for _, c := range conditions {
		elems = append(elems, objectOf(conditionType, c))
	}
	return tftypes.NewValue(tftypes.List{ElementType: conditionType}, elems)
}

// rulesValue is a rules list of one rule without a comment.
func rulesValue(matchExp, replExp string) tftypes.Value {
	rule := objectOf(ruleType, map[string]any{"match_exp": matchExp, "repl_exp": replExp})
	return tftypes.NewValue(tftypes.List{ElementType: ruleType}, []tftypes.Value{rule})
}

// objectOf is an object of typ; ints become numbers, what is left out null.
func objectOf(typ tftypes.Object, values map[string]any) tftypes.Value {
	attrs := map[string]tftypes.Value{}
	for name, attrType := range typ.AttributeTypes {
		var v any
		switch x := values[name].(type) {
		case int:
			v = new(big.Float).SetInt64(int64(x))
		default:
			v = x
		}
		attrs[name] = tftypes.NewValue(attrType, v)
	}
	return tftypes.NewValue(typ, attrs)
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
