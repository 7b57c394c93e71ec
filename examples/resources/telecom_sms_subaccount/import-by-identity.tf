# Terraform 1.12+: import by identity, the numeric subaccount id. The
# configuration of an imported subaccount needs neither template_id nor
# password_wo: both matter only when a subaccount is created.
import {
  to = telecom_sms_subaccount.support
  identity = {
    subaccount_id = 1485
  }
}
