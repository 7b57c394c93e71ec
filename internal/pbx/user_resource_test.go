package pbx_test

import (
	"fmt"
	"net/http"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// Portal user passwords of the tests.
const (
	userPassword1 = "first-Portal-Pass1"
	userPassword2 = "second-Portal-Pass2"
	userPassword3 = "third-Portal-Pass3"
)

// userScopeCase is one scope under the lifecycle test: the scope line of
// the user as created and after a move (the same for a client user), and
// the attribute and resource it is bound through.
type userScopeCase struct {
	scope         string
	first, second string
	attr          string // extension_id, extension_group_id; "" for a client user
	firstBound    string // the resource the user is bound to at first
	secondBound   string // and after the move
}

func TestAccPBXUser_lifecycleClient(t *testing.T) {
	testUserLifecycle(t, userScopeCase{scope: "client"})
}

func TestAccPBXUser_lifecycleExtension(t *testing.T) {
	testUserLifecycle(t, userScopeCase{
		scope: "extension", first: onFirstExtension, second: onSecondExtension, attr: "extension_id",
		firstBound: "telecom_pbx_extension.first", secondBound: "telecom_pbx_extension.second",
	})
}

func TestAccPBXUser_lifecycleExtensionGroup(t *testing.T) {
	testUserLifecycle(t, userScopeCase{
		scope: "extension_group", first: inFirstGroup, second: inSecondGroup, attr: "extension_group_id",
		firstBound: "telecom_pbx_extension_group.first", secondBound: "telecom_pbx_extension_group.second",
	})
}

// create (the PBX's defaults for access, status and time zone shown; the
// password sent with the create and nowhere in plan or state) -> import by
// <client_id>/<scope>/<user_id>, verified, also with the numeric client id
// and as an import block -> every in-place attribute changed, and an
// extension or group user moved, sending only those and keeping the user_id
// and the password -> the comment cleared -> empty re-plans -> destroy,
// checked at the emulator.
func testUserLifecycle(t *testing.T, sc userScopeCase) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	created := portalUser{login: "tf-acc-anna", name: "Anna Novak", email: "anna@example.com", scope: sc.first, version: 1}
	withoutVersion := created
	withoutVersion.version = 0
	changed := created
	changed.name, changed.email, changed.scope = "Anna Novak-Svobodova", "anna.novak@example.com", sc.second
	changed.extra = `  access   = "read_only"
  status   = "blocked"
  timezone = "Europe/Prague"
  comment  = "tf-acc front desk"
`
	cleared := changed
	cleared.extra = "  access   = \"read_only\"\n  status   = \"blocked\"\n  timezone = \"Europe/Prague\"\n"
	putFields := "access,comment,email,name,status,timezone"
	if sc.attr == "extension_id" {
		putFields = "access,comment,email,extension_id,name,status,timezone"
	} else if sc.attr != "" {
		putFields = "access,comment,email,extension_group_id,name,status,timezone"
	}
	bound := func(res string) resource.TestCheckFunc {
		if sc.attr == "" {
			return resource.ComposeAggregateTestCheckFunc(
				resource.TestCheckNoResourceAttr(userAddr, "extension_id"),
				resource.TestCheckNoResourceAttr(userAddr, "extension_group_id"),
			)
		}
		return checkUserBoundTo(env, userAddr, sc.attr, res)
	}
	noPassword := []statecheck.StateCheck{acctest.StateHasNoSecrets("tf-acc-anna", acctest.SecretForms(userPassword1))}
	var userID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkUserOfficeGone(env),
		Steps: []resource.TestStep{
			{
				Config:          userConfig(env, created),
				ConfigVariables: userVars(userPassword1),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(userAddr, plancheck.ResourceActionCreate),
						plancheck.ExpectKnownValue(userAddr, tfjsonpath.New("scope"), knownvalue.StringExact(sc.scope)),
						plancheck.ExpectKnownValue(userAddr, tfjsonpath.New("password_wo"), knownvalue.Null()),
						planHasNoPassword{userPassword1},
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				ConfigStateChecks: noPassword,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestMatchResourceAttr(userAddr, "id", regexp.MustCompile(`^@me/`+sc.scope+`/[1-9][0-9]*$`)),
					resource.TestCheckResourceAttr(userAddr, "client_id", "@me"),
					resource.TestCheckResourceAttr(userAddr, "scope", sc.scope),
					acctest.StoreAttr(userAddr, "user_id", &userID),
					resource.TestCheckResourceAttr(userAddr, "login", "tf-acc-anna"),
					resource.TestCheckResourceAttr(userAddr, "access", "full"),
					resource.TestCheckResourceAttr(userAddr, "status", "active"),
					resource.TestCheckResourceAttr(userAddr, "timezone", sandbox.DemoTimezone),
					resource.TestCheckNoResourceAttr(userAddr, "comment"),
					resource.TestCheckNoResourceAttr(userAddr, "password_wo"),
					resource.TestCheckResourceAttr(userAddr, "password_wo_version", "1"),
					bound(sc.firstBound),
					checkUsers(env, sc.scope+` tf-acc-anna "Anna Novak"`),
					checkUserPassword(env, userAddr, userPassword1),
					checkUserPosts(env, 1),
				),
			},
			{
				ResourceName:            userAddr,
				ImportState:             true,
				ImportStateVerify:       true,
				ImportStateVerifyIgnore: userNotReadBack,
				ConfigVariables:         userVars(userPassword1),
			},
			{
				// The numeric client id names the same user.
				ResourceName: userAddr,
				ImportState:  true,
				ImportStateIdFunc: func(*terraform.State) (string, error) {
					return fmt.Sprintf("%s/%s/%s", demoClient, sc.scope, userID), nil
				},
				ImportStateCheck: func(states []*terraform.InstanceState) error {
					if len(states) != 1 {
						return fmt.Errorf("%d states imported", len(states))
					}
					a := states[0].Attributes
					if a["user_id"] != userID || a["scope"] != sc.scope || a["client_id"] != demoClient || a["login"] != "tf-acc-anna" ||
						a["id"] != demoClient+"/"+sc.scope+"/"+userID || a["password_wo_version"] != "" {
						return fmt.Errorf("imported %v", a)
					}
					return nil
				},
				ConfigVariables: userVars(userPassword1),
			},
			{
				// Without a password_wo_version, an imported user plans clean.
				Config:          userConfig(env, withoutVersion),
				ConfigVariables: userVars(userPassword1),
				ResourceName:    userAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithID,
			},
			{
				PreConfig:       resetRequests(env),
				Config:          userConfig(env, changed),
				ConfigVariables: userVars(userPassword1),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(userAddr, plancheck.ResourceActionUpdate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				ConfigStateChecks: noPassword,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(userAddr, "user_id", &userID),
					resource.TestCheckResourceAttr(userAddr, "scope", sc.scope),
					resource.TestCheckResourceAttr(userAddr, "status", "blocked"),
					resource.TestCheckResourceAttr(userAddr, "comment", "tf-acc front desk"),
					bound(sc.secondBound),
					// Only what changed; not the password, whose version did not.
					checkPutBodies(env, userPathRe, putFields),
					checkUserPosts(env, 0),
					sandboxUser(env, userAddr, func(u sandbox.User) error {
						if u.Name != "Anna Novak-Svobodova" || u.Email != "anna.novak@example.com" || u.Access != "read_only" ||
							u.Status != "blocked" || u.Timezone != "Europe/Prague" || u.Comment != "tf-acc front desk" ||
							u.Login != "tf-acc-anna" || u.Scope != sc.scope {
							return fmt.Errorf("the update did not reach the PBX: %+v", u)
						}
						return nil
					}),
					checkUserPassword(env, userAddr, userPassword1),
				),
			},
			{
				// Left out, the comment is cleared (sent empty); nothing else.
				PreConfig:       resetRequests(env),
				Config:          userConfig(env, cleared),
				ConfigVariables: userVars(userPassword1),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(userAddr, plancheck.ResourceActionUpdate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(userAddr, "user_id", &userID),
					resource.TestCheckNoResourceAttr(userAddr, "comment"),
					checkPutBodies(env, userPathRe, "comment"),
					sandboxUser(env, userAddr, func(u sandbox.User) error {
						if u.Comment != "" || u.Status != "blocked" {
							return fmt.Errorf("the comment was not cleared: %+v", u)
						}
						return nil
					}),
				),
			},
		},
	})
}

