# Speed dials need the account-wide login: odorik.user is the account id and
# odorik.password its API password, not a line with its SIP password.

# Dialling 9 from any line of the account calls Odorik support.
resource "telecom_odorik_speed_dial" "support" {
  shortcut = 9
  number   = "*100"
  name     = "Odorik podpora"
}

# Without a shortcut the API assigns the lowest free one; it is kept after.
resource "telecom_odorik_speed_dial" "boss" {
  number = "+420737007770" # kept as written; the API's 00420… spelling shows no diff
  name   = "Mobil jednatel"
}

output "boss_shortcut" {
  value = telecom_odorik_speed_dial.boss.shortcut
}
