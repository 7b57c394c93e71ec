# An extension webhook is imported as <client_id>/<extension_id>/<event_id>.
terraform import telecom_pbx_extension_event.support_answer @me/372850/7
