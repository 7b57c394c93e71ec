package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

type tokenReply struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
	ExpiresIn   *int64 `json:"expires_in"`
}

// fetchToken runs the client credentials grant (POST /oauth/token, form).
// Asking for a token twice is harmless, so the POST may be retried.
func (c *Client) fetchToken(ctx context.Context) (string, time.Duration, error) {
	resp, err := c.http.R().
		SetContext(transport.AllowRetry(ctx)).
		SetFormData(map[string]string{
			"grant_type":    "client_credentials",
			"client_id":     c.cfg.AppID,
			"client_secret": c.cfg.AppSecret,
		}).
		Post(tokenPath)
	if err != nil {
		return "", 0, c.masked(err)
	}
	if resp.StatusCode() != http.StatusOK {
		switch resp.StatusCode() {
		case http.StatusBadRequest, http.StatusUnauthorized, http.StatusForbidden:
			return "", 0, &AuthError{Cause: parseError(resp)}
		}
		return "", 0, fmt.Errorf("getting an access token: %w", responseError(resp))
	}
	var reply tokenReply
	if err := json.Unmarshal(resp.Body(), &reply); err != nil || strings.TrimSpace(reply.AccessToken) == "" {
		return "", 0, fmt.Errorf("the Telphin token endpoint answered HTTP %d without an access_token (body starts with %q)", resp.StatusCode(), transport.Excerpt(string(resp.Body())))
	}
	var ttl time.Duration
	if reply.ExpiresIn != nil && *reply.ExpiresIn > 0 {
		ttl = time.Duration(*reply.ExpiresIn) * time.Second
	}
	return reply.AccessToken, ttl, nil
}

// masked keeps the app secret out of transport errors.
func (c *Client) masked(err error) error {
	return transport.Err(err, []string{c.cfg.AppSecret})
}
