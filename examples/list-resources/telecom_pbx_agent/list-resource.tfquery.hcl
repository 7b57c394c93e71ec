# terraform query (Terraform 1.14+) lists the agents (local and remote) of a PBX client; with
# -generate-config-out=generated.tf it also writes a resource and an import
# block for each. Results name the client by its numeric id, so the generated
# resources set client_id to that number.
list "telecom_pbx_agent" "all" {
  provider         = telecom
  include_resource = true

  config {
    # The client's numeric id, or "@me" for the client the API application
    # belongs to. Leave it out to use the provider's pbx.client_id.
    client_id = "@me"
  }
}
