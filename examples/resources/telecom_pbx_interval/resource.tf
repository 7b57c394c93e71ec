# Office hours: Monday to Friday (2 = Monday … 6 = Friday; 1 = Sunday),
# 09:00 to 18:00 in Prague time. The two conditions are alternatives (OR):
# the second adds Saturday mornings.
resource "telecom_pbx_interval" "office_hours" {
  name     = "Office hours"
  timezone = "Europe/Prague"

  conditions = [
    {
      start_dow  = 2
      end_dow    = 6
      start_time = "09:00"
      end_time   = "18:00"
    },
    {
      start_dow  = 7
      end_dow    = 7
      start_time = "09:00"
      end_time   = "12:00"
    },
  ]
}

# Fields inside one condition combine with AND: weekends (Saturday to Sunday,
# wrapping over the end of the week) in July and August are two conditions.
resource "telecom_pbx_interval" "summer_weekends" {
  name     = "Summer weekends"
  timezone = "Europe/Prague"

  conditions = [
    { month = 7, start_dow = 7, end_dow = 1 },
    { month = 8, start_dow = 7, end_dow = 1 },
  ]
}

# A fixed period (no other field may be set in such a condition) and a shift
# schedule: two days on, two days off, starting on 1 December.
resource "telecom_pbx_interval" "holidays_and_shifts" {
  client_id = "@me"
  name      = "Christmas closure and night shift"
  timezone  = "UTC"

  conditions = [
    {
      start_datetime = "2026-12-24 00:00:00"
      end_datetime   = "2026-12-27 00:00:00"
    },
    {
      sched_start_date  = "2026-12-01"
      sched_active_days = 2
      sched_skip_days   = 2
    },
  ]
}
