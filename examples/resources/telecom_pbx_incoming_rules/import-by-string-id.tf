# Terraform 1.5+: import block with the import ID, <client_id>/<extension_id>.
import {
  to = telecom_pbx_incoming_rules.desk
  id = "@me/372850"
}
