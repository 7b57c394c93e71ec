# Pick the music on hold by its title (exact, letter case counts).
data "telecom_pbx_sounds" "hold" {
  title = "Office music on hold"
}

resource "telecom_pbx_client_settings" "office" {
  hold_music = data.telecom_pbx_sounds.hold.sounds[0].id
}

# The client's own uploads only.
data "telecom_pbx_sounds" "own" {
  own_only = true
}

output "own_sound_titles" {
  value = data.telecom_pbx_sounds.own.sounds[*].title
}
