# A small office on the Telphin cloud PBX: one extension per person in the
# office's group, its incoming numbers routed to people, its office hours and
# its outgoing dial plan.

resource "telecom_pbx_extension_group" "office" {
  client_id = var.client_id
  name      = var.name
}

resource "telecom_pbx_dial_rule" "plan" {
  client_id = var.client_id
  name      = "${var.name} dial plan"
  rules     = var.dial_plan
}

resource "telecom_pbx_extension" "person" {
  for_each = var.people

  client_id          = var.client_id
  name               = each.value.extension
  type               = "phone"
  label              = each.value.label
  extension_group_id = telecom_pbx_extension_group.office.extension_group_id
  dial_rule_id       = telecom_pbx_dial_rule.plan.dial_rule_id
}

# Portal users: one telecom_pbx_user per person with a login goes here once
# the provider manages portal users (for_each over the people with a login).

resource "telecom_pbx_did_assignment" "did" {
  for_each = var.dids

  client_id    = var.client_id
  number       = each.value.number
  extension_id = telecom_pbx_extension.person[each.value.rings].extension_id
}

resource "telecom_pbx_interval" "office_hours" {
  client_id = var.client_id
  name      = "${var.name} office hours"
  timezone  = var.timezone

  conditions = [{
    start_dow  = var.office_hours.from_dow
    end_dow    = var.office_hours.to_dow
    start_time = var.office_hours.opens
    end_time   = var.office_hours.closes
  }]
}
