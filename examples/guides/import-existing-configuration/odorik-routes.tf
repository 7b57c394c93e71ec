data "telecom_odorik_routes" "office" {
  public_number = "00420533533533"
}

locals {
  # Keyed by rule id: adding or removing a rule later shifts no other.
  office_routes = { for r in data.telecom_odorik_routes.office.routes : r.route_id => r }
}

import {
  for_each = local.office_routes
  to       = telecom_odorik_route.office[each.key]
  id       = "00420533533533/${each.value.route_id}"
}

resource "telecom_odorik_route" "office" {
  for_each = local.office_routes

  public_number  = "00420533533533"
  source_number  = each.value.source_number
  ringing_number = each.value.ringing_number
}
