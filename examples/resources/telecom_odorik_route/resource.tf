# Calls from anyone to the office number ring line 754321.
resource "telecom_odorik_route" "office_default" {
  public_number  = "00420533533533"
  source_number  = "*"
  ringing_number = "*754321"
}

# Calls from the boss's mobile go to the reception's mobile instead, keeping
# the caller id (*087 prefix). A specific caller wins over "*".
resource "telecom_odorik_route" "boss" {
  public_number  = "+420533533533" # kept as written; the API's 00420… spelling shows no diff
  source_number  = "00420733123456"
  ringing_number = "*08700420737007770"
}
