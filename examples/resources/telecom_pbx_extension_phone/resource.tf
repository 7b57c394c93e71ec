variable "sip_password" {
  type      = string
  sensitive = true
  ephemeral = true
}

resource "telecom_pbx_extension" "anna" {
  name  = "101"
  type  = "phone"
  label = "Anna Novak"
}

# Only what is written here is managed; the other SIP settings stay as they
# are. The password is write-only: bump password_wo_version to change it.
resource "telecom_pbx_extension_phone" "anna" {
  extension_id = telecom_pbx_extension.anna.extension_id

  password_wo         = var.sip_password
  password_wo_version = 1

  auth_type      = "digest"
  record_enabled = true
  allow_webrtc   = true
}
