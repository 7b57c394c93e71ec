# terraform query (Terraform 1.14+) lists the webhooks of each extension of a PBX
# client; with -generate-config-out=generated.tf it also writes a resource and
# an import block for each. Results name the client by its numeric id, so the
# generated resources set client_id to that number.
list "telecom_pbx_extension_event" "all" {
  provider         = telecom
  include_resource = true

  config {
    # The client's numeric id, or "@me" for the client the API application
    # belongs to. Leave it out to use the provider's pbx.client_id.
    client_id = "@me"
    # Only one extension:
    # extension_id = 372850
  }
}
