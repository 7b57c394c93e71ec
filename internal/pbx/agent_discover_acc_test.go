package pbx_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/querycheck"
	"github.com/hashicorp/terraform-plugin-testing/querycheck/queryfilter"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
)

// Gated like discover_acc_test.go: identity needs Terraform 1.12, queries
// 1.14; they skip on CI's 1.11, and agent_discover_test.go covers the same
// through the protocol.

// agentTypes are a local agent (with its extension) and a remote one, as
// the shared gated tests of discover_acc_test.go take them.
var agentTypes = map[string]pbxType{
	"local": {
		typeName: agentType, idAttr: "agent_id", kind: "local agent",
		hcl: func(name, clientID string) string {
			return agentExtension + "\nresource \"telecom_pbx_agent\" \"test\" {\n" + clientIDLine(clientID) +
				fmt.Sprintf("  extension_id = telecom_pbx_extension.agent.extension_id\n  name         = %q\n}\n", name)
		},
		checkGone: checkAgentsGone,
	},
	"remote": {
		typeName: agentType, idAttr: "agent_id", kind: "remote agent",
		hcl: func(name, clientID string) string {
			return "\nresource \"telecom_pbx_agent\" \"test\" {\n" + clientIDLine(clientID) +
				fmt.Sprintf("  number       = \"+79161234567\"\n  name         = %q\n  call_timeout = 30\n}\n", name)
		},
		checkGone: checkAgentsGone,
	},
}

// The identity holds the numeric client and the kind while state keeps the
// provider default @me; import works by ID string and by identity, for
// both kinds.
func TestAccPBXAgent_identity(t *testing.T) {
	env := acctest.PBX(t)
	cfg := func(clientID string) string {
		return env.ProviderConfig("") + agentTypes["local"].hcl("tf-acc-identity", clientID) +
			strings.ReplaceAll(agentTypes["remote"].hcl("tf-acc-identity", clientID), `"test"`, `"remote"`)
	}
	const localAddr, remoteAddr = "telecom_pbx_agent.test", "telecom_pbx_agent.remote"
	identityOf := func(addr, kind string) statecheck.StateCheck {
		return statecheck.ExpectIdentity(addr, map[string]knownvalue.Check{
			"client_id": numericClient(env), "kind": knownvalue.StringExact(kind), "agent_id": knownvalue.NotNull(),
		})
	}
	resource.ParallelTest(t, resource.TestCase{
		TerraformVersionChecks:   []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_12_0)},
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkAgentsGone(env),
		Steps: []resource.TestStep{
			{
				Config: cfg(""),
				ConfigStateChecks: []statecheck.StateCheck{
					identityOf(localAddr, "local"),
					identityOf(remoteAddr, "remote"),
					statecheck.ExpectIdentityValueMatchesState(localAddr, tfjsonpath.New("agent_id")),
					statecheck.ExpectIdentityValueMatchesState(remoteAddr, tfjsonpath.New("agent_id")),
					statecheck.ExpectIdentityValueMatchesState(remoteAddr, tfjsonpath.New("kind")),
					statecheck.ExpectKnownValue(localAddr, tfjsonpath.New("client_id"), knownvalue.StringExact(env.ClientID)),
				},
			},
			{ResourceName: localAddr, ImportState: true, ImportStateKind: resource.ImportBlockWithID},
			{ResourceName: remoteAddr, ImportState: true, ImportStateKind: resource.ImportBlockWithID},
			{
				Config:          cfg(resolveClient(t, env)),
				ResourceName:    localAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithResourceIdentity,
			},
			{
				Config:          cfg(resolveClient(t, env)),
				ResourceName:    remoteAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithResourceIdentity,
			},
		},
	})
}

// terraform query lists both kinds, each with its kind in the identity, a
// display name with name, kind and id, and its values as an import reads
// them.
func TestAccPBXAgent_query(t *testing.T) {
	accTest(t, agentTypes["local"], tfversion.SkipBelow(tfversion.Version1_14_0), func(env *acctest.PBXEnv, addr string) []resource.TestStep {
		const list, remoteAddr = "telecom_pbx_agent.all", "telecom_pbx_agent.remote"
		var localID, remoteID, extensionID string
		localIdentity := map[string]knownvalue.Check{"client_id": numericClient(env), "kind": knownvalue.StringExact("local"), "agent_id": stored(&localID)}
		remoteIdentity := map[string]knownvalue.Check{"client_id": numericClient(env), "kind": knownvalue.StringExact("remote"), "agent_id": stored(&remoteID)}
		return []resource.TestStep{
			{
				Config: env.ProviderConfig("") + agentTypes["local"].hcl("tf-acc-query", "") +
					strings.ReplaceAll(agentTypes["remote"].hcl("tf-acc-query remote", ""), `"test"`, `"remote"`),
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr(addr, "agent_id", &localID),
					acctest.StoreAttr(remoteAddr, "agent_id", &remoteID),
					acctest.StoreAttr("telecom_pbx_extension.agent", "extension_id", &extensionID),
				),
			},
			{
				Query: true,
				Config: fmt.Sprintf(`
list "telecom_pbx_agent" "all" {
  provider         = telecom
  include_resource = true
  config {
    client_id = %q
  }
}
`, env.ClientID),
				QueryResultChecks: []querycheck.QueryResultCheck{
					querycheck.ExpectLength(list, 2),
					querycheck.ExpectIdentity(list, localIdentity),
					querycheck.ExpectIdentity(list, remoteIdentity),
					querycheck.ExpectResourceDisplayName(list, queryfilter.ByResourceIdentity(localIdentity),
						later(func() string { return "tf-acc-query (local agent " + localID + ")" })),
					querycheck.ExpectResourceDisplayName(list, queryfilter.ByResourceIdentity(remoteIdentity),
						later(func() string { return "tf-acc-query remote (remote agent " + remoteID + ")" })),
					querycheck.ExpectResourceKnownValues(list, queryfilter.ByResourceIdentity(localIdentity), []querycheck.KnownValueCheck{
						{Path: tfjsonpath.New("client_id"), KnownValue: numericClient(env)},
						{Path: tfjsonpath.New("kind"), KnownValue: knownvalue.StringExact("local")},
						{Path: tfjsonpath.New("extension_id"), KnownValue: stored(&extensionID)},
						{Path: tfjsonpath.New("number"), KnownValue: knownvalue.Null()},
						{Path: tfjsonpath.New("status"), KnownValue: knownvalue.StringExact("available")},
					}),
					querycheck.ExpectResourceKnownValues(list, queryfilter.ByResourceIdentity(remoteIdentity), []querycheck.KnownValueCheck{
						{Path: tfjsonpath.New("kind"), KnownValue: knownvalue.StringExact("remote")},
						{Path: tfjsonpath.New("number"), KnownValue: knownvalue.StringExact("+79161234567")},
						{Path: tfjsonpath.New("extension_id"), KnownValue: knownvalue.Null()},
						{Path: tfjsonpath.New("call_timeout"), KnownValue: knownvalue.Int64Exact(30)},
						{Path: tfjsonpath.New("agent_sound_id"), KnownValue: knownvalue.Null()},
					}),
				},
			},
		}
	})
}

// The configuration an import by identity generates plans with the import
// only, for either kind.
func TestAccPBXAgent_queryGeneratedConfigPlansClean(t *testing.T) {
	for _, kind := range []string{"local", "remote"} {
		t.Run(kind, func(t *testing.T) { testAccGeneratedConfig(t, agentTypes[kind]) })
	}
}
