# terraform query (Terraform 1.14+) lists the parallel ringings of every
# public number of the account: one request per number.
list "telecom_odorik_ringing" "all" {
  provider         = telecom
  include_resource = true
}
