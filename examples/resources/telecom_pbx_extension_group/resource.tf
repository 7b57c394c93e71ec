# An extension group. Extensions join it with extension_group_id;
# create_before_destroy lets one apply move them to another group and delete
# this one (otherwise Terraform deletes the group first and the PBX refuses).
resource "telecom_pbx_extension_group" "support" {
  name = "Support"

  lifecycle {
    create_before_destroy = true
  }
}

resource "telecom_pbx_extension" "helpdesk" {
  name               = "200"
  type               = "queue"
  label              = "Helpdesk"
  extension_group_id = telecom_pbx_extension_group.support.extension_group_id
}
