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

// The SIP settings through the protocol: their identity is {client_id,
// extension_id}; a query lists the settings of the phone extensions only.

const extPhoneType = "telecom_pbx_extension_phone"

// extPhoneAccType is the SIP settings for the shared identity helpers and
// the gated tests: a phone extension "desk" (185) and its settings "test",
// labelled name; clientID goes to the settings only, so that the extension
// stays the same.
var extPhoneAccType = pbxType{
	typeName: extPhoneType, idAttr: "extension_id", kind: "SIP settings",
	hcl: func(name, clientID string) string {
		return `
resource "telecom_pbx_extension" "desk" {
  name = "185"
  type = "phone"
}

resource "telecom_pbx_extension_phone" "test" {
` + clientIDLine(clientID) + `  extension_id = telecom_pbx_extension.desk.extension_id
  auth_type    = "both"
  label        = "` + name + `"
}
`
	},
	checkGone: checkExtensionsGone,
}

// putPhoneOffice is putOffice with SIP settings on "100": authentication
// network, a label and a password the API answers in clear.
func putPhoneOffice(t *testing.T, env *acctest.PBXEnv) map[string]int64 {
	t.Helper()
	_, ids := putOffice(env)
	p, ok := env.Sandbox.ExtensionPhone(ids["100"])
	mustHave(t, ok, "phone 100")
	p.AuthType, p.Label, p.RecordEnabled = "network", "Front desk", true
	env.Sandbox.PutExtensionPhone(p)
	mustHave(t, env.Sandbox.SetPhonePassword(ids["100"], sipPassword1), "phone 100")
	return ids
}

// The list yields the settings of the phone extensions only (not the
// queue's), each with its numeric identity, a display name, and (with
// include_resource) the settings as an import by identity reads them,
// never the password; one request per phone besides the listing, none for
// the queue; the extension_id filter and limit narrow it.
func TestProtocolPBXExtensionPhone_list(t *testing.T) {
	env := acctest.PBX(t, sandbox.WithPhonePasswordInAnswers(sandbox.PhonePasswordClear))
	env.RequireSandbox(t)
	ids := putPhoneOffice(t, env)
	p := acctest.NewProtocol(t, env)
	env.Sandbox.Kit.ResetRequests()

	results := p.List(extPhoneType, nil, true, 0)
	want := []string{fmt.Sprintf("extension %d (network)", ids["100"]), fmt.Sprintf("extension %d (digest)", ids["101"])}
	var got []string
	for _, r := range results {
		if errs := acctest.Errors(r.Diagnostics); len(errs) > 0 {
			t.Fatalf("result %q: %v", r.DisplayName, errs)
		}
		got = append(got, r.DisplayName)
		id := acctest.Int(t, r.Resource["extension_id"])
		checkIdentity(t, extPhoneAccType, r.Identity, id)
		if len(r.Identity) != 2 {
			t.Errorf("identity %v, want client_id and extension_id", r.Identity)
		}
		if acctest.String(t, r.Resource["client_id"]) != demoClient || acctest.String(t, r.Resource["id"]) != demoClient+"/"+itoa(id) {
			t.Errorf("%s: client_id %v, id %v", r.DisplayName, r.Resource["client_id"], r.Resource["id"])
		}
		if !r.Resource["password_wo"].IsNull() || !r.Resource["password_wo_version"].IsNull() {
			t.Errorf("%s: password_wo %v, version %v", r.DisplayName, r.Resource["password_wo"], r.Resource["password_wo_version"])
		}
		for attr, v := range r.Resource {
			if strings.Contains(v.String(), sipPassword1) {
				t.Errorf("%s: %s holds the SIP password", r.DisplayName, attr)
			}
		}
		p.CheckListedAsImported(extPhoneType, r)
	}
	if strings.Join(got, ", ") != strings.Join(want, ", ") {
		t.Errorf("listed %q, want %q", got, want)
	}
	if first := results[0].Resource; acctest.String(t, first["auth_type"]) != "network" || acctest.String(t, first["label"]) != "Front desk" ||
		!boolValue(t, first["record_enabled"]) {
		t.Errorf("the settings of 100 listed as %v", first)
	}
	env.Sandbox.Kit.ResetRequests()
	p.List(extPhoneType, nil, false, 0)
	if n := countRequests(env, http.MethodGet, extensionsPathRe); n != 1 {
		t.Errorf("%d extension listings, want 1", n)
	}
	if n := countRequests(env, http.MethodGet, extPhonePathRe); n != 2 {
		t.Errorf("%d settings read, want 2 (the phones')", n)
	}
	if n := countRequests(env, http.MethodGet, fmt.Sprintf(`/extension/%d/phone/?$`, ids["102"])); n != 0 {
		t.Errorf("the queue's settings were read %d times", n)
	}

	for _, tc := range []struct {
		filters acctest.Values
		limit   int64
		want    int
		reads   int
	}{
		{acctest.Values{"extension_id": ids["101"]}, 0, 1, 1},
		{acctest.Values{"extension_id": ids["102"], "client_id": demoClient}, 0, 0, 0},
		{nil, 1, 1, 1},
	} {
		env.Sandbox.Kit.ResetRequests()
		if results := p.List(extPhoneType, tc.filters, true, tc.limit); len(results) != tc.want {
			t.Errorf("filters %v, limit %d: %d results, want %d", tc.filters, tc.limit, len(results), tc.want)
		}
		if n := countRequests(env, http.MethodGet, extPhonePathRe); n != tc.reads {
			t.Errorf("filters %v, limit %d: %d settings read, want %d", tc.filters, tc.limit, n, tc.reads)
		}
	}
}