// A new password_wo_version changes the password in place: one PUT with
// the password alone, the same user_id, the new password at the PBX and in
// neither plan nor state. A new password without a new version is not
// sent; with other changes, the password goes in the same PUT.
func TestAccPBXUser_passwordRotation(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	v1 := portalUser{login: "tf-acc-rotate", name: "Rotating", email: "rotate@example.com", scope: onFirstExtension, version: 1}
	v2 := v1
	v2.version = 2
	v3 := v2
	v3.version, v3.name = 3, "Rotated"
	secrets := []string{userPassword1, userPassword2, userPassword3}
	noPassword := []statecheck.StateCheck{acctest.StateHasNoSecrets("tf-acc-rotate", acctest.SecretForms(secrets...))}
	var userID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkUserOfficeGone(env),
		Steps: []resource.TestStep{
			{
				Config:            userConfig(env, v1),
				ConfigVariables:   userVars(userPassword1),
				ConfigStateChecks: noPassword,
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr(userAddr, "user_id", &userID),
					checkUserPassword(env, userAddr, userPassword1),
					checkUserPosts(env, 1),
				),
			},
			{
				PreConfig:       resetRequests(env),
				Config:          userConfig(env, v2),
				ConfigVariables: userVars(userPassword2),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(userAddr, plancheck.ResourceActionUpdate),
						planHasNoPassword(secrets),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan(), planHasNoPassword(secrets)},
				},
				ConfigStateChecks: noPassword,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(userAddr, "user_id", &userID),
					resource.TestCheckResourceAttr(userAddr, "password_wo_version", "2"),
					resource.TestCheckNoResourceAttr(userAddr, "password_wo"),
					checkUserPassword(env, userAddr, userPassword2),
					checkPutBodies(env, userPathRe, "password"),
					checkUserPosts(env, 0),
					checkRequests(env, http.MethodDelete, userPathRe, 0),
				),
			},
			{
				// A write-only value is not compared: without a new
				// version the new password is neither planned nor sent.
				PreConfig:       resetRequests(env),
				Config:          userConfig(env, v2),
				ConfigVariables: userVars(userPassword3),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					checkUserPassword(env, userAddr, userPassword2),
					checkPutBodies(env, userPathRe),
				),
			},
			{
				PreConfig:       resetRequests(env),
				Config:          userConfig(env, v3),
				ConfigVariables: userVars(userPassword3),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectResourceAction(userAddr, plancheck.ResourceActionUpdate)},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				ConfigStateChecks: noPassword,
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(userAddr, "user_id", &userID),
					checkUserPassword(env, userAddr, userPassword3),
					checkPutBodies(env, userPathRe, "name,password"),
				),
			},
		},
	})
}

