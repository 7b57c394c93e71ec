package sms_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	tfacctest "github.com/hashicorp/terraform-plugin-testing/helper/acctest"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	smsapi "github.com/telecom-tf/terraform-provider-telecom/internal/sms/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sms/sandbox"
)

const (
	subType = "telecom_sms_subaccount"
	subAddr = subType + ".test"
)

// Actions of the API, as recorded paths end.
const (
	actIndex  = "subaccounts/index"
	actView   = "subaccounts/view"
	actAdd    = "subaccounts/add"
	actLimit  = "subaccounts/limit"
	actDelete = "subaccounts/delete"
)

// actionPathRe matches the recorded path of one action (the client posts to
// <action>.json), also usable as a sandboxkit.Fault path.
func actionPathRe(action string) string { return `^/` + regexp.QuoteMeta(action) + `(\.json)?$` }

// username is a fresh login of at most 20 characters (unique, so that the
// tests may also run against the real API).
func username(prefix string) string {
	return "tf-acc-" + prefix + "-" + tfacctest.RandStringFromCharSet(6, "abcdefghijklmnopqrstuvwxyz0123456789")
}

// sub is the configuration of one telecom_sms_subaccount.
type sub struct {
	name       string // resource name; "" = "test"
	username   string
	password   string
	noPassword bool // leaves password_wo out (password "" writes it empty)
	version    int  // password_wo_version; 0 leaves it out
	templateID int64
	noTemplate bool   // leaves template_id out
	fullName   string // name; "" leaves it out
	phone      string
	email      string
	limits     string // HCL object, e.g. `{ eco = 100 }`; "" leaves it out
}

func (s sub) hcl() string {
	var b strings.Builder
	rn := s.name
	if rn == "" {
		rn = "test"
	}
	fmt.Fprintf(&b, "\nresource %q %q {\n", subType, rn)
	fmt.Fprintf(&b, "  username    = %q\n", s.username)
	if !s.noPassword {
		fmt.Fprintf(&b, "  password_wo = %q\n", s.password)
	}
	if !s.noTemplate {
		fmt.Fprintf(&b, "  template_id = %d\n", s.templateID)
	}
	if s.version != 0 {
		fmt.Fprintf(&b, "  password_wo_version = %d\n", s.version)
	}
	for _, kv := range [][2]string{{"name", s.fullName}, {"phone", s.phone}, {"email", s.email}} {
		if kv[1] != "" {
			fmt.Fprintf(&b, "  %s = %q\n", kv[0], kv[1])
		}
	}
	if s.limits != "" {
		fmt.Fprintf(&b, "  limits = %s\n", s.limits)
	}
	b.WriteString("}\n")
	return b.String()
}

// madeByHand creates a subaccount through the API, as someone would in the
// customer panel, for a test that imports it; the username and template
// are filled in. It skips without TF_ACC: resource.ParallelTest would skip
// then and leave the subaccount behind.
func madeByHand(t *testing.T, prefix string, sa smsapi.NewSubaccount) (*acctest.SMSEnv, smsapi.NewSubaccount, int64) {
	t.Helper()
	if os.Getenv(resource.EnvTfAcc) == "" {
		t.Skipf("acceptance test: set %s", resource.EnvTfAcc)
	}
	env := acctest.SMS(t)
	env.RequireSandbox(t)
	sa.Username, sa.TemplateID = username(prefix), env.TemplateID
	id, err := env.Client.CreateSubaccount(context.Background(), sa)
	if err != nil {
		t.Fatal(err)
	}
	return env, sa, id
}

// config is the environment's provider block and the subaccounts.
func config(env *acctest.SMSEnv, subs ...sub) string {
	var b strings.Builder
	b.WriteString(env.ProviderConfig(""))
	for _, s := range subs {
		b.WriteString(s.hcl())
	}
	return b.String()
}

func mustID(s string) int64 {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		panic(fmt.Sprintf("id %q is not a number: %v", s, err))
	}
	return id
}

// idOf is the subaccount_id of a resource in state.
func idOf(s *terraform.State, address string) (int64, error) {
	rs, ok := s.RootModule().Resources[address]
	if !ok {
		return 0, fmt.Errorf("%s not in state", address)
	}
	id, err := strconv.ParseInt(rs.Primary.Attributes["subaccount_id"], 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%s.subaccount_id: %w", address, err)
	}
	return id, nil
}

// checkSubaccountsGone asserts, through the API, that no subaccount of the
// state exists any more (CheckDestroy).
func checkSubaccountsGone(env *acctest.SMSEnv) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		for _, rs := range s.RootModule().Resources {
			if rs.Type != subType {
				continue
			}
			id := mustID(rs.Primary.Attributes["subaccount_id"])
			_, err := env.Client.Subaccount(context.Background(), id)
			if err == nil {
				return fmt.Errorf("subaccount %d still exists", id)
			}
			if !errors.Is(err, smsapi.ErrNotFound) {
				return fmt.Errorf("checking subaccount %d: %w", id, err)
			}
		}
		return nil
	}
}

