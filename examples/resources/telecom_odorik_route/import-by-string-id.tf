# Terraform 1.5+: import block with the import ID, <public_number>/<route_id>.
import {
  to = telecom_odorik_route.office_default
  id = "00420533533533/22625402"
}
