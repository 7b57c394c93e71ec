# By id, or by username. Then write template_id in the configuration: it
# cannot be read back, and is taken without a replacement. password_wo is
# needed only to create a subaccount: an imported one does without it.
terraform import telecom_sms_subaccount.support 1485
terraform import telecom_sms_subaccount.support username:support.team
