package pbx_test

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	pbxapi "github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// Paths of the agent endpoints, as regular expressions over recorded paths.
const (
	agentsPathRe      = `/client/[^/]+/agent/(local|remote)/?$`
	localAgentPathRe  = `/client/[^/]+/agent/local/[0-9]+/?$`
	remoteAgentPathRe = `/client/[^/]+/agent/remote/[0-9]+/?$`
	localAgentAddr    = "telecom_pbx_agent.local"
	remoteAgentAddr   = "telecom_pbx_agent.remote"
	greetingTitle     = "Office greeting"
)

// agentExtension is the phone extension "agent" a local agent answers on,
// and the sound an agent may be greeted with, picked by title as users do.
const agentExtension = `
resource "telecom_pbx_extension" "agent" {
  name  = "200"
  type  = "phone"
  label = "tf-acc-agent"
}

data "telecom_pbx_sounds" "greeting" {
  title = "` + greetingTitle + `"
}
`

// agentsConfig is agentExtension, a local agent on it and a remote agent,
// with the attribute lines of each (beyond extension_id / number).
func agentsConfig(env *acctest.PBXEnv, local, number, remote string) string {
	return env.ProviderConfig("") + agentExtension + `
resource "telecom_pbx_agent" "local" {
  extension_id = telecom_pbx_extension.agent.extension_id
` + local + `}

resource "telecom_pbx_agent" "remote" {
  number = "` + number + `"
` + remote + `}
`
}

// checkAgentsGone asserts, through the API, that no agent of the state
// exists any more, of either kind.
func checkAgentsGone(env *acctest.PBXEnv) resource.TestCheckFunc {
	return resource.ComposeAggregateTestCheckFunc(
		checkGoneAtAPI(env, "telecom_pbx_agent", "agent_id", func(c *pbxapi.Client) *pbxapi.Collection[pbxapi.Agent] {
			return c.Agents(pbxapi.AgentLocal)
		}),
		checkGoneAtAPI(env, "telecom_pbx_agent", "agent_id", func(c *pbxapi.Client) *pbxapi.Collection[pbxapi.Agent] {
			return c.Agents(pbxapi.AgentRemote)
		}),
	)
}

// describeAgent is what the tests compare of an agent: kind, where it
// answers, name, status and the timers in the order busy, no answer,
// reject, wrap-up, call timeout, then the sound ("-" for none).
func describeAgent(a sandbox.Agent) string {
	where := a.Number
	if a.Kind == sandbox.AgentKindLocal {
		where = "ext"
		if a.ExtensionID != nil {
			where = "ext " + strconv.FormatInt(*a.ExtensionID, 10)
		}
	}
	sound := "-"
	if a.AgentSoundID != nil {
		sound = strconv.FormatInt(*a.AgentSoundID, 10)
	}
	return fmt.Sprintf("%s %s %q %s %d/%d/%d/%d/%d %s", a.Kind, where, a.Name, a.Status,
		a.BusyDelayTime, a.NoAnswerDelayTime, a.RejectDelayTime, a.WrapUpTime, a.CallTimeout, sound)
}

// describeAgentsLater is checkHeld over the agents, with descriptions that
// are known only when the check runs (ids of objects made in the test).
func describeAgentsLater(env *acctest.PBXEnv, want func() []string) resource.TestCheckFunc {
	return func(s *terraform.State) error { return checkHeld(env.Sandbox.Agents, describeAgent, want()...)(s) }
}

func sandboxAgent(env *acctest.PBXEnv, address string, check func(sandbox.Agent) error) resource.TestCheckFunc {
	return sandboxObject(address, "agent_id", env.Sandbox.Agent, check)
}

// greetingSound is the seeded sound titled greetingTitle.
func greetingSound(t *testing.T, env *acctest.PBXEnv) int64 {
	t.Helper()
	for _, s := range env.Sandbox.Sounds() {
		if s.Title == greetingTitle {
			return s.ID
		}
	}
	t.Fatalf("the sandbox has no sound %q", greetingTitle)
	return 0
}

