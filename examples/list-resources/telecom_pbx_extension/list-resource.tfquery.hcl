# terraform query (Terraform 1.14+) lists the extensions of a PBX client; with
# -generate-config-out=extensions.tf it also writes a resource and an import
# block for each. The filters are the PBX's own: only the extensions they
# select are fetched. Results name the client by its numeric id, so the
# generated resources set client_id to that number.
list "telecom_pbx_extension" "active_phones" {
  provider         = telecom
  include_resource = true

  config {
    # The client's numeric id, or "@me" for the client the API application
    # belongs to. Leave it out to use the provider's pbx.client_id.
    client_id = "@me"

    # Optional filters: phone, queue, ivr, fax or conference; active or
    # blocked; the id of an extension group.
    type   = "phone"
    status = "active"
  }
}
