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
// extension_phone_discover_test.go covers the same through the protocol.

func TestAccPBXExtensionPhone_identity(t *testing.T) { testAccIdentity(t, extPhoneAccType) }

func TestAccPBXExtensionPhone_queryGeneratedConfigPlansClean(t *testing.T) {
	testAccGeneratedConfig(t, extPhoneAccType)
}

// terraform query lists the settings of the phone extension and not of
// the queue beside it, with the numeric identity, a display name and the
// settings as an import reads them.
func TestAccPBXExtensionPhone_query(t *testing.T) {
	accTest(t, extPhoneAccType, tfversion.SkipBelow(tfversion.Version1_14_0), func(env *acctest.PBXEnv, addr string) []resource.TestStep {
		const list = "telecom_pbx_extension_phone.all"
		var extensionID string
		identity := map[string]knownvalue.Check{"client_id": numericClient(env), "extension_id": stored(&extensionID)}
		return []resource.TestStep{
			{
				Config: env.ProviderConfig("") + extPhoneAccType.hcl("tf-acc-query", "") + `
resource "telecom_pbx_extension" "queue" {
  name = "187"
  type = "queue"
}
`,
				Check: acctest.StoreAttr(addr, "extension_id", &extensionID),
			},
			{
				Query: true,
				Config: fmt.Sprintf(`
list "telecom_pbx_extension_phone" "all" {
  provider         = telecom
  include_resource = true
  config {
    client_id = %q
  }
}
`, env.ClientID),
				QueryResultChecks: []querycheck.QueryResultCheck{
					querycheck.ExpectLength(list, 1),
					querycheck.ExpectIdentity(list, identity),
					querycheck.ExpectResourceDisplayName(list, queryfilter.ByResourceIdentity(identity),
						later(func() string { return fmt.Sprintf("extension %s (both)", extensionID) })),
					querycheck.ExpectResourceKnownValues(list, queryfilter.ByResourceIdentity(identity), []querycheck.KnownValueCheck{
						{Path: tfjsonpath.New("client_id"), KnownValue: numericClient(env)},
						{Path: tfjsonpath.New("auth_type"), KnownValue: knownvalue.StringExact("both")},
						{Path: tfjsonpath.New("label"), KnownValue: knownvalue.StringExact("tf-acc-query")},
						{Path: tfjsonpath.New("conference_end_on_exit"), KnownValue: knownvalue.Bool(true)},
						{Path: tfjsonpath.New("password_wo_version"), KnownValue: knownvalue.Null()},
					}),
				},
			},
		}
	})
}

// The generated configuration of settings as the PBX has them by default
// (no label, no conference PIN, no sounds) plans clean too.
func TestAccPBXExtensionPhone_queryGeneratedConfigOfDefaultsPlansClean(t *testing.T) {
	defaults := extPhoneAccType
	defaults.hcl = func(_, clientID string) string {
		return `
resource "telecom_pbx_extension" "desk" {
  name = "185"
  type = "phone"
}

resource "telecom_pbx_extension_phone" "test" {
` + clientIDLine(clientID) + `  extension_id = telecom_pbx_extension.desk.extension_id
}
`
	}
	testAccGeneratedConfig(t, defaults)
}
