package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// renewBefore is how long before its announced expiry a token is replaced,
// so a request never leaves with a token that dies on the way.
const renewBefore = 60 * time.Second

// tokenSource caches the bearer token of the client credentials grant. The
// mutex is held during a fetch, so resources refreshing in parallel wait for
// one fetch instead of each asking for a token.
type tokenSource struct {
	mu      sync.Mutex
	value   string
	expires time.Time // zero: the server did not say (expires_in is optional)
	renewAt time.Time // when to fetch a new one: renewBefore before expiry, or half-way for short-lived tokens
	fetch   func(context.Context) (string, time.Duration, error)
	now     func() time.Time
}

// token returns a valid cached token or fetches a new one.
func (t *tokenSource) token(ctx context.Context) (string, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.value != "" && (t.expires.IsZero() || t.now().Before(t.renewAt)) {
		return t.value, nil
	}
	value, ttl, err := t.fetch(ctx)
	if err != nil {
		return "", err
	}
	t.value = value
	t.expires = time.Time{}
	if ttl > 0 {
		t.expires = t.now().Add(ttl)
		t.renewAt = t.expires.Add(-min(renewBefore, ttl/2))
	}
	return value, nil
}

// invalidate drops the token if it is still the one that was refused; when
// another request has already replaced it, the new one is kept.
func (t *tokenSource) invalidate(refused string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.value == refused {
		t.value = ""
	}
}

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
		return "", 0, fmt.Errorf("the Telphin token endpoint answered HTTP %d without an access_token (body starts with %q)", resp.StatusCode(), excerpt(string(resp.Body())))
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
