package pbx_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/querycheck"
	"github.com/hashicorp/terraform-plugin-testing/querycheck/queryfilter"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
)

// Gated like discover_acc_test.go (identity 1.12, queries 1.14);
// extension_event_discover_test.go covers the same through the protocol.

// extEventAccType is a webhook "test" of the phone extension "desk" (188)
// for the gated tests: its name is the last part of its URL; clientID goes
// to the webhook only.
var extEventAccType = pbxType{
	typeName: extEventType, idAttr: "event_id", kind: "extension webhook",
	hcl: func(name, clientID string) string {
		return `
resource "telecom_pbx_extension" "desk" {
  name = "188"
  type = "phone"
}

resource "telecom_pbx_extension_event" "test" {
` + clientIDLine(clientID) + `  extension_id = telecom_pbx_extension.desk.extension_id
  event_type   = "hangup"
  url          = "https://hooks.example.com/` + name + `"
  method       = "POST"
}
`
	},
	checkGone: checkExtensionsGone,
}

func TestAccPBXExtensionEvent_queryGeneratedConfigPlansClean(t *testing.T) {
	testAccGeneratedConfig(t, extEventAccType)
}

// The identity holds the numeric client id, the extension and the webhook
// while state keeps @me; import works by ID string and by identity.
func TestAccPBXExtensionEvent_identity(t *testing.T) {
	accTest(t, extEventAccType, tfversion.SkipBelow(tfversion.Version1_12_0), func(env *acctest.PBXEnv, addr string) []resource.TestStep {
		return []resource.TestStep{
			{
				Config: env.ProviderConfig("") + extEventAccType.hcl("tf-acc-identity", ""),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectIdentity(addr, map[string]knownvalue.Check{
						"client_id":    numericClient(env),
						"extension_id": knownvalue.NotNull(),
						"event_id":     knownvalue.NotNull(),
					}),
					statecheck.ExpectIdentityValueMatchesState(addr, tfjsonpath.New("extension_id")),
					statecheck.ExpectIdentityValueMatchesState(addr, tfjsonpath.New("event_id")),
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("client_id"), knownvalue.StringExact(env.ClientID)),
				},
			},
			{ResourceName: addr, ImportState: true, ImportStateKind: resource.ImportBlockWithID},
			{
				Config:          env.ProviderConfig("") + extEventAccType.hcl("tf-acc-identity", resolveClient(t, env)),
				ResourceName:    addr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithResourceIdentity,
			},
		}
	})
}

// terraform query with the extension_id filter lists that extension's
// webhook (made by hand) with its identity, a display name and its values
// as an import reads them, and not the webhook Terraform made on another
// extension; without the filter both are listed.
func TestAccPBXExtensionEvent_query(t *testing.T) {
	accTest(t, extEventAccType, tfversion.SkipBelow(tfversion.Version1_14_0), func(env *acctest.PBXEnv, _ string) []resource.TestStep {
		env.RequireSandbox(t)
		const list = "telecom_pbx_extension_event.queue"
		ext := putExtensions(env, "queue", "189")[0]
		hook := extHook{event: "dial-in", url: "https://hooks.example.com/by-hand", method: "GET", ext: ext}
		id := putExtHooks(env, hook)[0]
		identity := map[string]knownvalue.Check{
			"client_id": numericClient(env), "extension_id": knownvalue.Int64Exact(ext), "event_id": knownvalue.Int64Exact(id),
		}
		return []resource.TestStep{
			{Config: env.ProviderConfig("") + extEventAccType.hcl("tf-acc-query", "")},
			{
				Query: true,
				Config: fmt.Sprintf(`
list "telecom_pbx_extension_event" "queue" {
  provider         = telecom
  include_resource = true
  config {
    extension_id = %d
  }
}

list "telecom_pbx_extension_event" "all" {
  provider = telecom
  config {
    client_id = %q
  }
}
`, ext, env.ClientID),
				QueryResultChecks: []querycheck.QueryResultCheck{
					querycheck.ExpectLength(list, 1),
					querycheck.ExpectLength("telecom_pbx_extension_event.all", 2),
					querycheck.ExpectIdentity(list, identity),
					querycheck.ExpectResourceDisplayName(list, queryfilter.ByResourceIdentity(identity),
						knownvalue.StringExact(fmt.Sprintf("extension %d: dial-in -> GET %s (webhook %d)", ext, hook.url, id))),
					querycheck.ExpectResourceKnownValues(list, queryfilter.ByResourceIdentity(identity), []querycheck.KnownValueCheck{
						{Path: tfjsonpath.New("client_id"), KnownValue: numericClient(env)},
						{Path: tfjsonpath.New("event_type"), KnownValue: knownvalue.StringExact("dial-in")},
						{Path: tfjsonpath.New("url"), KnownValue: knownvalue.StringExact(hook.url)},
						{Path: tfjsonpath.New("method"), KnownValue: knownvalue.StringExact("GET")},
					}),
				},
			},
		}
	})
}
