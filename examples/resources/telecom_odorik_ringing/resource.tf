# A call to the office number also rings these two targets in parallel.
resource "telecom_odorik_ringing" "reception" {
  public_number  = "00420533533533"
  ringing_number = "*754321"
}

resource "telecom_odorik_ringing" "mobile" {
  public_number  = "00420533533533"
  ringing_number = "00420737007770"
}
