# terraform query (Terraform 1.14+) lists the account's routing rules; with
# -generate-config-out=routes.tf it also writes a resource and an import
# block for each. Parallel ringings (rules whose caller is "*") are listed
# here and by telecom_odorik_ringing: import each rule as one or the other.
list "telecom_odorik_route" "office" {
  provider         = telecom
  include_resource = true

  config {
    # Leave it out to list the rules of every public number of the account
    # (one request per number).
    public_number = "00420533533533"
  }
}
