# Every extension of the client the application belongs to.
data "telecom_pbx_extensions" "all" {}

# The active queues of one group (filters the PBX applies).
data "telecom_pbx_extensions" "support_queues" {
  type               = "queue"
  status             = "active"
  extension_group_id = 42
}

# One extension by its number, short (100) or as the PBX has it (345*100).
data "telecom_pbx_extensions" "reception" {
  name = "100"
}

output "extension_numbers" {
  value = [for e in data.telecom_pbx_extensions.all.extensions : e.name]
}

output "reception_id" {
  value = one(data.telecom_pbx_extensions.reception.extensions[*].extension_id)
}
