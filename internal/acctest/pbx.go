package acctest

import (
	"os"
	"strconv"
	"testing"

	pbxapi "github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// Environment of the real-API mode for the Telphin PBX.
const (
	envPBXAppID     = "PBX_APP_ID"
	envPBXAppSecret = "PBX_APP_SECRET"
	envPBXURL       = "PBX_API_URL"
	envPBXClientID  = "PBX_CLIENT_ID"
)

// PBXEnv is where one test's PBX objects live.
type PBXEnv struct {
	// Sandbox is the emulator; nil when the test runs against the real API.
	Sandbox *sandbox.Server
	// Client reads and changes the same client behind Terraform's back.
	Client *pbxapi.Client
	// ClientID is the client the test's objects belong to, as the provider
	// default (@me unless PBX_CLIENT_ID says otherwise).
	ClientID string
	// NumericClientID is the client's numeric id ("" on the real API until read).
	NumericClientID string

	vendorEnv
}

// PBX starts a fresh emulator for the test or, with PBX_APP_ID and
// PBX_APP_SECRET set, uses the real API.
func PBX(t *testing.T, opts ...sandbox.Option) *PBXEnv {
	t.Helper()
	if os.Getenv(envPBXAppID) != "" && os.Getenv(envPBXAppSecret) != "" {
		cfg := pbxapi.Config{
			AppID: os.Getenv(envPBXAppID), AppSecret: os.Getenv(envPBXAppSecret),
			BaseURL: os.Getenv(envPBXURL), ClientID: os.Getenv(envPBXClientID), Transport: testTransport(),
		}
		client := pbxapi.NewClient(cfg)
		return &PBXEnv{Client: client, ClientID: client.DefaultClientID(),
			vendorEnv: vendorEnv{needsSandbox: "needs the PBX sandbox: faults, quotas and request counts cannot be controlled on the real API"}}
	}
	sb := sandbox.New(opts...)
	url := serve(t, sb)
	return &PBXEnv{
		Sandbox: sb,
		Client: pbxapi.NewClient(pbxapi.Config{
			AppID: sandbox.DemoAppID, AppSecret: sandbox.DemoAppSecret, BaseURL: url, Transport: testTransport(),
		}),
		ClientID:        pbxapi.DefaultClientID,
		NumericClientID: strconv.Itoa(sandbox.DemoClientID),
		vendorEnv: vendorEnv{kit: sb.Kit,
			block: "pbx", settings: map[string]string{"app_id": sandbox.DemoAppID, "app_secret": sandbox.DemoAppSecret, "base_url": url}},
	}
}
