package pbx_test

import (
	"context"
	"encoding/json"
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

// These need a newer Terraform than CI's 1.11: they skip there, saying so,
// and run unchanged wherever TF_ACC_TERRAFORM_PATH points at 1.14 or later.
// The same behaviour is tested through the protocol in every make test
// (discover_test.go). Every PBX type runs the same steps (pbxTypes).

func TestAccPBXInterval_identity(t *testing.T) { testAccIdentity(t, pbxTypes[0]) }
func TestAccPBXDialRule_identity(t *testing.T) { testAccIdentity(t, pbxTypes[1]) }
func TestAccPBXInterval_query(t *testing.T)    { testAccQuery(t, pbxTypes[0]) }
func TestAccPBXDialRule_query(t *testing.T)    { testAccQuery(t, pbxTypes[1]) }

func TestAccPBXInterval_queryGeneratedConfigPlansClean(t *testing.T) {
	testAccGeneratedConfig(t, pbxTypes[0])
}

func TestAccPBXDialRule_queryGeneratedConfigPlansClean(t *testing.T) {
	testAccGeneratedConfig(t, pbxTypes[1])
}

// The identity holds the numeric client id while state keeps the provider
// default @me; import works by ID string and by identity.
func testAccIdentity(t *testing.T, typ pbxType) {
	accTest(t, typ, tfversion.SkipBelow(tfversion.Version1_12_0), func(env *acctest.PBXEnv, addr string) []resource.TestStep {
		return []resource.TestStep{
			{
				Config: env.ProviderConfig("") + typ.hcl("tf-acc-identity", ""),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectIdentity(addr, map[string]knownvalue.Check{
						"client_id": numericClient(env),
						typ.idAttr:  knownvalue.NotNull(),
					}),
					statecheck.ExpectIdentityValueMatchesState(addr, tfjsonpath.New(typ.idAttr)),
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("client_id"), knownvalue.StringExact(env.ClientID)),
				},
			},
			{
				// import { id = "@me/<id>" } with the same configuration.
				ResourceName:    addr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithID,
			},
			{
				// import { identity = { client_id = "<number>", … } }: the
				// identity names the client by number, so does the
				// configuration, or the plan would replace the object.
				Config:          env.ProviderConfig("") + typ.hcl("tf-acc-identity", resolveClient(t, env)),
				ResourceName:    addr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithResourceIdentity,
			},
		}
	})
}

// terraform query lists the object with its numeric identity, its display
// name and, with include_resource, its values as an import reads them.
func testAccQuery(t *testing.T, typ pbxType) {
	list := typ.typeName + ".all"
	accTest(t, typ, tfversion.SkipBelow(tfversion.Version1_14_0), func(env *acctest.PBXEnv, addr string) []resource.TestStep {
		var objectID string
		identity := map[string]knownvalue.Check{"client_id": numericClient(env), typ.idAttr: stored(&objectID)}
		content := append([]querycheck.KnownValueCheck{
			{Path: tfjsonpath.New("client_id"), KnownValue: numericClient(env)},
			{Path: tfjsonpath.New("name"), KnownValue: knownvalue.StringExact("tf-acc-query")},
		}, typ.hclContent...)
		return []resource.TestStep{
			{
				Config: env.ProviderConfig("") + typ.hcl("tf-acc-query", ""),
				Check:  acctest.StoreAttr(addr, typ.idAttr, &objectID),
			},
			{
				// The step's configuration (with the provider block) stays
				// beside the query file: the query adds only the list block.
				Query: true,
				Config: fmt.Sprintf(`
list %q "all" {
  provider         = telecom
  include_resource = true
  config {
    client_id = %q
  }
}
`, typ.typeName, env.ClientID),
				QueryResultChecks: []querycheck.QueryResultCheck{
					querycheck.ExpectLengthAtLeast(list, 1),
					querycheck.ExpectIdentity(list, identity),
					querycheck.ExpectResourceDisplayName(list, queryfilter.ByResourceIdentity(identity),
						later(func() string { return fmt.Sprintf("tf-acc-query (%s %s)", typ.kind, objectID) })),
					querycheck.ExpectResourceKnownValues(list, queryfilter.ByResourceIdentity(identity), content),
				},
			},
		}
	})
}

// The configuration an import by identity generates plans with the import
// only: the same values terraform query -generate-config-out writes (the
// protocol test TestProtocolPBX_listsWithIdentity compares the two).
func testAccGeneratedConfig(t *testing.T, typ pbxType) {
	accTest(t, typ, tfversion.SkipBelow(tfversion.Version1_14_0), func(env *acctest.PBXEnv, addr string) []resource.TestStep {
		return []resource.TestStep{
			{Config: env.ProviderConfig("") + typ.hcl("tf-acc-generated", "")},
			{
				ResourceName:    addr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithResourceIdentity,
				GenerateConfig:  true,
				ImportPlanChecks: resource.ImportPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(addr, plancheck.ResourceActionNoop)},
				},
			},
		}
	})
}

// accTest runs the steps against a fresh environment where the Terraform
// version allows, and checks at the end that the objects are gone. addr is
// the resource typ.hcl declares.
func accTest(t *testing.T, typ pbxType, version tfversion.TerraformVersionCheck, steps func(env *acctest.PBXEnv, addr string) []resource.TestStep) {
	t.Helper()
	env := acctest.PBX(t)
	resource.ParallelTest(t, resource.TestCase{
		TerraformVersionChecks:   []tfversion.TerraformVersionCheck{version},
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             typ.checkGone(env),
		Steps:                    steps(env, typ.typeName+".test"),
	})
}

// numericClient checks a client id: the sandbox client's number, or on the
// real API any number.
func numericClient(env *acctest.PBXEnv) knownvalue.Check {
	if env.NumericClientID != "" {
		return knownvalue.StringExact(env.NumericClientID)
	}
	return later(func() string { return resolveClientFor(env) })
}

// resolveClient is the numeric id of the test's client.
func resolveClient(t *testing.T, env *acctest.PBXEnv) string {
	t.Helper()
	if env.NumericClientID != "" {
		return env.NumericClientID
	}
	id := resolveClientFor(env)
	if id == "" {
		t.Fatalf("could not resolve client %s", env.ClientID)
	}
	return id
}

func resolveClientFor(env *acctest.PBXEnv) string {
	id, err := env.Client.NumericClientID(context.Background(), env.ClientID)
	if err != nil {
		return ""
	}
	return id
}

// later checks a string (or number) known only once an earlier step ran.
type later func() string

func (want later) CheckValue(v any) error {
	var got string
	switch v := v.(type) {
	case string:
		got = v
	case json.Number:
		got = v.String()
	default:
		return fmt.Errorf("got %v (%T), want %s", v, v, want())
	}
	if got != want() {
		return fmt.Errorf("got %s, want %s", got, want())
	}
	return nil
}

func (want later) String() string { return want() }

// stored checks against a value an earlier step stored (acctest.StoreAttr).
func stored(value *string) later { return func() string { return *value } }
