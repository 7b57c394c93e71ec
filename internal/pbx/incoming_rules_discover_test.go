package pbx_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// The incoming rules through the protocol: their identity is {client_id,
// extension_id}; the list walks the client's extensions (one listing) and
// reads the rules of each (one request per extension: the API has no
// listing of a client's rules), yielding the extensions that have rules.

const incomingRulesType = "telecom_pbx_incoming_rules"

// incomingRulesKind is the resource as the identity checks of
// discover_test.go see it.
var incomingRulesKind = pbxType{typeName: incomingRulesType, idAttr: "extension_id"}

var (
	cascadeStepType = tftypes.Object{AttributeTypes: map[string]tftypes.Type{"delay": tftypes.Number, "number": tftypes.String}}
	incomingRuleObj = tftypes.Object{AttributeTypes: map[string]tftypes.Type{
		"type": tftypes.String, "name": tftypes.String, "call_status": tftypes.String,
		"caller_id_action": tftypes.String, "caller_id": tftypes.String,
		"transfer_dst": tftypes.List{ElementType: tftypes.String}, "cascade_numbers": tftypes.List{ElementType: cascadeStepType},
		"playfile_sound": tftypes.Number, "interval_id": tftypes.Number, "allow_public_transfer": tftypes.Bool,
	}}
)

// incomingRulesValue is a rules list; fields left out are null, lists are
// tftypes values (stringList).
func incomingRulesValue(rules ...map[string]any) tftypes.Value {
	var elems []tftypes.Value
	for _, r := range rules {
		scalars := map[string]any{}
		for name, v := range r {
			if _, ok := v.(tftypes.Value); !ok {
				scalars[name] = v
			}
		}
		var attrs map[string]tftypes.Value
		if err := objectOf(incomingRuleObj, scalars).As(&attrs); err != nil {
			panic(err)
		}
		for name, v := range r {
			if list, ok := v.(tftypes.Value); ok {
				attrs[name] = list
			}
		}
		elems = append(elems, tftypes.NewValue(incomingRuleObj, attrs))
	}
	return tftypes.NewValue(tftypes.List{ElementType: incomingRuleObj}, elems)
}

func stringList(elems ...string) tftypes.Value {
	var vs []tftypes.Value
	for _, e := range elems {
		vs = append(vs, tftypes.NewValue(tftypes.String, e))
	}
	return tftypes.NewValue(tftypes.List{ElementType: tftypes.String}, vs)
}

// ruleTypesOf is the types of a rules value, joined with ",".
func ruleTypesOf(t *testing.T, rules tftypes.Value) string {
	t.Helper()
	var elems []tftypes.Value
	if err := rules.As(&elems); err != nil {
		t.Fatal(err)
	}
	var out []string
	for i := range elems {
		out = append(out, acctest.String(t, element(t, rules, i)["type"]))
	}
	return strings.Join(out, ",")
}

// putCallHandling stores the office of putOffice with rules on 100 (busy
// when it is busy, then a transfer to a mobile) and on the queue 102
// (hang up on anonymous callers), none on 101.
func putCallHandling(t *testing.T, env *acctest.PBXEnv) map[string]int64 {
	t.Helper()
	_, ids := putOffice(env)
	for _, r := range []sandbox.IncomingRule{
		{ExtensionID: ids["100"], Type: "busy", CallStatus: "busy"},
		{ExtensionID: ids["100"], Type: "transfer", CallStatus: "no_answer", TransferDst: []string{"+79161234567"}, Name: ptr("mobile")},
		{ExtensionID: ids["102"], Type: "hangup", CallerIDAction: "anonymous"},
	} {
		env.Sandbox.PutIncomingRule(withRuleDefaults(r.ExtensionID, r))
	}
	return ids
}

