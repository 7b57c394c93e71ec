package pbx_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/querycheck"
	"github.com/hashicorp/terraform-plugin-testing/querycheck/queryfilter"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
)

// Gated like discover_acc_test.go: identity needs Terraform 1.12, queries
// 1.14; they skip on CI's 1.11, and incoming_rules_discover_test.go covers
// the same through the protocol.

// incomingRulesAccType is the desk (100) and its rules "test" as the shared
// gated tests of discover_acc_test.go take them: name is the first rule's.
var incomingRulesAccType = pbxType{
	typeName: incomingRulesType, idAttr: "extension_id", kind: "incoming-call rules",
	hcl: func(name, clientID string) string {
		return `
resource "telecom_pbx_extension" "desk" {
  name = "100"
  type = "phone"
}

resource "telecom_pbx_incoming_rules" "test" {
` + clientIDLine(clientID) + fmt.Sprintf(`  extension_id = telecom_pbx_extension.desk.extension_id
  rules = [
    { type = "busy", call_status = "busy", name = %q },
    { type = "cascade", cascade_numbers = [{ delay = 0, number = "100" }, { delay = 20, number = "+79161234567" }] },
    {
      type                  = "transfer"
      caller_id_action      = "matches"
      caller_id             = "^(\\+|)7812"
      transfer_dst          = ["+78121234567", "101"]
      allow_public_transfer = false
    },
  ]
}
`, name)
	},
	checkGone: func(env *acctest.PBXEnv) resource.TestCheckFunc {
		return resource.ComposeAggregateTestCheckFunc(
			checkHeld(env.Sandbox.Extensions, describeExtension),
			func(*terraform.State) error {
				if n := countRequests(env, "DELETE", incomingRulePathRe); n == 0 {
					return fmt.Errorf("no rule was deleted")
				}
				return nil
			},
		)
	},
}

func TestAccPBXIncomingRules_identity(t *testing.T) { testAccIdentity(t, incomingRulesAccType) }

func TestAccPBXIncomingRules_queryGeneratedConfigPlansClean(t *testing.T) {
	testAccGeneratedConfig(t, incomingRulesAccType)
}

// terraform query lists the desk's rules with the numeric identity, the
// extension's number in the display name and, with include_resource, the
// rules as an import reads them; extension_id narrows the list to one
// extension, and an extension without rules lists nothing.
func TestAccPBXIncomingRules_query(t *testing.T) {
	accTest(t, incomingRulesAccType, tfversion.SkipBelow(tfversion.Version1_14_0), func(env *acctest.PBXEnv, addr string) []resource.TestStep {
		var extensionID string
		identity := map[string]knownvalue.Check{"client_id": numericClient(env), "extension_id": stored(&extensionID)}
		rule := func(i int, attr string) tfjsonpath.Path {
			return tfjsonpath.New("rules").AtSliceIndex(i).AtMapKey(attr)
		}
		return []resource.TestStep{
			{
				Config: env.ProviderConfig("") + incomingRulesAccType.hcl("tf-acc-query", "") + `
resource "telecom_pbx_extension" "spare" {
  name = "101"
  type = "phone"
}
`,
				Check: acctest.StoreAttr(addr, "extension_id", &extensionID),
			},
			{
				Query: true,
				Config: fmt.Sprintf(`
list "telecom_pbx_incoming_rules" "all" {
  provider         = telecom
  include_resource = true
  config {
    client_id = %q
  }
}

list "telecom_pbx_incoming_rules" "desk" {
  provider = telecom
  config {
    extension_id = telecom_pbx_extension.desk.extension_id
  }
}

list "telecom_pbx_incoming_rules" "spare" {
  provider = telecom
  config {
    extension_id = telecom_pbx_extension.spare.extension_id
  }
}
`, env.ClientID),
				QueryResultChecks: []querycheck.QueryResultCheck{
					querycheck.ExpectLength("telecom_pbx_incoming_rules.all", 1),
					querycheck.ExpectLength("telecom_pbx_incoming_rules.desk", 1),
					querycheck.ExpectLength("telecom_pbx_incoming_rules.spare", 0),
					querycheck.ExpectIdentity("telecom_pbx_incoming_rules.all", identity),
					querycheck.ExpectIdentity("telecom_pbx_incoming_rules.desk", identity),
					querycheck.ExpectResourceDisplayName("telecom_pbx_incoming_rules.all", queryfilter.ByResourceIdentity(identity),
						later(func() string { return "100: 3 incoming-call rules (extension " + extensionID + ")" })),
					querycheck.ExpectResourceKnownValues("telecom_pbx_incoming_rules.all", queryfilter.ByResourceIdentity(identity),
						[]querycheck.KnownValueCheck{
							{Path: tfjsonpath.New("client_id"), KnownValue: numericClient(env)},
							{Path: tfjsonpath.New("rule_ids"), KnownValue: knownvalue.ListSizeExact(3)},
							{Path: rule(0, "name"), KnownValue: knownvalue.StringExact("tf-acc-query")},
							{Path: rule(0, "call_status"), KnownValue: knownvalue.StringExact("busy")},
							{Path: rule(0, "transfer_dst"), KnownValue: knownvalue.Null()},
							{Path: rule(1, "cascade_numbers").AtSliceIndex(1).AtMapKey("delay"), KnownValue: knownvalue.Int64Exact(20)},
							{Path: rule(2, "caller_id"), KnownValue: knownvalue.StringExact(`^(\+|)7812`)},
							{Path: rule(2, "allow_public_transfer"), KnownValue: knownvalue.Bool(false)},
							{Path: rule(2, "transfer_dst"), KnownValue: knownvalue.ListExact([]knownvalue.Check{
								knownvalue.StringExact("+78121234567"), knownvalue.StringExact("101"),
							})},
						}),
				},
			},
		}
	})
}