// password_wo is required to create a user (a plan error on the
// attribute, before any request for users), to replace one, and with a new
// password_wo_version; a user that exists needs none otherwise.
func TestAccPBXUser_passwordRequired(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	withPassword := portalUser{login: "tf-acc-nopass", name: "No Pass", email: "nopass@example.com", version: 1}
	without := withPassword
	without.noPassword = true
	bumpedWithout := without
	bumpedWithout.version = 2
	renamedWithout := without
	renamedWithout.login = "tf-acc-nopass2"
	noUserWrites := func() {
		for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete} {
			if n := countRequests(env, method, `/user/`); n != 0 {
				t.Fatalf("the refused plans sent %d %s requests for users", n, method)
			}
		}
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkUserOfficeGone(env),
		Steps: []resource.TestStep{
			{
				Config:          userConfig(env, without),
				ConfigVariables: userVars(userPassword1),
				ExpectError: acctest.Phrases(`Missing password for a new portal user`, `with telecom_pbx_user.test`,
					`password_wo is required to create a portal user`),
			},
			{
				PreConfig: func() {
					if n := env.Sandbox.Kit.RequestCount(); n != 0 {
						t.Fatalf("the refused plan sent %d requests, want none", n)
					}
				},
				Config:          userConfig(env, withPassword),
				ConfigVariables: userVars(userPassword1),
				Check:           checkUserPassword(env, userAddr, userPassword1),
			},
			{
				// Left out afterwards, it is not needed.
				PreConfig:       resetRequests(env),
				Config:          userConfig(env, without),
				ConfigVariables: userVars(userPassword1),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
			},
			{
				Config:          userConfig(env, bumpedWithout),
				ConfigVariables: userVars(userPassword1),
				ExpectError: acctest.Phrases(`Missing password for a new password_wo_version`, `with telecom_pbx_user.test`,
					`password_wo_version changed to 2, which sends password_wo, but password_wo is not set`),
			},
			{
				// A new login replaces the user: a create, which needs it.
				Config:          userConfig(env, renamedWithout),
				ConfigVariables: userVars(userPassword1),
				ExpectError:     acctest.Phrases(`Missing password for a new portal user`, `password_wo is required`),
			},
			{
				PreConfig:       noUserWrites,
				Config:          userConfig(env, withPassword),
				ConfigVariables: userVars(userPassword1),
				Check: resource.ComposeAggregateTestCheckFunc(
					checkUserPassword(env, userAddr, userPassword1),
					checkUsers(env, `client tf-acc-nopass "No Pass"`),
				),
			},
		},
	})
}

