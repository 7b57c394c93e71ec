# Terraform 1.5+: import block with the import ID, <client_id>/<extension_id>.
import {
  to = telecom_pbx_extension_phone.anna
  id = "@me/372850"
}
