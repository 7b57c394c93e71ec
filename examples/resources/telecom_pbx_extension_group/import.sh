# An extension group is imported as <client_id>/<extension_group_id>, where
# client_id is the client's numeric id or @me. Write client_id in the
# configuration the same way.
terraform import telecom_pbx_extension_group.support @me/42
