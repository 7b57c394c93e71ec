package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/go-resty/resty/v2"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/telecom-tf/terraform-provider-telecom/internal/tokencache"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// Client talks to the IPEX API as one API user. It is safe for concurrent
// use; all resources of a provider share one, and with it one login.
type Client struct {
	cfg    Config
	http   *resty.Client
	tokens *tokencache.Source
}

// NewClient builds a client; it makes no request.
func NewClient(cfg Config) *Client {
	cfg.BaseURL = transport.BaseURLOr(cfg.BaseURL, DefaultBaseURL)
	if cfg.AuthScheme == "" {
		cfg.AuthScheme = AuthSchemeRaw
	}
	if cfg.FirstPoll <= 0 {
		cfg.FirstPoll = DefaultFirstPoll
	}
	if cfg.MaxPoll <= 0 {
		cfg.MaxPoll = DefaultMaxPoll
	}
	c := &Client{cfg: cfg}
	c.http = transport.NewClient(transport.Options{
		Settings:      cfg.Transport,
		BaseURL:       cfg.BaseURL,
		Subsystem:     "ipex",
		Secrets:       []string{cfg.Password},
		SensitiveKeys: []string{"accessToken"},
	})
	c.tokens = &tokencache.Source{Fetch: c.login, Now: time.Now}
	return c
}

// Config is the configuration the client was built with (defaults filled in).
func (c *Client) Config() Config { return c.cfg }

type loginReply struct {
	AccessToken string `json:"accessToken"`
	Expire      string `json:"expire"`    // the long-used client reads this
	ExpiresAt   string `json:"expiresAt"` // a rewrite reads this; accept either
}

// login runs POST /v1/token. Logging in twice is harmless, so it may be retried.
func (c *Client) login(ctx context.Context) (string, time.Duration, error) {
	resp, err := c.http.R().SetContext(transport.AllowRetry(ctx)).
		SetHeader("Content-Type", "application/json").
		SetBody(map[string]string{"username": c.cfg.Username, "password": c.cfg.Password}).
		Post("/v1/token")
	if err != nil {
		return "", 0, transport.Err(err, []string{c.cfg.Password})
	}
	if resp.StatusCode() >= 400 {
		return "", 0, fmt.Errorf("logging in to IPEX as %q: %w", c.cfg.Username, parseError(resp))
	}
	var reply loginReply
	if err := json.Unmarshal(resp.Body(), &reply); err != nil || reply.AccessToken == "" {
		return "", 0, fmt.Errorf("the IPEX login answered HTTP %d without an accessToken (body starts with %q)", resp.StatusCode(), transport.Excerpt(string(resp.Body())))
	}
	var ttl time.Duration
	for _, s := range []string{reply.ExpiresAt, reply.Expire} {
		if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
			ttl = time.Until(t)
			break
		}
	}
	return reply.AccessToken, ttl, nil
}

// do sends one call with the token; a 401 means the token died early: log
// in again once and repeat (nothing was done, so a repeated POST is safe).
func (c *Client) do(ctx context.Context, method, path string, pathParams map[string]string, body, out any) error {
	for attempt := 0; ; attempt++ {
		tok, err := c.tokens.Token(ctx)
		if err != nil {
			return err
		}
		auth := tok
		if c.cfg.AuthScheme == AuthSchemeBearer {
			auth = "Bearer " + tok
		}
		req := c.http.R().SetContext(ctx).SetHeader("Authorization", auth).SetHeader("Accept", "application/json").SetPathParams(pathParams)
		if body != nil {
			req.SetHeader("Content-Type", "application/json").SetBody(body)
		}
		resp, err := req.Execute(method, path)
		if err != nil {
			return transport.Err(err, []string{c.cfg.Password})
		}
		if resp.StatusCode() == http.StatusUnauthorized && attempt == 0 {
			tflog.SubsystemDebug(ctx, "ipex", "access token refused, logging in again and repeating the request once")
			c.tokens.Invalidate(tok)
			continue
		}
		if resp.StatusCode() >= 400 {
			return parseError(resp)
		}
		if out == nil {
			return nil
		}
		if err := json.Unmarshal(resp.Body(), out); err != nil {
			err = fmt.Errorf("the IPEX API sent a reply that is not the expected JSON (%s %s, HTTP %d): %w; body starts with %q",
				method, path, resp.StatusCode(), err, transport.Excerpt(string(resp.Body())))
			if method != http.MethodGet {
				// A 2xx is an accepted order, whatever the body says.
				err = fmt.Errorf("%w. IPEX accepted the request, so its order may already be running: apply again to pick it up", err)
			}
			return err
		}
		return nil
	}
}
