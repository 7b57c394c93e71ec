data "telecom_sms_subaccounts" "all" {}

output "subaccounts" {
  value = { for s in data.telecom_sms_subaccounts.all.subaccounts : s.username => s.id }
}
