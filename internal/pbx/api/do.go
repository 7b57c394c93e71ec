package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/hashicorp/terraform-plugin-log/tflog"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// call is one API request.
type call struct {
	method     string
	path       string            // below /api/ver1.0, with {placeholders}
	pathParams map[string]string // escaped by resty
	query      map[string]string
	body       any // sent as JSON when not nil
	out        any // decoded from JSON when not nil
}

// do sends a call with the shared bearer token. A 401 means the token died
// (expiry, revocation) before its announced end: the docs say to get a new
// one and repeat, once; the request was not processed, so repeating a POST
// is safe.
func (c *Client) do(ctx context.Context, cl call) error {
	if err := c.paceRequest(ctx); err != nil {
		return err
	}
	for attempt := 0; ; attempt++ {
		tok, err := c.tokens.Token(ctx)
		if err != nil {
			return err
		}
		req := c.http.R().SetContext(ctx).
			SetAuthToken(tok).
			SetHeader("Accept", "application/json").
			SetPathParams(cl.pathParams).
			SetQueryParams(cl.query)
		if cl.body != nil {
			req.SetHeader("Content-Type", "application/json").SetBody(cl.body)
		}
		resp, err := req.Execute(cl.method, apiPrefix+cl.path)
		if err != nil {
			return c.masked(err)
		}
		if resp.StatusCode() == http.StatusUnauthorized && attempt == 0 {
			tflog.SubsystemDebug(ctx, "pbx", "access token refused, fetching a new one and repeating the request once")
			c.tokens.Invalidate(tok)
			continue
		}
		if resp.StatusCode() >= 400 {
			return responseError(resp)
		}
		if cl.out == nil || resp.StatusCode() == http.StatusNoContent {
			return nil
		}
		if err := json.Unmarshal(resp.Body(), cl.out); err != nil {
			return fmt.Errorf("the Telphin API sent a reply that is not the expected JSON (HTTP %d, %s %s): %w; body starts with %q",
				resp.StatusCode(), cl.method, resp.Request.URL, err, transport.Excerpt(string(resp.Body())))
		}
		return nil
	}
}

// paceRequest pauses before a request while the hourly quota is low.
func (c *Client) paceRequest(ctx context.Context) error {
	wait, left := c.quota.pace(time.Now(), c.cfg.MaxPace)
	if wait <= 0 {
		return nil
	}
	tflog.SubsystemWarn(ctx, "pbx", "hourly request quota is low, slowing down", map[string]any{
		"requests_left": left, "pause_ms": wait.Milliseconds(),
	})
	return c.sleep(ctx, wait)
}
