# Terraform 1.5+: import block with the import ID, <public_number>/<ringing_number>.
import {
  to = telecom_odorik_ringing.reception
  id = "00420533533533/*754321"
}
