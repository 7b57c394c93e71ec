package sandbox

// ClientInfo is the client (customer account) settings object, with every
// resource field of the seed reference. Nullable ids are nil when unset.
type ClientInfo struct {
	ID                       int64  `json:"id"`
	Name                     string `json:"name"`
	Domain                   string `json:"domain"`
	DomainPrefix             string `json:"domain_prefix"`
	Prefix                   string `json:"prefix"`
	CreateDate               string `json:"create_date"` // YYYY-MM-DD HH:MM:SS
	HoldMusic                *int64 `json:"hold_music"`
	Presence                 string `json:"presence"`
	SIPNetworkPermissionID   *int64 `json:"sip_network_permission_id"`
	DiskSpaceNotifyThreshold int64  `json:"disk_space_notify_threshold"`
	RecordStereo             bool   `json:"record_stereo"`
	CallInteractiveMethod    string `json:"call_interactive_method"`
	Ambassadors              string `json:"ambassadors"`
	ContactPhones            string `json:"contact_phones"`
	Timezone                 string `json:"timezone"`
	DialRuleID               *int64 `json:"dial_rule_id"`
	Type                     string `json:"type"` // J legal entity, F natural person
	Email                    string `json:"email"`
	RegStatusLog             bool   `json:"reg_status_log"`
	FactAddress              string `json:"fact_address"`
	CallInteractiveURL       string `json:"call_interactive_url"`
	ExtensionLen             int64  `json:"extension_len"`
	GeoList                  string `json:"geo_list"`
	DIDAsTransferCallerID    string `json:"did_as_transfer_caller_id"`
	JurAddress               string `json:"jur_address"`
	Language                 string `json:"language"`
	CallInteractiveOutCall   bool   `json:"call_interactive_out_call"`
	RecordFormat             string `json:"record_format"`
	ShortLocalCallerID       string `json:"short_local_caller_id"`
	DiskSpaceNotifyEmail     string `json:"disk_space_notify_email"`
	ExtraParams              string `json:"extra_params"`
	CallInteractiveTimeout   int64  `json:"call_interactive_timeout"`
}

func (ci ClientInfo) clone() ClientInfo {
	ci.HoldMusic = cloneID(ci.HoldMusic)
	ci.SIPNetworkPermissionID = cloneID(ci.SIPNetworkPermissionID)
	ci.DialRuleID = cloneID(ci.DialRuleID)
	return ci
}

func cloneID(p *int64) *int64 {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}