// Setting or removing extension_id or extension_group_id changes the
// user's scope: the PBX keeps users of each scope in their own collection,
// so the user is replaced (a new user_id, the old user deleted first since
// the login is unique), with the configured password.
func TestAccPBXUser_scopeChangeReplaces(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	user := portalUser{login: "tf-acc-scope", name: "Scoped", email: "scope@example.com", version: 1}
	steps := []resource.TestStep{}
	var ids []string
	for i, sc := range []struct{ scope, line string }{
		{"client", ""}, {"extension", onFirstExtension}, {"extension_group", inFirstGroup}, {"client", ""},
	} {
		u := user
		u.scope = sc.line
		var id string
		ids = append(ids, "")
		n := i
		step := resource.TestStep{
			PreConfig:       resetRequests(env),
			Config:          userConfig(env, u),
			ConfigVariables: userVars(userPassword1),
			ConfigPlanChecks: resource.ConfigPlanChecks{
				PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
			},
			Check: resource.ComposeAggregateTestCheckFunc(
				acctest.StoreAttr(userAddr, "user_id", &id),
				func(*terraform.State) error {
					ids[n] = id
					if n > 0 && ids[n] == ids[n-1] {
						return fmt.Errorf("user_id %s did not change: the user was not replaced", id)
					}
					return nil
				},
				resource.TestCheckResourceAttr(userAddr, "scope", sc.scope),
				resource.TestMatchResourceAttr(userAddr, "id", regexp.MustCompile(`^@me/`+sc.scope+`/[0-9]+$`)),
				checkUsers(env, sc.scope+` tf-acc-scope "Scoped"`),
				checkUserPassword(env, userAddr, userPassword1),
				checkUserPosts(env, 1),
			),
		}
		if i > 0 {
			step.ConfigPlanChecks.PreApply = []plancheck.PlanCheck{
				plancheck.ExpectResourceAction(userAddr, plancheck.ResourceActionDestroyBeforeCreate),
				plancheck.ExpectUnknownValue(userAddr, tfjsonpath.New("user_id")),
				plancheck.ExpectKnownValue(userAddr, tfjsonpath.New("scope"), knownvalue.StringExact(sc.scope)),
			}
		}
		steps = append(steps, step)
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkUserOfficeGone(env),
		Steps:                    steps,
	})
}

// The login cannot change: a new one replaces the user.
func TestAccPBXUser_loginChangeReplaces(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	before := portalUser{login: "tf-acc-old", name: "Renamed", email: "renamed@example.com", scope: inFirstGroup, version: 1}
	after := before
	after.login = "tf-acc-new"
	var firstID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkUserOfficeGone(env),
		Steps: []resource.TestStep{
			{
				Config:          userConfig(env, before),
				ConfigVariables: userVars(userPassword1),
				Check:           acctest.StoreAttr(userAddr, "user_id", &firstID),
			},
			{
				PreConfig:       resetRequests(env),
				Config:          userConfig(env, after),
				ConfigVariables: userVars(userPassword2),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(userAddr, plancheck.ResourceActionDestroyBeforeCreate),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					func(s *terraform.State) error {
						if s.RootModule().Resources[userAddr].Primary.Attributes["user_id"] == firstID {
							return fmt.Errorf("user_id %s did not change: the user was not replaced", firstID)
						}
						return nil
					},
					checkUsers(env, `extension_group tf-acc-new "Renamed"`),
					checkUserPassword(env, userAddr, userPassword2),
					checkUserPosts(env, 1),
					checkRequests(env, http.MethodDelete, userPathRe, 1),
					checkPutBodies(env, userPathRe),
				),
			},
		},
	})
}

