package pbx_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/config"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	pbxapi "github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// Helpers of the telecom_pbx_user tests.

const (
	userAddr = "telecom_pbx_user.test"
	// usersPathRe is the three scopes' collections (list, POST),
	// userPathRe one user (GET, PUT, DELETE).
	usersPathRe = `/client/[^/]+/user/(client|extension|extension_group)/?$`
	userPathRe  = `/client/[^/]+/user/(client|extension|extension_group)/[0-9]+/?$`
)

// userNotReadBack are the attributes the PBX never answers: an import
// cannot verify them.
var userNotReadBack = []string{"password_wo", "password_wo_version"}

// userOffice is what extension and group users are bound to: two phones
// and two groups, so that a user can move from one to the other.
const userOffice = `
resource "telecom_pbx_extension" "first" {
  name  = "210"
  type  = "phone"
  label = "tf-acc-user first"
}

resource "telecom_pbx_extension" "second" {
  name  = "211"
  type  = "phone"
  label = "tf-acc-user second"
}

resource "telecom_pbx_extension_group" "first" {
  name = "tf-acc-user first"
}

resource "telecom_pbx_extension_group" "second" {
  name = "tf-acc-user second"
}
`

// Scope lines of a portal user bound to the office's first or second
// extension or group.
const (
	onFirstExtension  = "  extension_id = telecom_pbx_extension.first.extension_id\n"
	onSecondExtension = "  extension_id = telecom_pbx_extension.second.extension_id\n"
	inFirstGroup      = "  extension_group_id = telecom_pbx_extension_group.first.extension_group_id\n"
	inSecondGroup     = "  extension_group_id = telecom_pbx_extension_group.second.extension_group_id\n"
)

// portalUser is one telecom_pbx_user block; its password comes from the
// ephemeral variable portal_password (userVars), as users are told to
// write it.
type portalUser struct {
	res                string // the resource name; "test" when empty
	login, name, email string
	scope              string // a scope line (onFirstExtension, …); "" is a client user
	extra              string // more attribute lines
	version            int    // password_wo_version; 0 leaves it out
	noPassword         bool   // leave password_wo out
}

func (u portalUser) hcl() string {
	var b strings.Builder
	res := u.res
	if res == "" {
		res = "test"
	}
	fmt.Fprintf(&b, "\nresource \"telecom_pbx_user\" %q {\n", res)
	fmt.Fprintf(&b, "  login = %q\n  name  = %q\n  email = %q\n", u.login, u.name, u.email)
	b.WriteString(u.scope)
	b.WriteString(u.extra)
	if !u.noPassword {
		b.WriteString("  password_wo = var.portal_password\n")
	}
	if u.version != 0 {
		fmt.Fprintf(&b, "  password_wo_version = %d\n", u.version)
	}
	b.WriteString("}\n")
	return b.String()
}

// userConfig is the provider, the ephemeral password variable, the office
// and the users.
func userConfig(env *acctest.PBXEnv, users ...portalUser) string {
	return userConfigWith(env, "", users...)
}

// userConfigWith is userConfig with more provider settings (lines).
func userConfigWith(env *acctest.PBXEnv, providerExtra string, users ...portalUser) string {
	var b strings.Builder
	b.WriteString(env.ProviderConfig(providerExtra))
	b.WriteString(`
variable "portal_password" {
  type      = string
  sensitive = true
  ephemeral = true
}
`)
	b.WriteString(userOffice)
	for _, u := range users {
		b.WriteString(u.hcl())
	}
	return b.String()
}

// userVars gives the ephemeral variable its value.
func userVars(password string) config.Variables {
	return config.Variables{"portal_password": config.StringVariable(password)}
}

// checkUsers asserts the users the emulator holds: scope, login and name
// ("client tf-acc-anna \"Anna\""), whatever they are bound to.
func checkUsers(env *acctest.PBXEnv, want ...string) resource.TestCheckFunc {
	return checkHeld(env.Sandbox.Users, func(u sandbox.User) string {
		return fmt.Sprintf("%s %s %q", u.Scope, u.Login, u.Name)
	}, want...)
}

// checkUsersGone asserts, through the API of each scope, that no user of
// the state exists any more, and that the emulator holds no user at all.
func checkUsersGone(env *acctest.PBXEnv) resource.TestCheckFunc {
	checks := []resource.TestCheckFunc{checkUsers(env)}
	for _, scope := range pbxapi.UserScopes {
		checks = append(checks, checkGoneAtAPI(env, "telecom_pbx_user", "user_id",
			func(c *pbxapi.Client) *pbxapi.Collection[pbxapi.User] { return c.Users(scope) }))
	}
	return resource.ComposeAggregateTestCheckFunc(checks...)
}

