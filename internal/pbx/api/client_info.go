package api

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"strconv"
	"time"
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

// NumericClientID is the numeric id of the client that clientID names: a
// numeric id as it is, without a request; anything else (@me) as the API's
// client_info answers it, asked once for the life of the Client, so once
// per provider process. Concurrent callers share one request; a failure is
// not kept, the next call asks again.
func (c *Client) NumericClientID(ctx context.Context, clientID string) (string, error) {
	if isNumericID(clientID) {
		return clientID, nil
	}
	return c.numericIDs.Get(ctx, clientID, func(ctx context.Context) (string, error) {
		info, err := c.ClientInfo(ctx, clientID)
		if err != nil {
			return "", err
		}
		if info.ID <= 0 {
			return "", fmt.Errorf("the Telphin API answered client %s without its numeric id", clientID)
		}
		return strconv.FormatInt(info.ID, 10), nil
	})
}

// forever: what a client id stands for does not change while a provider
// process runs (its token belongs to one client).
const forever = time.Duration(math.MaxInt64)

func isNumericID(s string) bool {
	_, err := strconv.ParseUint(s, 10, 64) // digits only: no sign, no spaces
	return err == nil
}
