package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"

	"github.com/go-resty/resty/v2"

	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// Client talks to one VoIP Mundo account. It is safe for concurrent use.
type Client struct {
	cfg  Config
	http *resty.Client
}

// NewClient builds a client; it makes no request.
func NewClient(cfg Config) *Client {
	cfg.BaseURL = transport.BaseURLOr(cfg.BaseURL, DefaultBaseURL)
	return &Client{
		cfg: cfg,
		http: transport.NewClient(transport.Options{
			Settings:  cfg.Transport,
			BaseURL:   cfg.BaseURL,
			Subsystem: "voipmundo",
			// Path segments: only the literal values can be masked there.
			Secrets: []string{cfg.APIToken, cfg.APIKey},
		}),
	}
}

// Config is the configuration the client was built with.
func (c *Client) Config() Config { return c.cfg }

// Customer reads the full customer record. customerID 0 asks for the
// caller's own record, which only subscriber tokens may do; master and
// reseller tokens must name the customer (HTTP 422 otherwise).
func (c *Client) Customer(ctx context.Context, customerID int64) (Customer, error) {
	path := "/api/{action}/{token}/{key}"
	params := map[string]string{"action": CustomerAction, "token": c.cfg.APIToken, "key": c.cfg.APIKey}
	if customerID > 0 {
		path += "/{id}"
		params["id"] = strconv.FormatInt(customerID, 10)
	}
	resp, err := c.http.R().SetContext(ctx).SetHeader("Accept", "application/json").SetPathParams(params).Get(path)
	if err != nil {
		return Customer{}, transport.Err(err, []string{c.cfg.APIToken, c.cfg.APIKey})
	}
	var out Customer
	if err := c.decode(resp, &out); err != nil {
		return Customer{}, err
	}
	return out, nil
}

// reply is the envelope every answer has.
type reply struct {
	Error  Flex `json:"error"`
	Reason Flex `json:"reason"`
}

// decode turns an answer into out or into an *Error: an HTTP error status,
// or "error": 1 with HTTP 200.
func (c *Client) decode(resp *resty.Response, out any) error {
	body := resp.Body()
	var env reply
	envErr := json.Unmarshal(body, &env)
	if resp.StatusCode() >= http.StatusBadRequest {
		e := &Error{HTTPStatus: resp.StatusCode()}
		if envErr == nil && !env.Reason.IsNull() {
			e.Reason = c.mask(env.Reason.String())
		} else {
			e.Body = transport.Excerpt(c.mask(string(body)))
		}
		return e
	}
	if envErr != nil {
		return fmt.Errorf("the VoIP Mundo API sent a reply that is not the expected JSON (HTTP %d): %w; body starts with %q",
			resp.StatusCode(), envErr, transport.Excerpt(c.mask(string(body))))
	}
	if flag, err := env.Error.Int64(); err == nil && flag != 0 {
		return &Error{HTTPStatus: resp.StatusCode(), Reason: c.mask(env.Reason.String())}
	}
	if err := json.Unmarshal(body, out); err != nil {
		return fmt.Errorf("the VoIP Mundo API sent a customer record this provider cannot read: %w", err)
	}
	return nil
}

// mask keeps the credentials, in every spelling, out of quoted bodies and
// reasons (an error page or a reason may echo the request path). Mask
// before cutting, so a cut cannot split a secret and show half of it.
func (c *Client) mask(s string) string {
	return transport.Mask(s, []string{c.cfg.APIToken, c.cfg.APIKey})
}