// A local agent (on an extension made in the same configuration) and a
// remote one: create with the PBX's defaults -> import by
// <client_id>/<kind>/<id>, @me and numeric -> change every in-place
// attribute, the remote number too (same agent_id), sending only what
// changed -> drop the sound (sent as null) -> empty re-plans -> destroy,
// checked through the API and at the emulator.
func TestAccPBXAgent_lifecycle(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	sound := greetingSound(t, env)
	var extensionID, localID, remoteID string
	ext := func() string { return "ext " + extensionID }
	changedLocal := `  name                 = "tf-acc-Anna Novak"
  status               = "logged_out"
  busy_delay_time      = 20
  no_answer_delay_time = 30
  reject_delay_time    = 5
  wrap_up_time         = 15
  call_timeout         = 45
  agent_sound_id       = data.telecom_pbx_sounds.greeting.sounds[0].id
`
	withoutSound := `  name                 = "tf-acc-Anna Novak"
  status               = "logged_out"
  busy_delay_time      = 20
  no_answer_delay_time = 30
  reject_delay_time    = 5
  wrap_up_time         = 15
  call_timeout         = 45
`
	created := agentsConfig(env, "  name = \"tf-acc-Anna\"\n", "+79161234567", "  name = \"tf-acc-Boris\"\n")
	changed := agentsConfig(env, changedLocal, "+420601234567", "  name         = \"tf-acc-Boris\"\n  call_timeout = 30\n")
	cleared := agentsConfig(env, withoutSound, "+420601234567", "  name         = \"tf-acc-Boris\"\n  call_timeout = 30\n")
	importByNumericClient := func(addr string) resource.ImportStateIdFunc {
		return func(s *terraform.State) (string, error) {
			rs, ok := s.RootModule().Resources[addr]
			if !ok {
				return "", fmt.Errorf("%s not in state", addr)
			}
			return demoClient + "/" + rs.Primary.Attributes["kind"] + "/" + rs.Primary.Attributes["agent_id"], nil
		}
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy: resource.ComposeAggregateTestCheckFunc(
			checkAgentsGone(env),
			checkHeld(env.Sandbox.Agents, describeAgent),
			checkHeld(env.Sandbox.Extensions, describeExtension),
		),
		Steps: []resource.TestStep{
			{
				Config: created,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectKnownValue(localAgentAddr, tfjsonpath.New("kind"), knownvalue.StringExact("local")),
						plancheck.ExpectKnownValue(remoteAgentAddr, tfjsonpath.New("kind"), knownvalue.StringExact("remote")),
						plancheck.ExpectKnownValue(localAgentAddr, tfjsonpath.New("status"), knownvalue.StringExact("available")),
						plancheck.ExpectKnownValue(localAgentAddr, tfjsonpath.New("call_timeout"), knownvalue.Int64Exact(60)),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr("telecom_pbx_extension.agent", "extension_id", &extensionID),
					acctest.StoreAttr(localAgentAddr, "agent_id", &localID),
					acctest.StoreAttr(remoteAgentAddr, "agent_id", &remoteID),
					resource.TestCheckResourceAttrPair(localAgentAddr, "extension_id", "telecom_pbx_extension.agent", "extension_id"),
					resource.TestMatchResourceAttr(localAgentAddr, "id", regexp.MustCompile(`^@me/local/[1-9][0-9]*$`)),
					resource.TestMatchResourceAttr(remoteAgentAddr, "id", regexp.MustCompile(`^@me/remote/[1-9][0-9]*$`)),
					resource.TestCheckResourceAttr(localAgentAddr, "client_id", "@me"),
					resource.TestCheckNoResourceAttr(localAgentAddr, "number"),
					resource.TestCheckNoResourceAttr(remoteAgentAddr, "extension_id"),
					resource.TestCheckResourceAttr(remoteAgentAddr, "number", "+79161234567"),
					resource.TestCheckResourceAttr(localAgentAddr, "busy_delay_time", "10"),
					resource.TestCheckResourceAttr(localAgentAddr, "no_answer_delay_time", "10"),
					resource.TestCheckResourceAttr(localAgentAddr, "reject_delay_time", "10"),
					resource.TestCheckResourceAttr(localAgentAddr, "wrap_up_time", "0"),
					resource.TestCheckNoResourceAttr(localAgentAddr, "agent_sound_id"),
					describeAgentsLater(env, func() []string {
						return []string{
							fmt.Sprintf(`local %s "tf-acc-Anna" available 10/10/10/0/60 -`, ext()),
							`remote +79161234567 "tf-acc-Boris" available 10/10/10/0/60 -`,
						}
					}),
					checkRequests(env, http.MethodPost, agentsPathRe, 2),
				),
			},
			{ResourceName: localAgentAddr, ImportState: true, ImportStateVerify: true},
			{ResourceName: remoteAgentAddr, ImportState: true, ImportStateVerify: true},
			{
				// The numeric client: state then names it so.
				ResourceName: remoteAgentAddr, ImportState: true, ImportStateVerify: true,
				ImportStateIdFunc:                    importByNumericClient(remoteAgentAddr),
				ImportStateVerifyIdentifierAttribute: "agent_id",
				ImportStateVerifyIgnore:              []string{"id", "client_id"},
			},
			{
				Config:          created,
				ResourceName:    localAgentAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithID,
			},
			{
				PreConfig: resetRequests(env),
				Config:    changed,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(localAgentAddr, plancheck.ResourceActionUpdate),
						plancheck.ExpectResourceAction(remoteAgentAddr, plancheck.ResourceActionUpdate),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(localAgentAddr, "agent_id", &localID),
					resource.TestCheckResourceAttrPtr(remoteAgentAddr, "agent_id", &remoteID),
					resource.TestCheckResourceAttr(localAgentAddr, "agent_sound_id", strconv.FormatInt(sound, 10)),
					resource.TestCheckResourceAttr(remoteAgentAddr, "number", "+420601234567"),
					checkPutBodies(env, localAgentPathRe,
						"agent_sound_id,busy_delay_time,call_timeout,name,no_answer_delay_time,reject_delay_time,status,wrap_up_time"),
					checkPutBodies(env, remoteAgentPathRe, "call_timeout,number"),
					checkRequests(env, http.MethodPost, agentsPathRe, 0),
					describeAgentsLater(env, func() []string {
						return []string{
							fmt.Sprintf(`local %s "tf-acc-Anna Novak" logged_out 20/30/5/15/45 %d`, ext(), sound),
							`remote +420601234567 "tf-acc-Boris" available 10/10/10/0/30 -`,
						}
					}),
				),
			},
			{
				// No sound any more: only agent_sound_id is sent, as null.
				PreConfig: resetRequests(env),
				Config:    cleared,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(localAgentAddr, plancheck.ResourceActionUpdate),
						plancheck.ExpectResourceAction(remoteAgentAddr, plancheck.ResourceActionNoop),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckNoResourceAttr(localAgentAddr, "agent_sound_id"),
					checkPutBodies(env, localAgentPathRe, "agent_sound_id"),
					checkPutBodies(env, remoteAgentPathRe),
					sandboxAgent(env, localAgentAddr, func(a sandbox.Agent) error {
						if a.AgentSoundID != nil && *a.AgentSoundID != 0 {
							return fmt.Errorf("the sound was not cleared: %d", *a.AgentSoundID)
						}
						return nil
					}),
				),
			},
			{ResourceName: localAgentAddr, ImportState: true, ImportStateVerify: true},
		},
	})
}

