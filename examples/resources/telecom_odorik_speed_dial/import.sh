# A speed dial is imported by its shortcut; terraform query with the
# telecom_odorik_speed_dial list resource (or the Odorik web admin) lists them.
terraform import telecom_odorik_speed_dial.support 9
