package sandbox

import "net/http"

// Limits are the client's quotas, as GET /client/{cid}/limit/ answers
// them. 0 means no limit. The emulator enforces extension_limit,
// extension_group_limit, network_permission_limit, interval_limit,
// dial_rule_limit, user_client_limit, user_extension_limit,
// user_extension_group_limit, extension_agent_limit, remote_agent_limit,
// event_limit (client and extension webhooks together) and
// incom_rule_limit on POST; the others are only reported.
type Limits struct {
	DiskQuota               int64 `json:"disk_quota"`
	IVROptionLimit          int64 `json:"ivr_option_limit"`
	DialRuleLimit           int64 `json:"dial_rule_limit"`
	UserExtensionGroupLimit int64 `json:"user_extension_group_limit"`
	ExtensionAgentLimit     int64 `json:"extension_agent_limit"`
	IVRRuleLimit            int64 `json:"ivr_rule_limit"`
	SoundLimit              int64 `json:"sound_limit"`
	ApplicationLimit        int64 `json:"application_limit"`
	UserClientLimit         int64 `json:"user_client_limit"`
	ExtensionGroupLimit     int64 `json:"extension_group_limit"`
	UserExtensionLimit      int64 `json:"user_extension_limit"`
	CallsLimit              int64 `json:"calls_limit"`
	NetworkPermissionLimit  int64 `json:"network_permission_limit"`
	RemoteAgentLimit        int64 `json:"remote_agent_limit"`
	IntervalLimit           int64 `json:"interval_limit"`
	EventLimit              int64 `json:"event_limit"`
	ExtensionLimit          int64 `json:"extension_limit"`
	IncomRuleLimit          int64 `json:"incom_rule_limit"`
	IVRContextLimit         int64 `json:"ivr_context_limit"`
	RegLimit                int64 `json:"reg_limit"`
}

// getLimits serves GET /client/{cid}/limit/.
func (s *Server) getLimits(*call) reply { return replyOf(http.StatusOK, s.st.limits) }

// WithLimits changes the seeded limits (see Limits; 0 means no limit),
// e.g. WithLimits(func(l *Limits) { l.ExtensionLimit = 2 }). SetLimits
// changes them later.
func WithLimits(edit func(*Limits)) Option {
	return func(c *config) {
		if edit != nil {
			edit(&c.limits)
		}
	}
}
