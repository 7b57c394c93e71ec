package sms_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/querycheck"
	"github.com/hashicorp/terraform-plugin-testing/querycheck/queryfilter"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	smsapi "github.com/telecom-tf/terraform-provider-telecom/internal/sms/api"
)

// These need a newer Terraform than CI's 1.11: they skip there, saying so,
// and run unchanged wherever TF_ACC_TERRAFORM_PATH points at 1.14 or later.
// The same behaviour is tested through the protocol in every make test
// (discover_test.go).

func TestAccSMSSubaccount_identity(t *testing.T) {
	env := acctest.SMS(t)
	created := sub{username: username("id"), password: "pw-identity", version: 1, templateID: env.TemplateID,
		fullName: "Tf Acc Identity", email: "tf-acc@example.com", limits: `{ eco = 3 }`}
	resource.ParallelTest(t, resource.TestCase{
		TerraformVersionChecks:   []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_12_0)},
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkSubaccountsGone(env),
		Steps: []resource.TestStep{
			{
				Config: config(env, created),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectIdentity(subAddr, map[string]knownvalue.Check{"subaccount_id": knownvalue.NotNull()}),
					statecheck.ExpectIdentityValueMatchesState(subAddr, tfjsonpath.New("subaccount_id")),
				},
			},
			{
				// An import block with the identity, and the configuration
				// as terraform query writes it: imported, nothing to change.
				ResourceName:    subAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithResourceIdentity,
				Config:          config(env, asGenerated(created)),
			},
			{
				ResourceName:    subAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithID,
				Config:          config(env, asGenerated(created)),
			},
		},
	})
}

// A subaccount made outside Terraform is found by terraform query (identity,
// display name, the whole object), and the configuration query generates
// for it, with an import block by identity, plans with the import only.
func TestAccSMSSubaccount_query(t *testing.T) {
	env, made, id := madeByHand(t, "q", smsapi.NewSubaccount{Password: "pw-query", Name: "Tf Acc Query", Phone: "+48500600711", Email: "q@example.com"})
	display := fmt.Sprintf("%s (subaccount %d)", made.Username, id)
	byName := queryfilter.ByDisplayName(knownvalue.StringExact(display))
	generated := asGenerated(sub{username: made.Username, fullName: made.Name, phone: made.Phone, email: made.Email})
	importBlock := fmt.Sprintf("\nimport {\n  to       = %s\n  identity = { subaccount_id = %d }\n}\n", subAddr, id)
	resource.ParallelTest(t, resource.TestCase{
		TerraformVersionChecks:   []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_14_0)},
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkSubaccountsGone(env),
		Steps: []resource.TestStep{
			{Config: env.ProviderConfig("")},
			{
				Query: true,
				// The provider block comes from the step before: the query
				// runs in the same directory, beside its .tf file.
				Config: `
list "telecom_sms_subaccount" "all" {
  provider         = telecom
  include_resource = true
}
`,
				QueryResultChecks: []querycheck.QueryResultCheck{
					querycheck.ExpectLength("telecom_sms_subaccount.all", 2), // the template and this one
					querycheck.ExpectIdentity("telecom_sms_subaccount.all", map[string]knownvalue.Check{"subaccount_id": knownvalue.Int64Exact(id)}),
					querycheck.ExpectIdentity("telecom_sms_subaccount.all", map[string]knownvalue.Check{"subaccount_id": knownvalue.Int64Exact(env.TemplateID)}),
					querycheck.ExpectResourceDisplayName("telecom_sms_subaccount.all", byName, knownvalue.StringExact(display)),
					querycheck.ExpectResourceKnownValues("telecom_sms_subaccount.all", byName, []querycheck.KnownValueCheck{
						{Path: tfjsonpath.New("username"), KnownValue: knownvalue.StringExact(made.Username)},
						{Path: tfjsonpath.New("name"), KnownValue: knownvalue.StringExact(made.Name)},
						{Path: tfjsonpath.New("phone"), KnownValue: knownvalue.StringExact(made.Phone)},
						{Path: tfjsonpath.New("email"), KnownValue: knownvalue.StringExact(made.Email)},
						{Path: tfjsonpath.New("template_id"), KnownValue: knownvalue.Null()},
						{Path: tfjsonpath.New("limits"), KnownValue: knownvalue.Null()},
					}),
				},
			},
			{
				Config: config(env, generated) + importBlock,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(subAddr, plancheck.ResourceActionNoop)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectIdentity(subAddr, map[string]knownvalue.Check{"subaccount_id": knownvalue.Int64Exact(id)}),
				},
			},
		},
	})
}

// The query's limit stops the listing.
func TestAccSMSSubaccount_queryLimit(t *testing.T) {
	env := acctest.SMS(t)
	a := sub{name: "a", username: username("qla"), password: "pw-qla", templateID: env.TemplateID}
	b := sub{name: "b", username: username("qlb"), password: "pw-qlb", templateID: env.TemplateID}
	resource.ParallelTest(t, resource.TestCase{
		TerraformVersionChecks:   []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_14_0)},
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkSubaccountsGone(env),
		Steps: []resource.TestStep{
			{Config: config(env, a, b)},
			{
				Query: true,
				// The provider block comes from the step before: the query
				// runs in the same directory, beside its .tf file.
				Config: `
list "telecom_sms_subaccount" "two" {
  provider = telecom
  limit    = 2
}
`,
				QueryResultChecks: []querycheck.QueryResultCheck{
					querycheck.ExpectLength("telecom_sms_subaccount.two", 2),
				},
			},
		},
	})
}

// The configuration Terraform generates for an import by identity plans with
// the import only: the write-only password, the template and the limits,
// which cannot be read back, are left out of it.
func TestAccSMSSubaccount_queryGeneratedConfigPlansClean(t *testing.T) {
	env := acctest.SMS(t)
	resource.ParallelTest(t, resource.TestCase{
		TerraformVersionChecks:   []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_14_0)},
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkSubaccountsGone(env),
		Steps: []resource.TestStep{
			{Config: config(env, sub{username: username("gen"), password: "pw-generated", version: 1, templateID: env.TemplateID,
				fullName: "Tf Acc Generated", phone: "+48500600722", limits: `{ full = 2 }`})},
			{
				ResourceName:    subAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithResourceIdentity,
				GenerateConfig:  true,
				ImportPlanChecks: resource.ImportPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(subType+".generated", plancheck.ResourceActionNoop)},
				},
			},
		},
	})
}
