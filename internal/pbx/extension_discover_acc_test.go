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

// Gated like discover_acc_test.go: identity needs Terraform 1.12, queries
// 1.14; they skip on CI's 1.11, and the protocol tests cover the same.

func TestAccPBXExtension_identity(t *testing.T)         { testAccIdentity(t, extensionType) }
func TestAccPBXExtensionGroup_identity(t *testing.T)    { testAccIdentity(t, extensionGroupType) }
func TestAccPBXNetworkPermission_identity(t *testing.T) { testAccIdentity(t, networkPermissionType) }
func TestAccPBXExtensionGroup_query(t *testing.T)       { testAccQuery(t, extensionGroupType) }
func TestAccPBXNetworkPermission_query(t *testing.T)    { testAccQuery(t, networkPermissionType) }

func TestAccPBXExtension_queryGeneratedConfigPlansClean(t *testing.T) {
	testAccGeneratedConfig(t, extensionType)
}

func TestAccPBXExtensionGroup_queryGeneratedConfigPlansClean(t *testing.T) {
	testAccGeneratedConfig(t, extensionGroupType)
}

func TestAccPBXNetworkPermission_queryGeneratedConfigPlansClean(t *testing.T) {
	testAccGeneratedConfig(t, networkPermissionType)
}

// terraform query with the PBX's filters: the queue is listed, with its
// number, label and type as display name and its values as an import reads
// them; a filter that selects nothing lists nothing.
func TestAccPBXExtension_query(t *testing.T) {
	accTest(t, extensionType, tfversion.SkipBelow(tfversion.Version1_14_0), func(env *acctest.PBXEnv, addr string) []resource.TestStep {
		var extensionID string
		identity := map[string]knownvalue.Check{"client_id": numericClient(env), "extension_id": stored(&extensionID)}
		return []resource.TestStep{
			{
				Config: env.ProviderConfig("") + extensionType.hcl("tf-acc-query", ""),
				Check:  acctest.StoreAttr(addr, "extension_id", &extensionID),
			},
			{
				Query: true,
				Config: fmt.Sprintf(`
list "telecom_pbx_extension" "queues" {
  provider         = telecom
  include_resource = true
  config {
    client_id = %q
    type      = "queue"
    status    = "active"
  }
}

list "telecom_pbx_extension" "faxes" {
  provider = telecom
  config {
    type = "fax"
  }
}
`, env.ClientID),
				QueryResultChecks: []querycheck.QueryResultCheck{
					querycheck.ExpectLength("telecom_pbx_extension.queues", 1),
					querycheck.ExpectLength("telecom_pbx_extension.faxes", 0),
					querycheck.ExpectIdentity("telecom_pbx_extension.queues", identity),
					querycheck.ExpectResourceDisplayName("telecom_pbx_extension.queues", queryfilter.ByResourceIdentity(identity),
						knownvalue.StringExact("160 tf-acc-query (queue)")),
					querycheck.ExpectResourceKnownValues("telecom_pbx_extension.queues", queryfilter.ByResourceIdentity(identity),
						[]querycheck.KnownValueCheck{
							{Path: tfjsonpath.New("name"), KnownValue: knownvalue.StringExact("160")},
							{Path: tfjsonpath.New("full_name"), KnownValue: knownvalue.StringExact("345*160")},
							{Path: tfjsonpath.New("status"), KnownValue: knownvalue.StringExact("active")},
							{Path: tfjsonpath.New("client_id"), KnownValue: numericClient(env)},
							{Path: tfjsonpath.New("extension_group_id"), KnownValue: knownvalue.Null()},
						}),
				},
			},
		}
	})
}
