resource "telecom_pbx_extension" "support" {
  name  = "200"
  type  = "queue"
  label = "Support"
}

# The helpdesk hears about every answered call of the support queue.
resource "telecom_pbx_extension_event" "support_answer" {
  extension_id = telecom_pbx_extension.support.extension_id
  event_type   = "answer"
  url          = "https://helpdesk.example.com/telphin/answer"
  method       = "POST"
}
