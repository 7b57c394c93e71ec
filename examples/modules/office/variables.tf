variable "client_id" {
  description = "The PBX client the office lives in: its numeric id or \"@me\". Null takes the provider's pbx.client_id."
  type        = string
  default     = null
}

variable "name" {
  description = "The office's name: it names the extension group, the office hours and the dial plan."
  type        = string
}

variable "people" {
  description = <<-EOT
    The people of the office, by a key of your choice: each gets a phone extension in the office's group.
    extension is the short internal number (2 to 4 digits, the client's extension length), label the name shown
    on phones. A person with a login also gets a portal user (telecom_pbx_user) for their extension: give their
    email too, and their password in portal_passwords. A person with a mobile has it ring too, mobile_after
    seconds into a call during office hours.
  EOT
  type = map(object({
    extension = string
    label     = string
    login     = optional(string)
    email     = optional(string)
    mobile    = optional(string)
  }))

  validation {
    condition     = alltrue([for p in var.people : can(regex("^[0-9]{2,4}$", p.extension))])
    error_message = "Every person's extension must be 2 to 4 digits, e.g. \"101\"."
  }
  validation {
    condition     = length(distinct([for p in var.people : p.extension])) == length(var.people)
    error_message = "Two people have the same extension."
  }
  validation {
    condition     = alltrue([for p in var.people : p.login == null || p.email != null])
    error_message = "A person with a portal login needs an email."
  }
}

variable "portal_passwords" {
  description = "The portal password of each person with a login, by the person's key. Write-only: sent to the PBX, never stored in the state or a saved plan."
  type        = map(string)
  sensitive   = true
  ephemeral   = true
  default     = {}

  validation {
    condition     = alltrue([for key, p in var.people : p.login == null || contains(keys(var.portal_passwords), key)])
    error_message = "Every person with a portal login needs a password in portal_passwords."
  }
}

variable "portal_password_version" {
  description = "Change it to send portal_passwords again: every portal user's password changes in place."
  type        = number
  default     = 1
}

variable "dids" {
  description = "The office's incoming numbers (DIDs the client already owns), by a key of your choice: number in international form, and the key of the person whose extension it rings."
  type = map(object({
    number = string
    rings  = string
  }))
  default = {}

  validation {
    condition     = alltrue([for d in var.dids : can(regex("^(\\+|00)[1-9][0-9]{6,14}$", d.number))])
    error_message = "Every DID number must be in international form, e.g. \"+74951234567\" or \"0074951234567\"."
  }
  validation {
    condition     = alltrue([for d in var.dids : contains(keys(var.people), d.rings)])
    error_message = "Every DID must ring one of the people: its rings is a key of people."
  }
}

variable "timezone" {
  description = "The IANA time zone the office hours are in."
  type        = string
  default     = "Europe/Moscow"
}

variable "office_hours" {
  description = "When the office is open: days of the week (1 = Sunday … 7 = Saturday, from may be after to) and times, HH:MM."
  type = object({
    from_dow = number
    to_dow   = number
    opens    = string
    closes   = string
  })
  default = { from_dow = 2, to_dow = 6, opens = "09:00", closes = "18:00" }
}

variable "dial_plan" {
  description = "The office's outgoing-call rules, in the order the PBX tries them (the first match wins). The default rewrites Russian trunk numbers dialled with 8 to 7, and keeps international numbers."
  type = list(object({
    match_exp = string
    repl_exp  = string
    comment   = optional(string)
  }))
  default = [
    { match_exp = "^8(\\d{10})$", repl_exp = "7\\1", comment = "8 trunk prefix to +7" },
    { match_exp = "^810(\\d+)$", repl_exp = "\\1", comment = "810 international prefix" },
  ]
}

variable "mobile_after" {
  description = "Seconds into a call during office hours after which a person's mobile rings too."
  type        = number
  default     = 20

  validation {
    condition     = var.mobile_after >= 0
    error_message = "mobile_after is a number of seconds, at least 0."
  }
}
