package pbx_test

import (
	"cmp"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// The incoming-call rule endpoints: the collection of one extension (list,
// POST) and one rule (GET, PUT, DELETE), as regular expressions for
// sandboxkit faults and for counting recorded requests.
const (
	incomingRulesPathRe = `/extension/[0-9]+/incom_rule/?$`
	incomingRulePathRe  = `/extension/[0-9]+/incom_rule/[0-9]+/?$`
	incomingRuleOrderRe = `/incom_rule/order/?$`
)

// The resources of the incoming-rules tests: the extension "desk" and its
// rules.
const (
	deskAddr          = "telecom_pbx_extension.desk"
	incomingRulesAddr = "telecom_pbx_incoming_rules.desk"
)

// deskConfig is the provider, a phone extension "desk" (100), office hours
// and, when rules are given, the desk's incoming rules (each an HCL object).
func deskConfig(env *acctest.PBXEnv, rules ...string) string {
	return deskConfigWith(env, "", rules...)
}

// deskConfigWith is deskConfig with extra lines in the provider block.
func deskConfigWith(env *acctest.PBXEnv, extra string, rules ...string) string {
	cfg := env.ProviderConfig(extra) + `
resource "telecom_pbx_extension" "desk" {
  name = "100"
  type = "phone"
}

resource "telecom_pbx_interval" "hours" {
  name       = "tf-acc-office hours"
  timezone   = "Europe/Moscow"
  conditions = [{ start_dow = 2, end_dow = 6, start_time = "09:00", end_time = "18:00" }]
}
`
	if len(rules) == 0 {
		return cfg
	}
	return cfg + incomingRulesBlock("desk", "telecom_pbx_extension.desk.extension_id", rules...)
}

// incomingRulesBlock is a telecom_pbx_incoming_rules block.
func incomingRulesBlock(name, extensionID string, rules ...string) string {
	return fmt.Sprintf(`
resource "telecom_pbx_incoming_rules" %q {
  extension_id = %s
  rules = [
    %s,
  ]
}
`, name, extensionID, strings.Join(rules, ",\n    "))
}

// deskID is the id of the extension "desk" (345*100) at the emulator; 0
// before it exists.
func deskID(env *acctest.PBXEnv) int64 {
	for _, e := range env.Sandbox.Extensions() {
		if e.Name == "345*100" {
			return e.ID
		}
	}
	return 0
}

// describeRule is what the tests compare of a rule: its type, then only
// what differs from a rule's defaults.
func describeRule(r sandbox.IncomingRule) string {
	parts := []string{r.Type}
	if r.Name != nil {
		parts = append(parts, fmt.Sprintf("name=%q", *r.Name))
	}
	if r.CallStatus != "any" {
		parts = append(parts, "status="+r.CallStatus)
	}
	if r.CallerIDAction != "any" {
		parts = append(parts, "caller="+r.CallerIDAction)
	}
	if r.CallerID != nil {
		parts = append(parts, "pattern="+*r.CallerID)
	}
	if len(r.TransferDst) > 0 {
		parts = append(parts, "dst="+strings.Join(r.TransferDst, ","))
	}
	if len(r.CascadeNumbers) > 0 {
		var steps []string
		for _, c := range r.CascadeNumbers {
			steps = append(steps, fmt.Sprintf("%d:%s", c.Delay, c.Number))
		}
		parts = append(parts, "cascade="+strings.Join(steps, ","))
	}
	if r.PlayfileSound != nil {
		parts = append(parts, fmt.Sprintf("sound=%d", *r.PlayfileSound))
	}
	if r.IntervalID != nil {
		parts = append(parts, "interval")
	}
	if !r.AllowPublicTransfer {
		parts = append(parts, "no-public-transfer")
	}
	return strings.Join(parts, " ")
}

// checkDeskRules asserts the desk's rules at the emulator, in order, and
// that the state's rule_ids are their ids (when the rules are in state).
func checkDeskRules(env *acctest.PBXEnv, want ...string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		rules := env.Sandbox.IncomingRules(deskID(env))
		var got []string
		var ids []string
		for _, r := range rules {
			got = append(got, describeRule(r))
			ids = append(ids, strconv.FormatInt(r.ID, 10))
		}
		if !slices.Equal(got, want) {
			return fmt.Errorf("the desk has the rules\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
		}
		if rs, ok := s.RootModule().Resources[incomingRulesAddr]; ok {
			if state := stateList(rs.Primary.Attributes, "rule_ids"); !slices.Equal(state, ids) {
				return fmt.Errorf("rule_ids %v in state, the desk's rules are %v", state, ids)
			}
		}
		return nil
	}
}

// stateList is a flat-mapped list attribute of a resource's state.
func stateList(attrs map[string]string, name string) []string {
	n, _ := strconv.Atoi(attrs[name+".#"])
	out := make([]string, 0, n)
	for i := range n {
		out = append(out, attrs[fmt.Sprintf("%s.%d", name, i)])
	}
	return out
}

// ruleIDs remembers the rule ids of the last step, to prove that ids at
// surviving positions stay.
type ruleIDs struct{ last []string }

// keep asserts that the first n rule_ids are those of the last check
// (those of the rules the extension had before, when it is the first), then
// remembers the current ones.
func (r *ruleIDs) keep(n int) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		rs, ok := s.RootModule().Resources[incomingRulesAddr]
		if !ok {
			return fmt.Errorf("%s not in state", incomingRulesAddr)
		}
		now := stateList(rs.Primary.Attributes, "rule_ids")
		if len(r.last) < n || len(now) < n || !slices.Equal(now[:n], r.last[:n]) {
			return fmt.Errorf("rule_ids %v, want the first %d of %v kept", now, n, r.last)
		}
		r.last = now
		return nil
	}
}

