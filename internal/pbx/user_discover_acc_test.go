package pbx_test

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
)

// Gated like discover_acc_test.go: identity needs Terraform 1.12, queries
// 1.14; they skip on CI's 1.11, and the protocol tests of
// user_discover_test.go cover the same.

// userPBXType is the portal user for accTest: the office and users go away.
var userPBXType = pbxType{typeName: userType, idAttr: "user_id", kind: "portal user", checkGone: checkUserOfficeGone}

// The identity holds the numeric client id and the scope while the state
// keeps the provider default @me; import works by ID string and by
// identity, and plans clean without a password_wo_version (the PBX cannot
// say which version a password has).
func TestAccPBXUser_identity(t *testing.T) {
	accTest(t, userPBXType, tfversion.SkipBelow(tfversion.Version1_12_0), func(env *acctest.PBXEnv, addr string) []resource.TestStep {
		user := portalUser{login: "tf-acc-identity", name: "Identity", email: "identity@example.com", scope: onFirstExtension}
		numeric := user
		numeric.extra = fmt.Sprintf("  client_id = %q\n", resolveClient(t, env))
		return []resource.TestStep{
			{
				Config:          userConfig(env, user),
				ConfigVariables: userVars(userPassword1),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectIdentity(addr, map[string]knownvalue.Check{
						"client_id": numericClient(env),
						"scope":     knownvalue.StringExact("extension"),
						"user_id":   knownvalue.NotNull(),
					}),
					statecheck.ExpectIdentityValueMatchesState(addr, tfjsonpath.New("user_id")),
					statecheck.ExpectIdentityValueMatchesState(addr, tfjsonpath.New("scope")),
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("client_id"), knownvalue.StringExact(env.ClientID)),
				},
			},
			{
				// import { id = "@me/extension/<id>" } with the same configuration.
				Config:          userConfig(env, user),
				ConfigVariables: userVars(userPassword1),
				ResourceName:    addr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithID,
			},
			{
				// import { identity = { client_id = "<number>", scope, user_id } }.
				Config:          userConfig(env, numeric),
				ConfigVariables: userVars(userPassword1),
				ResourceName:    addr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithResourceIdentity,
			},
		}
	})
}

// terraform query lists the users of every scope with their numeric
// identity, scope and display name and, with include_resource, their values
// as an import reads them.
func TestAccPBXUser_query(t *testing.T) {
	accTest(t, userPBXType, tfversion.SkipBelow(tfversion.Version1_14_0), func(env *acctest.PBXEnv, _ string) []resource.TestStep {
		ids := map[string]*string{"client": new(string), "extension": new(string), "group": new(string)}
		identity := func(scope, res string) map[string]knownvalue.Check {
			return map[string]knownvalue.Check{
				"client_id": numericClient(env), "scope": knownvalue.StringExact(scope), "user_id": stored(ids[res]),
			}
		}
		const list = "telecom_pbx_user.all"
		checks := []querycheck.QueryResultCheck{querycheck.ExpectLength(list, 3)}
		for _, u := range []struct{ res, scope, display, bound string }{
			{"client", "client", "tf-acc-fault-c (Fault client, client user %s)", ""},
			{"extension", "extension", "tf-acc-fault-e (Fault extension, extension user %s)", "extension_id"},
			{"group", "extension_group", "tf-acc-fault-g (Fault group, extension group user %s)", "extension_group_id"},
		} {
			id := identity(u.scope, u.res)
			checks = append(checks,
				querycheck.ExpectIdentity(list, id),
				querycheck.ExpectResourceDisplayName(list, queryfilter.ByResourceIdentity(id),
					later(func() string { return fmt.Sprintf(u.display, *ids[u.res]) })),
				querycheck.ExpectResourceKnownValues(list, queryfilter.ByResourceIdentity(id), []querycheck.KnownValueCheck{
					{Path: tfjsonpath.New("scope"), KnownValue: knownvalue.StringExact(u.scope)},
					{Path: tfjsonpath.New("client_id"), KnownValue: numericClient(env)},
					{Path: tfjsonpath.New("status"), KnownValue: knownvalue.StringExact("active")},
					{Path: tfjsonpath.New("password_wo_version"), KnownValue: knownvalue.Null()},
				}),
			)
		}
		return []resource.TestStep{
			{
				Config:          userConfig(env, usersOfEveryScope...),
				ConfigVariables: userVars(userPassword1),
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr("telecom_pbx_user.client", "user_id", ids["client"]),
					acctest.StoreAttr("telecom_pbx_user.extension", "user_id", ids["extension"]),
					acctest.StoreAttr("telecom_pbx_user.group", "user_id", ids["group"]),
				),
			},
			{
				Query:           true,
				ConfigVariables: userVars(userPassword1),
				Config: fmt.Sprintf(`
list "telecom_pbx_user" "all" {
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

// The configuration an import by identity generates (password_wo left out,
// as the PBX never answers it) plans with the import only.
func TestAccPBXUser_queryGeneratedConfigPlansClean(t *testing.T) {
	accTest(t, userPBXType, tfversion.SkipBelow(tfversion.Version1_14_0), func(env *acctest.PBXEnv, addr string) []resource.TestStep {
		user := portalUser{login: "tf-acc-generated", name: "Generated", email: "generated@example.com", scope: inFirstGroup,
			extra: "  comment = \"generated\"\n", version: 1}
		return []resource.TestStep{
			{Config: userConfig(env, user), ConfigVariables: userVars(userPassword1)},
			{
				ConfigVariables: userVars(userPassword1),
				ResourceName:    addr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithResourceIdentity,
				GenerateConfig:  true,
				ImportPlanChecks: resource.ImportPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(userType+".generated", plancheck.ResourceActionNoop)},
				},
			},
		}
	})
}
