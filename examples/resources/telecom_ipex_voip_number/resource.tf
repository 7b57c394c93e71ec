# Ephemeral (Terraform 1.10+), so the value is in neither the state nor the
# saved plan.
variable "reception_sip_password" {
  type      = string
  sensitive = true
  ephemeral = true
}

data "telecom_ipex_voip_profiles" "all" {}

resource "telecom_ipex_voip_number" "reception" {
  number      = "+420 601 123 456" # 9 digits; +420 / 00420 accepted, no diff
  customer_id = 123456
  profile_id  = one([for p in data.telecom_ipex_voip_profiles.all.profiles : p.id if p.name == "Default Profile"])

  clir                = "temporaryAllowed"
  international_limit = 500

  # Write-only (Terraform 1.11+): never stored in the state. Bump the version
  # to send a new password (an in-place change order); a version needs the
  # password.
  sip_password_wo         = var.reception_sip_password
  sip_password_wo_version = 1

  # Creating, changing and deactivating are IPEX orders the provider waits for.
  timeouts {
    create = "30m"
    update = "20m"
    delete = "20m"
  }

  # Destroy deactivates the number for good.
  lifecycle {
    prevent_destroy = true
  }
}
