# The settings of the client the application belongs to.
data "telecom_pbx_client" "me" {}

# Office hours in the client's own time zone.
resource "telecom_pbx_interval" "office_hours" {
  name     = "Office hours"
  timezone = data.telecom_pbx_client.me.timezone

  conditions = [{ start_dow = 2, end_dow = 6, start_time = "09:00", end_time = "18:00" }]
}

output "attached_dial_rule" {
  value = data.telecom_pbx_client.me.dial_rule_id
}
