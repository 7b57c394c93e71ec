resource "telecom_pbx_extension" "desk" {
  name  = "100"
  type  = "phone"
  label = "Reception"
}

resource "telecom_pbx_interval" "office_hours" {
  name     = "Office hours"
  timezone = "Europe/Moscow"

  conditions = [{ start_dow = 2, end_dow = 6, start_time = "09:00", end_time = "18:00" }]
}

# Ring the desk phone; after 20 s also the mobile; outside office hours, and
# when nobody answered, go to voicemail. One resource holds all the rules of
# the extension, in the order the PBX tries them.
resource "telecom_pbx_incoming_rules" "desk" {
  extension_id = telecom_pbx_extension.desk.extension_id

  rules = [
    {
      name        = "desk, then mobile"
      type        = "cascade"
      interval_id = telecom_pbx_interval.office_hours.interval_id
      cascade_numbers = [
        { delay = 0, number = "100" },
        { delay = 20, number = "+79161234567" },
      ]
    },
    {
      name = "voicemail after hours or unanswered"
      type = "voicemail"
    },
  ]
}

# Callers from Saint Petersburg go straight to the local office.
resource "telecom_pbx_incoming_rules" "sales" {
  extension_id = 372851

  rules = [
    {
      type             = "transfer"
      caller_id_action = "matches"
      caller_id        = "^(\\+|)7812"
      transfer_dst     = ["+78121234567"]
    },
  ]
}
