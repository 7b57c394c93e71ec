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

# A portal login for each person who has one: an extension user who sees
# their own extension. The password is write-only: it comes from an
# ephemeral variable and is never stored; bump portal_password_version to
# send new passwords (each user's password changes in place).
resource "telecom_pbx_user" "person" {
  for_each = { for key, p in var.people : key => p if p.login != null }

  client_id    = var.client_id
  login        = each.value.login
  name         = each.value.label
  email        = each.value.email
  extension_id = telecom_pbx_extension.person[each.key].extension_id

  password_wo         = var.portal_passwords[each.key]
  password_wo_version = var.portal_password_version
}

# Each person's calls: during office hours the desk phone rings, and after
# mobile_after seconds their mobile too (when they have one); outside office
# hours, or when nobody answers, the caller reaches voicemail.
resource "telecom_pbx_incoming_rules" "person" {
  for_each = var.people

  client_id    = var.client_id
  extension_id = telecom_pbx_extension.person[each.key].extension_id

  rules = concat(
    each.value.mobile == null ? [] : [{
      name        = "desk, then mobile"
      type        = "cascade"
      interval_id = telecom_pbx_interval.office_hours.interval_id
      cascade_numbers = [
        { delay = 0, number = each.value.extension },
        { delay = var.mobile_after, number = each.value.mobile },
      ]
    }],
    [{ name = "voicemail", type = "voicemail" }],
  )
}

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
