resource "telecom_pbx_dial_rule" "moscow" {
  name = "Moscow dial plan"

  rules = [
    { match_exp = "^([0-9]{7})$", repl_exp = "7495\\1", comment = "local numbers" },
    { match_exp = "^8(\\d{10})$", repl_exp = "7\\1", comment = "trunk prefix 8 to country code 7" },
  ]
}

# Assert the dial plan before it reaches the PBX: `terraform plan` warns when
# a rule list does not do what the team expects. The rules attribute of the
# resource is passed as it is (the comment is ignored).
check "moscow_dial_plan" {
  assert {
    condition     = provider::telecom::dial_rewrite(telecom_pbx_dial_rule.moscow.rules, "1234567") == "74951234567"
    error_message = "A 7-digit number must get the Moscow area code."
  }
  assert {
    condition     = provider::telecom::dial_rewrite(telecom_pbx_dial_rule.moscow.rules, "89161234567") == "79161234567"
    error_message = "The trunk prefix 8 must become the country code 7."
  }
  assert {
    # null: no rule matches, the PBX dials the number as it is.
    condition     = provider::telecom::dial_rewrite(telecom_pbx_dial_rule.moscow.rules, "112") == null
    error_message = "Emergency numbers must not be rewritten."
  }
}
