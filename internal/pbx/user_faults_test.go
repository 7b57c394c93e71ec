package pbx_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// usersOfEveryScope is a client, an extension and a group user.
var usersOfEveryScope = []portalUser{
	{res: "client", login: "tf-acc-fault-c", name: "Fault client", email: "c@example.com", version: 1},
	{res: "extension", login: "tf-acc-fault-e", name: "Fault extension", email: "e@example.com", version: 1, scope: onFirstExtension},
	{res: "group", login: "tf-acc-fault-g", name: "Fault group", email: "g@example.com", version: 1, scope: inFirstGroup},
}

// checkUsersOfEveryScope: the PBX holds each of usersOfEveryScope once,
// with its password.
func checkUsersOfEveryScope(env *acctest.PBXEnv, password string) resource.TestCheckFunc {
	return resource.ComposeAggregateTestCheckFunc(
		checkUsers(env, `client tf-acc-fault-c "Fault client"`, `extension tf-acc-fault-e "Fault extension"`,
			`extension_group tf-acc-fault-g "Fault group"`),
		checkUserPassword(env, "telecom_pbx_user.client", password),
		checkUserPassword(env, "telecom_pbx_user.extension", password),
		checkUserPassword(env, "telecom_pbx_user.group", password),
	)
}

// The answers to the three creates are lost after the PBX made the users:
// the provider finds each in its scope's listing instead of posting again
// (the PBX would refuse the second POST of a login, 409), and a second
// apply plans nothing.
func TestAccPBXUser_droppedCreateResponse(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: http.MethodPost, Path: usersPathRe, Times: 3}); err != nil {
		t.Fatal(err)
	}
	cfg := userConfig(env, usersOfEveryScope...)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkUserOfficeGone(env),
		Steps: []resource.TestStep{
			{
				Config:          cfg,
				ConfigVariables: userVars(userPassword1),
				Check: resource.ComposeAggregateTestCheckFunc(
					checkUsersOfEveryScope(env, userPassword1),
					checkUserPosts(env, 3),
					func(*terraform.State) error {
						if f := env.Sandbox.Kit.Faults(); len(f) != 1 || f[0].Hits != 3 {
							return fmt.Errorf("faults %+v, want the three creates' answers dropped", f)
						}
						return nil
					},
				),
			},
			{
				Config:          cfg,
				ConfigVariables: userVars(userPassword1),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(checkUsersOfEveryScope(env, userPassword1), checkUserPosts(env, 3)),
			},
		},
	})
}

// HTTP 429 whose quota resets in two seconds: the provider waits for the
// reset, and the apply leaves each user exactly once.
func TestAccPBXUser_rateLimitShortReset(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	var resetAt time.Time
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkUserOfficeGone(env),
		Steps: []resource.TestStep{{
			PreConfig: func() {
				env.Sandbox.ExhaustQuota(2 * time.Second)
				resetAt = time.Now().Add(2 * time.Second)
			},
			Config:          userConfig(env, usersOfEveryScope...),
			ConfigVariables: userVars(userPassword1),
			ConfigPlanChecks: resource.ConfigPlanChecks{
				PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
			},
			Check: resource.ComposeAggregateTestCheckFunc(
				// Each user once: a POST refused with 429 made nothing.
				checkUsersOfEveryScope(env, userPassword1),
				// Something met the 429; the users were made after the reset.
				func(*terraform.State) error {
					refused := 0
					for _, r := range env.Sandbox.Kit.Requests() {
						if !strings.HasPrefix(r.Path, sandbox.BasePath) {
							continue
						}
						if r.Time.Before(resetAt.Add(-100 * time.Millisecond)) {
							refused++
						} else if r.Method == http.MethodPost && strings.Contains(r.Path, "/user/") && r.Time.Before(resetAt) {
							return fmt.Errorf("a user was created at %v, before the quota reset at %v", r.Time, resetAt)
						}
					}
					if refused == 0 {
						return fmt.Errorf("no request met the used-up quota (reset at %v)", resetAt)
					}
					return nil
				},
			),
		}},
	})
}

// HTTP 5xx while refreshing: a passing one is retried and the plan is
// empty; a lasting one fails the refresh with the vendor's answer.
func TestAccPBXUser_serverErrorOnRefresh(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	addFault := func(times int) func() {
		return func() {
			env.Sandbox.Kit.ClearFaults()
			if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: http.StatusServiceUnavailable,
				Method: http.MethodGet, Path: `/user/`, Times: times}); err != nil {
				t.Fatal(err)
			}
		}
	}
	user := portalUser{login: "tf-acc-refresh", name: "Refresh", email: "refresh@example.com", version: 1}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkUserOfficeGone(env),
		Steps: []resource.TestStep{
			{Config: userConfig(env, user), ConfigVariables: userVars(userPassword1)},
			{
				PreConfig:       addFault(1),
				Config:          userConfig(env, user),
				ConfigVariables: userVars(userPassword1),
				PlanOnly:        true,
				Check: func(*terraform.State) error {
					if f := env.Sandbox.Kit.Faults(); len(f) != 1 || f[0].Hits != 1 {
						return fmt.Errorf("faults %+v, want one 503 answered", f)
					}
					return nil
				},
			},
			{
				PreConfig:       addFault(0),
				Config:          userConfigWith(env, "  max_retries = 1\n", user),
				ConfigVariables: userVars(userPassword1),
				PlanOnly:        true,
				ExpectError: acctest.Phrases(`Error reading PBX portal user`,
					`Could not read portal user`, `of client @me: Telphin API answered HTTP 503`),
			},
			{
				PreConfig:       func() { env.Sandbox.Kit.ClearFaults() },
				Config:          userConfig(env, user),
				ConfigVariables: userVars(userPassword1),
				PlanOnly:        true,
			},
		},
	})
}

// A login is unique over every portal user of the PBX, whatever its scope:
// an extension user with the login of an existing client user is refused
// (409) with an error that names the login and says what to do; the
// existing user is neither taken over nor changed.
func TestAccPBXUser_duplicateLogin(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	taken := putUser(t, env, sandbox.User{Scope: "client", Login: "tf-acc-taken", Name: "Taken", Email: "taken@example.com"}, "by-hand")
	user := portalUser{login: "tf-acc-taken", name: "Newcomer", email: "new@example.com", scope: onFirstExtension, version: 1}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy: resource.ComposeAggregateTestCheckFunc(
			checkUsers(env, `client tf-acc-taken "Taken"`),
			checkHeld(env.Sandbox.Extensions, describeExtension),
			func(*terraform.State) error {
				if pw, _ := env.Sandbox.UserPassword(taken.ID); pw != "by-hand" {
					return fmt.Errorf("the existing user's password was changed")
				}
				return nil
			},
		),
		Steps: []resource.TestStep{{
			Config:          userConfig(env, user),
			ConfigVariables: userVars(userPassword1),
			ExpectError: acctest.Phrases(`Error creating PBX portal user`,
				`Could not create portal user "tf-acc-taken" for client @me`,
				`HTTP 409 already_exists`, fmt.Sprintf(`User login \"tf-acc-taken\" already exists (id %d)`, taken.ID),
				`unique over all portal users`, `import`),
		}},
	})
}
