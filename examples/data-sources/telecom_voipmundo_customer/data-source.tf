# With master or reseller credentials, name the customer.
data "telecom_voipmundo_customer" "acme" {
  customer_id = 1057
}

# With subscriber (assinante) credentials, leave customer_id out to read
# your own record:
#
#   data "telecom_voipmundo_customer" "me" {}

output "acme" {
  value = {
    type         = data.telecom_voipmundo_customer.acme.tipo == 2 ? "reseller" : "subscriber"
    active       = data.telecom_voipmundo_customer.acme.status == 1
    can_use_dids = data.telecom_voipmundo_customer.acme.tem_did
    billing      = ["prepaid", "postpaid", "allowance"][data.telecom_voipmundo_customer.acme.finance.tipo_tar]
    max_lines    = data.telecom_voipmundo_customer.acme.finance.max_devices
    panel_logins = [for u in data.telecom_voipmundo_customer.acme.users : u.username]
  }
}
