# By id, or by username. Then write template_id and password_wo in the
# configuration: they cannot be read back, and are taken without a replacement.
terraform import telecom_sms_subaccount.support 1485
terraform import telecom_sms_subaccount.support username:support.team
