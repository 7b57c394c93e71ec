# Terraform 1.5+: import block with the import ID, <client_id>/<dial_rule_id>.
import {
  to = telecom_pbx_dial_rule.moscow
  id = "@me/61"
}
