resource "telecom_pbx_extension" "anna" {
  name  = "101"
  type  = "phone"
  label = "Anna Novak"
}

data "telecom_pbx_sounds" "whisper" {
  title = "Please hold the line"
}

# A local agent answers queue calls on Anna's extension.
resource "telecom_pbx_agent" "anna" {
  name           = "Anna Novak"
  extension_id   = telecom_pbx_extension.anna.extension_id
  wrap_up_time   = 15
  agent_sound_id = data.telecom_pbx_sounds.whisper.sounds[0].id
}

# A remote agent answers on an outside number; logged out until the shift starts.
resource "telecom_pbx_agent" "night_shift" {
  name         = "Night shift"
  number       = "+79161234567"
  status       = "logged_out"
  call_timeout = 30
}
