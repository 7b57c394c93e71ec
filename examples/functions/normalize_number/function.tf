# Numbers as people write them, in the international 00… form the vendors use.
locals {
  reception = provider::telecom::normalize_number("+420 602 123 456", "420") # "00420602123456"
  london    = provider::telecom::normalize_number("020 7946 0018", "44")     # "00442079460018"
  line      = provider::telecom::normalize_number("*754321", "420")          # unchanged
}

resource "telecom_odorik_route" "reception" {
  public_number  = "00420533533533"
  source_number  = "*"
  ringing_number = local.reception
}
