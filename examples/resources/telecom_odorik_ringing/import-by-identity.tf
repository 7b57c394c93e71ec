# Terraform 1.12+: import by identity. Numbers are in their 00… form.
import {
  to = telecom_odorik_ringing.reception
  identity = {
    public_number  = "00420533533533"
    ringing_number = "*754321"
  }
}