// The PBX answers an agent's status as an object (the emulator's default,
// {"name": ..., "title": ...}) or as the plain string it takes: both read
// back as the status name, so import verifies and re-plans are empty.
func TestAccPBXAgent_statusShapes(t *testing.T) {
	for name, opts := range map[string][]sandbox.Option{
		"object": nil,
		"string": {sandbox.WithAgentStatusString()},
	} {
		t.Run(name, func(t *testing.T) {
			env := acctest.PBX(t, opts...)
			env.RequireSandbox(t)
			cfg := func(status string) string {
				return agentsConfig(env, fmt.Sprintf("  name   = \"tf-acc-status\"\n  status = %q\n", status), "+79161234567",
					fmt.Sprintf("  name   = \"tf-acc-status remote\"\n  status = %q\n", status))
			}
			resource.ParallelTest(t, resource.TestCase{
				ProtoV6ProviderFactories: acctest.ProviderFactories,
				CheckDestroy:             checkHeld(env.Sandbox.Agents, describeAgent),
				Steps: []resource.TestStep{
					{
						Config: cfg("logged_out"),
						ConfigPlanChecks: resource.ConfigPlanChecks{
							PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
						},
						Check: resource.ComposeAggregateTestCheckFunc(
							resource.TestCheckResourceAttr(localAgentAddr, "status", "logged_out"),
							resource.TestCheckResourceAttr(remoteAgentAddr, "status", "logged_out"),
							checkStatusShape(env, name),
						),
					},
					{ResourceName: localAgentAddr, ImportState: true, ImportStateVerify: true},
					{ResourceName: remoteAgentAddr, ImportState: true, ImportStateVerify: true},
					{
						Config: cfg("available"),
						ConfigPlanChecks: resource.ConfigPlanChecks{
							PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(localAgentAddr, plancheck.ResourceActionUpdate)},
							PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
						},
						Check: resource.ComposeAggregateTestCheckFunc(
							resource.TestCheckResourceAttr(localAgentAddr, "status", "available"),
							resource.TestCheckResourceAttr(remoteAgentAddr, "status", "available"),
						),
					},
				},
			})
		})
	}
}

