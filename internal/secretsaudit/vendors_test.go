package secretsaudit

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/config"

	ipexsb "github.com/telecom-tf/terraform-provider-telecom/internal/ipex/sandbox"
	odoriksb "github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
	pbxsb "github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
	smssb "github.com/telecom-tf/terraform-provider-telecom/internal/sms/sandbox"
	vmsb "github.com/telecom-tf/terraform-provider-telecom/internal/voipmundo/sandbox"
)

// The credentials of the run: never a sandbox default, each with a head no
// other text of the run has, and with characters that URLs and JSON escape
// ('+', '/', '&', '<', '"', '%'), so that an escaped copy is found too.
const (
	odorikUser     = "246810" // an account id: numeric, and not secret
	odorikPassword = `audit-odorik-pass-7Qv+/&<%>`
	// odorikSIPPassword is a line's SIP password, which GET lines.json
	// answers in clear; telecom_odorik_lines must drop it.
	odorikSIPPassword = `audit-odorik-sip-3Kd+/&<%>"`
	ipexUsername      = "audit-ipex-user"
	ipexPassword      = `audit-ipex-pass-3Kd+/&<"`
	pbxAppID          = "audit-pbx-app"
	pbxAppSecret      = `audit-pbx-secret-9Fw+/&<=`
	smsAPIToken       = `audit-sms-token-4Wm+/&<`
	smsUsername       = "audit-sms-user"
	smsPassword       = `audit-sms-pass-6Rn+/&<`
	// VoIP Mundo takes its credentials as URL path segments, which the
	// emulator splits after decoding: no '/'.
	vmToken = `audit-vm-token-2Hp+&<=`
	vmKey   = `audit-vm-key-8Js+&<=`
)

// The write-only values, one per step (SerwerSMS subaccount passwords have
// 3 to 20 characters).
var (
	subPasswords = [2]string{`auSub1-Zq+/&<"`, `auSub2-Lk+/&<"`}
	sipPasswords = [2]string{`audit-sip-1-5Tq+/&<"`, `audit-sip-2-1Xe+/&<"`}
	// PBX portal passwords: the second goes through the in-place rotation.
	portalPasswords = [2]string{`audit-portal-1-8Wm+/&<"`, `audit-portal-2-4Jc+/&<"`}
	// PBX SIP passwords of a phone extension, also rotated in place.
	phonePasswords = [2]string{`audit-phone-1-2Hv+/&<"`, `audit-phone-2-7Qp+/&<"`}
)

// Objects of the configuration.
const (
	smsSubUsername = "audit.sub" // also the proof that a state or plan is not empty
	ipexNumber     = "601999123"
	vmCustomerID   = vmsb.DemoCustomerID
)

// vendors are the five emulators of the run, each on its own server.
type vendors struct {
	odorik *odoriksb.Server
	ipex   *ipexsb.Server
	pbx    *pbxsb.Server
	sms    *smssb.Server
	vm     *vmsb.Server

	odorikURL, ipexURL, pbxURL, smsURL, vmURL string
	// vmUserSecrets are the API tokens and keys of the users of the
	// customer the run reads: the vendor sends them along with the record.
	vmUserSecrets []secret
}

func startVendors(t *testing.T) *vendors {
	t.Helper()
	v := &vendors{
		odorik: odoriksb.New(odoriksb.WithAccount(odorikUser, odorikPassword)),
		// Orders finish in milliseconds, as in the other acceptance tests.
		ipex: ipexsb.New(ipexsb.WithCredentials(ipexUsername, ipexPassword), ipexsb.WithOrderDelay(30*time.Millisecond)),
		// The PBX answers SIP passwords in clear: the provider must drop them.
		pbx: pbxsb.New(pbxsb.WithApp(pbxAppID, pbxAppSecret), pbxsb.WithPhonePasswordInAnswers(pbxsb.PhonePasswordClear)),
		// Both ways of logging in work, so that each step can use one.
		sms: smssb.New(smssb.WithAPIToken(smsAPIToken), smssb.WithAPIUser(smsUsername, smsPassword)),
		vm:  vmsb.New(vmsb.WithMaster(vmToken, vmKey)),
	}
	v.odorikURL = serve(t, v.odorik) + odoriksb.BasePath
	if err := v.odorik.PutLine(odoriksb.Line{ID: 790799, Name: "audit line", SIPPassword: odorikSIPPassword, ActiveVoicemail: true}); err != nil {
		t.Fatal(err)
	}
	v.ipexURL = serve(t, v.ipex)
	v.pbxURL = serve(t, v.pbx)
	v.smsURL = serve(t, v.sms)
	v.vmURL = serve(t, v.vm)
	v.vmUserSecrets = replaceUserSecrets(t, v.vm, vmCustomerID)
	return v
}

