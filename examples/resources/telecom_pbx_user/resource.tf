# Portal passwords come from an ephemeral variable: write-only attributes keep
# them out of the state, and an ephemeral variable keeps them out of saved plans.
variable "portal_password" {
  type      = string
  sensitive = true
  ephemeral = true
}

resource "telecom_pbx_extension_group" "sales" {
  name = "Sales"
}

resource "telecom_pbx_extension" "anna" {
  name  = "101"
  type  = "phone"
  label = "Anna Novak"
}

# An extension user: sees Anna's extension only.
resource "telecom_pbx_user" "anna" {
  login        = "anna.novak"
  name         = "Anna Novak"
  email        = "anna@example.com"
  extension_id = telecom_pbx_extension.anna.extension_id
  access       = "full"
  timezone     = "Europe/Moscow"

  password_wo         = var.portal_password
  password_wo_version = 1 # change it to set a new password, in place
}

# A group user: the sales team lead sees every extension of the group.
resource "telecom_pbx_user" "sales_lead" {
  login              = "sales.lead"
  name               = "Sales lead"
  email              = "sales@example.com"
  extension_group_id = telecom_pbx_extension_group.sales.extension_group_id
  access             = "read_only"

  password_wo         = var.portal_password
  password_wo_version = 1
}

# A client user: neither extension_id nor extension_group_id.
resource "telecom_pbx_user" "admin" {
  login   = "pbx.admin"
  name    = "PBX administrator"
  email   = "it@example.com"
  access  = "full"
  comment = "IT department"

  password_wo         = var.portal_password
  password_wo_version = 1
}
