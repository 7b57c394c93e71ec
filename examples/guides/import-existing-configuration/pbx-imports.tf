# One block per object: <client_id>/<id>, "@me" being the client the API
# application belongs to.
import {
  to = telecom_pbx_interval.office_hours
  id = "@me/17"
}

import {
  to = telecom_pbx_dial_rule.outgoing
  id = "@me/61"
}
