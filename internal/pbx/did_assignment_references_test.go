package pbx_test

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
)

// References as users write them: a DID rings a telecom_pbx_extension, and
// follows it when the extension is replaced.

func TestAccPBXDIDAssignment_extensionReference(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	cfg := func(extension string) string {
		return env.ProviderConfig("") + fmt.Sprintf(`
resource "telecom_pbx_extension" "reception" {
  name  = %q
  type  = "phone"
  label = "tf-acc-reception"
}

resource "telecom_pbx_did_assignment" "test" {
  number               = %q
  extension_id         = telecom_pbx_extension.reception.extension_id
  message_extension_id = telecom_pbx_extension.reception.extension_id
}
`, extension, moscowMain)
	}
	var first string
	sameAsExtension := func(s *terraform.State) error {
		id := s.RootModule().Resources["telecom_pbx_extension.reception"].Primary.Attributes["extension_id"]
		n, err := strconv.ParseInt(id, 10, 64)
		if err != nil {
			return err
		}
		return checkSandboxDID(env, moscowMain, n, n)(s)
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkDIDsUnassigned(env, moscowMain),
		Steps: []resource.TestStep{
			{
				Config: cfg("110"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPair(didAddr, "extension_id", "telecom_pbx_extension.reception", "extension_id"),
					acctest.StoreAttr(didAddr, "extension_id", &first),
					sameAsExtension,
				),
			},
			{
				// A new number replaces the extension; the DID follows it.
				Config: cfg("111"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction("telecom_pbx_extension.reception", plancheck.ResourceActionDestroyBeforeCreate),
						plancheck.ExpectResourceAction(didAddr, plancheck.ResourceActionUpdate),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPair(didAddr, "extension_id", "telecom_pbx_extension.reception", "extension_id"),
					resource.TestCheckResourceAttrWith(didAddr, "extension_id", func(id string) error {
						if id == first {
							return fmt.Errorf("extension_id %s did not follow the replaced extension", id)
						}
						return nil
					}),
					sameAsExtension,
				),
			},
		},
	})
}
