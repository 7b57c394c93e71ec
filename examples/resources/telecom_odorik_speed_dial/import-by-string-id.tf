# Terraform 1.5+: import block with the import ID, the shortcut.
import {
  to = telecom_odorik_speed_dial.support
  id = "9"
}
