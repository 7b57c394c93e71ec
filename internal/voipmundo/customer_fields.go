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
	sensitive   bool
}

// customerFields are the top-level fields, without error/reason (the
// envelope) and without finance/users (nested).
var customerFields = []field{
	{"id", kindInt, "Customer id.", false},
	{"id_hie", kindInt, "Id of the reseller the customer belongs to (hierarchy).", false},
	{"id_origem", kindInt, "Id of the customer's origin type (how the customer was acquired).", false},
	{"id_vendedor", kindInt, "Id of the salesperson.", false},
	{"id_vinculo", kindInt, "Id of the customer link (the customer this one is tied to).", false},
	{"tipo", kindInt, "Customer type: `2` reseller (revenda), `4` subscriber (assinante).", false},
	{"status", kindInt, "Customer status: `0` inactive, `1` active.", false},
	{"tem_callingcard", kindBool, "Access to calling cards.", false},
	{"tem_campanha_sms", kindBool, "Access to SMS campaigns.", false},
	{"tem_campanha_voz", kindBool, "Access to voice campaigns.", false},
	{"tem_conferencia", kindBool, "Access to conference rooms.", false},
	{"tem_did", kindBool, "Access to DIDs (inbound numbers).", false},
	{"tem_escuta", kindBool, "Call listening (monitoring) enabled.", false},
	{"tem_fila", kindBool, "Access to call queues.", false},
	{"tem_gravacao", kindBool, "May record calls.", false},
	{"tem_grupo_captura", kindBool, "Access to call pickup groups.", false},
	{"tem_grupo_chamada", kindBool, "Access to ring groups.", false},
	{"tem_portal", kindBool, "Access to the voice portal.", false},
	{"tem_provisionamento", kindBool, "Access to device provisioning.", false},
	{"tem_ramal", kindBool, "Access to extensions (ramais).", false},
	{"tem_report", kindBool, "Flag used internally by the platform.", false},
	{"tem_sigame", kindBool, "Access to follow-me (siga-me).", false},
	{"tem_sms", kindBool, "Access to SMS.", false},
	{"tem_ura", kindBool, "Access to IVR (URA).", false},
}

// financeFields are finance.*.
var financeFields = []field{
	{"allow_loss_call", kindBool, "Whether a sale price below cost is allowed.", false},
	{"available_disk_space", kindFloat, "Disk space still available to the customer.", false},
	{"call_only_local", kindBool, "IP-to-IP calls only to the customer's own lines (`true`) or to any line (`false`, global).", false},
	{"disk_space", kindInt, "Contracted disk space in MB; `0` is unlimited.", false},
	{"franquia_fixo_ddi", kindInt, "Id of the landline international minute allowance.", false},
	{"franquia_fixo_ddi_used", kindFloat, "Minutes used in the landline international allowance.", false},
	{"franquia_fixo_ldn", kindInt, "Id of the landline long-distance minute allowance.", false},
	{"franquia_fixo_ldn_used", kindFloat, "Minutes used in the landline long-distance allowance.", false},
	{"franquia_fixo_local", kindInt, "Id of the landline local minute allowance.", false},
	{"franquia_fixo_local_used", kindFloat, "Minutes used in the landline local allowance.", false},
	{"franquia_last_reset", kindString, "Start of the current allowance cycle.", false},
	{"franquia_movel_ddi", kindInt, "Id of the mobile international minute allowance.", false},
	{"franquia_movel_ddi_used", kindFloat, "Minutes used in the mobile international allowance.", false},
	{"franquia_movel_ldn", kindInt, "Id of the mobile long-distance minute allowance.", false},
	{"franquia_movel_ldn_used", kindFloat, "Minutes used in the mobile long-distance allowance.", false},
	{"franquia_movel_local", kindInt, "Id of the mobile local minute allowance.", false},
	{"franquia_movel_local_used", kindFloat, "Minutes used in the mobile local allowance.", false},
	{"habilita_npn", kindBool, "Whether mobile number-portability lookups are allowed.", false},
	{"habilita_npn_fixo", kindBool, "Whether landline number-portability lookups are allowed.", false},
	{"id_perfil", kindInt, "Id of the financial profile.", false},
	{"id_plano", kindInt, "Id of the prefix (rate) plan.", false},
	{"id_plano_sms", kindInt, "Id of the SMS plan.", false},
	{"inc_c", kindInt, "Billing increment for mobile calls.", false},
	{"inc_c_ddi", kindInt, "Billing increment for international mobile calls.", false},
	{"inc_f", kindInt, "Billing increment for landline calls.", false},
	{"inc_f_ddi", kindInt, "Billing increment for international landline calls.", false},
	{"ini_c", kindInt, "Initial billing block for mobile calls.", false},
	{"ini_c_ddi", kindInt, "Initial billing block for international mobile calls.", false},
	{"ini_f", kindInt, "Initial billing block for landline calls.", false},
	{"ini_f_ddi", kindInt, "Initial billing block for international landline calls.", false},
	{"max_devices", kindInt, "Most lines the customer may create; `0` is unlimited.", false},
	{"sipcode_no_prefix", kindInt, "SIP code answered when a dialled prefix does not exist.", false},
	{"tipo_tar", kindInt, "Billing type: `0` prepaid, `1` postpaid, `2` allowance (franquia).", false},
	{"tmp_c", kindInt, "Tolerance (free seconds) for mobile calls.", false},
	{"tmp_c_ddi", kindInt, "Tolerance for international mobile calls.", false},
	{"tmp_f", kindInt, "Tolerance for landline calls.", false},
	{"tmp_f_ddi", kindInt, "Tolerance for international landline calls.", false},
}

// userFields are users.*.
var userFields = []field{
	{"id", kindInt, "User id.", false},
	{"username", kindString, "Login name.", false},
	{"nome_completo", kindString, "Full name.", false},
	{"root", kindBool, "`true` for the main user, `false` for an additional user.", false},
	{"status", kindInt, "Current status of the user.", false},
	{"id_perfil", kindInt, "Id of the access profile.", false},
	{"api_access", kindBool, "Whether the user may use the API.", false},
	{"api_token", kindString, "The user's API token. Sensitive.", true},
	{"api_key", kindString, "The user's API key. Sensitive.", true},
	{"can_spy", kindBool, "Whether the user may listen in on calls.", false},
	{"failed_attempts", kindInt, "Failed login attempts (wrong password).", false},
	{"last_attempt", kindInt, "Last failed login, as a Unix timestamp.", false},
	{"last_login", kindInt, "Last login to the panel, as a Unix timestamp.", false},
	{"logins", kindInt, "Number of logins to the panel.", false},
}
