package acctest

import (
	"os"
	"testing"

	odorikapi "github.com/telecom-tf/terraform-provider-telecom/internal/odorik/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
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

	vendorEnv
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
			PublicNumber: number,
			vendorEnv:    vendorEnv{needsSandbox: "needs the Odorik sandbox: faults and request counts cannot be controlled on the real API"},
		}
	}
	sb := sandbox.New()
	baseURL := serve(t, sb) + "/api/v1"
	return &OdorikEnv{
		Sandbox: sb,
		Client: odorikapi.NewClient(odorikapi.Config{
			User: sandbox.DemoUser, Password: sandbox.DemoPassword, BaseURL: baseURL, Transport: testTransport(),
		}),
		PublicNumber: sandbox.GeographicNumber,
		vendorEnv: vendorEnv{kit: sb.Kit,
			block: "odorik", settings: map[string]string{"user": sandbox.DemoUser, "password": sandbox.DemoPassword, "base_url": baseURL}},
	}
}
