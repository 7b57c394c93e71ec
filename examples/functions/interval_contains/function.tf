resource "telecom_pbx_interval" "office_hours" {
  name     = "Office hours"
  timezone = "Europe/Prague"

  conditions = [
    # Monday (2) to Friday (6), 1 = Sunday.
    { start_dow = 2, end_dow = 6, start_time = "09:00", end_time = "18:00" },
  ]
}

# The whole resource can be passed; only timezone and conditions are read.
check "office_hours" {
  assert {
    condition     = provider::telecom::interval_contains(telecom_pbx_interval.office_hours, "2026-07-06T09:30:00+02:00")
    error_message = "Monday 09:30 in Prague must be office hours."
  }
  assert {
    # 08:30 UTC is 09:30 in Prague in winter (CET), 10:30 in summer (CEST).
    condition     = !provider::telecom::interval_contains(telecom_pbx_interval.office_hours, "2026-07-05T08:30:00Z")
    error_message = "Sunday is not office hours."
  }
}

output "open_now" {
  value = provider::telecom::interval_contains(telecom_pbx_interval.office_hours, timestamp())
}
