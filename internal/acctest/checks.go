package acctest

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// Words turns a phrase into a regular expression that tolerates the line
// breaks terraform puts into long diagnostics.
func Words(phrase string) string {
	parts := strings.Fields(phrase)
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	return strings.Join(parts, `\s+`)
}

// Phrases is a regular expression that finds the phrases (see Words) in
// this order anywhere in terraform's output.
func Phrases(ps ...string) *regexp.Regexp {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = Words(p)
	}
	return regexp.MustCompile(`(?s)` + strings.Join(parts, `.*`))
}

// StoreAttr copies an attribute of a resource in state into *into, so a
// later step can compare (e.g. an id that must not change).
func StoreAttr(address, attr string, into *string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		rs, ok := s.RootModule().Resources[address]
		if !ok {
			return fmt.Errorf("%s not in state", address)
		}
		*into = rs.Primary.Attributes[attr]
		if *into == "" {
			return fmt.Errorf("%s.%s is empty", address, attr)
		}
		return nil
	}
}

// requireNoRequests asserts that an emulator saw no request at all, e.g.
// after configurations that must be rejected at plan time. kit is nil on
// the real API, where requests cannot be counted.
func requireNoRequests(t *testing.T, kit *sandboxkit.Kit) {
	t.Helper()
	if kit == nil {
		return
	}
	if n := kit.RequestCount(); n != 0 {
		var seen []string
		for _, r := range kit.Requests() {
			seen = append(seen, r.Method+" "+r.Path)
		}
		t.Errorf("the sandbox received %d requests, want none: %v", n, seen)
	}
}

// RequireNoRequests asserts that the Odorik emulator saw no request.
func (e *OdorikEnv) RequireNoRequests(t *testing.T) {
	t.Helper()
	if e.Sandbox != nil {
		requireNoRequests(t, e.Sandbox.Kit)
	}
}

// RequireNoRequests asserts that the PBX emulator saw no request.
func (e *PBXEnv) RequireNoRequests(t *testing.T) {
	t.Helper()
	if e.Sandbox != nil {
		requireNoRequests(t, e.Sandbox.Kit)
	}
}

// RequireNoRequests asserts that the SerwerSMS emulator saw no request.
func (e *SMSEnv) RequireNoRequests(t *testing.T) {
	t.Helper()
	if e.Sandbox != nil {
		requireNoRequests(t, e.Sandbox.Kit)
	}
}

// RequireNoRequests asserts that the IPEX emulator saw no request.
func (e *IPEXEnv) RequireNoRequests(t *testing.T) {
	t.Helper()
	if e.Sandbox != nil {
		requireNoRequests(t, e.Sandbox.Kit)
	}
}
