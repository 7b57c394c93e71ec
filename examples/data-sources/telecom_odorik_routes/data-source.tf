data "telecom_odorik_routes" "office" {
  public_number = "00420533533533"
}

output "office_routes" {
  value = {
    for r in data.telecom_odorik_routes.office.routes :
    r.route_id => "${r.source_number} -> ${r.ringing_number}"
  }
}
