# Terraform 1.12+: import by identity, the number in its national form (9
# digits).
import {
  to = telecom_ipex_voip_number.reception
  identity = {
    number = "601123456"
  }
}
