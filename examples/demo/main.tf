# The configuration `make demo` applies against telecom-sandbox. The provider
# block is empty: the sandbox prints the environment variables that point
# every vendor at its emulator (ODORIK_USER, ODORIK_PASSWORD, ODORIK_API_URL, …).
terraform {
  required_providers {
    telecom = {
      source = "telecom-tf/telecom"
    }
  }
}

provider "telecom" {}

data "telecom_odorik_public_numbers" "all" {
  include_sip_names = true
}

locals {
  office = [for n in data.telecom_odorik_public_numbers.all.public_numbers : n.public_number if n.type == "geographic"][0]
}

# Calls from the boss's mobile ring the reception mobile, keeping the caller id.
resource "telecom_odorik_route" "boss" {
  public_number  = local.office
  source_number  = "+420733123456"
  ringing_number = "*08700420737007770"
}

# Every call to the office also rings line 754321.
resource "telecom_odorik_ringing" "reception" {
  public_number  = local.office
  ringing_number = "*754321"
}

# Read after the writes, so the second plan sees the same list.
data "telecom_odorik_routes" "office" {
  public_number = local.office
  depends_on    = [telecom_odorik_route.boss, telecom_odorik_ringing.reception]
}

output "public_numbers" {
  value = { for n in data.telecom_odorik_public_numbers.all.public_numbers : n.public_number => n.type }
}

output "office_routes" {
  value = [for r in data.telecom_odorik_routes.office.routes : "${r.route_id}: ${r.source_number} -> ${r.ringing_number}"]
}

variable "portal_password" {
  type      = string
  sensitive = true
  ephemeral = true
  default   = "demo-portal-password-1"
}

# Telphin cloud PBX: a small office from the office module (examples/modules/
# office): an extension per person in the office's group, portal logins,
# each person's calls (desk, then mobile, voicemail after hours), incoming
# numbers routed to people, office hours and a dial plan.
data "telecom_pbx_client" "me" {}

module "office" {
  source = "../modules/office"

  name     = "Head office"
  timezone = data.telecom_pbx_client.me.timezone

  people = {
    anna  = { extension = "101", label = "Anna Novak", login = "anna.novak", email = "anna@example.com", mobile = "+79161234567" }
    boris = { extension = "102", label = "Boris Petrov", login = "boris.petrov", email = "boris@example.com" }
    desk  = { extension = "100", label = "Reception" }
  }
  # Write-only: sent to the PBX, never stored (ephemeral, see below).
  portal_passwords = { anna = var.portal_password, boris = var.portal_password }

  # Numbers the sandbox's client already has (telecom_pbx_dids lists them).
  dids = {
    main  = { number = "+74951234567", rings = "desk" }
    sales = { number = "+74951234568", rings = "anna" }
  }

  dial_plan = [
    { match_exp = "^([0-9]{7})$", repl_exp = "7495\\1", comment = "local numbers get the area code" },
    { match_exp = "^8(\\d{10})$", repl_exp = "7\\1" },
  ]
}

# The client's own settings: music on hold picked by title, the office's dial
# plan for every extension, and the main number as caller ID. Settings left
# out here stay as they are at the PBX.
data "telecom_pbx_sounds" "hold" {
  title = "Office music on hold"
}

resource "telecom_pbx_client_settings" "office" {
  hold_music        = data.telecom_pbx_sounds.hold.sounds[0].id
  dial_rule_id      = module.office.dial_rule_id
  default_caller_id = "+74951234567"
}

output "pbx" {
  value = {
    client     = "${data.telecom_pbx_client.me.name} (${data.telecom_pbx_client.me.id})"
    extensions = { for person, e in module.office.extensions : person => e.full_name }
    logins     = { for person, u in module.office.portal_users : person => u.login }
    calls      = module.office.call_handling
    did_routes = module.office.did_routes
    hold_music = data.telecom_pbx_sounds.hold.sounds[0].title
    caller_id  = telecom_pbx_client_settings.office.default_caller_id
  }
}

# VoIP Mundo: read a customer record (the sandbox's credentials are master
# credentials, so the customer is named).
data "telecom_voipmundo_customer" "acme" {
  customer_id = 1057
}

output "voipmundo_customer" {
  value = {
    id      = data.telecom_voipmundo_customer.acme.id
    type    = data.telecom_voipmundo_customer.acme.tipo == 2 ? "reseller" : "subscriber"
    billing = ["prepaid", "postpaid", "allowance"][data.telecom_voipmundo_customer.acme.finance.tipo_tar]
    users   = [for u in data.telecom_voipmundo_customer.acme.users : u.username]
  }
}

# Provider functions check a dial plan and a schedule inside Terraform.
check "city_dial_plan" {
  assert {
    condition     = provider::telecom::dial_rewrite(module.office.dial_plan, "1234567") == "74951234567"
    error_message = "A 7-digit number must get the area code."
  }
}

output "functions" {
  value = {
    normalized      = provider::telecom::normalize_number("+420 (602) 123-456", "420")
    dialled_8916    = provider::telecom::dial_rewrite(module.office.dial_plan, "89161234567")
    open_monday_930 = provider::telecom::interval_contains(module.office.office_hours, "2026-07-06T09:30:00+03:00")
  }
}

# SerwerSMS.pl: a subaccount copied from the sandbox's template subaccount.
# The password is write-only: it never reaches the state, and coming from an
# ephemeral variable it is not in a saved plan either.
variable "sms_password" {
  type      = string
  sensitive = true
  ephemeral = true
  default   = "demo-password-1"
}

data "telecom_sms_subaccounts" "before" {}

resource "telecom_sms_subaccount" "support" {
  username            = "support.team"
  template_id         = one([for s in data.telecom_sms_subaccounts.before.subaccounts : s.id if s.username == "wojtek"])
  name                = "Support team"
  password_wo         = var.sms_password
  password_wo_version = 1

  limits = { eco = 1000, full = 200 }
}

output "sms_subaccount" {
  value = "${telecom_sms_subaccount.support.username} (${telecom_sms_subaccount.support.subaccount_id})"
}

# IPEX: a VoIP number ordered at the sandbox. Creating it is an order the
# provider waits for (the sandbox finishes orders in two seconds).
variable "ipex_sip_password" {
  type      = string
  sensitive = true
  ephemeral = true
  default   = "demo-sip-password-1"
}

data "telecom_ipex_voip_profiles" "all" {}

resource "telecom_ipex_voip_number" "office" {
  number         = "+420 601 123 456"
  customer_id    = 104233
  profile_id     = one([for p in data.telecom_ipex_voip_profiles.all.profiles : p.id if p.name == "Default Profile"])
  tariff_plan_id = 501
  clir           = "temporaryAllowed"

  sip_password_wo         = var.ipex_sip_password
  sip_password_wo_version = 1
}

output "ipex_number" {
  value = "${telecom_ipex_voip_number.office.id}: ${telecom_ipex_voip_number.office.status} (order ${telecom_ipex_voip_number.office.request_id})"
}
