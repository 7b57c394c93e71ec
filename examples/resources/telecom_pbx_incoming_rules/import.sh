# The rules of an extension are imported together as <client_id>/<extension_id>.
terraform import telecom_pbx_incoming_rules.desk @me/372850