// checkStatusShape: the emulator answers the agents' status in the shape
// the test is about (an object, or a string), as a raw GET shows it.
func checkStatusShape(env *acctest.PBXEnv, shape string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		token := serveSandbox(env, http.MethodPost, sandbox.TokenPath, "", url.Values{
			"grant_type": {"client_credentials"}, "client_id": {sandbox.DemoAppID}, "client_secret": {sandbox.DemoAppSecret},
		})
		var issued struct {
			AccessToken string `json:"access_token"`
		}
		if err := json.Unmarshal([]byte(token), &issued); err != nil {
			return fmt.Errorf("token answer %s: %w", token, err)
		}
		for _, kind := range pbxapi.AgentKinds {
			body := serveSandbox(env, http.MethodGet, sandbox.BasePath+"/client/@me/agent/"+kind+"/", issued.AccessToken, nil)
			var agents []struct {
				Status json.RawMessage `json:"status"`
			}
			if err := json.Unmarshal([]byte(body), &agents); err != nil || len(agents) == 0 {
				return fmt.Errorf("%s agents %s: %v", kind, body, err)
			}
			for _, a := range agents {
				if isObject := strings.HasPrefix(string(a.Status), "{"); isObject != (shape == "object") {
					return fmt.Errorf("a %s agent's status is %s, want it as %s", kind, a.Status, shape)
				}
			}
		}
		return nil
	}
}

// serveSandbox sends one request to the emulator in-process and returns
// the answer's body: form (when given) as a form body, token as Bearer.
func serveSandbox(env *acctest.PBXEnv, method, target, token string, form url.Values) string {
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req := httptest.NewRequest(method, target, body)
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	env.Sandbox.ServeHTTP(rec, req)
	return rec.Body.String()
}

// Destroy deletes agents with remove_from_queues=true: agents in a queue
// (the API has no call for that, so the emulator puts them there) are
// deleted, taken out of the queue, and nothing else is left.
func TestAccPBXAgent_deleteRemovesFromQueues(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	const queue = `
resource "telecom_pbx_extension" "queue" {
  name  = "300"
  type  = "queue"
  label = "tf-acc-queue"
}
`
	cfg := agentsConfig(env, "  name = \"tf-acc-queued\"\n", "+79161234567", "  name = \"tf-acc-queued remote\"\n") + queue
	var localID, remoteID, queueID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy: resource.ComposeAggregateTestCheckFunc(
			checkHeld(env.Sandbox.Agents, describeAgent),
			checkHeld(env.Sandbox.Extensions, describeExtension),
		),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr(localAgentAddr, "agent_id", &localID),
					acctest.StoreAttr(remoteAgentAddr, "agent_id", &remoteID),
					acctest.StoreAttr("telecom_pbx_extension.queue", "extension_id", &queueID),
				),
			},
			{
				// Both agents go into the queue; then they leave the
				// configuration, the queue stays.
				PreConfig: func() {
					for _, id := range []string{localID, remoteID} {
						a, ok := env.Sandbox.Agent(mustID(t, id))
						mustHave(t, ok, "agent "+id)
						a.Queues = []int64{mustID(t, queueID)}
						env.Sandbox.PutAgent(a)
					}
					env.Sandbox.Kit.ResetRequests()
				},
				Config: env.ProviderConfig("") + agentExtension + queue,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(localAgentAddr, plancheck.ResourceActionDestroy),
						plancheck.ExpectResourceAction(remoteAgentAddr, plancheck.ResourceActionDestroy),
					},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkHeld(env.Sandbox.Agents, describeAgent),
					func(*terraform.State) error {
						got := env.Sandbox.AgentDeletions()
						want := []sandbox.AgentDeletion{
							{Kind: "local", AgentID: mustID(t, localID), Given: true, RemoveFromQueues: "true"},
							{Kind: "remote", AgentID: mustID(t, remoteID), Given: true, RemoveFromQueues: "true"},
						}
						byID := func(a, b sandbox.AgentDeletion) int { return cmp.Compare(a.AgentID, b.AgentID) }
						slices.SortFunc(got, byID)
						slices.SortFunc(want, byID)
						if !slices.Equal(got, want) {
							return fmt.Errorf("agent deletions %+v, want %+v", got, want)
						}
						return nil
					},
				),
			},
		},
	})
}

