# Terraform 1.5+: import block with the import ID, <client_id>/<phone_event_id>.
import {
  to = telecom_pbx_phone_event.incoming
  id = "@me/7"
}
