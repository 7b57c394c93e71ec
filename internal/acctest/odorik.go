package acctest

import (
	"fmt"
	"net/http/httptest"
	"os"
	"testing"

	odorikapi "github.com/telecom-tf/terraform-provider-telecom/internal/odorik/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// Environment of the real-API mode for Odorik.
const (
	envOdorikUser   = "ODORIK_USER"
	envOdorikPass   = "ODORIK_PASSWORD"
	envOdorikURL    = "ODORIK_API_URL"
	envOdorikNumber = "ODORIK_ACC_PUBLIC_NUMBER"
)

// OdorikEnv is where one test's Odorik objects live.
type OdorikEnv struct {
	// Sandbox is the emulator; nil when the test runs against the real API.
	Sandbox *sandbox.Server
	// Client reads and changes the same account behind Terraform's back, in
	// both modes (CheckDestroy, drift).
	Client *odorikapi.Client
	// PublicNumber is a number the test may route on.
	PublicNumber string

	providerBlock string
}

// Odorik starts a fresh emulator for the test, or, with ODORIK_USER and
// ODORIK_PASSWORD set, uses the real API and ODORIK_ACC_PUBLIC_NUMBER.
func Odorik(t *testing.T) *OdorikEnv {
	t.Helper()
	if os.Getenv(envOdorikUser) != "" && os.Getenv(envOdorikPass) != "" {
		number := os.Getenv(envOdorikNumber)
		if number == "" {
			t.Skipf("%s is set, so this test would run against the real Odorik API, but %s (a public number it may route on) is not set", envOdorikUser, envOdorikNumber)
		}
		return &OdorikEnv{
			Client: odorikapi.NewClient(odorikapi.Config{
				User: os.Getenv(envOdorikUser), Password: os.Getenv(envOdorikPass), BaseURL: os.Getenv(envOdorikURL),
				Transport: testTransport(),
			}),
			PublicNumber:  number,
			providerBlock: "",
		}
	}
	sb := sandbox.New()
	srv := httptest.NewServer(sb)
	t.Cleanup(srv.Close)
	baseURL := srv.URL + "/api/v1"
	return &OdorikEnv{
		Sandbox: sb,
		Client: odorikapi.NewClient(odorikapi.Config{
			User: sandbox.DemoUser, Password: sandbox.DemoPassword, BaseURL: baseURL, Transport: testTransport(),
		}),
		PublicNumber: sandbox.GeographicNumber,
		providerBlock: fmt.Sprintf("  odorik {\n    user     = %q\n    password = %q\n    base_url = %q\n  }\n",
			sandbox.DemoUser, sandbox.DemoPassword, baseURL),
	}
}

// ProviderConfig is the provider block for this environment; extra is added
// inside the block (e.g. "max_retries = 1").
func (e *OdorikEnv) ProviderConfig(extra string) string {
	return "provider \"telecom\" {\n" + e.providerBlock + extra + "\n}\n"
}

// RequireSandbox skips a test that needs the emulator (fault injection,
// request counting, seeded data) when running against the real API.
func (e *OdorikEnv) RequireSandbox(t *testing.T) {
	t.Helper()
	if e.Sandbox == nil {
		t.Skip("needs the Odorik sandbox: faults and request counts cannot be controlled on the real API")
	}
}

func testTransport() transport.Settings {
	return transport.Settings{MaxRetries: 2, UserAgent: "terraform-provider-telecom/acctest"}
}
