# Outgoing-call rules for Moscow: the PBX tries them in order and applies the
# first that matches. In HCL strings a backslash is written twice ("\\d", "\\1").
resource "telecom_pbx_dial_rule" "moscow" {
  name = "Moscow dial plan"

  rules = [
    {
      # 7-digit city numbers get the Moscow area code.
      match_exp = "^([0-9]{7})$"
      repl_exp  = "7495\\1"
      comment   = "local numbers"
    },
    {
      # Trunk prefix 8 becomes the country code 7.
      match_exp = "^8(\\d{10})$"
      repl_exp  = "7\\1"
    },
    {
      # Anything international that does not start with 8 passes unchanged
      # (PCRE look-ahead: RE2 could not express this).
      match_exp = "^(?!8)(\\d{11,15})$"
      repl_exp  = "\\1"
    },
  ]
}


# Check the dial plan at plan time, before it reaches the PBX.
check "moscow_dial_plan" {
  assert {
    condition     = provider::telecom::dial_rewrite(telecom_pbx_dial_rule.moscow.rules, "1234567") == "74951234567"
    error_message = "A 7-digit number must get the Moscow area code."
  }
}
