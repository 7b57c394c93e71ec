# terraform query (Terraform 1.14+) lists every speed dial of the account in
# one request; with -generate-config-out=speed_dials.tf it also writes a
# resource and an import block for each. There are no filters.
list "telecom_odorik_speed_dial" "all" {
  provider         = telecom
  include_resource = true
}
