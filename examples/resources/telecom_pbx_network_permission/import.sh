# A network permission is imported as <client_id>/<network_permission_id>,
# where client_id is the client's numeric id or @me. Write client_id in the
# configuration the same way.
terraform import telecom_pbx_network_permission.office @me/42
