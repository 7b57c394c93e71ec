# Terraform 1.5+: import block with the import ID, <client_id>/<extension_group_id>.
import {
  to = telecom_pbx_extension_group.support
  id = "@me/42"
}
