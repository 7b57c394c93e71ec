# The networks SIP phones may register from: the office LAN and the VPN
# gateway. Set it as the client's sip_network_permission_id (or an
# extension's) for extensions whose SIP authentication is network or both.
resource "telecom_pbx_network_permission" "office" {
  name = "Office and VPN"

  network_addresses = [
    "192.0.2.0/24",
    "198.51.100.7/32",
  ]
}

output "office_network_count" {
  value = telecom_pbx_network_permission.office.network_count
}
