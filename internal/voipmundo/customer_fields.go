package voipmundo

// kind is how a field of the customer record is typed in Terraform. The
// platform sends numbers as numbers or strings, and flags as 0/1.
type kind int

const (
	kindInt kind = iota
	kindFloat
	kindBool
	kindString
)

// field is one entry of the vendor's field table (seed page "Cadastro
// Completo de um Cliente"), with its meaning translated from Portuguese.
type field struct {
	name        string
	kind        kind
	description string
}

// customerFields are the top-level fields, without error/reason (the
// envelope) and without finance/users (nested).
var customerFields = []field{
	{"id", kindInt, "Customer id."},
	{"id_hie", kindInt, "Id of the reseller the customer belongs to (hierarchy)."},
	{"id_origem", kindInt, "Id of the customer's origin type (how the customer was acquired)."},
	{"id_vendedor", kindInt, "Id of the salesperson."},
	{"id_vinculo", kindInt, "Id of the customer link (the customer this one is tied to)."},
	{"tipo", kindInt, "Customer type: `2` reseller (revenda), `4` subscriber (assinante)."},
	{"status", kindInt, "Customer status: `0` inactive, `1` active."},
	{"tem_callingcard", kindBool, "Access to calling cards."},
	{"tem_campanha_sms", kindBool, "Access to SMS campaigns."},
	{"tem_campanha_voz", kindBool, "Access to voice campaigns."},
	{"tem_conferencia", kindBool, "Access to conference rooms."},
	{"tem_did", kindBool, "Access to DIDs (inbound numbers)."},
	{"tem_escuta", kindBool, "Call listening (monitoring) enabled."},
	{"tem_fila", kindBool, "Access to call queues."},
	{"tem_gravacao", kindBool, "May record calls."},
	{"tem_grupo_captura", kindBool, "Access to call pickup groups."},
	{"tem_grupo_chamada", kindBool, "Access to ring groups."},
	{"tem_portal", kindBool, "Access to the voice portal."},
	{"tem_provisionamento", kindBool, "Access to device provisioning."},
	{"tem_ramal", kindBool, "Access to extensions (ramais)."},
	{"tem_report", kindBool, "Flag used internally by the platform."},
	{"tem_sigame", kindBool, "Access to follow-me (siga-me)."},
	{"tem_sms", kindBool, "Access to SMS."},
	{"tem_ura", kindBool, "Access to IVR (URA)."},
}

// financeFields are finance.*.
var financeFields = []field{
	{"allow_loss_call", kindBool, "Whether a sale price below cost is allowed."},
	{"available_disk_space", kindFloat, "Disk space still available to the customer."},
	{"call_only_local", kindBool, "IP-to-IP calls only to the customer's own lines (`true`) or to any line (`false`, global)."},
	{"disk_space", kindInt, "Contracted disk space in MB; `0` is unlimited."},
	{"franquia_fixo_ddi", kindInt, "Id of the landline international minute allowance."},
	{"franquia_fixo_ddi_used", kindFloat, "Minutes used in the landline international allowance."},
	{"franquia_fixo_ldn", kindInt, "Id of the landline long-distance minute allowance."},
	{"franquia_fixo_ldn_used", kindFloat, "Minutes used in the landline long-distance allowance."},
	{"franquia_fixo_local", kindInt, "Id of the landline local minute allowance."},
	{"franquia_fixo_local_used", kindFloat, "Minutes used in the landline local allowance."},
	{"franquia_last_reset", kindString, "Start of the current allowance cycle."},
	{"franquia_movel_ddi", kindInt, "Id of the mobile international minute allowance."},
	{"franquia_movel_ddi_used", kindFloat, "Minutes used in the mobile international allowance."},
	{"franquia_movel_ldn", kindInt, "Id of the mobile long-distance minute allowance."},
	{"franquia_movel_ldn_used", kindFloat, "Minutes used in the mobile long-distance allowance."},
	{"franquia_movel_local", kindInt, "Id of the mobile local minute allowance."},
	{"franquia_movel_local_used", kindFloat, "Minutes used in the mobile local allowance."},
	{"habilita_npn", kindBool, "Whether mobile number-portability lookups are allowed."},
	{"habilita_npn_fixo", kindBool, "Whether landline number-portability lookups are allowed."},
	{"id_perfil", kindInt, "Id of the financial profile."},
	{"id_plano", kindInt, "Id of the prefix (rate) plan."},
	{"id_plano_sms", kindInt, "Id of the SMS plan."},
	{"inc_c", kindInt, "Billing increment for mobile calls."},
	{"inc_c_ddi", kindInt, "Billing increment for international mobile calls."},
	{"inc_f", kindInt, "Billing increment for landline calls."},
	{"inc_f_ddi", kindInt, "Billing increment for international landline calls."},
	{"ini_c", kindInt, "Initial billing block for mobile calls."},
	{"ini_c_ddi", kindInt, "Initial billing block for international mobile calls."},
	{"ini_f", kindInt, "Initial billing block for landline calls."},
	{"ini_f_ddi", kindInt, "Initial billing block for international landline calls."},
	{"max_devices", kindInt, "Most lines the customer may create; `0` is unlimited."},
	{"sipcode_no_prefix", kindInt, "SIP code answered when a dialled prefix does not exist."},
	{"tipo_tar", kindInt, "Billing type: `0` prepaid, `1` postpaid, `2` allowance (franquia)."},
	{"tmp_c", kindInt, "Tolerance (free seconds) for mobile calls."},
	{"tmp_c_ddi", kindInt, "Tolerance for international mobile calls."},
	{"tmp_f", kindInt, "Tolerance for landline calls."},
	{"tmp_f_ddi", kindInt, "Tolerance for international landline calls."},
}

// userFields are users.*.
var userFields = []field{
	{"id", kindInt, "User id."},
	{"username", kindString, "Login name."},
	{"nome_completo", kindString, "Full name."},
	{"root", kindBool, "`true` for the main user, `false` for an additional user."},
	{"status", kindInt, "Current status of the user."},
	{"id_perfil", kindInt, "Id of the access profile."},
	{"api_access", kindBool, "Whether the user may use the API."},
	{"can_spy", kindBool, "Whether the user may listen in on calls."},
	{"failed_attempts", kindInt, "Failed login attempts (wrong password)."},
	{"last_attempt", kindInt, "Last failed login, as a Unix timestamp."},
	{"last_login", kindInt, "Last login to the panel, as a Unix timestamp."},
	{"logins", kindInt, "Number of logins to the panel."},
}
