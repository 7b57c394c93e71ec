package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/go-resty/resty/v2"

	"github.com/telecom-tf/terraform-provider-telecom/internal/readcache"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// Actions in scope.
const (
	actionIndex  = "subaccounts/index"
	actionView   = "subaccounts/view"
	actionAdd    = "subaccounts/add"
	actionLimit  = "subaccounts/limit"
	actionDelete = "subaccounts/delete"
)

// systemName tells the vendor which client sent a request, as the official
// libraries do with their own names.
const systemName = "terraform-provider-telecom"

// Client talks to one SerwerSMS account. It is safe for concurrent use.
type Client struct {
	cfg  Config
	http *resty.Client

	// index is the subaccount list shared by the reads that use it
	// (readcache); add and delete forget it.
	index *readcache.Cache[[]SubaccountRef]
}

// NewClient builds a client; it makes no request.
func NewClient(cfg Config) *Client {
	cfg.BaseURL = transport.BaseURLOr(cfg.BaseURL, DefaultBaseURL)
	return &Client{
		cfg:   cfg,
		index: readcache.New[[]SubaccountRef](cfg.ListReuse),
		http: transport.NewClient(transport.Options{
			Settings:      cfg.Transport,
			BaseURL:       cfg.BaseURL,
			Subsystem:     "sms",
			Secrets:       []string{cfg.APIToken, cfg.Password},
			SensitiveKeys: []string{"subaccount_password"},
		}),
	}
}

// Config is the configuration the client was built with.
func (c *Client) Config() Config { return c.cfg }

// call POSTs params as JSON to <action>.json and decodes the answer into
// out. Authentication is the Bearer token when there is one, otherwise the
// API user in the body: never both. idempotent actions (index, view, limit)
// may be repeated by the transport; add and delete may not.
func (c *Client) call(ctx context.Context, action string, idempotent bool, params map[string]any, out any) error {
	body := map[string]any{"system": systemName}
	for k, v := range params {
		body[k] = v
	}
	req := c.http.R().SetHeader("Accept", "application/json")
	if c.cfg.APIToken != "" {
		req.SetAuthToken(c.cfg.APIToken)
	} else {
		body["username"] = c.cfg.Username
		body["password"] = c.cfg.Password
	}
	if idempotent {
		ctx = transport.AllowRetry(ctx)
	}
	resp, err := req.SetContext(ctx).SetHeader("Content-Type", "application/json").SetBody(body).Post("/" + action + ".json")
	if err != nil {
		return transport.Err(err, []string{c.cfg.APIToken, c.cfg.Password})
	}
	return decode(action, resp, out)
}

// envelope holds both failure shapes.
type envelope struct {
	Error *struct {
		Code    int    `json:"code"`
		Type    string `json:"type"`
		Message string `json:"message"`
	} `json:"error"`
	Success *bool `json:"success"`
}

func decode(action string, resp *resty.Response, out any) error {
	body := resp.Body()
	var env envelope
	envErr := json.Unmarshal(body, &env)
	if envErr == nil && env.Error != nil {
		return &Error{Action: action, Code: env.Error.Code, Type: env.Error.Type, Message: env.Error.Message, HTTPStatus: resp.StatusCode(), Header: resp.Header()}
	}
	if resp.StatusCode() != http.StatusOK {
		return &Error{Action: action, HTTPStatus: resp.StatusCode(), Body: transport.Excerpt(string(body)), Header: resp.Header()}
	}
	if envErr != nil {
		return &UnreadableReplyError{Action: action, Cause: envErr, Body: transport.Excerpt(string(body))}
	}
	if env.Success != nil && !*env.Success {
		return &Error{Action: action, HTTPStatus: resp.StatusCode(), NotPerformed: true}
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(body, out); err != nil {
		return fmt.Errorf("SerwerSMS %s sent a reply this provider cannot read: %w", action, err)
	}
	return nil
}