// checkOnlyTemplateLeft asserts that the emulator holds nothing but the
// seeded template.
func checkOnlyTemplateLeft(env *acctest.SMSEnv) resource.TestCheckFunc {
	return func(*terraform.State) error {
		if env.Sandbox == nil {
			return nil
		}
		all := env.Sandbox.Subaccounts()
		if len(all) != 1 || all[0].ID != sandbox.DemoTemplateID {
			return fmt.Errorf("the sandbox holds %+v, want the template only", all)
		}
		return nil
	}
}

// checkSandboxSub runs check on the emulator's subaccount whose id is in state.
func checkSandboxSub(env *acctest.SMSEnv, address string, check func(sandbox.Subaccount) error) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		id, err := idOf(s, address)
		if err != nil {
			return err
		}
		sa, ok := env.Sandbox.Subaccount(id)
		if !ok {
			return fmt.Errorf("the sandbox has no subaccount %d", id)
		}
		return check(sa)
	}
}

// checkLimits asserts the limits the emulator holds for the subaccount in state.
func checkLimits(env *acctest.SMSEnv, address string, want map[string]int) resource.TestCheckFunc {
	return checkSandboxSub(env, address, func(sa sandbox.Subaccount) error {
		got := env.Sandbox.Limits(sa.ID)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			return fmt.Errorf("subaccount %d has limits %v, want %v", sa.ID, got, want)
		}
		return nil
	})
}

// checkPassword asserts that the subaccount in state was created with password.
func checkPassword(env *acctest.SMSEnv, address, password string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		id, err := idOf(s, address)
		if err != nil {
			return err
		}
		if !env.Sandbox.PasswordMatches(id, password) {
			return fmt.Errorf("subaccount %d was not created with password %q", id, password)
		}
		return nil
	}
}

// namedInSandbox returns the emulator's subaccounts with this username.
func namedInSandbox(env *acctest.SMSEnv, username string) []sandbox.Subaccount {
	var out []sandbox.Subaccount
	for _, s := range env.Sandbox.Subaccounts() {
		if strings.EqualFold(s.Username, username) {
			out = append(out, s)
		}
	}
	return out
}

// checkUsernameCount asserts how many subaccounts with this username the
// emulator holds.
func checkUsernameCount(env *acctest.SMSEnv, username string, want int) resource.TestCheckFunc {
	return func(*terraform.State) error {
		if got := namedInSandbox(env, username); len(got) != want {
			return fmt.Errorf("the sandbox holds %d subaccounts named %s, want %d: %+v", len(got), username, want, got)
		}
		return nil
	}
}

// countAction counts the recorded requests of one action.
func countAction(env *acctest.SMSEnv, action string) int {
	re := regexp.MustCompile(actionPathRe(action))
	n := 0
	for _, r := range env.Sandbox.Kit.Requests() {
		if re.MatchString(r.Path) {
			n++
		}
	}
	return n
}

// checkActionCount asserts how many requests of the action the emulator
// received since the last ResetRequests.
func checkActionCount(env *acctest.SMSEnv, action string, want int) resource.TestCheckFunc {
	return func(*terraform.State) error {
		if got := countAction(env, action); got != want {
			return fmt.Errorf("the sandbox received %d %s requests, want %d", got, action, want)
		}
		return nil
	}
}

// inPlaceStep applies s and expects an in-place update (and whatever plan
// adds) that neither adds nor deletes a subaccount, then an empty plan;
// checks run after the apply.
func inPlaceStep(env *acctest.SMSEnv, s sub, plan []plancheck.PlanCheck, checks ...resource.TestCheckFunc) resource.TestStep {
	return resource.TestStep{
		PreConfig: func() { env.Sandbox.Kit.ResetRequests() },
		Config:    config(env, s),
		ConfigPlanChecks: resource.ConfigPlanChecks{
			PreApply:             append([]plancheck.PlanCheck{plancheck.ExpectResourceAction(subAddr, plancheck.ResourceActionUpdate)}, plan...),
			PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
		},
		Check: resource.ComposeAggregateTestCheckFunc(append(checks, checkActionCount(env, actAdd, 0), checkActionCount(env, actDelete, 0))...),
	}
}

// asGenerated is the subaccount as terraform query -generate-config-out
// writes it: what the API reads back, without template_id, password or
// limits.
func asGenerated(s sub) sub {
	s.noPassword, s.noTemplate, s.version, s.limits = true, true, 0, ""
	return s
}
