package pbx_test

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tftypes"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/querycheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// The extension group and the network permission run every shared identity
// and list test of discover_test.go. The extension's name is its number and
// its display name says its type, so it has tests of its own below.
func init() {
	pbxTypes = append(pbxTypes, extensionGroupType, networkPermissionType)
}

var extensionGroupType = pbxType{
	typeName: "telecom_pbx_extension_group", idAttr: "extension_group_id", kind: "extension group", listRe: extensionGroupsPathRe,
	put: func(env *acctest.PBXEnv, name string) int64 {
		return env.Sandbox.PutExtensionGroup(sandbox.ExtensionGroup{Name: name, ExtraParams: "null"}).ID
	},
	remove:       func(env *acctest.PBXEnv, id int64) { env.Sandbox.DeleteExtensionGroup(id) },
	config:       func(name string) acctest.Values { return acctest.Values{"name": name} },
	checkContent: func(*testing.T, map[string]tftypes.Value) {}, // a group is its name
	hcl: func(name, clientID string) string {
		return "\nresource \"telecom_pbx_extension_group\" \"test\" {\n" + clientIDLine(clientID) + fmt.Sprintf("  name = %q\n}\n", name)
	},
	checkGone: checkExtensionGroupsGone,
}

// Its networks as the emulator stores them, and as the acceptance tests'
// configuration writes them.
var (
	storedNetworks = []string{"198.51.100.7/32", "192.0.2.0/24"}
	hclNetworks    = `["192.0.2.0/24", "203.0.113.0/28"]`
)

var networkPermissionType = pbxType{
	typeName: "telecom_pbx_network_permission", idAttr: "network_permission_id", kind: "network permission", listRe: networkPermissionsPathRe,
	put: func(env *acctest.PBXEnv, name string) int64 {
		return env.Sandbox.PutNetworkPermission(sandbox.NetworkPermission{Name: name, NetworkAddress: storedNetworks}).ID
	},
	remove: func(env *acctest.PBXEnv, id int64) { env.Sandbox.DeleteNetworkPermission(id) },
	config: func(name string) acctest.Values {
		return acctest.Values{"name": name, "network_addresses": stringSet("192.0.2.0/24")}
	},
	checkContent: func(t *testing.T, state map[string]tftypes.Value) {
		t.Helper()
		var nets []tftypes.Value
		if err := state["network_addresses"].As(&nets); err != nil {
			t.Fatal(err)
		}
		if len(nets) != 2 || acctest.Int(t, state["network_count"]) != 2 {
			t.Errorf("networks %v, count %v; want the two stored", nets, state["network_count"])
		}
	},
	hcl: func(name, clientID string) string {
		return "\nresource \"telecom_pbx_network_permission\" \"test\" {\n" + clientIDLine(clientID) +
			fmt.Sprintf("  name              = %q\n  network_addresses = %s\n}\n", name, hclNetworks)
	},
	hclContent: []querycheck.KnownValueCheck{
		{Path: tfjsonpath.New("network_count"), KnownValue: knownvalue.Int64Exact(2)},
		{Path: tfjsonpath.New("network_addresses"), KnownValue: knownvalue.SetExact([]knownvalue.Check{
			knownvalue.StringExact("192.0.2.0/24"), knownvalue.StringExact("203.0.113.0/28"),
		})},
	},
	checkGone: checkNetworkPermissionsGone,
}

// extensionType is the extension for the gated acceptance tests of
// discover_acc_test.go that do not look at names: name is its label.
var extensionType = pbxType{
	typeName: "telecom_pbx_extension", idAttr: "extension_id", kind: "extension",
	hcl: func(label, clientID string) string {
		return "\nresource \"telecom_pbx_extension\" \"test\" {\n" + clientIDLine(clientID) +
			fmt.Sprintf("  name  = \"160\"\n  type  = \"queue\"\n  label = %q\n}\n", label)
	},
	checkGone: checkExtensionsGone,
}

func clientIDLine(clientID string) string {
	if clientID == "" {
		return ""
	}
	return fmt.Sprintf("  client_id = %q\n", clientID)
}

func stringSet(elems ...string) tftypes.Value {
	var vs []tftypes.Value
	for _, e := range elems {
		vs = append(vs, tftypes.NewValue(tftypes.String, e))
	}
	return tftypes.NewValue(tftypes.Set{ElementType: tftypes.String}, vs)
}

// putOffice stores three extensions, two of them in a group: "100
// Reception" (phone, active), "101" (phone, blocked), "102 Support" (queue,
// active). It returns the group and the extensions' ids by name.
func putOffice(env *acctest.PBXEnv) (int64, map[string]int64) {
	g := env.Sandbox.PutExtensionGroup(sandbox.ExtensionGroup{Name: "tf-acc-front office"}).ID
	ids := map[string]int64{}
	for _, e := range []sandbox.Extension{
		{Name: "100", Type: "phone", Status: "active", Label: "Reception", ExtensionGroupID: &g},
		{Name: "101", Type: "phone", Status: "blocked"},
		{Name: "102", Type: "queue", Status: "active", Label: "Support", ExtensionGroupID: &g, ANIRFC3325: true},
	} {
		e.DIDAsTransferCallerID = "None"
		ids[e.Name] = env.Sandbox.PutExtension(e).ID
	}
	return g, ids
}

