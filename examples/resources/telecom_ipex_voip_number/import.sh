# A number is imported by the number itself (9 digits, or with +420/00420).
# Then write sip_password_wo in the configuration: it cannot be read back.
terraform import telecom_ipex_voip_number.reception 601123456
