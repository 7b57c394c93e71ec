# Terraform 1.12+: import by identity. The identity names the client by its
# numeric id (never @me), so set client_id the same way in the configuration;
# generated configuration does.
import {
  to = telecom_pbx_extension_phone.anna
  identity = {
    client_id    = "12345"
    extension_id = 372850
  }
}
