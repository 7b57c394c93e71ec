# Terraform 1.12+: import by identity. The identity names the client by its
# numeric id (never @me), so set client_id the same way in the configuration,
# and write the number as 00… (as the import reads it); generated
# configuration does both.
import {
  to = telecom_pbx_did_assignment.main
  identity = {
    client_id = "12345"
    did_id    = 9102
  }
}
