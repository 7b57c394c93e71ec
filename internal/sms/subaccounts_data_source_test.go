package sms_test

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
)

const dsAddr = "data.telecom_sms_subaccounts.all"

// The data source lists the template and the subaccounts Terraform made,
// each with its id and username.
func TestAccSMSSubaccounts_dataSource(t *testing.T) {
	env := acctest.SMS(t)
	userA, userB := username("dsa"), username("dsb")
	a := sub{name: "a", username: userA, password: "pw-ds-a", templateID: env.TemplateID}
	b := sub{name: "b", username: userB, password: "pw-ds-b", templateID: env.TemplateID}
	cfg := config(env, a, b) + `
data "telecom_sms_subaccounts" "all" {
  depends_on = [telecom_sms_subaccount.a, telecom_sms_subaccount.b]
}
`
	tplID := strconv.FormatInt(env.TemplateID, 10)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkSubaccountsGone(env),
		Steps: []resource.TestStep{{
			Config: cfg,
			Check: resource.ComposeAggregateTestCheckFunc(
				resource.TestCheckTypeSetElemNestedAttrs(dsAddr, "subaccounts.*", map[string]string{"id": tplID}),
				resource.TestCheckTypeSetElemAttrPair(dsAddr, "subaccounts.*.id", subType+".a", "subaccount_id"),
				resource.TestCheckTypeSetElemAttrPair(dsAddr, "subaccounts.*.id", subType+".b", "subaccount_id"),
				resource.TestCheckTypeSetElemNestedAttrs(dsAddr, "subaccounts.*", map[string]string{"username": userA}),
				resource.TestCheckTypeSetElemNestedAttrs(dsAddr, "subaccounts.*", map[string]string{"username": userB}),
				// Each entry pairs the right id with the right username.
				func(s *terraform.State) error {
					rs := s.RootModule().Resources[dsAddr]
					if rs == nil {
						return fmt.Errorf("%s not in state", dsAddr)
					}
					attrs := rs.Primary.Attributes
					n, _ := strconv.Atoi(attrs["subaccounts.#"])
					if env.Sandbox != nil && n != 3 {
						return fmt.Errorf("subaccounts.# = %d, want 3 (template, a, b)", n)
					}
					want := map[string]string{}
					for _, r := range []string{"a", "b"} {
						res := s.RootModule().Resources[subType+"."+r]
						want[res.Primary.Attributes["subaccount_id"]] = res.Primary.Attributes["username"]
					}
					if env.Sandbox != nil {
						want[tplID] = "wojtek"
					}
					found := 0
					for i := 0; i < n; i++ {
						id, user := attrs[fmt.Sprintf("subaccounts.%d.id", i)], attrs[fmt.Sprintf("subaccounts.%d.username", i)]
						if w, ok := want[id]; ok {
							if w != user {
								return fmt.Errorf("subaccount %s is listed as %q, want %q", id, user, w)
							}
							found++
						}
					}
					if found != len(want) {
						return fmt.Errorf("found %d of %d expected subaccounts in %v", found, len(want), attrs)
					}
					return nil
				},
			),
		}},
	})
}
