data "telecom_odorik_public_numbers" "all" {
  include_sip_names = true
}

# Route every geographic number of the account to the reception line.
resource "telecom_odorik_route" "reception" {
  for_each = toset([
    for n in data.telecom_odorik_public_numbers.all.public_numbers : n.public_number
    if n.type == "geographic"
  ])

  public_number  = each.value
  source_number  = "*"
  ringing_number = "*754321"
}
