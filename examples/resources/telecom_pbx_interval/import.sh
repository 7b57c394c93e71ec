# An interval is imported as <client_id>/<interval_id>, where client_id is the
# client's numeric id or @me. Write client_id in the configuration the same way.
terraform import telecom_pbx_interval.office_hours @me/42
