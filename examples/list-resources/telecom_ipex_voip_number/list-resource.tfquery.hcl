# The VoIP numbers of one IPEX customer, Terraform 1.14+ (leave config out
# for every customer the API user sees). Deactivated numbers are not listed.
#
#   terraform query                                    # numbers and owners
#   terraform query -generate-config-out=generated.tf  # resource and import blocks
#
# IPEX has no call that lists VoIP numbers: the listing is one request to its
# list of numbers (GET /v1/services), whose item format is not published and
# is inferred by the provider (see the list resource's documentation).
# include_resource (and -generate-config-out) reads each number's settings
# from its detail: one more request per number.
#
# The generated configuration has every setting but the write-only SIP
# password, and plans with the imports only.
list "telecom_ipex_voip_number" "customer" {
  provider         = telecom
  include_resource = true

  config {
    customer_id = 123456
  }
}
