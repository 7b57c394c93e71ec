package pbx_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// The client's DIDs and where each rings; a DID picked from the list (by
// its comment) is routed with its number as the data source spells it.
func TestAccPBXDIDsDataSource_basic(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t) // the seeded DIDs
	ext := testExtensions(t, env, "231")[0]
	dids := env.Sandbox.DIDs()
	cfg := env.ProviderConfig("") + fmt.Sprintf(`
data "telecom_pbx_dids" "all" {}

resource "telecom_pbx_did_assignment" "sales" {
  number       = one([for d in data.telecom_pbx_dids.all.dids : d.number if d.comment == "Moscow sales"])
  extension_id = %d
}
`, ext)
	after := cfg + `
data "telecom_pbx_dids" "numeric" {
  client_id = "` + env.NumericClientID + `"
}
`
	list := tfjsonpath.New("dids")
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkDIDsUnassigned(env, "+74951234568"),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.telecom_pbx_dids.all", list, knownvalue.ListSizeExact(len(dids))),
					statecheck.ExpectKnownValue("data.telecom_pbx_dids.all", list.AtSliceIndex(0), knownvalue.ObjectExact(map[string]knownvalue.Check{
						"did_id":               knownvalue.Int64Exact(sandbox.FirstDIDID),
						"number":               knownvalue.StringExact("00" + sandbox.DemoDID),
						"name":                 knownvalue.StringExact(sandbox.DemoDID),
						"comment":              knownvalue.StringExact(dids[0].Comment),
						"extension_id":         knownvalue.Null(),
						"message_extension_id": knownvalue.Null(),
						"allow_message":        knownvalue.Bool(false),
					})),
					statecheck.ExpectKnownValue("data.telecom_pbx_dids.all", list.AtSliceIndex(1).AtMapKey("allow_message"), knownvalue.Bool(true)),
					statecheck.ExpectKnownValue("telecom_pbx_did_assignment.sales", tfjsonpath.New("number"), knownvalue.StringExact("0074951234568")),
				},
				Check: checkSandboxDID(env, "+74951234568", ext, 0),
			},
			{
				// Read again after the apply: the assignment shows, also
				// with the client named by number.
				Config: after,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.telecom_pbx_dids.all", list.AtSliceIndex(2).AtMapKey("extension_id"), knownvalue.Int64Exact(ext)),
					statecheck.ExpectKnownValue("data.telecom_pbx_dids.numeric", list.AtSliceIndex(2).AtMapKey("extension_id"), knownvalue.Int64Exact(ext)),
				},
			},
		},
	})
}
