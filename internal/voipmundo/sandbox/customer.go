package sandbox

import (
	"encoding/json"
	"slices"
)

// Customer is the full customer record ("Cadastro Completo de um Cliente")
// with every field of the vendor's field table. The answer adds error and
// reason; see the package documentation for the JSON types.
type Customer struct {
	ID                 Value `json:"id"`          // id do Cliente
	IDHie              Value `json:"id_hie"`      // ID da Revenda (owning reseller; 0 = the platform's own)
	IDOrigem           Value `json:"id_origem"`   // ID do Tipo de Origem
	IDVendedor         Value `json:"id_vendedor"` // ID do Vendedor
	IDVinculo          Value `json:"id_vinculo"`  // ID do Vínculo de Cliente
	Status             Value `json:"status"`      // 0 inativo, 1 ativo
	TemCallingCard     Value `json:"tem_callingcard"`
	TemCampanhaSMS     Value `json:"tem_campanha_sms"`
	TemCampanhaVoz     Value `json:"tem_campanha_voz"`
	TemConferencia     Value `json:"tem_conferencia"`
	TemDID             Value `json:"tem_did"`
	TemEscuta          Value `json:"tem_escuta"`
	TemFila            Value `json:"tem_fila"`
	TemGravacao        Value `json:"tem_gravacao"`
	TemGrupoCaptura    Value `json:"tem_grupo_captura"`
	TemGrupoChamada    Value `json:"tem_grupo_chamada"`
	TemPortal          Value `json:"tem_portal"`
	TemProvisionamento Value `json:"tem_provisionamento"`
	TemRamal           Value `json:"tem_ramal"`
	TemReport          Value `json:"tem_report"` // internal flag of the platform
	TemSigame          Value `json:"tem_sigame"`
	TemSMS             Value `json:"tem_sms"`
	TemURA             Value `json:"tem_ura"`
	Tipo               Value `json:"tipo"` // TipoRevenda or TipoAssinante

	Finance Finance `json:"finance"`
	Users   []User  `json:"users"`

	// Extra holds raw top-level members sent with the record, for tests of
	// a client's tolerance: new fields, or a replacement of a record field
	// with another JSON shape (for example "finance": [] as PHP encodes an
	// empty array). error and reason cannot be replaced. Each value must be
	// valid JSON.
	Extra map[string]json.RawMessage `json:"extra,omitempty"`
}

// Finance is the record's finance object (finance.*).
type Finance struct {
	AllowLossCall          Value `json:"allow_loss_call"`      // sale price below cost: 0 no, 1 yes
	AvailableDiskSpace     Value `json:"available_disk_space"` // disk space still available
	CallOnlyLocal          Value `json:"call_only_local"`      // IP-to-IP only to own lines: 1 yes, 0 global
	DiskSpace              Value `json:"disk_space"`           // contracted MB, 0 = unlimited
	FranquiaFixoDDI        Value `json:"franquia_fixo_ddi"`
	FranquiaFixoDDIUsed    Value `json:"franquia_fixo_ddi_used"`
	FranquiaFixoLDN        Value `json:"franquia_fixo_ldn"`
	FranquiaFixoLDNUsed    Value `json:"franquia_fixo_ldn_used"`
	FranquiaFixoLocal      Value `json:"franquia_fixo_local"`
	FranquiaFixoLocalUsed  Value `json:"franquia_fixo_local_used"`
	FranquiaLastReset      Value `json:"franquia_last_reset"` // start of the allowance cycle
	FranquiaMovelDDI       Value `json:"franquia_movel_ddi"`
	FranquiaMovelDDIUsed   Value `json:"franquia_movel_ddi_used"`
	FranquiaMovelLDN       Value `json:"franquia_movel_ldn"`
	FranquiaMovelLDNUsed   Value `json:"franquia_movel_ldn_used"`
	FranquiaMovelLocal     Value `json:"franquia_movel_local"`
	FranquiaMovelLocalUsed Value `json:"franquia_movel_local_used"`
	HabilitaNPN            Value `json:"habilita_npn"`      // mobile number portability lookups
	HabilitaNPNFixo        Value `json:"habilita_npn_fixo"` // landline number portability lookups
	IDPerfil               Value `json:"id_perfil"`         // financial profile
	IDPlano                Value `json:"id_plano"`          // prefix plan
	IDPlanoSMS             Value `json:"id_plano_sms"`      // SMS plan
	IncC                   Value `json:"inc_c"`             // mobile increment
	IncCDDI                Value `json:"inc_c_ddi"`
	IncF                   Value `json:"inc_f"` // landline increment
	IncFDDI                Value `json:"inc_f_ddi"`
	IniC                   Value `json:"ini_c"` // mobile initial billing
	IniCDDI                Value `json:"ini_c_ddi"`
	IniF                   Value `json:"ini_f"` // landline initial billing
	IniFDDI                Value `json:"ini_f_ddi"`
	MaxDevices             Value `json:"max_devices"`       // 0 = unlimited
	SIPCodeNoPrefix        Value `json:"sipcode_no_prefix"` // SIP code when no prefix matches
	TipoTar                Value `json:"tipo_tar"`          // 0 pre-paid, 1 post-paid, 2 allowance (franquia)
	TmpC                   Value `json:"tmp_c"`             // mobile tolerance
	TmpCDDI                Value `json:"tmp_c_ddi"`
	TmpF                   Value `json:"tmp_f"` // landline tolerance
	TmpFDDI                Value `json:"tmp_f_ddi"`
}

// User is one panel user of the customer (users.*). The pair
// APIToken/APIKey authenticates API calls when APIAccess is 1.
type User struct {
	APIAccess      Value `json:"api_access"` // 0 no, 1 yes
	APIKey         Value `json:"api_key"`
	APIToken       Value `json:"api_token"`
	CanSpy         Value `json:"can_spy"` // may listen in on calls: 0 no, 1 yes
	FailedAttempts Value `json:"failed_attempts"`
	ID             Value `json:"id"`
	IDPerfil       Value `json:"id_perfil"`    // access profile
	LastAttempt    Value `json:"last_attempt"` // unix timestamp of the last bad password
	LastLogin      Value `json:"last_login"`   // unix timestamp
	Logins         Value `json:"logins"`
	NomeCompleto   Value `json:"nome_completo"`
	Root           Value `json:"root"` // 1 main user, 0 additional user
	Status         Value `json:"status"`
	Username       Value `json:"username"`
}

// Customer types (the tipo field).
const (
	TipoRevenda   = 2 // reseller
	TipoAssinante = 4 // subscriber
)

// clone returns a deep copy (Users and Extra are not shared).
func (c Customer) clone() Customer {
	c.Users = slices.Clone(c.Users)
	if c.Extra != nil {
		extra := make(map[string]json.RawMessage, len(c.Extra))
		for k, v := range c.Extra {
			extra[k] = slices.Clone(v)
		}
		c.Extra = extra
	}
	return c
}

// key returns the customer's id as an integer; false unless it is a
// positive integer.
func (c Customer) key() (int64, bool) {
	id, ok := c.ID.Int64()
	return id, ok && id > 0
}

// is reports whether v holds the integer n (as a string or a number).
func is(v Value, n int64) bool {
	got, ok := v.Int64()
	return ok && got == n
}
