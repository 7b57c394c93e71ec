output "extensions" {
  description = "Each person's extension: its id, and its full name at the PBX (<prefix>*<extension>)."
  value = {
    for key, e in telecom_pbx_extension.person : key => {
      extension_id = e.extension_id
      full_name    = e.full_name
    }
  }
}

output "extension_group_id" {
  description = "The office's extension group."
  value       = telecom_pbx_extension_group.office.extension_group_id
}

output "dial_rule_id" {
  description = "The office's dial plan, to attach to other extensions or to the client."
  value       = telecom_pbx_dial_rule.plan.dial_rule_id
}

output "dial_plan" {
  description = "The dial plan's rules, for provider::telecom::dial_rewrite."
  value       = telecom_pbx_dial_rule.plan.rules
}

output "office_hours" {
  description = "The office hours: the interval's id (for incoming-call rules), its time zone and conditions, which provider::telecom::interval_contains reads."
  value = {
    interval_id = telecom_pbx_interval.office_hours.interval_id
    timezone    = telecom_pbx_interval.office_hours.timezone
    conditions  = telecom_pbx_interval.office_hours.conditions
  }
}

output "did_routes" {
  description = "Which extension each incoming number rings, by the number."
  value       = { for key, d in var.dids : d.number => telecom_pbx_extension.person[d.rings].full_name }
}

output "portal_users" {
  description = "Each portal user's login and id, by the person's key (people without a login have none)."
  value = {
    for key, u in telecom_pbx_user.person : key => {
      login   = u.login
      user_id = u.user_id
    }
  }
}

output "call_handling" {
  description = "Each person's incoming-call rules, by the person's key: the rule types in order."
  value       = { for key, r in telecom_pbx_incoming_rules.person : key => [for rule in r.rules : rule.type] }
}
