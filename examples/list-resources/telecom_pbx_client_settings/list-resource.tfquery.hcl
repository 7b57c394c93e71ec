# terraform query (Terraform 1.14+) lists the settings of a PBX client: one
# result. With -generate-config-out=settings.tf it writes the resource with
# every setting, so that Terraform manages them all: delete the lines of the
# settings Terraform should leave alone.
list "telecom_pbx_client_settings" "client" {
  provider         = telecom
  include_resource = true

  config {
    # The client's numeric id, or "@me" for the client the API application
    # belongs to. Leave it out to use the provider's pbx.client_id.
    client_id = "@me"
  }
}
