# Terraform 1.5+: import block with the import ID,
# <client_id>/<network_permission_id>.
import {
  to = telecom_pbx_network_permission.office
  id = "@me/42"
}
