package api

import (
	"context"
	"net/http"
)

// ClientSettings are the writable fields of PUT /client/{client_id}/client/.
// The PUT is partial: a nil field is not sent and keeps its value.
type ClientSettings struct {
	Timezone                 *string `json:"timezone,omitempty"`
	HoldMusic                *int64  `json:"hold_music,omitempty"` // a sound id
	DialRuleID               *int64  `json:"dial_rule_id,omitempty"`
	SIPNetworkPermissionID   *int64  `json:"sip_network_permission_id,omitempty"`
	GeoList                  *string `json:"geo_list,omitempty"`
	DiskSpaceNotifyEmail     *string `json:"disk_space_notify_email,omitempty"`
	DiskSpaceNotifyThreshold *int64  `json:"disk_space_notify_threshold,omitempty"`
	CallInteractiveURL       *string `json:"call_interactive_url,omitempty"`
	CallInteractiveMethod    *string `json:"call_interactive_method,omitempty"`
	CallInteractiveTimeout   *int64  `json:"call_interactive_timeout,omitempty"`
	CallInteractiveOutCall   *bool   `json:"call_interactive_out_call,omitempty"`
}

const clientSettingsPath = "/client/{client_id}/client/"

// ClientSettings reads the client (GET /client/{client_id}/client/), the
// same object as ClientInfo.
func (c *Client) ClientSettings(ctx context.Context, clientID string) (ClientInfo, error) {
	var out ClientInfo
	err := c.do(ctx, call{method: http.MethodGet, path: clientSettingsPath, pathParams: clientParams(clientID), out: &out})
	return out, err
}

// ChangeClientSettings sends the fields of after that differ from before,
// and only those (the PUT is partial; a field before has and after does not
// is left alone, never cleared). It answers the client as the PUT returned
// it, and false without a request when nothing differs. A PUT says what
// the fields become, so repeating it after a lost answer is harmless.
func (c *Client) ChangeClientSettings(ctx context.Context, clientID string, before, after ClientSettings) (ClientInfo, bool, error) {
	var out ClientInfo
	sent, err := c.putChanged(ctx, clientSettingsPath, clientParams(clientID), before, after, &out)
	return out, sent, err
}

// putChanged PUTs to a singleton whose PUT is partial the fields of after
// that differ from before, and only those: a field after leaves out is left
// alone, never cleared. It sends nothing, and answers false, when nothing
// differs; else the answer goes to out.
func (c *Client) putChanged(ctx context.Context, path string, params map[string]string, before, after, out any) (bool, error) {
	changed, err := changedFields(before, after)
	if err != nil {
		return false, err
	}
	var body jsonObject
	for _, f := range changed {
		if string(f.value) != "null" {
			body = append(body, f)
		}
	}
	if len(body) == 0 {
		return false, nil
	}
	err = c.do(ctx, call{method: http.MethodPut, path: path, pathParams: params, body: body.encode(), out: out})
	return err == nil, err
}