// A new extension replaces a local agent; switching local -> remote and
// back replaces it too; each time the new agent has a new id and the old
// one is gone.
func TestAccPBXAgent_replace(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	const addr = "telecom_pbx_agent.test"
	extensions := `
resource "telecom_pbx_extension" "a" {
  name  = "210"
  type  = "phone"
  label = "tf-acc-a"
}

resource "telecom_pbx_extension" "b" {
  name  = "211"
  type  = "phone"
  label = "tf-acc-b"
}
`
	agent := func(where string) string {
		return env.ProviderConfig("") + extensions + "\nresource \"telecom_pbx_agent\" \"test\" {\n  name = \"tf-acc-mover\"\n" + where + "}\n"
	}
	var agentID string
	newAgent := func(kind string) resource.TestCheckFunc {
		return resource.ComposeAggregateTestCheckFunc(
			resource.TestCheckResourceAttr(addr, "kind", kind),
			resource.TestCheckResourceAttrWith(addr, "agent_id", func(id string) error {
				if id == agentID {
					return fmt.Errorf("agent_id %s did not change on replacement", id)
				}
				agentID = id
				return nil
			}),
			func(*terraform.State) error {
				if all := env.Sandbox.Agents(); len(all) != 1 || strconv.FormatInt(all[0].ID, 10) != agentID || all[0].Kind != kind {
					return fmt.Errorf("the sandbox holds %+v, want only the %s agent %s", all, kind, agentID)
				}
				return nil
			},
		)
	}
	replaced := func() resource.ConfigPlanChecks {
		return resource.ConfigPlanChecks{
			PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(addr, plancheck.ResourceActionDestroyBeforeCreate)},
			PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
		}
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkHeld(env.Sandbox.Agents, describeAgent),
		Steps: []resource.TestStep{
			{
				Config: agent("  extension_id = telecom_pbx_extension.a.extension_id\n"),
				Check:  newAgent("local"),
			},
			{
				Config:           agent("  extension_id = telecom_pbx_extension.b.extension_id\n"),
				ConfigPlanChecks: replaced(),
				Check: resource.ComposeAggregateTestCheckFunc(
					newAgent("local"),
					resource.TestCheckResourceAttrPair(addr, "extension_id", "telecom_pbx_extension.b", "extension_id"),
				),
			},
			{
				Config:           agent("  number = \"+79161234567\"\n"),
				ConfigPlanChecks: replaced(),
				Check: resource.ComposeAggregateTestCheckFunc(
					newAgent("remote"),
					resource.TestCheckNoResourceAttr(addr, "extension_id"),
					resource.TestMatchResourceAttr(addr, "id", regexp.MustCompile(`^@me/remote/[0-9]+$`)),
				),
			},
			{
				Config:           agent("  extension_id = telecom_pbx_extension.a.extension_id\n"),
				ConfigPlanChecks: replaced(),
				Check: resource.ComposeAggregateTestCheckFunc(
					newAgent("local"),
					resource.TestCheckNoResourceAttr(addr, "number"),
					resource.TestMatchResourceAttr(addr, "id", regexp.MustCompile(`^@me/local/[0-9]+$`)),
				),
			},
			{
				// The extension itself is replaced (a new number): the agent
				// on it is replaced too, deleted before its extension (which
				// the PBX refuses to delete while an agent is on it).
				Config: strings.Replace(agent("  extension_id = telecom_pbx_extension.a.extension_id\n"), `name  = "210"`, `name  = "212"`, 1),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction("telecom_pbx_extension.a", plancheck.ResourceActionDestroyBeforeCreate),
						plancheck.ExpectResourceAction(addr, plancheck.ResourceActionDestroyBeforeCreate),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					newAgent("local"),
					resource.TestCheckResourceAttrPair(addr, "extension_id", "telecom_pbx_extension.a", "extension_id"),
				),
			},
		},
	})
}