// Drift: a user deleted behind Terraform's back is created again (with the
// configured password); one renamed, blocked and moved to another extension
// is changed back in place; a user deleted again leaves the state on
// refresh.
func TestAccPBXUser_drift(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	const deletedAddr, changedAddr = "telecom_pbx_user.deleted", "telecom_pbx_user.changed"
	cfg := userConfig(env,
		portalUser{res: "deleted", login: "tf-acc-deleted", name: "Deleted", email: "deleted@example.com", version: 1},
		portalUser{
			res: "changed", login: "tf-acc-changed", name: "Changed", email: "changed@example.com", version: 1,
			scope: onFirstExtension, extra: "  status = \"active\"\n",
		},
	)
	var deletedID, changedID string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkUserOfficeGone(env),
		Steps: []resource.TestStep{
			{
				Config:          cfg,
				ConfigVariables: userVars(userPassword1),
				Check: resource.ComposeAggregateTestCheckFunc(
					acctest.StoreAttr(deletedAddr, "user_id", &deletedID),
					acctest.StoreAttr(changedAddr, "user_id", &changedID),
				),
			},
			{
				PreConfig: func() {
					mustHave(t, env.Sandbox.DeleteUser(mustID(t, deletedID)), "user "+deletedID)
					u, ok := env.Sandbox.User(mustID(t, changedID))
					mustHave(t, ok, "user "+changedID)
					second := officeExtension(t, env, "211")
					u.Name, u.Status, u.ExtensionID = "changed by hand", "blocked", &second
					env.Sandbox.PutUser(u)
					env.Sandbox.Kit.ResetRequests()
				},
				Config:          cfg,
				ConfigVariables: userVars(userPassword2),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(deletedAddr, plancheck.ResourceActionCreate),
						plancheck.ExpectResourceAction(changedAddr, plancheck.ResourceActionUpdate),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttrPtr(changedAddr, "user_id", &changedID),
					checkUserBoundTo(env, changedAddr, "extension_id", "telecom_pbx_extension.first"),
					checkUsers(env, `client tf-acc-deleted "Deleted"`, `extension tf-acc-changed "Changed"`),
					sandboxUser(env, changedAddr, func(u sandbox.User) error {
						if u.Status != "active" {
							return fmt.Errorf("status %s, want active", u.Status)
						}
						return nil
					}),
					checkUserPassword(env, deletedAddr, userPassword2),
					checkUserPassword(env, changedAddr, userPassword1),
					checkPutBodies(env, userPathRe, "extension_id,name,status"),
					checkUserPosts(env, 1),
				),
			},
			{
				PreConfig: func() {
					mustHave(t, env.Sandbox.DeleteUser(mustID(t, changedID)), "user "+changedID)
				},
				RefreshState:       true,
				ExpectNonEmptyPlan: true,
				Check:              checkNotInState(changedAddr),
			},
		},
	})
}

// A user made by hand is imported with an import block; the first
// password_wo_version written sets the configured password in place (never
// a replacement), sending only the password; then the plan is empty.
func TestAccPBXUser_importThenSetPassword(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t)
	made := putUser(t, env, sandbox.User{Scope: "client", Login: "tf-acc-by-hand", Name: "By Hand", Email: "hand@example.com"}, "made-by-hand")
	importBlock := fmt.Sprintf("\nimport {\n  to = %s\n  id = \"@me/client/%d\"\n}\n", userAddr, made.ID)
	user := portalUser{login: "tf-acc-by-hand", name: "By Hand", email: "hand@example.com", version: 1}
	wantID := fmt.Sprint(made.ID)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkUserOfficeGone(env),
		Steps: []resource.TestStep{{
			PreConfig:       resetRequests(env),
			Config:          userConfig(env, user) + importBlock,
			ConfigVariables: userVars(userPassword1),
			ConfigPlanChecks: resource.ConfigPlanChecks{
				PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction(userAddr, plancheck.ResourceActionUpdate),
					planHasNoPassword{userPassword1},
				},
				PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
			},
			Check: resource.ComposeAggregateTestCheckFunc(
				resource.TestCheckResourceAttr(userAddr, "user_id", wantID),
				resource.TestCheckResourceAttr(userAddr, "password_wo_version", "1"),
				checkUserPassword(env, userAddr, userPassword1),
				checkPutBodies(env, userPathRe, "password"),
				checkUserPosts(env, 0),
			),
		}},
	})
}
