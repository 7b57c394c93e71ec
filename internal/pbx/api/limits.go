package api

import (
	"context"
	"net/http"
)

// Limits is how many objects of each kind the client may have
// (GET /client/{cid}/limit/). A field the API answers with null is nil.
type Limits struct {
	DiskQuota               *int64 `json:"disk_quota"`
	ApplicationLimit        *int64 `json:"application_limit"`
	CallsLimit              *int64 `json:"calls_limit"`
	DialRuleLimit           *int64 `json:"dial_rule_limit"`
	EventLimit              *int64 `json:"event_limit"`
	ExtensionAgentLimit     *int64 `json:"extension_agent_limit"`
	ExtensionGroupLimit     *int64 `json:"extension_group_limit"`
	ExtensionLimit          *int64 `json:"extension_limit"`
	IncomRuleLimit          *int64 `json:"incom_rule_limit"`
	IntervalLimit           *int64 `json:"interval_limit"`
	IVRContextLimit         *int64 `json:"ivr_context_limit"`
	IVROptionLimit          *int64 `json:"ivr_option_limit"`
	IVRRuleLimit            *int64 `json:"ivr_rule_limit"`
	NetworkPermissionLimit  *int64 `json:"network_permission_limit"`
	RegLimit                *int64 `json:"reg_limit"`
	RemoteAgentLimit        *int64 `json:"remote_agent_limit"`
	SoundLimit              *int64 `json:"sound_limit"`
	UserClientLimit         *int64 `json:"user_client_limit"`
	UserExtensionGroupLimit *int64 `json:"user_extension_group_limit"`
	UserExtensionLimit      *int64 `json:"user_extension_limit"`
}

// Limits reads a client's object quotas.
func (c *Client) Limits(ctx context.Context, clientID string) (Limits, error) {
	var out Limits
	err := c.do(ctx, call{method: http.MethodGet, path: "/client/{client_id}/limit/", pathParams: clientParams(clientID), out: &out})
	return out, err
}
