# Ephemeral (Terraform 1.10+), so the value is in neither the state nor the
# saved plan.
variable "support_password" {
  type      = string
  sensitive = true
  ephemeral = true
}

# The template: an existing subaccount whose permissions are copied.
data "telecom_sms_subaccounts" "all" {}

locals {
  template_id = one([for s in data.telecom_sms_subaccounts.all.subaccounts : s.id if s.username == "wojtek"])
}

resource "telecom_sms_subaccount" "support" {
  username    = "support.team"
  template_id = local.template_id
  name        = "Support team"
  phone       = "+48500600700"
  email       = "support@example.com"

  # Write-only (Terraform 1.11+): never stored in the state, and needed only to
  # create the subaccount. Bump the version to send a new password, which
  # replaces the subaccount (the API has no edit).
  password_wo         = var.support_password
  password_wo_version = 1

  # Changed in place; the API cannot read limits back.
  limits = {
    eco  = 1000
    full = 200
  }
}
