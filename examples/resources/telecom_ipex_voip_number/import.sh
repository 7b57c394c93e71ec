# A number is imported by the number itself (9 digits, or with +420/00420).
# sip_password_wo cannot be read back and is not needed: to send a new SIP
# password, write it together with a sip_password_wo_version.
terraform import telecom_ipex_voip_number.reception 601123456
