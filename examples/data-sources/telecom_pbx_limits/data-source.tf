# The client's object quotas.
data "telecom_pbx_limits" "me" {}

variable "people" {
  type    = map(string)
  default = { "101" = "Anna Novak", "102" = "Petr Svoboda" }
}

# Say at plan time when the office would not fit the client's quota of
# extensions, rather than failing half-way through the apply.
resource "telecom_pbx_extension" "person" {
  for_each = var.people

  name  = each.key
  type  = "phone"
  label = each.value

  lifecycle {
    precondition {
      condition     = length(var.people) <= data.telecom_pbx_limits.me.extension_limit
      error_message = "The client may have at most ${data.telecom_pbx_limits.me.extension_limit} extensions."
    }
  }
}
