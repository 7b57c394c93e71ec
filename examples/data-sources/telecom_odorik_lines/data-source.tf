data "telecom_odorik_lines" "all" {}

# A call to the office number rings every line of the account but the fax.
resource "telecom_odorik_ringing" "office" {
  for_each = toset([
    for l in data.telecom_odorik_lines.all.lines : l.id if l.name != "Fax"
  ])

  public_number  = "00420533533533"
  ringing_number = "*${each.value}"
}

output "voicemail_lines" {
  value = [for l in data.telecom_odorik_lines.all.lines : l.name if l.active_voicemail == true]
}
