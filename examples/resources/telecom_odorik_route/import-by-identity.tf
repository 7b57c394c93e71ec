# Terraform 1.12+: import by identity. The public number is in its 00… form.
import {
  to = telecom_odorik_route.office_default
  identity = {
    public_number = "00420533533533"
    route_id      = 22625402
  }
}
