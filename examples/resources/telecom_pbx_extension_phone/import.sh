# The SIP settings of a phone extension are imported as <client_id>/<extension_id>.
terraform import telecom_pbx_extension_phone.anna @me/372850