// The list yields the extensions that have rules, each with its numeric
// identity, a display name with the extension's number and how many rules
// it has, and (with include_resource) the rules as an import by identity
// reads them; one listing of the extensions and one read of rules per
// extension, none per rule. extension_id lists one extension.
func TestProtocolPBXIncomingRules_list(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	ids := putCallHandling(t, env)
	p := acctest.NewProtocol(t, env)
	env.Sandbox.Kit.ResetRequests()

	results := p.List(incomingRulesType, nil, true, 0)
	want := []string{
		fmt.Sprintf("100: 2 incoming-call rules (extension %d)", ids["100"]),
		fmt.Sprintf("102: 1 incoming-call rule (extension %d)", ids["102"]),
	}
	var names []string
	for _, r := range results {
		names = append(names, r.DisplayName)
	}
	if strings.Join(names, " | ") != strings.Join(want, " | ") {
		t.Fatalf("listed %q, want %q", names, want)
	}
	if n := countRequests(env, http.MethodGet, extensionsPathRe); n != 1 {
		t.Errorf("%d extension listings, want 1", n)
	}
	if n := countRequests(env, http.MethodGet, incomingRulesPathRe); n != 3 {
		t.Errorf("%d rule listings, want 3 (one per extension)", n)
	}
	if n := countRequests(env, http.MethodGet, incomingRulePathRe); n != 0 {
		t.Errorf("%d rules read one by one, want none", n)
	}
	for i, r := range results {
		if errs := acctest.Errors(r.Diagnostics); len(errs) > 0 {
			t.Fatalf("%s: %v", r.DisplayName, errs)
		}
		eid := ids[[]string{"100", "102"}[i]]
		checkIdentity(t, incomingRulesKind, r.Identity, eid)
		if len(r.Identity) != 2 {
			t.Errorf("identity %v, want client_id and extension_id", r.Identity)
		}
		if acctest.String(t, r.Resource["id"]) != demoClient+"/"+itoa(eid) || acctest.String(t, r.Resource["client_id"]) != demoClient ||
			acctest.Int(t, r.Resource["extension_id"]) != eid {
			t.Errorf("%s: id %v, client_id %v, extension_id %v", r.DisplayName, r.Resource["id"], r.Resource["client_id"], r.Resource["extension_id"])
		}
		p.CheckListedAsImported(incomingRulesType, r)
	}
	first := element(t, results[0].Resource["rules"], 1)
	if acctest.String(t, first["name"]) != "mobile" || acctest.String(t, first["call_status"]) != "no_answer" ||
		!first["transfer_dst"].Equal(stringList("+79161234567")) || !first["cascade_numbers"].IsNull() || !first["caller_id"].IsNull() {
		t.Errorf("the second rule of 100 listed as %v", first)
	}
	if got := ruleTypesOf(t, results[1].Resource["rules"]); got != "hangup" {
		t.Errorf("102's rules listed as %s", got)
	}

	// One extension: its listing is filtered, and only its rules are read.
	env.Sandbox.Kit.ResetRequests()
	one := p.List(incomingRulesType, acctest.Values{"extension_id": ids["102"]}, false, 0)
	if len(one) != 1 || one[0].Resource != nil || acctest.Int(t, one[0].Identity["extension_id"]) != ids["102"] {
		t.Errorf("extension_id %d listed %v", ids["102"], one)
	}
	if q := listingQueries(env); len(q) != 1 || q[0] != "id="+itoa(ids["102"]) {
		t.Errorf("extension listings %q, want one with id=%d", q, ids["102"])
	}
	if n := countRequests(env, http.MethodGet, incomingRulesPathRe); n != 1 {
		t.Errorf("%d rule listings for one extension, want 1", n)
	}
	if none := p.List(incomingRulesType, acctest.Values{"extension_id": ids["101"], "client_id": demoClient}, true, 0); len(none) != 0 {
		t.Errorf("extension 101 has no rules but listed %v", none)
	}

	// limit stops the walk: the third extension's rules are not read.
	env.Sandbox.Kit.ResetRequests()
	if limited := p.List(incomingRulesType, nil, false, 1); len(limited) != 1 {
		t.Errorf("limit 1 gave %v", limited)
	}
	if n := countRequests(env, http.MethodGet, incomingRulesPathRe); n != 1 {
		t.Errorf("limit 1 read the rules of %d extensions, want 1", n)
	}
}

