# A portal user is imported as <client_id>/<scope>/<user_id>, where scope is
# client, extension or extension_group (the collection the user is in).
terraform import telecom_pbx_user.anna @me/extension/42
