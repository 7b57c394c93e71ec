# Terraform 1.5+: import block with the import ID, <client_id>.
import {
  to = telecom_pbx_client_settings.office
  id = "@me"
}
