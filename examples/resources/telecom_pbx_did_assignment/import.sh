# A DID assignment is imported as <client_id>/<did_id> or <client_id>/<number>,
# where client_id is the client's numeric id or @me and the number is written
# with + or 00. An import by did_id reads the number as 00…; an import by
# number keeps the spelling of the ID.
terraform import telecom_pbx_did_assignment.main @me/9102
terraform import telecom_pbx_did_assignment.fax @me/+74951234568
