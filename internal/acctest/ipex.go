package acctest

import (
	"os"
	"strconv"
	"testing"
	"time"

	ipexapi "github.com/telecom-tf/terraform-provider-telecom/internal/ipex/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex/sandbox"
)

// Environment of the real-API mode for IPEX.
const (
	envIPEXUser     = "IPEX_USERNAME"
	envIPEXPass     = "IPEX_PASSWORD"
	envIPEXURL      = "IPEX_API_URL"
	envIPEXCustomer = "IPEX_ACC_CUSTOMER_ID"
)

// IPEXOrderDelay is how long the emulator's orders take in tests.
const IPEXOrderDelay = 30 * time.Millisecond

// IPEXEnv is the IPEX account one test works in.
type IPEXEnv struct {
	// Sandbox is the emulator; nil when the test runs against the real API.
	Sandbox *sandbox.Server
	// Client reads the same account behind Terraform's back.
	Client *ipexapi.Client
	// CustomerID is the customer the test's numbers belong to.
	CustomerID int64

	vendorEnv
}

// IPEX starts a fresh emulator whose orders finish in milliseconds or, with
// IPEX_USERNAME, IPEX_PASSWORD and IPEX_ACC_CUSTOMER_ID set, uses the real
// API (tests that order numbers there cost money and skip themselves).
func IPEX(t *testing.T, opts ...sandbox.Option) *IPEXEnv {
	t.Helper()
	if os.Getenv(envIPEXUser) != "" && os.Getenv(envIPEXPass) != "" {
		customer, err := strconv.ParseInt(os.Getenv(envIPEXCustomer), 10, 64)
		if err != nil {
			t.Skipf("%s is set, so this test would run against the real IPEX API, but %s is not", envIPEXUser, envIPEXCustomer)
		}
		return &IPEXEnv{
			Client: ipexapi.NewClient(ipexapi.Config{
				Username: os.Getenv(envIPEXUser), Password: os.Getenv(envIPEXPass), BaseURL: os.Getenv(envIPEXURL), Transport: testTransport(),
			}),
			CustomerID: customer,
			vendorEnv:  vendorEnv{needsSandbox: "needs the IPEX sandbox: orders on the real API activate real numbers"},
		}
	}
	sb := sandbox.New(append([]sandbox.Option{sandbox.WithOrderDelay(IPEXOrderDelay)}, opts...)...)
	url := serve(t, sb)
	return &IPEXEnv{
		Sandbox: sb,
		Client: ipexapi.NewClient(ipexapi.Config{
			Username: sandbox.DemoUsername, Password: sandbox.DemoPassword, BaseURL: url, Transport: testTransport(),
			FirstPoll: 10 * time.Millisecond,
		}),
		CustomerID: sandbox.DemoCustomerID,
		vendorEnv: vendorEnv{kit: sb.Kit,
			block: "ipex", settings: map[string]string{"username": sandbox.DemoUsername, "password": sandbox.DemoPassword, "base_url": url}},
	}
}
