# Hold music is a sound id: pick the sound by its title.
data "telecom_pbx_sounds" "hold" {
  title = "Office music on hold"
}

resource "telecom_pbx_dial_rule" "office" {
  name  = "Office dial plan"
  rules = [{ match_exp = "^8(\\d{10})$", repl_exp = "7\\1" }]
}

resource "telecom_pbx_network_permission" "office" {
  name              = "Office LAN"
  network_addresses = ["192.0.2.0/24"]
}

# Only what is written here is managed and sent; every other setting of the
# client is read into state and left as it is. Destroying this resource
# changes nothing at the PBX (the plan warns so).
resource "telecom_pbx_client_settings" "office" {
  timezone                  = "Europe/Moscow"
  hold_music                = data.telecom_pbx_sounds.hold.sounds[0].id
  dial_rule_id              = telecom_pbx_dial_rule.office.dial_rule_id
  sip_network_permission_id = telecom_pbx_network_permission.office.network_permission_id
  geo_list                  = "RU BY KZ"

  # One of the client's DIDs (see the telecom_pbx_dids data source).
  default_caller_id = "+74951234567"

  call_interactive_url    = "https://pbx-hooks.example.com/route"
  call_interactive_method = "POST"
}

output "disk_space_warning_threshold" {
  # Not managed above, but read: other settings are available too.
  value = telecom_pbx_client_settings.office.disk_space_notify_threshold
}