// Import by identity and by ID string, then read every rule; a bad
// identity or ID is an invalid import ID naming the expected form.
func TestProtocolPBXIncomingRules_importByIdentityThenRead(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	ids := putCallHandling(t, env)
	eid := ids["100"]
	p := acctest.NewProtocol(t, env)

	state, identity, diags := p.ImportByIdentity(incomingRulesType, acctest.Values{"client_id": demoClient, "extension_id": eid})
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if acctest.String(t, state["id"]) != demoClient+"/"+itoa(eid) || acctest.Int(t, state["extension_id"]) != eid {
		t.Errorf("imported state %v", state)
	}
	state, identity, diags = p.Read(incomingRulesType, state, identity)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	checkIdentity(t, incomingRulesKind, identity, eid)
	if got := ruleTypesOf(t, state["rules"]); got != "busy,transfer" {
		t.Errorf("read after import: rules %s", got)
	}
	stored := env.Sandbox.IncomingRules(eid)
	var ruleIDs []tftypes.Value
	if err := state["rule_ids"].As(&ruleIDs); err != nil || len(ruleIDs) != 2 ||
		acctest.Int(t, ruleIDs[0]) != stored[0].ID || acctest.Int(t, ruleIDs[1]) != stored[1].ID {
		t.Errorf("rule_ids %v, want the ids of %v", state["rule_ids"], stored)
	}
	busy := element(t, state["rules"], 0)
	if acctest.String(t, busy["call_status"]) != "busy" || acctest.String(t, busy["caller_id_action"]) != "any" || !busy["name"].IsNull() {
		t.Errorf("the busy rule read as %v", busy)
	}

	state, identity = p.ImportByIDAndRead(incomingRulesType, "@me/"+itoa(eid))
	if acctest.String(t, state["client_id"]) != "@me" || acctest.String(t, state["id"]) != "@me/"+itoa(eid) {
		t.Errorf("imported by ID @me/%d: %v", eid, state)
	}
	checkIdentity(t, incomingRulesKind, identity, eid)

	_, _, diags = p.ImportByIdentity(incomingRulesType, acctest.Values{"client_id": "me", "extension_id": eid})
	if errs := acctest.Errors(diags); len(errs) != 1 || !strings.Contains(errs[0], "Invalid import ID for "+incomingRulesType) {
		t.Errorf("a bad identity gave %v", errs)
	}
	_, _, diags = p.ImportByID(incomingRulesType, "@me/100/7001")
	if errs := acctest.Errors(diags); len(errs) != 1 || !strings.Contains(errs[0], "<client_id>/<extension_id>") {
		t.Errorf("a bad ID gave %v", errs)
	}
}

// Identity on create and update; state from before identities gets one on
// its next read, also when the extension is gone by then (the rules leave
// the state).
func TestProtocolPBXIncomingRules_identity(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	eid := env.Sandbox.PutExtension(sandbox.Extension{Name: "170", Type: "phone", Status: "active", DIDAsTransferCallerID: "None"}).ID
	p := acctest.NewProtocol(t, env)
	config := acctest.Values{"extension_id": eid, "rules": incomingRulesValue(map[string]any{"type": "busy"})}
	state, identity, diags := p.Apply(incomingRulesType, nil, nil, config)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	checkIdentity(t, incomingRulesKind, identity, eid)
	if acctest.String(t, state["id"]) != "@me/"+itoa(eid) || ruleTypesOf(t, state["rules"]) != "busy" {
		t.Errorf("created %v", state)
	}
	config["rules"] = incomingRulesValue(map[string]any{"type": "busy"},
		map[string]any{"type": "transfer", "transfer_dst": stringList("101"), "call_status": "no_answer"})
	state, identity, diags = p.Apply(incomingRulesType, state, identity, config)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	checkIdentity(t, incomingRulesKind, identity, eid)
	if got := ruleTypesOf(t, state["rules"]); got != "busy,transfer" || len(env.Sandbox.IncomingRules(eid)) != 2 {
		t.Errorf("updated: rules %s, at the PBX %v", got, env.Sandbox.IncomingRules(eid))
	}

	old := p.State(incomingRulesType, acctest.Values{"id": "@me/" + itoa(eid), "client_id": "@me", "extension_id": eid})
	if _, identity, diags = p.Read(incomingRulesType, old, nil); len(acctest.Errors(diags)) > 0 {
		t.Fatal(acctest.Errors(diags))
	}
	checkIdentity(t, incomingRulesKind, identity, eid)
	env.Sandbox.DeleteExtension(eid)
	env.Sandbox.Kit.ResetRequests()
	state, identity, diags = acctest.NewProtocol(t, env).Read(incomingRulesType, old, nil)
	if errs := acctest.Errors(diags); len(errs) > 0 || state != nil {
		t.Fatalf("reading the rules of a vanished extension: %v, state %v", errs, state)
	}
	checkIdentity(t, incomingRulesKind, identity, eid)
	if n := countRequests(env, http.MethodGet, clientInfoPathRe); n != 1 {
		t.Errorf("%d client_info requests, want 1: with the extension gone, only the API can say who @me is", n)
	}
}
