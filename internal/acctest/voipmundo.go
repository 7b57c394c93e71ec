package acctest

import (
	"fmt"
	"os"
	"testing"

	voipmundoapi "github.com/telecom-tf/terraform-provider-telecom/internal/voipmundo/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/voipmundo/sandbox"
)

// Environment of the real-API mode for VoIP Mundo.
const (
	envVoIPMundoToken    = "VOIPMUNDO_API_TOKEN"
	envVoIPMundoKey      = "VOIPMUNDO_API_KEY"
	envVoIPMundoURL      = "VOIPMUNDO_API_URL"
	envVoIPMundoCustomer = "VOIPMUNDO_ACC_CUSTOMER_ID"
)

// VoIPMundoEnv is the VoIP Mundo account one test reads.
type VoIPMundoEnv struct {
	// Sandbox is the emulator; nil when the test runs against the real API.
	Sandbox *sandbox.Server
	// BaseURL is where the API is (the emulator's URL in sandbox mode).
	BaseURL string
	// CustomerID is a customer the credentials may read (real API:
	// VOIPMUNDO_ACC_CUSTOMER_ID, empty for subscriber credentials).
	CustomerID string

	token, key string
}

// VoIPMundo starts a fresh emulator for the test or, with
// VOIPMUNDO_API_TOKEN and VOIPMUNDO_API_KEY set, uses the real API.
func VoIPMundo(t *testing.T, opts ...sandbox.Option) *VoIPMundoEnv {
	t.Helper()
	if os.Getenv(envVoIPMundoToken) != "" && os.Getenv(envVoIPMundoKey) != "" {
		base := os.Getenv(envVoIPMundoURL)
		if base == "" {
			base = voipmundoapi.DefaultBaseURL
		}
		return &VoIPMundoEnv{
			BaseURL: base, CustomerID: os.Getenv(envVoIPMundoCustomer),
			token: os.Getenv(envVoIPMundoToken), key: os.Getenv(envVoIPMundoKey),
		}
	}
	sb := sandbox.New(opts...)
	return &VoIPMundoEnv{
		Sandbox: sb, BaseURL: serve(t, sb), CustomerID: fmt.Sprint(sandbox.DemoCustomerID),
		token: sandbox.DemoMasterToken, key: sandbox.DemoMasterKey,
	}
}

// ProviderConfig is a provider block with the given credentials; empty
// token and key mean the environment's own (master credentials in the sandbox).
func (e *VoIPMundoEnv) ProviderConfig(token, key string) string {
	if token == "" && key == "" {
		token, key = e.token, e.key
	}
	return fmt.Sprintf("provider \"telecom\" {\n  voipmundo {\n    api_token = %q\n    api_key   = %q\n    base_url  = %q\n  }\n}\n", token, key, e.BaseURL)
}

// RequireSandbox skips a test that needs the emulator.
func (e *VoIPMundoEnv) RequireSandbox(t *testing.T) {
	t.Helper()
	if e.Sandbox == nil {
		t.Skip("needs the VoIP Mundo sandbox: seeded customers, token levels and faults cannot be controlled on the real API")
	}
}
