# Terraform 1.5+: import blocks with the import ID, <client_id>/<did_id> or
# <client_id>/<number> (the number with + or 00).
import {
  to = telecom_pbx_did_assignment.main
  id = "@me/9102"
}

import {
  to = telecom_pbx_did_assignment.fax
  id = "@me/+74951234568"
}
