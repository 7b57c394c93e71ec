package ipex_test

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	ipexapi "github.com/telecom-tf/terraform-provider-telecom/internal/ipex/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

const (
	numType = "telecom_ipex_voip_number"
	numAddr = numType + ".test"
)

// voip is the configuration of one telecom_ipex_voip_number. Empty fields
// are left out; profile, tariff, limit and version are HCL expressions.
type voip struct {
	name     string // resource name; "" = "test"
	number   string
	customer int64
	profile  string
	tariff   string
	clir     string
	limit    string
	password string // sip_password_wo
	version  string // sip_password_wo_version
	timeouts string // the body of a timeouts block, e.g. `create = "1s"`
}

// full is a number with every setting, as a user orders one.
func full(env *acctest.IPEXEnv, number string) voip {
	return voip{
		number: number, customer: env.CustomerID,
		profile: strconv.FormatInt(sandbox.ProfileDefaultID, 10), tariff: strconv.FormatInt(sandbox.TariffPlanStandardID, 10),
		clir: sandbox.CLIRPermanent, limit: "500",
	}
}

func (v voip) hcl() string {
	var b strings.Builder
	rn := v.name
	if rn == "" {
		rn = "test"
	}
	fmt.Fprintf(&b, "\nresource %q %q {\n", numType, rn)
	fmt.Fprintf(&b, "  number      = %q\n", v.number)
	fmt.Fprintf(&b, "  customer_id = %d\n", v.customer)
	for _, kv := range [][2]string{{"profile_id", v.profile}, {"tariff_plan_id", v.tariff}, {"international_limit", v.limit}, {"sip_password_wo_version", v.version}} {
		if kv[1] != "" {
			fmt.Fprintf(&b, "  %s = %s\n", kv[0], kv[1])
		}
	}
	if v.clir != "" {
		fmt.Fprintf(&b, "  clir = %q\n", v.clir)
	}
	if v.password != "" {
		fmt.Fprintf(&b, "  sip_password_wo = %q\n", v.password)
	}
	if v.timeouts != "" {
		fmt.Fprintf(&b, "  timeouts {\n    %s\n  }\n", v.timeouts)
	}
	b.WriteString("}\n")
	return b.String()
}

// config is the environment's provider block and the numbers.
func config(env *acctest.IPEXEnv, numbers ...voip) string {
	var b strings.Builder
	b.WriteString(env.ProviderConfig(""))
	for _, n := range numbers {
		b.WriteString(n.hcl())
	}
	return b.String()
}

// withIPEXSetting adds a line to the ipex block of the environment's
// provider configuration (e.g. `auth_scheme = "bearer"`).
func withIPEXSetting(env *acctest.IPEXEnv, line string) string {
	cfg := env.ProviderConfig("")
	out := strings.Replace(cfg, "  ipex {\n", "  ipex {\n    "+line+"\n", 1)
	if out == cfg {
		panic("the provider configuration has no ipex block: " + cfg)
	}
	return out
}

// checkNotInState asserts that Terraform forgot a resource.
func checkNotInState(address string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		if _, ok := s.RootModule().Resources[address]; ok {
			return fmt.Errorf("%s is still in state", address)
		}
		return nil
	}
}

// checkStored runs check on the emulator's number n.
func checkStored(env *acctest.IPEXEnv, n string, check func(sandbox.Number) error) resource.TestCheckFunc {
	return func(*terraform.State) error {
		got, ok := env.Sandbox.Number(n)
		if !ok {
			return fmt.Errorf("the sandbox has no number %s", n)
		}
		if err := check(got); err != nil {
			got.SIPPassword = "(hidden)"
			return fmt.Errorf("sandbox number %s: %w (stored: %+v)", n, err, got)
		}
		return nil
	}
}