// checkUserOfficeGone: the users and the office they were bound to are gone.
func checkUserOfficeGone(env *acctest.PBXEnv) resource.TestCheckFunc {
	return resource.ComposeAggregateTestCheckFunc(
		checkUsersGone(env),
		checkHeld(env.Sandbox.Extensions, describeExtension),
		checkHeld(env.Sandbox.ExtensionGroups, describeExtensionGroup),
	)
}

// sandboxUser runs check on the emulator's user whose id is in state.
func sandboxUser(env *acctest.PBXEnv, address string, check func(sandbox.User) error) resource.TestCheckFunc {
	return sandboxObject(address, "user_id", env.Sandbox.User, check)
}

// checkUserPassword asserts the password the PBX holds for the user.
func checkUserPassword(env *acctest.PBXEnv, address, want string) resource.TestCheckFunc {
	return sandboxObject(address, "user_id", env.Sandbox.UserPassword, func(got string) error {
		if got != want {
			return fmt.Errorf("the PBX holds another password for %s than the configured one", address)
		}
		return nil
	})
}

// checkUserBoundTo asserts that the user's extension_id (or
// extension_group_id) in state and at the PBX is the one of the resource
// bound.
func checkUserBoundTo(env *acctest.PBXEnv, address, attr, bound string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		rs, ok := s.RootModule().Resources[bound]
		if !ok {
			return fmt.Errorf("%s not in state", bound)
		}
		want := rs.Primary.Attributes[attr]
		if err := resource.TestCheckResourceAttr(address, attr, want)(s); err != nil {
			return err
		}
		return sandboxUser(env, address, func(u sandbox.User) error {
			got := u.ExtensionID
			if attr == "extension_group_id" {
				got = u.ExtensionGroupID
			}
			if got == nil || fmt.Sprint(*got) != want {
				return fmt.Errorf("the PBX binds user %d to %v, want %s %s", u.ID, got, attr, want)
			}
			return nil
		})(s)
	}
}

// checkUserPosts asserts how many users were created (POSTs since the last
// reset) and that each create sent a password.
func checkUserPosts(env *acctest.PBXEnv, want int) resource.TestCheckFunc {
	return func(*terraform.State) error {
		re := regexp.MustCompile(usersPathRe)
		n := 0
		for _, r := range env.Sandbox.Kit.Requests() {
			if r.Method != http.MethodPost || !re.MatchString(r.Path) {
				continue
			}
			n++
			var body map[string]json.RawMessage
			if err := json.Unmarshal([]byte(r.Body), &body); err != nil {
				return fmt.Errorf("POST %s: %w", r.Path, err)
			}
			if _, ok := body["password"]; !ok {
				return fmt.Errorf("POST %s sent no password", r.Path)
			}
		}
		if n != want {
			return fmt.Errorf("%d users were created, want %d", n, want)
		}
		return nil
	}
}

// planHasNoPassword: no form of the passwords is anywhere in the plan
// (terraform show -json of the saved plan).
type planHasNoPassword []string

func (p planHasNoPassword) CheckPlan(_ context.Context, req plancheck.CheckPlanRequest, resp *plancheck.CheckPlanResponse) {
	raw, err := json.Marshal(req.Plan)
	if err != nil {
		resp.Error = err
		return
	}
	resp.Error = acctest.NoSecretsIn("the plan", string(raw), acctest.SecretForms(p...))
}

// putUser stores a user at the PBX, bypassing the API, with a password.
func putUser(t *testing.T, env *acctest.PBXEnv, u sandbox.User, password string) sandbox.User {
	t.Helper()
	if u.Access == "" {
		u.Access, u.Status, u.Timezone, u.ExtraParams = "full", "active", sandbox.DemoTimezone, "null"
	}
	u = env.Sandbox.PutUser(u)
	mustHave(t, env.Sandbox.SetUserPassword(u.ID, password), fmt.Sprintf("user %d", u.ID))
	return u
}

// officeExtension is the id of the office's extension name ("210", "211").
func officeExtension(t *testing.T, env *acctest.PBXEnv, name string) int64 {
	t.Helper()
	for _, e := range env.Sandbox.Extensions() {
		if e.Name == "345*"+name {
			return e.ID
		}
	}
	t.Fatalf("the sandbox has no extension %s", name)
	return 0
}
