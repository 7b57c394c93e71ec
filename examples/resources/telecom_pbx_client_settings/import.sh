# Client settings are imported as <client_id>: the client's numeric id or @me.
# Write client_id in the configuration the same way.
terraform import telecom_pbx_client_settings.office @me
