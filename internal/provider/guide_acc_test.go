package provider_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/querycheck"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	pbxapi "github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	pbxsandbox "github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// The query of the guide (docs/guides/import-existing-configuration.md), as
// written there, against an Odorik account and a PBX client configured by
// hand. Needs Terraform 1.14: it skips on older versions, saying so.
func TestAccGuide_importExistingConfigurationQuery(t *testing.T) {
	odorik, pbx := acctest.Odorik(t), acctest.PBX(t)
	odorik.RequireSandbox(t)
	pbx.RequireSandbox(t)
	ctx := context.Background()
	if _, err := odorik.Client.CreateRoute(ctx, odorik.PublicNumber, "00420777111222", "*754321"); err != nil {
		t.Fatal(err)
	}
	if _, err := pbx.Client.Intervals().Create(ctx, "@me", pbxapi.Interval{
		Name: "Office hours", Timezone: "Europe/Prague",
		Conditions: []pbxapi.Condition{{StartDow: 2, EndDow: 6, StartTime: "09:00:00", EndTime: "18:00:00"}},
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := pbx.Client.DialRules().Create(ctx, "@me", pbxapi.DialRuleList{
		Name: "Outgoing", DialRules: []pbxapi.DialRule{{MatchExp: `^8(\d{10})$`, ReplExp: `7\1`}},
	}); err != nil {
		t.Fatal(err)
	}
	// An extension with a portal user and a rule, made by hand in the
	// emulator (the guide's query finds all three).
	ext := pbx.Sandbox.PutExtension(pbxsandbox.Extension{Name: "345*100", Type: "phone", Status: "active", Label: "Reception"}).ID
	pbx.Sandbox.PutUser(pbxsandbox.User{Scope: pbxsandbox.UserScopeExtension, ExtensionID: &ext, Login: "reception",
		Name: "Reception", Email: "desk@example.com", Access: "full", Status: "active", Timezone: "Europe/Moscow"})
	pbx.Sandbox.PutIncomingRule(pbxsandbox.IncomingRule{ExtensionID: ext, Type: "voicemail"})
	query, err := os.ReadFile("../../examples/guides/import-existing-configuration/office.tfquery.hcl")
	if err != nil {
		t.Fatal(err)
	}
	resource.ParallelTest(t, resource.TestCase{
		TerraformVersionChecks:   []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_14_0)},
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{Config: acctest.ProviderConfigFor(odorik, pbx)},
			{
				Query:  true,
				Config: strings.ReplaceAll(string(query), "00420533533533", odorik.PublicNumber),
				QueryResultChecks: []querycheck.QueryResultCheck{
					querycheck.ExpectIdentity("telecom_odorik_route.office", map[string]knownvalue.Check{
						"public_number": knownvalue.StringExact(odorik.PublicNumber), "route_id": knownvalue.NotNull(),
					}),
					querycheck.ExpectIdentity("telecom_pbx_interval.all", map[string]knownvalue.Check{
						"client_id": knownvalue.StringExact(pbx.NumericClientID), "interval_id": knownvalue.NotNull(),
					}),
					querycheck.ExpectIdentity("telecom_pbx_dial_rule.all", map[string]knownvalue.Check{
						"client_id": knownvalue.StringExact(pbx.NumericClientID), "dial_rule_id": knownvalue.NotNull(),
					}),
					querycheck.ExpectIdentity("telecom_pbx_extension.all", map[string]knownvalue.Check{
						"client_id": knownvalue.StringExact(pbx.NumericClientID), "extension_id": knownvalue.Int64Exact(ext),
					}),
					querycheck.ExpectIdentity("telecom_pbx_user.all", map[string]knownvalue.Check{
						"client_id": knownvalue.StringExact(pbx.NumericClientID), "scope": knownvalue.StringExact("extension"),
						"user_id": knownvalue.NotNull(),
					}),
					querycheck.ExpectIdentity("telecom_pbx_incoming_rules.all", map[string]knownvalue.Check{
						"client_id": knownvalue.StringExact(pbx.NumericClientID), "extension_id": knownvalue.Int64Exact(ext),
					}),
				},
			},
		},
	})
}
