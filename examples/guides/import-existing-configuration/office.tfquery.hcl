# office.tfquery.hcl: everything of the office number and of the PBX client.
list "telecom_odorik_route" "office" {
  provider         = telecom
  include_resource = true

  config {
    public_number = "00420533533533"
  }
}

list "telecom_pbx_interval" "all" {
  provider         = telecom
  include_resource = true
}

list "telecom_pbx_dial_rule" "all" {
  provider         = telecom
  include_resource = true
}

list "telecom_pbx_extension" "all" {
  provider         = telecom
  include_resource = true
}

list "telecom_pbx_user" "all" {
  provider         = telecom
  include_resource = true
}

list "telecom_pbx_incoming_rules" "all" {
  provider         = telecom
  include_resource = true
}
