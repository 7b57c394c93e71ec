# terraform query (Terraform 1.14+) lists the DIDs of a PBX client that ring an
# extension or pass messages to one (unassigned DIDs have nothing to import;
# the telecom_pbx_dids data source lists every DID). With
# -generate-config-out=dids.tf it also writes a resource and an import block
# for each. Results name the client by its numeric id and the number as 00….
list "telecom_pbx_did_assignment" "assigned" {
  provider         = telecom
  include_resource = true

  config {
    # The client's numeric id, or "@me" for the client the API application
    # belongs to. Leave it out to use the provider's pbx.client_id.
    client_id = "@me"
  }
}
