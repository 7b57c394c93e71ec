# Terraform 1.5+: import block with the import ID, <client_id>/<scope>/<user_id>.
import {
  to = telecom_pbx_user.anna
  id = "@me/extension/42"
}
