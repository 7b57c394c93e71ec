resource "telecom_pbx_extension" "reception" {
  name  = "100"
  type  = "phone"
  label = "Reception"
}

resource "telecom_pbx_extension" "fax" {
  name = "190"
  type = "fax"
}

# Calls to the main number ring the reception; its text messages go there too.
# The client must already have the number (DIDs are bought outside the API):
# the telecom_pbx_dids data source lists them. +7… and 007… are the same number.
resource "telecom_pbx_did_assignment" "main" {
  number               = "+74951234567"
  extension_id         = telecom_pbx_extension.reception.extension_id
  message_extension_id = telecom_pbx_extension.reception.extension_id
}

# Destroying an assignment unassigns the number; the client keeps it.
resource "telecom_pbx_did_assignment" "fax" {
  number       = "0074951234568"
  extension_id = telecom_pbx_extension.fax.extension_id
}
