package api

import (
	"context"
	"net/http"
	"strconv"
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

const (
	clientANIPath    = "/client/{client_id}/ani/"
	extensionANIPath = "/extension/{extension_id}/ani/"
)

// ClientANI is the client's default caller id for calls to external numbers,
// as the PBX spells it (78121234567); "" when none is set.
func (c *Client) ClientANI(ctx context.Context, clientID string) (string, error) {
	return c.getANI(ctx, clientANIPath, clientParams(clientID))
}

// SetClientANI makes number (any spelling: +7…, 007…) the client's default
// caller id; it must be one of the client's DIDs, or the API refuses it.
// The answer is the new default as the PBX spells it.
func (c *Client) SetClientANI(ctx context.Context, clientID, number string) (string, error) {
	return c.putANI(ctx, clientANIPath, clientParams(clientID), DIDName(number))
}

// ExtensionANI is the caller id of an extension's calls to external
// numbers, as the PBX spells it; "" when the extension has none of its own
// (the client's applies).
func (c *Client) ExtensionANI(ctx context.Context, extensionID int64) (string, error) {
	return c.getANI(ctx, extensionANIPath, extensionParams(extensionID))
}

// SetExtensionANI makes number the extension's caller id (one of the
// client's DIDs); "" resets it to the client's default. How the API resets
// an ANI is not documented: an empty ani_number is the inference [inf].
func (c *Client) SetExtensionANI(ctx context.Context, extensionID int64, number string) (string, error) {
	name := ""
	if number != "" {
		name = DIDName(number)
	}
	return c.putANI(ctx, extensionANIPath, extensionParams(extensionID), name)
}

func (c *Client) getANI(ctx context.Context, path string, params map[string]string) (string, error) {
	var out ani
	err := c.do(ctx, call{method: http.MethodGet, path: path, pathParams: params, out: &out})
	return out.number(), err
}

func (c *Client) putANI(ctx context.Context, path string, params map[string]string, name string) (string, error) {
	var out ani
	err := c.do(ctx, call{method: http.MethodPut, path: path, pathParams: params, body: map[string]string{"ani_number": name}, out: &out})
	return out.number(), err
}

// extensionParams are the path parameters of an extension's own endpoints.
func extensionParams(extensionID int64) map[string]string {
	return map[string]string{"extension_id": strconv.FormatInt(extensionID, 10)}
}
