# The client's incoming numbers, and where each rings.
data "telecom_pbx_dids" "all" {}

resource "telecom_pbx_extension" "sales" {
  name = "200"
  type = "queue"
}

# Route every number the PBX comments as a sales line to the sales queue.
resource "telecom_pbx_did_assignment" "sales" {
  for_each = { for d in data.telecom_pbx_dids.all.dids : d.number => d if startswith(d.comment, "Sales") }

  number       = each.value.number
  extension_id = telecom_pbx_extension.sales.extension_id
}

output "unassigned_numbers" {
  value = [for d in data.telecom_pbx_dids.all.dids : d.number if d.extension_id == null]
}