// checkSIPPassword asserts the SIP password the emulator stored for n.
func checkSIPPassword(env *acctest.IPEXEnv, n, want string) resource.TestCheckFunc {
	return checkStored(env, n, func(got sandbox.Number) error {
		if got.SIPPassword != want {
			return fmt.Errorf("stored SIP password differs from %q", want)
		}
		return nil
	})
}

// ordersOf returns the emulator's orders of one type ("" = all).
func ordersOf(env *acctest.IPEXEnv, typ string) []sandbox.Order {
	var out []sandbox.Order
	for _, o := range env.Sandbox.Orders() {
		if typ == "" || o.Type == typ {
			out = append(out, o)
		}
	}
	return out
}

// checkOrderCount asserts how many orders of a type the emulator holds.
func checkOrderCount(env *acctest.IPEXEnv, typ string, want int) resource.TestCheckFunc {
	return func(*terraform.State) error {
		if got := ordersOf(env, typ); len(got) != want {
			return fmt.Errorf("the sandbox holds %d %s orders, want %d: %+v", len(got), typ, want, got)
		}
		return nil
	}
}

// checkRequestIDIsLast asserts that request_id is the id of the newest
// order of that type.
func checkRequestIDIsLast(env *acctest.IPEXEnv, address, typ string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		all := ordersOf(env, typ)
		if len(all) == 0 {
			return fmt.Errorf("the sandbox has no %s order", typ)
		}
		last := all[len(all)-1]
		if last.Status != sandbox.OrderFinished {
			return fmt.Errorf("the last %s order is %+v, want finished", typ, last)
		}
		return resource.TestCheckResourceAttr(address, "request_id", strconv.FormatInt(last.ID, 10))(s)
	}
}

// checkNumbersCanceled (CheckDestroy) asserts, through the API, that every
// number of the state was deactivated: canceled, or unknown.
func checkNumbersCanceled(env *acctest.IPEXEnv) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		seen := 0
		for _, rs := range s.RootModule().Resources {
			if rs.Type != numType {
				continue
			}
			seen++
			n := rs.Primary.Attributes["id"]
			got, err := env.Client.Number(context.Background(), n)
			switch {
			case errors.Is(err, ipexapi.ErrNotFound):
				continue
			case err != nil:
				return fmt.Errorf("checking %s: %w", n, err)
			case got.Status != sandbox.StatusCanceled:
				return fmt.Errorf("number %s is %q after destroy, want canceled", n, got.Status)
			}
			if env.Sandbox != nil {
				ok := false
				for _, o := range ordersOf(env, sandbox.TypeDeactivateVoip) {
					ok = ok || (o.Identifier == n && o.Status == sandbox.OrderFinished)
				}
				if !ok {
					return fmt.Errorf("number %s is canceled without a finished deactivation order", n)
				}
			}
		}
		if seen == 0 {
			return fmt.Errorf("test setup: no %s in the state before destroy", numType)
		}
		return nil
	}
}

// requestsMatching returns the recorded requests with this method whose
// path matches pathRe.
func requestsMatching(env *acctest.IPEXEnv, method, pathRe string) []sandboxkit.Request {
	re := regexp.MustCompile(pathRe)
	var out []sandboxkit.Request
	for _, r := range env.Sandbox.Kit.Requests() {
		if (method == "" || r.Method == method) && re.MatchString(r.Path) {
			out = append(out, r)
		}
	}
	return out
}

// checkLastChangeSentPassword asserts whether the newest PUT /v1/voip
// carried provisioningAttributes (the SIP password).
func checkLastChangeSentPassword(env *acctest.IPEXEnv, want bool) resource.TestCheckFunc {
	return func(*terraform.State) error {
		puts := requestsMatching(env, "PUT", `^/v1/voip$`)
		if len(puts) == 0 {
			return fmt.Errorf("no PUT /v1/voip was sent")
		}
		sent := strings.Contains(puts[len(puts)-1].Body, "provisioningAttributes")
		if sent != want {
			return fmt.Errorf("the last change sent the SIP password: %v, want %v", sent, want)
		}
		return nil
	}
}
