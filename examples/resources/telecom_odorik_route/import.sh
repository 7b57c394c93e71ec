# A route is imported as <public_number>/<route_id>; the telecom_odorik_routes
# data source lists the ids. Write public_number as the configuration does.
terraform import telecom_odorik_route.office_default 00420533533533/22625402
