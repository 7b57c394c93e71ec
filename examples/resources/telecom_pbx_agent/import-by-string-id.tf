# Terraform 1.5+: import block with the import ID, <client_id>/<kind>/<agent_id>.
import {
  to = telecom_pbx_agent.night_shift
  id = "@me/remote/43"
}
