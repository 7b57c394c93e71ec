package api

import (
	"context"
	"net/http"
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

// OrderNumber places the order that activates a number and returns its id.
// The POST is not repeated by the transport: a lost answer is resolved by
// the caller looking the number up (see the resource's create).
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
