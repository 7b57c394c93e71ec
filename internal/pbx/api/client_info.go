package api

import (
	"context"
	"net/http"
)

// ClientInfo is the PBX client's settings (GET /client/client_info/{id}/).
// Pointers are fields the API may answer with null.
type ClientInfo struct {
	ID                       int64   `json:"id"`
	Name                     string  `json:"name"`
	Domain                   string  `json:"domain"`
	DomainPrefix             string  `json:"domain_prefix"`
	Prefix                   string  `json:"prefix"`
	CreateDate               string  `json:"create_date"`
	Type                     string  `json:"type"`
	Email                    string  `json:"email"`
	Timezone                 string  `json:"timezone"`
	Language                 string  `json:"language"`
	ExtensionLen             *int64  `json:"extension_len"`
	DialRuleID               *int64  `json:"dial_rule_id"`
	HoldMusic                *int64  `json:"hold_music"`
	SIPNetworkPermissionID   *int64  `json:"sip_network_permission_id"`
	Presence                 string  `json:"presence"`
	RecordStereo             *bool   `json:"record_stereo"`
	RecordFormat             string  `json:"record_format"`
	RegStatusLog             *bool   `json:"reg_status_log"`
	CallInteractiveURL       string  `json:"call_interactive_url"`
	CallInteractiveMethod    string  `json:"call_interactive_method"`
	CallInteractiveTimeout   *int64  `json:"call_interactive_timeout"`
	CallInteractiveOutCall   *bool   `json:"call_interactive_out_call"`
	DiskSpaceNotifyEmail     string  `json:"disk_space_notify_email"`
	DiskSpaceNotifyThreshold *int64  `json:"disk_space_notify_threshold"`
	GeoList                  string  `json:"geo_list"`
	DidAsTransferCallerID    string  `json:"did_as_transfer_caller_id"`
	ShortLocalCallerID       string  `json:"short_local_caller_id"`
	JurAddress               string  `json:"jur_address"`
	FactAddress              string  `json:"fact_address"`
	ContactPhones            string  `json:"contact_phones"`
	Ambassadors              string  `json:"ambassadors"`
	ExtraParams              *string `json:"extra_params"`
}

// ClientInfo reads a client's settings.
func (c *Client) ClientInfo(ctx context.Context, clientID string) (ClientInfo, error) {
	var out ClientInfo
	err := c.do(ctx, call{method: http.MethodGet, path: "/client/client_info/{client_id}/", pathParams: map[string]string{"client_id": clientID}, out: &out})
	return out, err
}
