package pbx_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/querycheck"
	"github.com/hashicorp/terraform-plugin-testing/querycheck/queryfilter"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
)

// Gated like discover_acc_test.go (identity 1.12, queries 1.14);
// phone_event_discover_test.go covers the same through the protocol.

// phoneEventAccType is a webhook for the shared gated tests: its name is
// the last part of its URL.
var phoneEventAccType = pbxType{
	typeName: phoneEventType, idAttr: "phone_event_id", kind: "phone event",
	hcl: func(name, clientID string) string {
		return "\nresource \"telecom_pbx_phone_event\" \"test\" {\n" + clientIDLine(clientID) +
			fmt.Sprintf("  event_type = \"hangup\"\n  url        = \"https://hooks.example.com/%s\"\n  method     = \"POST\"\n}\n", name)
	},
	checkGone: checkPhoneEventsGone,
}

func TestAccPBXPhoneEvent_identity(t *testing.T) { testAccIdentity(t, phoneEventAccType) }

func TestAccPBXPhoneEvent_queryGeneratedConfigPlansClean(t *testing.T) {
	testAccGeneratedConfig(t, phoneEventAccType)
}

// terraform query lists the identical pair as two webhooks, each with its
// numeric identity, a display name with event, method, URL and id, and its
// values as an import reads them.
func TestAccPBXPhoneEvent_query(t *testing.T) {
	accTest(t, phoneEventAccType, tfversion.SkipBelow(tfversion.Version1_14_0), func(env *acctest.PBXEnv, _ string) []resource.TestStep {
		const list = "telecom_pbx_phone_event.all"
		var idA, idB string
		identity := func(id *string) map[string]knownvalue.Check {
			return map[string]knownvalue.Check{"client_id": numericClient(env), "phone_event_id": stored(id)}
		}
		checks := []querycheck.QueryResultCheck{querycheck.ExpectLength(list, 2)}
		for _, id := range []*string{&idA, &idB} {
			checks = append(checks,
				querycheck.ExpectIdentity(list, identity(id)),
				querycheck.ExpectResourceDisplayName(list, queryfilter.ByResourceIdentity(identity(id)),
					later(func() string { return fmt.Sprintf("hangup -> POST %s (phone event %s)", hangupA.url, *id) })),
				querycheck.ExpectResourceKnownValues(list, queryfilter.ByResourceIdentity(identity(id)), []querycheck.KnownValueCheck{
					{Path: tfjsonpath.New("client_id"), KnownValue: numericClient(env)},
					{Path: tfjsonpath.New("event_type"), KnownValue: knownvalue.StringExact("hangup")},
					{Path: tfjsonpath.New("url"), KnownValue: knownvalue.StringExact(hangupA.url)},
					{Path: tfjsonpath.New("method"), KnownValue: knownvalue.StringExact("POST")},
				}),
			)
		}
		return []resource.TestStep{
			{
				Config: hooksConfig(env, hangupA, hangupB),
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr(hangupA.addr(), "phone_event_id", &idA),
					acctest.StoreAttr(hangupB.addr(), "phone_event_id", &idB),
				),
			},
			{
				Query: true,
				Config: fmt.Sprintf(`
list "telecom_pbx_phone_event" "all" {
  provider         = telecom
  include_resource = true
  config {
    client_id = %q
  }
}
`, env.ClientID),
				QueryResultChecks: checks,
			},
		}
	})
}