func serve(t *testing.T, h http.Handler) string {
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv.URL
}

// replaceUserSecrets gives the users of one customer distinctive API
// tokens and keys (the seeded ones are shared by every test) and returns
// them.
func replaceUserSecrets(t *testing.T, vm *vmsb.Server, id int64) []secret {
	t.Helper()
	c, ok := vm.Customer(id)
	if !ok || len(c.Users) == 0 {
		t.Fatalf("test setup: the VoIP Mundo sandbox has no customer %d with users", id)
	}
	var secrets []secret
	for i := range c.Users {
		u := &c.Users[i]
		token := secret{"voipmundo users[" + u.ID.String() + "].api_token", `audit-vm-user` + u.ID.String() + `-token-+/&<"`}
		key := secret{"voipmundo users[" + u.ID.String() + "].api_key", `audit-vm-user` + u.ID.String() + `-key-+/&<"`}
		u.APIToken, u.APIKey = vmsb.Str(token.value), vmsb.Str(key.value)
		secrets = append(secrets, token, key)
	}
	if err := vm.PutCustomer(c); err != nil {
		t.Fatal(err)
	}
	return secrets
}

// step is what changes between the two steps of the run.
type step struct {
	version     int    // password_wo_version and sip_password_wo_version
	subPassword string // telecom_sms_subaccount.password_wo
	sipPassword string // telecom_ipex_voip_number.sip_password_wo
	// portalPassword is telecom_pbx_user.password_wo.
	portalPassword string
	// phonePassword is telecom_pbx_extension_phone.password_wo.
	phonePassword string
	smsByUser     bool // SerwerSMS: the API user instead of the API token
}

