package api

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// SubaccountRef is one entry of subaccounts/index.
type SubaccountRef struct {
	ID       int64  `json:"id"`
	Username string `json:"username"`
}

// Subaccount is what subaccounts/view returns. Limits and the template are
// not part of it: the API cannot read them back.
type Subaccount struct {
	ID       int64  `json:"id"`
	Username string `json:"username"`
	Name     string `json:"name"`
	Phone    string `json:"phone"`
	Email    string `json:"email"`
}

// NewSubaccount is what subaccounts/add takes.
type NewSubaccount struct {
	Username   string
	Password   string // never logged: subaccount_password is a sensitive key
	TemplateID int64  // an existing subaccount whose permissions are copied
	Name       string
	Phone      string
	Email      string
}

// LimitTypes are the message types a subaccount limit can be set for.
var LimitTypes = []string{"eco", "full", "voice", "mms", "hlr"}

// Subaccounts lists every subaccount (id and username). Reads share one
// index for a few seconds (readcache); add and delete through this client
// are always seen.
func (c *Client) Subaccounts(ctx context.Context) ([]SubaccountRef, error) {
	all, err := c.index.Get(ctx, "", c.fetchSubaccounts)
	return slices.Clone(all), err
}

// fetchSubaccounts asks index afresh, for creates that must see the latest.
func (c *Client) fetchSubaccounts(ctx context.Context) ([]SubaccountRef, error) {
	var out struct {
		Items []SubaccountRef `json:"items"`
	}
	err := c.call(ctx, actionIndex, true, nil, &out)
	return out.Items, err
}

// SubaccountByUsername finds a subaccount's id through index; ErrNotFound
// when there is none.
func (c *Client) SubaccountByUsername(ctx context.Context, username string) (SubaccountRef, error) {
	all, err := c.Subaccounts(ctx)
	if err != nil {
		return SubaccountRef{}, err
	}
	return findByUsername(all, username)
}

// freshByUsername is SubaccountByUsername without the shared index.
func (c *Client) freshByUsername(ctx context.Context, username string) (SubaccountRef, error) {
	all, err := c.fetchSubaccounts(ctx)
	if err != nil {
		return SubaccountRef{}, err
	}
	return findByUsername(all, username)
}

func findByUsername(all []SubaccountRef, username string) (SubaccountRef, error) {
	for _, s := range all {
		if s.Username == username {
			return s, nil
		}
	}
	return SubaccountRef{}, fmt.Errorf("no subaccount is named %q: %w", username, ErrNotFound)
}

// Subaccount reads one subaccount; ErrNotFound when the id is unknown.
func (c *Client) Subaccount(ctx context.Context, id int64) (Subaccount, error) {
	var out Subaccount
	err := c.call(ctx, actionView, true, map[string]any{"id": id}, &out)
	return out, err
}

// CreateSubaccount adds a subaccount and returns its id. add is never
// repeated blindly: when its answer is lost, the username is looked up with
// index (usernames are unique) and the subaccount found is adopted; only
// when there is none is add sent again (transport.WriteOnce).
func (c *Client) CreateSubaccount(ctx context.Context, in NewSubaccount) (int64, error) {
	defer c.index.Writing()()
	params := map[string]any{
		"subaccount_username": in.Username,
		"subaccount_password": in.Password,
		"subaccount_id":       in.TemplateID,
	}
	for k, v := range map[string]string{"name": in.Name, "phone": in.Phone, "email": in.Email} {
		if v != "" {
			params[k] = v
		}
	}
	var id int64
	err := transport.WriteOnce(ctx, c.cfg.Transport,
		func() error {
			var out struct {
				ID int64 `json:"id"`
			}
			if err := c.call(ctx, actionAdd, false, params, &out); err != nil {
				return err
			}
			id = out.ID
			return nil
		},
		func() (bool, error) {
			found, err := c.freshByUsername(ctx, in.Username)
			if errors.Is(err, ErrNotFound) {
				return false, nil
			}
			if err != nil {
				return false, err
			}
			id = found.ID
			return true, nil
		})
	if err != nil {
		return 0, err
	}
	if id <= 0 {
		// The answer had no id: find it by the (unique) username.
		found, err := c.freshByUsername(ctx, in.Username)
		if err != nil {
			return 0, fmt.Errorf("SerwerSMS %s answered without the new subaccount's id, and looking it up failed: %w", actionAdd, err)
		}
		id = found.ID
	}
	return id, nil
}

// SetLimit sets the limit of one message type. Setting the same value
// twice is harmless, so the call may be retried.
func (c *Client) SetLimit(ctx context.Context, id int64, limitType string, value int64) error {
	return c.call(ctx, actionLimit, true, map[string]any{"id": id, "type": limitType, "value": value}, nil)
}

// DeleteSubaccount deletes a subaccount; one that is already gone is not an
// error. The API answers {"success":false} for both "unknown id" and any
// other refusal, so that answer is checked with view. A delete whose answer
// was lost (429, 5xx, broken connection) is checked the same way and sent
// again only while the subaccount is still there (transport.WriteOnce).
func (c *Client) DeleteSubaccount(ctx context.Context, id int64) error {
	defer c.index.Writing()()
	gone := func() (bool, error) {
		_, err := c.Subaccount(ctx, id)
		if errors.Is(err, ErrNotFound) {
			return true, nil
		}
		return false, err
	}
	err := transport.WriteOnce(ctx, c.cfg.Transport, func() error {
		return c.call(ctx, actionDelete, false, map[string]any{"id": id}, nil)
	}, gone)
	if err == nil {
		return nil
	}
	if done, _ := gone(); done {
		return nil
	}
	return err
}
