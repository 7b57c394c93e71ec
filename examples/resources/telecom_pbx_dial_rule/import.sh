# A rule list is imported as <client_id>/<dial_rule_id>, where client_id is the
# client's numeric id or @me. Write client_id in the configuration the same way.
terraform import telecom_pbx_dial_rule.moscow @me/61
