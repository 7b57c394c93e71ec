# Terraform 1.5+: import block with the import ID, <client_id>/<interval_id>.
import {
  to = telecom_pbx_interval.office_hours
  id = "@me/42"
}
