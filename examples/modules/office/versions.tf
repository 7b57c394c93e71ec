terraform {
  required_version = ">= 1.11"

  required_providers {
    telecom = {
      source = "telecom-tf/telecom"
    }
  }
}