// remember stores the desk's rule ids at the emulator (a PreConfig, after
// rules were made by hand).
func (r *ruleIDs) remember(env *acctest.PBXEnv) {
	r.last = nil
	for _, rule := range env.Sandbox.IncomingRules(deskID(env)) {
		r.last = append(r.last, strconv.FormatInt(rule.ID, 10))
	}
}

// ruleWrites follows the number of each extension's rules through one
// apply: start (a PreConfig) forgets the recorded requests and counts the
// rules; never replays the recorded POSTs and DELETEs of rules.
type ruleWrites struct {
	env   *acctest.PBXEnv
	start map[int64]int
}

func watchRuleWrites(env *acctest.PBXEnv) *ruleWrites { return &ruleWrites{env: env} }

func (w *ruleWrites) begin() {
	w.env.Sandbox.Kit.ResetRequests()
	w.start = map[int64]int{}
	for _, e := range w.env.Sandbox.Extensions() {
		w.start[e.ID] = len(w.env.Sandbox.IncomingRules(e.ID))
	}
}

var ruleWritePath = regexp.MustCompile(`/extension/([0-9]+)/incom_rule/(?:([0-9]+)/?)?$`)

// neverEmpty asserts, from the recorded requests in order, that no
// extension that had rules was left without any at any moment, that one
// that got its first rule kept at least one, that every POST came before
// every DELETE of the same extension (rules are added, then the surplus
// deleted), and that the undocumented order call was never made.
func (w *ruleWrites) neverEmpty() resource.TestCheckFunc {
	return func(*terraform.State) error {
		count := map[int64]int{}
		for id, n := range w.start {
			count[id] = n
		}
		deleted := map[int64]bool{}
		for _, r := range w.env.Sandbox.Kit.Requests() {
			if regexp.MustCompile(incomingRuleOrderRe).MatchString(r.Path) {
				return fmt.Errorf("%s %s: the order call was used", r.Method, r.Path)
			}
			m := ruleWritePath.FindStringSubmatch(r.Path)
			if m == nil {
				continue
			}
			ext, _ := strconv.ParseInt(m[1], 10, 64)
			switch {
			case r.Method == http.MethodPost && m[2] == "":
				if deleted[ext] {
					return fmt.Errorf("POST %s after a DELETE of a rule of extension %d", r.Path, ext)
				}
				count[ext]++
			case r.Method == http.MethodDelete && m[2] != "":
				deleted[ext] = true
				count[ext]--
				if count[ext] <= 0 {
					return fmt.Errorf("DELETE %s left extension %d with %d rules", r.Path, ext, count[ext])
				}
			}
		}
		return nil
	}
}

// checkNoRuleWrites asserts that nothing wrote a rule (an apply that
// should change nothing).
func checkNoRuleWrites(env *acctest.PBXEnv) resource.TestCheckFunc {
	return func(*terraform.State) error {
		for _, r := range env.Sandbox.Kit.Requests() {
			if r.Method != http.MethodGet && strings.Contains(r.Path, "/incom_rule/") {
				return fmt.Errorf("%s %s %s: want no write of a rule", r.Method, r.Path, r.Body)
			}
		}
		return nil
	}
}

// putDeskRules stores rules on the desk behind Terraform's back, each with
// the API's defaults where it leaves them out, and returns them as stored.
func putDeskRules(t *testing.T, env *acctest.PBXEnv, rules ...sandbox.IncomingRule) []sandbox.IncomingRule {
	t.Helper()
	eid := deskID(env)
	if eid == 0 {
		t.Fatal("the desk extension does not exist")
	}
	var out []sandbox.IncomingRule
	for _, r := range rules {
		out = append(out, env.Sandbox.PutIncomingRule(withRuleDefaults(eid, r)))
	}
	return out
}

// withRuleDefaults is r on extension eid with the API's defaults where r
// leaves them out; allow_public_transfer is always true.
func withRuleDefaults(eid int64, r sandbox.IncomingRule) sandbox.IncomingRule {
	r.ExtensionID = eid
	r.CallStatus = cmp.Or(r.CallStatus, "any")
	r.CallerIDAction = cmp.Or(r.CallerIDAction, "any")
	r.AllowPublicTransfer = true
	return r
}

func ptr[T any](v T) *T { return &v }
