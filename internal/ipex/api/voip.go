package api

import (
	"context"
	"errors"
	"net/http"

	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// VoIPNumber is a VoIP (landline) number. Pointers are settings that may be
// absent; Number is the national form, digits only.
type VoIPNumber struct {
	Number             string
	CustomerID         *int64
	ProfileID          *int64
	TariffPlanID       *int64
	CLIR               *string
	InternationalLimit *float64
	Status             string // reserved, prepared, active, limited, stopped, canceled
}

// Profile is one VoIP profile.
type Profile struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// Profiles lists the VoIP profiles.
func (c *Client) Profiles(ctx context.Context) ([]Profile, error) {
	var out []Profile
	err := c.do(ctx, http.MethodGet, "/v1/voip/profiles", nil, nil, &out)
	return out, err
}

// Number reads a number's detail; ErrNotFound when IPEX does not know it.
func (c *Client) Number(ctx context.Context, number string) (VoIPNumber, error) {
	var out voipWire
	err := c.do(ctx, http.MethodGet, "/v1/voip/{number}", map[string]string{"number": number}, nil, &out)
	return out.number(), err
}

// State is a number's technical state.
type State struct {
	Status string `json:"status"`
}

// NumberState reads GET /v1/voip/{number}/state.
func (c *Client) NumberState(ctx context.Context, number string) (State, error) {
	var out State
	err := c.do(ctx, http.MethodGet, "/v1/voip/{number}/state", map[string]string{"number": number}, nil, &out)
	return out, err
}

type orderReply struct {
	RequestID int64 `json:"requestId"`
}

// ActivateNumber places the order that activates a number, never twice:
// when the answer is lost (connection broken, 429, 5xx) the number is
// looked up, and an order found in flight (the number exists and is not
// canceled) is not placed again; then the returned id is 0.
func (c *Client) ActivateNumber(ctx context.Context, n VoIPNumber, sipPassword string) (int64, error) {
	var id int64
	err := transport.WriteOnce(ctx, c.cfg.Transport,
		func() error {
			var err error
			id, err = c.OrderNumber(ctx, n, sipPassword)
			return err
		},
		func() (bool, error) {
			got, err := c.Number(ctx, n.Number)
			if errors.Is(err, ErrNotFound) {
				return false, nil
			}
			return err == nil && got.Status != "canceled", err
		})
	return id, err
}

// OrderNumber places the order that activates a number and returns its id.
// The POST is not repeated: a lost answer is resolved by ActivateNumber.
func (c *Client) OrderNumber(ctx context.Context, n VoIPNumber, sipPassword string) (int64, error) {
	var out orderReply
	err := c.do(ctx, http.MethodPost, "/v1/voip", nil, n.wire(sipPassword), &out)
	return out.RequestID, err
}

// ChangeNumber places the order that changes a number's settings (PUT on
// the collection, the number in the body) and returns its id; 0 when the
// API applied the change without an order.
func (c *Client) ChangeNumber(ctx context.Context, n VoIPNumber, sipPassword string) (int64, error) {
	var out orderReply
	err := c.do(ctx, http.MethodPut, "/v1/voip", nil, n.wire(sipPassword), &out)
	return out.RequestID, err
}

// DeactivateNumber places the order that ends the service for good.
func (c *Client) DeactivateNumber(ctx context.Context, number string) (int64, error) {
	var out orderReply
	err := c.do(ctx, http.MethodPut, "/v1/voip/{number}/deactivate", map[string]string{"number": number}, map[string]any{}, &out)
	return out.RequestID, err
}
