# Terraform 1.5+: import block with the import ID, the number (9 digits, or
# with +420 / 00420).
import {
  to = telecom_ipex_voip_number.reception
  id = "601123456"
}
