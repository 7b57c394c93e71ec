data "telecom_ipex_voip_number" "reception" {
  number = "601123456"
}

output "reception" {
  value = "${data.telecom_ipex_voip_number.reception.status} (technical: ${data.telecom_ipex_voip_number.reception.technical_status})"
}
