package acctest

import (
	"os"
	"strconv"
	"testing"

	smsapi "github.com/telecom-tf/terraform-provider-telecom/internal/sms/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sms/sandbox"
)

// Environment of the real-API mode for SerwerSMS.
const (
	envSMSToken    = "SMS_API_TOKEN"
	envSMSURL      = "SMS_API_URL"
	envSMSTemplate = "SMS_ACC_TEMPLATE_ID"
)

// SMSEnv is where one test's subaccounts live.
type SMSEnv struct {
	// Sandbox is the emulator; nil when the test runs against the real API.
	Sandbox *sandbox.Server
	// Client reads and changes the same account behind Terraform's back.
	Client *smsapi.Client
	// TemplateID is an existing subaccount new ones may copy.
	TemplateID int64

	vendorEnv
}

// SMS starts a fresh emulator for the test or, with SMS_API_TOKEN and
// SMS_ACC_TEMPLATE_ID set, uses the real API.
func SMS(t *testing.T, opts ...sandbox.Option) *SMSEnv {
	t.Helper()
	if token := os.Getenv(envSMSToken); token != "" {
		tpl, err := strconv.ParseInt(os.Getenv(envSMSTemplate), 10, 64)
		if err != nil {
			t.Skipf("%s is set, so this test would run against the real SerwerSMS API, but %s (an existing template subaccount id) is not", envSMSToken, envSMSTemplate)
		}
		return &SMSEnv{
			Client:     smsapi.NewClient(smsapi.Config{APIToken: token, BaseURL: os.Getenv(envSMSURL), Transport: testTransport()}),
			TemplateID: tpl,
			vendorEnv:  vendorEnv{needsSandbox: "needs the SerwerSMS sandbox: faults and request counts cannot be controlled on the real API"},
		}
	}
	sb := sandbox.New(opts...)
	url := serve(t, sb)
	return &SMSEnv{
		Sandbox:    sb,
		Client:     smsapi.NewClient(smsapi.Config{APIToken: sandbox.DemoAPIToken, BaseURL: url, Transport: testTransport()}),
		TemplateID: sandbox.DemoTemplateID,
		vendorEnv: vendorEnv{kit: sb.Kit,
			block: "sms", settings: map[string]string{"api_token": sandbox.DemoAPIToken, "base_url": url}},
	}
}