// Drift: a local agent deleted behind Terraform's back is created again; a
// remote one changed by hand (name, number, status, a timer) is changed
// back in place, sending only what differs; one deleted again leaves the
// state on refresh.
func TestAccPBXAgent_drift(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	cfg := agentsConfig(env, "  name = \"tf-acc-drift local\"\n", "+79161234567", "  name = \"tf-acc-drift remote\"\n")
	var extensionID, localID, remoteID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkHeld(env.Sandbox.Agents, describeAgent),
		Steps: []resource.TestStep{
			{
				Config: cfg,
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr("telecom_pbx_extension.agent", "extension_id", &extensionID),
					acctest.StoreAttr(localAgentAddr, "agent_id", &localID),
					acctest.StoreAttr(remoteAgentAddr, "agent_id", &remoteID),
				),
			},
			{
				PreConfig: func() {
					mustHave(t, env.Sandbox.DeleteAgent(mustID(t, localID)), "agent "+localID)
					a, ok := env.Sandbox.Agent(mustID(t, remoteID))
					mustHave(t, ok, "agent "+remoteID)
					a.Name, a.Number, a.Status, a.WrapUpTime = "renamed by hand", "+420601111111", "logged_out", 99
					env.Sandbox.PutAgent(a)
					env.Sandbox.Kit.ResetRequests()
				},
				Config: cfg,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(localAgentAddr, plancheck.ResourceActionCreate),
						plancheck.ExpectResourceAction(remoteAgentAddr, plancheck.ResourceActionUpdate),
						plancheck.ExpectKnownValue(remoteAgentAddr, tfjsonpath.New("status"), knownvalue.StringExact("available")),
						plancheck.ExpectKnownValue(remoteAgentAddr, tfjsonpath.New("wrap_up_time"), knownvalue.Int64Exact(0)),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(remoteAgentAddr, "agent_id", &remoteID),
					checkPutBodies(env, remoteAgentPathRe, "name,number,status,wrap_up_time"),
					describeAgentsLater(env, func() []string {
						return []string{
							fmt.Sprintf(`local ext %s "tf-acc-drift local" available 10/10/10/0/60 -`, extensionID),
							`remote +79161234567 "tf-acc-drift remote" available 10/10/10/0/60 -`,
						}
					}),
				),
			},
			{
				PreConfig: func() {
					mustHave(t, env.Sandbox.DeleteAgent(mustID(t, remoteID)), "agent "+remoteID)
				},
				RefreshState:       true,
				ExpectNonEmptyPlan: true,
				Check:              checkNotInState(remoteAgentAddr),
			},
		},
	})
}

// A queue call that rings an agent for no time cannot be answered (the PBX
// refuses call_timeout 0): refused at plan time, before any request, with
// the attribute named; the other times may be 0.
func TestAccPBXAgent_callTimeoutAtPlan(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	agent := func(lines string) string {
		return env.ProviderConfig("") + "\nresource \"telecom_pbx_agent\" \"test\" {\n  name   = \"tf-acc-zero\"\n  number = \"+79161234567\"\n" +
			lines + "}\n"
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config:      agent("  call_timeout = 0\n"),
				PlanOnly:    true,
				ExpectError: acctest.Phrases("Invalid Attribute Value", "call_timeout", "value must be at least 1, got: 0"),
			},
			{
				PreConfig: func() { env.RequireNoRequests(t) },
				Config: agent("  busy_delay_time = 0\n  no_answer_delay_time = 0\n  reject_delay_time = 0\n  wrap_up_time = 0\n" +
					"  call_timeout = 1\n"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: checkHeld(env.Sandbox.Agents, describeAgent, `remote +79161234567 "tf-acc-zero" available 0/0/0/0/1 -`),
			},
		},
	})
}
