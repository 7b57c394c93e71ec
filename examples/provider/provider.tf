# Every vendor block is optional: configure only the vendors you manage.
# Each attribute can also come from its environment variable (shown in the
# comments); attribute values win over the environment.
provider "telecom" {
  odorik {
    user     = "123456"            # ODORIK_USER: account id, or a line number
    password = var.odorik_password # ODORIK_PASSWORD: API password, or the line's SIP password
  }

  ipex {
    username = "api-user"        # IPEX_USERNAME
    password = var.ipex_password # IPEX_PASSWORD
  }

  pbx {
    app_id     = "0123456789abcdef" # PBX_APP_ID
    app_secret = var.pbx_app_secret # PBX_APP_SECRET
  }

  sms {
    api_token = var.sms_api_token # SMS_API_TOKEN
  }

  voipmundo {
    api_token = var.voipmundo_api_token # VOIPMUNDO_API_TOKEN
    api_key   = var.voipmundo_api_key   # VOIPMUNDO_API_KEY
  }

  max_retries     = 5     # TELECOM_MAX_RETRIES
  request_timeout = "30s" # TELECOM_REQUEST_TIMEOUT
}

variable "odorik_password" {
  type      = string
  sensitive = true
}

variable "ipex_password" {
  type      = string
  sensitive = true
}

variable "pbx_app_secret" {
  type      = string
  sensitive = true
}

variable "sms_api_token" {
  type      = string
  sensitive = true
}

variable "voipmundo_api_token" {
  type      = string
  sensitive = true
}

variable "voipmundo_api_key" {
  type      = string
  sensitive = true
}
