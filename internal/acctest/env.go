package acctest

import (
	"fmt"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// vendorEnv is what the vendor environments share: the emulator's Kit and
// the provider block that points at it in sandbox mode, nothing on the
// real API.
type vendorEnv struct {
	kit *sandboxkit.Kit // nil on the real API
	// block names the vendor's provider block and settings are its
	// attributes; none on the real API (the provider reads the environment).
	block        string
	settings     map[string]string
	needsSandbox string // why RequireSandbox skips on the real API
}

// ProviderConfig is the provider block for this environment; extra is added
// inside the block (e.g. "max_retries = 1").
func (e *vendorEnv) ProviderConfig(extra string) string {
	return "provider \"telecom\" {\n" + e.vendorBlock() + extra + "\n}\n"
}

// vendorBlock is the vendor's block inside the provider block; "" on the
// real API, where the provider reads the environment.
func (e *vendorEnv) vendorBlock() string {
	if e.settings == nil {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "  %s {\n", e.block)
	for _, name := range slices.Sorted(maps.Keys(e.settings)) {
		fmt.Fprintf(&b, "    %s = %q\n", name, e.settings[name])
	}
	b.WriteString("  }\n")
	return b.String()
}

// ProviderConfigFor is one provider block for several vendor environments,
// for configurations that span vendors.
func ProviderConfigFor(envs ...interface{ vendorBlock() string }) string {
	var b strings.Builder
	b.WriteString("provider \"telecom\" {\n")
	for _, e := range envs {
		b.WriteString(e.vendorBlock())
	}
	b.WriteString("}\n")
	return b.String()
}

// RequireSandbox skips a test that needs the emulator (fault injection,
// request counting, seeded data) when running against the real API.
func (e *vendorEnv) RequireSandbox(t *testing.T) {
	t.Helper()
	if e.kit == nil {
		t.Skip(e.needsSandbox)
	}
}

// RequireNoRequests asserts that the emulator saw no request at all, e.g.
// after configurations that must be rejected at plan time. On the real API,
// where requests cannot be counted, it checks nothing.
func (e *vendorEnv) RequireNoRequests(t *testing.T) {
	t.Helper()
	if e.kit == nil {
		return
	}
	if n := e.kit.RequestCount(); n != 0 {
		var seen []string
		for _, r := range e.kit.Requests() {
			seen = append(seen, r.Method+" "+r.Path)
		}
		t.Errorf("the sandbox received %d requests, want none: %v", n, seen)
	}
}

// serve serves an emulator until the test ends and returns its URL.
func serve(t *testing.T, emulator http.Handler) string {
	t.Helper()
	srv := httptest.NewServer(emulator)
	t.Cleanup(srv.Close)
	return srv.URL
}

func testTransport() transport.Settings {
	return transport.Settings{MaxRetries: 2, UserAgent: "terraform-provider-telecom/acctest"}
}

// blockSettings is the provider block NewProtocol configures.
func (e *vendorEnv) blockSettings() (string, map[string]string) { return e.block, e.settings }
