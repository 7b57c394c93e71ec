# An extension is imported as <client_id>/<extension_id>, where client_id is the
# client's numeric id or @me. Write client_id in the configuration the same way,
# and name as the short number (101, not 345*101).
terraform import telecom_pbx_extension.anna @me/42
