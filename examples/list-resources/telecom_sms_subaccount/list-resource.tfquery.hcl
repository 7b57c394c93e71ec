# Every subaccount of the account (there are no filters), Terraform 1.14+:
#
#   terraform query                                    # ids and usernames
#   terraform query -generate-config-out=generated.tf  # resource and import blocks
#
# The listing is one subaccounts/index request, which has ids and usernames
# only. include_resource (and -generate-config-out) reads each subaccount's
# name, phone and e-mail with subaccounts/view: one more request per
# subaccount, the only way this API gives them.
#
# The generated configuration has no template_id, password or limits: the API
# cannot read them back, and an imported subaccount does without them. It
# plans with the imports only; add limits afterwards to manage them.
list "telecom_sms_subaccount" "all" {
  provider         = telecom
  include_resource = true
}