// The list resource's filters are the PBX's: one listing request of the
// selected extensions. Results show the number, label and type, the
// numeric client, and the extension as an import by identity reads it.
func TestProtocolPBXExtension_listFilters(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	group, ids := putOffice(env)
	p := acctest.NewProtocol(t, env)
	for _, tc := range []struct {
		filters acctest.Values
		want    []string // display names
		query   string   // the filters in the listing request
	}{
		{nil, []string{"100 Reception (phone)", "101 (phone)", "102 Support (queue)"}, ""},
		{acctest.Values{"type": "phone"}, []string{"100 Reception (phone)", "101 (phone)"}, "type=phone"},
		{acctest.Values{"status": "active", "extension_group_id": group}, []string{"100 Reception (phone)", "102 Support (queue)"},
			fmt.Sprintf("extension_group_id=%d&status=active", group)},
		{acctest.Values{"client_id": demoClient, "type": "fax"}, nil, "type=fax"},
	} {
		env.Sandbox.Kit.ResetRequests()
		results := p.List("telecom_pbx_extension", tc.filters, true, 0)
		if queries := listingQueries(env); len(queries) != 1 || queries[0] != tc.query {
			t.Errorf("filters %v: listing queries %q, want one with %q", tc.filters, queries, tc.query)
		}
		var got []string
		for _, r := range results {
			if errs := acctest.Errors(r.Diagnostics); len(errs) > 0 {
				t.Fatalf("%v: %v", tc.filters, errs)
			}
			got = append(got, r.DisplayName)
			name := acctest.String(t, r.Resource["name"])
			checkIdentity(t, extensionType, r.Identity, ids[name])
			if acctest.String(t, r.Resource["client_id"]) != demoClient || acctest.String(t, r.Resource["full_name"]) != "345*"+name {
				t.Errorf("%s: client_id %v, full_name %v", r.DisplayName, r.Resource["client_id"], r.Resource["full_name"])
			}
			p.CheckListedAsImported("telecom_pbx_extension", r)
		}
		if strings.Join(got, ", ") != strings.Join(tc.want, ", ") {
			t.Errorf("filters %v listed %q, want %q", tc.filters, got, tc.want)
		}
	}

	env.Sandbox.Kit.ResetRequests()
	if limited := p.List("telecom_pbx_extension", nil, false, 1); len(limited) != 1 || limited[0].Resource != nil {
		t.Errorf("limit 1 without include_resource: %v", limited)
	}
	if n := countRequests(env, http.MethodGet, clientInfoPathRe); n != 0 {
		t.Errorf("%d client_info requests, want none: the listing names the client", n)
	}
}

// listingQueries are the filters of the recorded extension listings.
func listingQueries(env *acctest.PBXEnv) []string {
	re := regexp.MustCompile(extensionsPathRe)
	var out []string
	for _, r := range env.Sandbox.Kit.Requests() {
		if r.Method == http.MethodGet && re.MatchString(r.Path) {
			q, _ := url.ParseQuery(r.RawQuery)
			q.Del("page")
			q.Del("per_page")
			out = append(out, q.Encode())
		}
	}
	return out
}

// Identity on create and update, with the number and full name the PBX
// answered; state from before identities gets one on its next read, also
// when the extension is gone by then.
func TestProtocolPBXExtension_identity(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	p := acctest.NewProtocol(t, env)
	config := acctest.Values{"name": "170", "type": "phone", "label": "tf-acc-identity"}
	state, identity, diags := p.Apply("telecom_pbx_extension", nil, nil, config)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	id := acctest.Int(t, state["extension_id"])
	checkIdentity(t, extensionType, identity, id)
	if acctest.String(t, state["full_name"]) != "345*170" || acctest.String(t, state["status"]) != "active" {
		t.Errorf("created %v", state)
	}
	config["label"] = "tf-acc-identity 2"
	state, identity, diags = p.Apply("telecom_pbx_extension", state, identity, config)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	checkIdentity(t, extensionType, identity, id)
	if acctest.String(t, state["label"]) != "tf-acc-identity 2" || acctest.String(t, state["full_name"]) != "345*170" {
		t.Errorf("updated %v", state)
	}

	old := p.State("telecom_pbx_extension", acctest.Values{"id": "@me/" + itoa(id), "client_id": "@me", "extension_id": id, "name": "170", "type": "phone"})
	if _, identity, diags = p.Read("telecom_pbx_extension", old, nil); len(acctest.Errors(diags)) > 0 {
		t.Fatal(acctest.Errors(diags))
	}
	checkIdentity(t, extensionType, identity, id)
	env.Sandbox.DeleteExtension(id)
	env.Sandbox.Kit.ResetRequests()
	state, identity, diags = acctest.NewProtocol(t, env).Read("telecom_pbx_extension", old, nil)
	if errs := acctest.Errors(diags); len(errs) > 0 || state != nil {
		t.Fatalf("reading a vanished extension: %v, state %v", errs, state)
	}
	checkIdentity(t, extensionType, identity, id)
	if n := countRequests(env, http.MethodGet, clientInfoPathRe); n != 1 {
		t.Errorf("%d client_info requests, want 1: with the extension gone, only the API can say who @me is", n)
	}
}
