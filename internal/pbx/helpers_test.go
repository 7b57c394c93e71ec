package pbx_test

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// Paths of the emulator's collection endpoints, as regular expressions for
// sandboxkit faults and for counting recorded requests.
const (
	intervalsPathRe = `/client/[^/]+/interval/?$`
	dialRulesPathRe = `/client/[^/]+/dial_rule/?$`
)

// checkNotInState asserts that Terraform forgot a resource.
func checkNotInState(address string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		if _, ok := s.RootModule().Resources[address]; ok {
			return fmt.Errorf("%s is still in state", address)
		}
		return nil
	}
}

// mustID parses an id kept by storeAttr; the test stops when it is not a number.
func mustID(t *testing.T, s string) int64 {
	t.Helper()
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		t.Fatalf("id %q is not a number: %v", s, err)
	}
	return id
}

// checkIntervalsGone asserts, through the API, that no interval of the
// state (client @me) exists any more.
func checkIntervalsGone(env *acctest.PBXEnv) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		all, err := env.Client.Intervals().List(context.Background(), env.ClientID)
		if err != nil {
			return err
		}
		for _, rs := range s.RootModule().Resources {
			if rs.Type != "telecom_pbx_interval" {
				continue
			}
			for _, i := range all {
				if strconv.FormatInt(i.ID, 10) == rs.Primary.Attributes["interval_id"] {
					return fmt.Errorf("interval %d still exists", i.ID)
				}
			}
		}
		return nil
	}
}

// checkDialRulesGone asserts, through the API, that no dial rule list of the
// state exists any more.
func checkDialRulesGone(env *acctest.PBXEnv) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		all, err := env.Client.DialRules().List(context.Background(), env.ClientID)
		if err != nil {
			return err
		}
		for _, rs := range s.RootModule().Resources {
			if rs.Type != "telecom_pbx_dial_rule" {
				continue
			}
			for _, l := range all {
				if strconv.FormatInt(l.ID, 10) == rs.Primary.Attributes["dial_rule_id"] {
					return fmt.Errorf("dial rule list %d still exists", l.ID)
				}
			}
		}
		return nil
	}
}

// checkIntervalCount asserts how many intervals the emulator holds.
func checkIntervalCount(env *acctest.PBXEnv, want int) resource.TestCheckFunc {
	return func(*terraform.State) error {
		if got := env.Sandbox.Intervals(); len(got) != want {
			return fmt.Errorf("the sandbox holds %d intervals, want %d: %+v", len(got), want, got)
		}
		return nil
	}
}

// checkDialRuleCount asserts how many dial rule lists the emulator holds.
func checkDialRuleCount(env *acctest.PBXEnv, want int) resource.TestCheckFunc {
	return func(*terraform.State) error {
		if got := env.Sandbox.DialRules(); len(got) != want {
			return fmt.Errorf("the sandbox holds %d dial rule lists, want %d: %+v", len(got), want, got)
		}
		return nil
	}
}

// checkSandboxInterval runs check on the interval whose id is in state.
func checkSandboxInterval(env *acctest.PBXEnv, address string, check func(sandbox.Interval) error) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		rs, ok := s.RootModule().Resources[address]
		if !ok {
			return fmt.Errorf("%s not in state", address)
		}
		id, err := strconv.ParseInt(rs.Primary.Attributes["interval_id"], 10, 64)
		if err != nil {
			return fmt.Errorf("%s.interval_id: %w", address, err)
		}
		iv, ok := env.Sandbox.Interval(id)
		if !ok {
			return fmt.Errorf("the sandbox has no interval %d", id)
		}
		return check(iv)
	}
}

// checkSandboxDialRule runs check on the dial rule list whose id is in state.
func checkSandboxDialRule(env *acctest.PBXEnv, address string, check func(sandbox.DialRuleList) error) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		rs, ok := s.RootModule().Resources[address]
		if !ok {
			return fmt.Errorf("%s not in state", address)
		}
		id, err := strconv.ParseInt(rs.Primary.Attributes["dial_rule_id"], 10, 64)
		if err != nil {
			return fmt.Errorf("%s.dial_rule_id: %w", address, err)
		}
		l, ok := env.Sandbox.DialRule(id)
		if !ok {
			return fmt.Errorf("the sandbox has no dial rule list %d", id)
		}
		return check(l)
	}
}

// matchExps is the rules' patterns in order, to compare orders in one line.
func matchExps(l sandbox.DialRuleList) string {
	var out []string
	for _, r := range l.DialRules {
		out = append(out, r.MatchExp)
	}
	return strings.Join(out, " | ")
}

// countRequests counts the recorded requests with this method whose path
// matches pathRe.
func countRequests(env *acctest.PBXEnv, method, pathRe string) int {
	re := regexp.MustCompile(pathRe)
	n := 0
	for _, r := range env.Sandbox.Kit.Requests() {
		if r.Method == method && re.MatchString(r.Path) {
			n++
		}
	}
	return n
}

// checkRequests asserts how many such requests the emulator received.
func checkRequests(env *acctest.PBXEnv, method, pathRe string, want int) resource.TestCheckFunc {
	return func(*terraform.State) error {
		if got := countRequests(env, method, pathRe); got != want {
			return fmt.Errorf("the sandbox received %d %s requests on %s, want %d", got, method, pathRe, want)
		}
		return nil
	}
}

// withPBXSetting adds a line to the pbx block of the environment's provider
// configuration (e.g. `client_id = "12345"`).
func withPBXSetting(env *acctest.PBXEnv, line string) string {
	cfg := env.ProviderConfig("")
	out := strings.Replace(cfg, "  pbx {\n", "  pbx {\n    "+line+"\n", 1)
	if out == cfg {
		panic("the provider configuration has no pbx block: " + cfg)
	}
	return out
}
