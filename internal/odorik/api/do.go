package api

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/go-resty/resty/v2"

	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// get sends a GET with the credentials in the query string, as the vendor
// documents for GET ("URI encoding").
func (c *Client) get(ctx context.Context, path string, pathParams, params map[string]string, out any) error {
	req := c.request(ctx).SetPathParams(pathParams).SetQueryParams(c.credentials()).SetQueryParams(params)
	resp, err := req.Get(path)
	return decode(resp, c.masked(err), out)
}

// send sends a POST, PUT or DELETE with the credentials and data
// form-encoded in the body, as the vendor documents for those methods.
func (c *Client) send(ctx context.Context, method, path string, pathParams, params map[string]string) error {
	_, err := c.sendRaw(ctx, method, path, pathParams, params)
	return err
}

// sendRaw is send returning the body of a successful answer, for the calls
// whose answer may carry the object (the vendor documents none for most).
func (c *Client) sendRaw(ctx context.Context, method, path string, pathParams, params map[string]string) ([]byte, error) {
	form := c.credentials()
	for k, v := range params {
		form[k] = v
	}
	req := c.request(ctx).SetPathParams(pathParams).SetFormData(form)
	resp, err := req.Execute(method, path)
	if err := checkAnswer(resp, c.masked(err), true); err != nil {
		return nil, err
	}
	return resp.Body(), nil
}

// getSecret is get for answers that hold secrets in clear (lines.json has
// every line's SIP password): the body is never quoted in an error, since an
// unexpected or cut-off answer may hold a secret the log masking knows by
// its key only. It returns the body for the caller to parse.
func (c *Client) getSecret(ctx context.Context, path string) ([]byte, error) {
	resp, err := c.request(ctx).SetQueryParams(c.credentials()).Get(path)
	if err := checkAnswer(resp, c.masked(err), false); err != nil {
		return nil, err
	}
	return resp.Body(), nil
}

// masked keeps the password out of transport errors, which quote the URL
// (and a GET carries the credentials in its query string).
func (c *Client) masked(err error) error {
	return transport.Err(err, []string{c.cfg.Password})
}

// errorBody is the vendor's error shape; any reply may carry it, whatever its status.
type errorBody struct {
	Errors []string `json:"errors"`
}

func decode(resp *resty.Response, err error, out any) error {
	if err := checkAnswer(resp, err, true); err != nil {
		return err
	}
	if out == nil {
		return nil
	}
	body := resp.Body()
	trimmed := strings.TrimSpace(string(body))
	if err := json.Unmarshal(body, out); err != nil {
		return fmt.Errorf("the Odorik API sent a reply that is not the expected JSON (HTTP %d, %s): %w; body starts with %q",
			resp.StatusCode(), resp.Header().Get("Content-Type"), err, transport.Excerpt(trimmed))
	}
	return nil
}

// checkAnswer turns the vendor's error body (whatever the status) and an
// HTTP status of 300 or more into an *Error; quote puts an excerpt of an
// unexpected body into the error.
func checkAnswer(resp *resty.Response, err error, quote bool) error {
	if err != nil {
		return err
	}
	body := resp.Body()
	trimmed := strings.TrimSpace(string(body))
	if strings.HasPrefix(trimmed, "{") {
		var eb errorBody
		if json.Unmarshal(body, &eb) == nil && len(eb.Errors) > 0 {
			return &Error{Code: eb.Errors[0], HTTPStatus: resp.StatusCode(), Header: resp.Header()}
		}
	}
	if resp.StatusCode() >= 300 {
		e := &Error{HTTPStatus: resp.StatusCode(), Header: resp.Header()}
		if quote {
			e.Body = transport.Excerpt(trimmed)
		}
		return e
	}
	return nil
}
