# Terraform 1.12+: import by identity.
import {
  to = telecom_odorik_speed_dial.support
  identity = {
    shortcut = 9
  }
}
