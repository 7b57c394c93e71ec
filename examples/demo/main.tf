# The configuration `make demo` applies against telecom-sandbox. The provider
# block is empty: the sandbox prints the environment variables that point
# every vendor at its emulator (ODORIK_USER, ODORIK_PASSWORD, ODORIK_API_URL, …).
terraform {
  required_providers {
    telecom = {
      source = "telecom-tf/telecom"
    }
  }
}

provider "telecom" {}

data "telecom_odorik_public_numbers" "all" {
  include_sip_names = true
}

locals {
  office = [for n in data.telecom_odorik_public_numbers.all.public_numbers : n.public_number if n.type == "geographic"][0]
}

# Calls from the boss's mobile ring the reception mobile, keeping the caller id.
resource "telecom_odorik_route" "boss" {
  public_number  = local.office
  source_number  = "+420733123456"
  ringing_number = "*08700420737007770"
}

# Every call to the office also rings line 754321.
resource "telecom_odorik_ringing" "reception" {
  public_number  = local.office
  ringing_number = "*754321"
}

# Read after the writes, so the second plan sees the same list.
data "telecom_odorik_routes" "office" {
  public_number = local.office
  depends_on    = [telecom_odorik_route.boss, telecom_odorik_ringing.reception]
}

output "public_numbers" {
  value = { for n in data.telecom_odorik_public_numbers.all.public_numbers : n.public_number => n.type }
}

output "office_routes" {
  value = [for r in data.telecom_odorik_routes.office.routes : "${r.route_id}: ${r.source_number} -> ${r.ringing_number}"]
}
