# By id, or by username. An imported subaccount needs neither template_id nor
# password_wo: both matter only when a subaccount is created (or replaced).
# Written after the import, template_id and a first password_wo_version are
# taken without a replacement; the limits cannot be read back and are set on
# the next apply.
terraform import telecom_sms_subaccount.support 1485
terraform import telecom_sms_subaccount.support username:support.team
