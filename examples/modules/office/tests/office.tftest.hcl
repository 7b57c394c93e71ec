# Offline: a mock provider stands in for the PBX, so these run anywhere
# `terraform test` runs (make test runs them). The dial plan is checked with
# the provider's own dial_rewrite, which applies rules as the PBX does.
mock_provider "telecom" {
  mock_resource "telecom_pbx_extension" {
    defaults = {
      extension_id = 3001
      full_name    = "000*101"
    }
  }
  mock_resource "telecom_pbx_extension_group" {
    defaults = { extension_group_id = 71 }
  }
  mock_resource "telecom_pbx_dial_rule" {
    defaults = { dial_rule_id = 61 }
  }
  mock_resource "telecom_pbx_user" {
    defaults = { user_id = 1201 }
  }
  mock_resource "telecom_pbx_interval" {
    defaults = { interval_id = 51 }
  }
}

variables {
  name = "Head office"
  people = {
    anna  = { extension = "101", label = "Anna Novak", login = "anna", email = "anna@example.com", mobile = "+79161234567" }
    boris = { extension = "102", label = "Boris Petrov" }
  }
  portal_passwords = { anna = "anna-portal-secret" }
  dids = {
    main = { number = "+74951234567", rings = "anna" }
  }
}

run "builds_the_office" {
  command = apply

  assert {
    condition     = length(telecom_pbx_extension.person) == 2
    error_message = "want one extension per person"
  }
  assert {
    condition     = telecom_pbx_extension.person["boris"].name == "102" && telecom_pbx_extension.person["boris"].label == "Boris Petrov"
    error_message = "Boris's extension is ${telecom_pbx_extension.person["boris"].name} (${telecom_pbx_extension.person["boris"].label})"
  }
  assert {
    condition     = alltrue([for e in telecom_pbx_extension.person : e.type == "phone" && e.extension_group_id == 71 && e.dial_rule_id == 61])
    error_message = "every person's extension is a phone in the office's group, with its dial plan"
  }
  assert {
    condition     = telecom_pbx_did_assignment.did["main"].extension_id == telecom_pbx_extension.person["anna"].extension_id
    error_message = "the main number must ring Anna's extension"
  }
  assert {
    condition     = keys(telecom_pbx_user.person) == ["anna"] && telecom_pbx_user.person["anna"].login == "anna"
    error_message = "only Anna has a portal login: ${jsonencode(keys(telecom_pbx_user.person))}"
  }
  assert {
    condition     = telecom_pbx_user.person["anna"].extension_id == telecom_pbx_extension.person["anna"].extension_id && telecom_pbx_user.person["anna"].name == "Anna Novak"
    error_message = "Anna's portal user must see her extension"
  }
  assert {
    condition     = output.portal_users["anna"].user_id == 1201
    error_message = "portal_users: ${jsonencode(output.portal_users)}"
  }
  assert {
    condition     = output.call_handling["anna"] == ["cascade", "voicemail"] && output.call_handling["boris"] == ["voicemail"]
    error_message = "Anna's desk then mobile then voicemail, Boris's voicemail: ${jsonencode(output.call_handling)}"
  }
  assert {
    condition     = telecom_pbx_incoming_rules.person["anna"].rules[0].cascade_numbers[1].number == "+79161234567" && telecom_pbx_incoming_rules.person["anna"].rules[0].cascade_numbers[1].delay == 20
    error_message = "Anna's mobile rings 20 s into the call"
  }
  assert {
    condition     = telecom_pbx_incoming_rules.person["anna"].rules[0].interval_id == telecom_pbx_interval.office_hours.interval_id
    error_message = "the mobile rings during office hours only"
  }
  assert {
    condition     = output.did_routes["+74951234567"] == "000*101"
    error_message = "did_routes: ${jsonencode(output.did_routes)}"
  }
  assert {
    condition     = telecom_pbx_interval.office_hours.conditions[0].start_time == "09:00" && telecom_pbx_interval.office_hours.timezone == "Europe/Moscow"
    error_message = "office hours default to 09:00 Moscow time"
  }
}

run "dial_plan_rewrites_as_the_pbx_does" {
  command = plan

  assert {
    condition     = provider::telecom::dial_rewrite(output.dial_plan, "89161234567") == "79161234567"
    error_message = "a trunk number dialled with 8 must leave as 7…"
  }
  assert {
    condition     = provider::telecom::dial_rewrite(output.dial_plan, "81049301234567") == "49301234567"
    error_message = "810 must be stripped from international numbers"
  }
  assert {
    condition     = provider::telecom::dial_rewrite(output.dial_plan, "102") == null
    error_message = "an internal number must not be rewritten"
  }
  assert {
    condition     = provider::telecom::interval_contains(output.office_hours, "2026-07-06T09:30:00+03:00") && !provider::telecom::interval_contains(output.office_hours, "2026-07-05T09:30:00+03:00")
    error_message = "the office is open on Monday at 9:30 Moscow time and closed on Sunday"
  }
}

run "rejects_a_bad_extension" {
  command = plan
  variables {
    people = { carl = { extension = "1a", label = "Carl" } }
    dids   = {}
  }
  expect_failures = [var.people]
}

run "rejects_a_did_ringing_nobody" {
  command = plan
  variables {
    dids = { fax = { number = "+74951234568", rings = "dora" } }
  }
  expect_failures = [var.dids]
}

run "rejects_a_login_without_a_password" {
  command = plan
  variables {
    portal_passwords = {}
  }
  expect_failures = [var.portal_passwords]
}
