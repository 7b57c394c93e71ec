# Terraform 1.5+: import block with the import ID, <client_id>/<extension_id>/<event_id>.
import {
  to = telecom_pbx_extension_event.support_answer
  id = "@me/372850/7"
}
