# A group and an outgoing-call rule list for the sales team. create_before_destroy
# lets one apply move extensions to another group (or rule list) and delete the
# old one: Terraform then updates the extensions before it deletes the group.
resource "telecom_pbx_extension_group" "sales" {
  name = "Sales"

  lifecycle {
    create_before_destroy = true
  }
}

resource "telecom_pbx_dial_rule" "office" {
  name  = "Office dial plan"
  rules = [{ match_exp = "^8(\\d{10})$", repl_exp = "7\\1" }]

  lifecycle {
    create_before_destroy = true
  }
}

# Extension 101 (the PBX calls it <prefix>*101, see full_name), active as soon
# as it is applied, in the sales group, with the office dial plan.
resource "telecom_pbx_extension" "anna" {
  name           = "101"
  type           = "phone"
  label          = "Anna Novak"
  caller_id_name = "Anna Novak"

  extension_group_id = telecom_pbx_extension_group.sales.extension_group_id
  dial_rule_id       = telecom_pbx_dial_rule.office.dial_rule_id
}

# A queue, created switched off until the agents are in place.
resource "telecom_pbx_extension" "sales_queue" {
  name   = "500"
  type   = "queue"
  label  = "Sales queue"
  status = "blocked"

  extension_group_id = telecom_pbx_extension_group.sales.extension_group_id
}

output "anna_full_name" {
  value = telecom_pbx_extension.anna.full_name
}
