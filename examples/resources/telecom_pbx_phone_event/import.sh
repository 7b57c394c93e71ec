# A webhook is imported as <client_id>/<phone_event_id>.
terraform import telecom_pbx_phone_event.incoming @me/7
