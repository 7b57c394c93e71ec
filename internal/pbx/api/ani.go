package api

import (
	"context"
	"net/http"
)

// ani is the answer of /client/{client_id}/ani/: the default caller id. With
// none set the docs give 'None', most likely that string; null is taken the
// same way.
type ani struct {
	Default *string `json:"default"`
}

func (a ani) number() string {
	if a.Default == nil || *a.Default == "None" {
		return ""
	}
	return *a.Default
}

const clientANIPath = "/client/{client_id}/ani/"

// ClientANI is the client's default caller id for calls to external numbers,
// as the PBX spells it (78121234567); "" when none is set.
func (c *Client) ClientANI(ctx context.Context, clientID string) (string, error) {
	var out ani
	err := c.do(ctx, call{method: http.MethodGet, path: clientANIPath, pathParams: clientParams(clientID), out: &out})
	return out.number(), err
}

// SetClientANI makes number (any spelling: +7…, 007…) the client's default
// caller id; it must be one of the client's DIDs, or the API refuses it.
// The answer is the new default as the PBX spells it.
func (c *Client) SetClientANI(ctx context.Context, clientID, number string) (string, error) {
	var out ani
	err := c.do(ctx, call{
		method: http.MethodPut, path: clientANIPath, pathParams: clientParams(clientID),
		body: map[string]string{"ani_number": DIDName(number)}, out: &out,
	})
	return out.number(), err
}