// boolValue is a bool attribute's value; false for null.
func boolValue(t *testing.T, v tftypes.Value) bool {
	t.Helper()
	var b *bool
	if err := v.As(&b); err != nil {
		t.Fatal(err)
	}
	return b != nil && *b
}

// Import by identity and by ID string, then read; a bad identity is an
// invalid import ID.
func TestProtocolPBXExtensionPhone_importByIdentityThenRead(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	ids := putPhoneOffice(t, env)
	id := ids["100"]
	p := acctest.NewProtocol(t, env)

	state, identity, diags := p.ImportByIdentity(extPhoneType, acctest.Values{"client_id": demoClient, "extension_id": id})
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	if acctest.String(t, state["id"]) != demoClient+"/"+itoa(id) || acctest.Int(t, state["extension_id"]) != id {
		t.Errorf("imported state %v", state)
	}
	if state, identity, diags = p.Read(extPhoneType, state, identity); len(acctest.Errors(diags)) > 0 {
		t.Fatal(acctest.Errors(diags))
	}
	if acctest.String(t, state["auth_type"]) != "network" || acctest.String(t, state["label"]) != "Front desk" || !state["password_wo"].IsNull() {
		t.Errorf("read after import: %v", state)
	}
	checkIdentity(t, extPhoneAccType, identity, id)

	state, identity = p.ImportByIDAndRead(extPhoneType, "@me/"+itoa(id))
	if acctest.String(t, state["client_id"]) != "@me" || acctest.String(t, state["id"]) != "@me/"+itoa(id) {
		t.Errorf("imported by ID @me/%d: %v", id, state)
	}
	checkIdentity(t, extPhoneAccType, identity, id)

	_, _, diags = p.ImportByIdentity(extPhoneType, acctest.Values{"client_id": "me", "extension_id": id})
	if errs := acctest.Errors(diags); len(errs) != 1 || !strings.Contains(errs[0], "Invalid import ID for "+extPhoneType) {
		t.Errorf("a bad identity gave %v", errs)
	}
	_, _, diags = p.ImportByID(extPhoneType, "@me/desk")
	if errs := acctest.Errors(diags); len(errs) != 1 || !strings.Contains(errs[0], "<client_id>/<extension_id>") {
		t.Errorf("a bad ID gave %v", errs)
	}
}

// Identity on create and update; state from before identities gets one on
// its next read, also when the extension is gone by then.
func TestProtocolPBXExtensionPhone_identity(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	id := env.Sandbox.PutExtension(sandbox.Extension{Name: "345*186", Type: "phone", Status: "active", DIDAsTransferCallerID: "None"}).ID
	p := acctest.NewProtocol(t, env)
	config := acctest.Values{"extension_id": id, "auth_type": "digest", "password_wo": sipPassword1}
	state, identity, diags := p.Apply(extPhoneType, nil, nil, config)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	checkIdentity(t, extPhoneAccType, identity, id)
	if acctest.String(t, state["id"]) != "@me/"+itoa(id) || !state["password_wo"].IsNull() {
		t.Errorf("created %v", state)
	}
	if pw, _ := env.Sandbox.PhonePassword(id); pw != sipPassword1 {
		t.Errorf("the SIP password at the PBX is %q", pw)
	}
	config["label"] = "tf-acc-identity"
	state, identity, diags = p.Apply(extPhoneType, state, identity, config)
	if errs := acctest.Errors(diags); len(errs) > 0 {
		t.Fatal(errs)
	}
	checkIdentity(t, extPhoneAccType, identity, id)
	if acctest.String(t, state["label"]) != "tf-acc-identity" {
		t.Errorf("updated %v", state)
	}

	old := p.State(extPhoneType, acctest.Values{"id": "@me/" + itoa(id), "client_id": "@me", "extension_id": id, "auth_type": "digest"})
	if _, identity, diags = p.Read(extPhoneType, old, nil); len(acctest.Errors(diags)) > 0 {
		t.Fatal(acctest.Errors(diags))
	}
	checkIdentity(t, extPhoneAccType, identity, id)
	env.Sandbox.DeleteExtension(id)
	env.Sandbox.Kit.ResetRequests()
	state, identity, diags = acctest.NewProtocol(t, env).Read(extPhoneType, old, nil)
	if errs := acctest.Errors(diags); len(errs) > 0 || state != nil {
		t.Fatalf("reading the settings of a vanished extension: %v, state %v", errs, state)
	}
	checkIdentity(t, extPhoneAccType, identity, id)
	if n := countRequests(env, http.MethodGet, clientInfoPathRe); n != 1 {
		t.Errorf("%d client_info requests, want 1: with the extension gone, only the API can say who @me is", n)
	}
}
