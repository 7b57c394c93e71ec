# Terraform 1.5+: import block with the import ID, the numeric subaccount id
# or username:<name>.
import {
  to = telecom_sms_subaccount.support
  id = "username:support.team"
}