// config is the provider with all five vendors and every resource and data
// source of the provider. The provider's credentials are literals. The
// write-only values come from ephemeral variables (see writeOnlyVars), as
// Terraform means write-only arguments to be fed: a literal is part of the
// configuration, which Terraform keeps in the plan file and prints in the
// plan JSON's "configuration" whatever the schema says.
func (v *vendors) config(s step) string {
	smsAuth := fmt.Sprintf("api_token = %q", smsAPIToken)
	if s.smsByUser {
		smsAuth = fmt.Sprintf("username = %q\n    password = %q", smsUsername, smsPassword)
	}
	return fmt.Sprintf(`
provider "telecom" {
  odorik {
    user     = %[1]q
    password = %[2]q
    base_url = %[3]q
  }
  ipex {
    username = %[4]q
    password = %[5]q
    base_url = %[6]q
  }
  pbx {
    app_id     = %[7]q
    app_secret = %[8]q
    base_url   = %[9]q
  }
  sms {
    %[10]s
    base_url = %[11]q
  }
  voipmundo {
    api_token = %[12]q
    api_key   = %[13]q
    base_url  = %[14]q
  }
}

variable "sub_password" {
  type      = string
  sensitive = true
  ephemeral = true
}

variable "sip_password" {
  type      = string
  sensitive = true
  ephemeral = true
}

variable "portal_password" {
  type      = string
  sensitive = true
  ephemeral = true
}

variable "phone_password" {
  type      = string
  sensitive = true
  ephemeral = true
}

# Odorik
data "telecom_odorik_public_numbers" "all" {
  include_sip_names = true
}

resource "telecom_odorik_route" "audit" {
  public_number  = %[15]q
  source_number  = "00420733123456"
  ringing_number = "*754321"
}

resource "telecom_odorik_ringing" "audit" {
  public_number  = %[15]q
  ringing_number = "00420737007770"
}

data "telecom_odorik_routes" "audit" {
  # Read after the route and the ringing exist.
  public_number = telecom_odorik_route.audit.public_number
  depends_on    = [telecom_odorik_ringing.audit]
}

resource "telecom_odorik_speed_dial" "audit" {
  number = "*754321"
  name   = "audit speed dial"
}

# Every line's SIP password is in the API's answer.
data "telecom_odorik_lines" "all" {}

# Telphin PBX
data "telecom_pbx_client" "me" {}

resource "telecom_pbx_interval" "audit" {
  name       = "audit office hours"
  timezone   = data.telecom_pbx_client.me.timezone
  conditions = [{ start_dow = 2, end_dow = 6, start_time = "09:00", end_time = "18:00" }]
}

resource "telecom_pbx_dial_rule" "audit" {
  name  = "audit dial plan"
  rules = [{ match_exp = "^8(\\d{10})$", repl_exp = "7\\1", comment = "trunk prefix" }]
}

resource "telecom_pbx_extension_group" "audit" {
  name = "audit group"
}

resource "telecom_pbx_network_permission" "audit" {
  name              = "audit office LAN"
  network_addresses = ["192.0.2.0/24"]
}

resource "telecom_pbx_extension" "audit" {
  name               = "190"
  type               = "phone"
  label              = "audit desk"
  extension_group_id = telecom_pbx_extension_group.audit.extension_group_id
  dial_rule_id       = telecom_pbx_dial_rule.audit.dial_rule_id
}

data "telecom_pbx_dids" "all" {}

resource "telecom_pbx_did_assignment" "audit" {
  number       = data.telecom_pbx_dids.all.dids[0].number
  extension_id = telecom_pbx_extension.audit.extension_id
}

data "telecom_pbx_sounds" "all" {}

# Destroy forgets the settings, so they name nothing the test destroys.
resource "telecom_pbx_client_settings" "audit" {
  hold_music = data.telecom_pbx_sounds.all.sounds[0].id
  timezone   = data.telecom_pbx_client.me.timezone
}

data "telecom_pbx_extensions" "audit" {
  type       = "phone"
  depends_on = [telecom_pbx_extension.audit]
}

data "telecom_pbx_limits" "me" {}

resource "telecom_pbx_user" "audit" {
  login               = "audit.user"
  name                = "Audit user"
  email               = "audit@example.com"
  extension_id        = telecom_pbx_extension.audit.extension_id
  password_wo         = var.portal_password
  password_wo_version = %[18]d
}

resource "telecom_pbx_agent" "audit" {
  name         = "Audit agent"
  extension_id = telecom_pbx_extension.audit.extension_id
}

resource "telecom_pbx_incoming_rules" "audit" {
  extension_id = telecom_pbx_extension.audit.extension_id
  rules = [
    { type = "transfer", caller_id_action = "matches", caller_id = "^(\\+|)7812", transfer_dst = ["+78121234567"] },
    { type = "voicemail" },
  ]
}

resource "telecom_pbx_extension_phone" "audit" {
  extension_id        = telecom_pbx_extension.audit.extension_id
  password_wo         = var.phone_password
  password_wo_version = %[18]d
  record_enabled      = true
}

resource "telecom_pbx_extension_event" "audit" {
  extension_id = telecom_pbx_extension.audit.extension_id
  event_type   = "answer"
  url          = "https://hooks.example.com/audit-extension"
  method       = "POST"
}

resource "telecom_pbx_phone_event" "audit" {
  event_type = "hangup"
  url        = "https://hooks.example.com/audit"
  method     = "POST"
}

# SerwerSMS
data "telecom_sms_subaccounts" "all" {}

resource "telecom_sms_subaccount" "audit" {
  username            = %[16]q
  template_id         = one([for s in data.telecom_sms_subaccounts.all.subaccounts : s.id if s.username == %[17]q])
  password_wo         = var.sub_password
  password_wo_version = %[18]d
  limits              = { eco = 10 }
}

# IPEX
data "telecom_ipex_voip_profiles" "all" {}

resource "telecom_ipex_voip_number" "audit" {
  number                  = %[19]q
  customer_id             = %[20]d
  profile_id              = data.telecom_ipex_voip_profiles.all.profiles[0].id
  tariff_plan_id          = %[21]d
  sip_password_wo         = var.sip_password
  sip_password_wo_version = %[18]d
}

data "telecom_ipex_voip_number" "audit" {
  # The number just ordered, whose SIP password IPEX now holds.
  number = telecom_ipex_voip_number.audit.number
}

# VoIP Mundo
data "telecom_voipmundo_customer" "audit" {
  customer_id = %[22]d
}
`,
		odorikUser, odorikPassword, v.odorikURL,
		ipexUsername, ipexPassword, v.ipexURL,
		pbxAppID, pbxAppSecret, v.pbxURL,
		smsAuth, v.smsURL,
		vmToken, vmKey, v.vmURL,
		odoriksb.GeographicNumber, smsSubUsername, smssb.DemoTemplateUsername, s.version,
		ipexNumber, ipexsb.DemoCustomerID, ipexsb.TariffPlanStandardID, vmCustomerID,
	)
}

// writeOnlyVars are the values of the ephemeral variables of config.
func writeOnlyVars(s step) config.Variables {
	return config.Variables{
		"sub_password":    config.StringVariable(s.subPassword),
		"sip_password":    config.StringVariable(s.sipPassword),
		"portal_password": config.StringVariable(s.portalPassword),
		"phone_password":  config.StringVariable(s.phonePassword),
	}
}
