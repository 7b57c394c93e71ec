# The CRM hears about every incoming call and every hang-up of the client.
resource "telecom_pbx_phone_event" "incoming" {
  event_type = "dial-in"
  url        = "https://crm.example.com/telphin/incoming"
  method     = "POST"
}

resource "telecom_pbx_phone_event" "hangup" {
  event_type = "hangup"
  url        = "https://crm.example.com/telphin/hangup"
  method     = "POST"
}
